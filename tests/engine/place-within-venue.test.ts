// "Where exactly was the accord signed": a line naming a hall within the venue where what was
// asked was done answers it; a question that names nothing done there gets the venue itself.
// Invented briefing.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const rose = briefing({
  id: "2031-10-02-rose-palace-accord",
  file: "/tmp/2031-10-02-rose-palace-accord.yaml",
  title: "Ostria and Velmark sign the Tarn water accord in Lindau",
  date: "2031-10-02",
  location: "The Rose Palace, Lindau",
  format: "Tarn water talks",
  summary:
    "After two days of talks, the prime ministers of Ostria and Velmark signed the Tarn water " +
    "accord in the Mirror Hall of the Rose Palace, with the Norwegian mediator as witness. " +
    "Delegations had lunch in the Garden Room of the Rose Palace.",
  outcomes: ["The Tarn water accord shares the river's flow half and half."],
});

describe("a place within the venue", () => {
  const engine = createEngine([rose]);

  it("names the hall within the venue where the act asked about was done", () => {
    const a = engine.ask("where exactly was the tarn water accord signed");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Mirror Hall");
  });

  it("gives the venue when the question names nothing done there", () => {
    const a = engine.ask("where were the tarn water talks held");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Rose Palace, Lindau");
    expect(a.text).not.toContain("Garden Room");
  });
});
