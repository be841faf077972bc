// A yes/no question is answered by the line that holds its words in its own text ("No joint
// statement was issued"), not by a line of the kind asked that holds them only in a speaker's
// role (a quote of the "Joint Envoy"). Invented briefing.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const lindau = briefing({
  id: "2031-09-08-lindau-river-conference",
  file: "/tmp/2031-09-08-lindau-river-conference.yaml",
  title: "River conference on the Tarn opens in Lindau",
  date: "2031-09-08",
  location: "Lindau",
  format: "Tarn river conference",
  summary:
    "Ostria and Velmark sat in one room for the first time since the flood, at a conference " +
    "opened by the League's envoy.",
  participants: [
    {
      name: "Mira Solberg",
      role: "Joint Envoy of the League and the Union for the Tarn",
      side: "League",
      aliases: ["Solberg"],
    },
  ],
  parties: [
    { name: "Ostria", positions: ["Ostria wants the dams opened."] },
    { name: "Velmark", positions: ["Velmark wants the dams kept shut."] },
  ],
  quotes: [
    {
      speaker: "Mira Solberg",
      text: "Nobody expects the river to be shared in a day.",
      context: "Opening address.",
    },
  ],
  outcomes: ["No joint statement was issued at the end of the opening session."],
});

describe("whether something happened, told in the line's own words", () => {
  const engine = createEngine([lindau]);

  it("answers with the outcome line, not a quote whose speaker's role shares a word", () => {
    const a = engine.ask("was there a joint statement at the end of the lindau session");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("No joint statement");
  });

  it("still quotes the envoy when asked what she said", () => {
    const a = engine.ask("what did solberg say about the river");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("shared in a day");
  });
});
