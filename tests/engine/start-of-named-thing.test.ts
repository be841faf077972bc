// "When was the interim council to be set up": the thing the question names decides which dated
// line tells when; a line that only shares the event word ("founded" of another body) does not
// answer. Invented briefing.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const lindau = briefing({
  id: "2031-05-20-lindau-settlement",
  file: "/tmp/2031-05-20-lindau-settlement.yaml",
  title: "Ostria and the Velmark Front sign the Lindau settlement",
  date: "2031-05-20",
  location: "Lindau",
  format: "Lindau talks",
  summary:
    "Ostria and the Velmark Front signed a settlement in Lindau that provides for an interim " +
    "council and elections after two years.",
  parties: [
    { name: "Ostria", positions: ["Ostria wanted the interim council chaired by a judge."] },
    {
      name: "Velmark Front",
      positions: ["The Front wanted half the seats on the interim council."],
    },
  ],
  points: ["The interim council will have 30 members."],
  next_steps: [
    {
      text: "Installation of the interim council, within 30 days of the signing.",
      date: "2031-06-19",
    },
  ],
  background: ["The Velmark Front, founded by exiles in Kessel, took up arms on 3 March 2027."],
});

describe("when the thing a question names was to start", () => {
  const engine = createEngine([lindau]);

  it("answers with the dated line about that thing, not a line that shares only the event word", () => {
    const a = engine.ask("by when was the interim council supposed to be set up");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2031-06-19");
    expect(a.text).not.toContain("2027");
  });

  it("still answers when the body the event word belongs to is asked about", () => {
    const a = engine.ask("when was the velmark front founded");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2027");
  });
});
