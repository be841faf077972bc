// "what share of X" is answered by a percentage or a fraction; a line that only counts something
// else (its word "sharing" aside) is no answer. Invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const accord = briefing({
  id: "2019-06-20-ostria-autonomy-accord",
  file: "/tmp/2019-06-20-ostria-autonomy-accord.yaml",
  title: "Kaldor government and the Ostrian Front sign the autonomy accord",
  date: "2019-06-20",
  location: "Velm",
  format: "Peace talks",
  summary:
    "The Kaldor government and the Ostrian Front signed an accord on autonomy for Ostria after " +
    "nine years of talks.",
  participants: [
    { name: "Rena Tamm", role: "Chief negotiator of the Kaldor government", side: "Kaldor" },
    { name: "Ivo Sarr", role: "Chair of the Ostrian Front panel", side: "Ostrian Front" },
  ],
  parties: [{ name: "Kaldor" }, { name: "Ostrian Front" }],
  quotes: [],
  points: [
    "The three annexes cover transitional arrangements, revenue generation and wealth sharing, power sharing and disarmament.",
    "Ostria will keep 60 percent of the oil revenue produced on its territory.",
  ],
  outcomes: ["The autonomy accord was signed."],
  next_steps: [],
  background: [],
});

describe("what share of something", () => {
  it("is not answered by a line that only counts something else", () => {
    const engine = createEngine([{ ...accord, points: [accord.points?.[0] ?? ""] }]);
    const a = engine.ask("what share of revenue does ostria get");
    expect(a.text).not.toContain("three annexes");
  });

  it("is still answered by the percentage the briefing gives", () => {
    const engine = createEngine([accord]);
    const a = engine.ask("what share of the oil revenue does ostria keep");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("60 percent");
  });
});
