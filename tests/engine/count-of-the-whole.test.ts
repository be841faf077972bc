// "How many delegates did the Coast Union bring" against "About 240 delegates took part, among
// them the government, the Coast Union and the churches": a side named only in the list of what
// makes up the number is a part of the whole counted, so the number is not the side's and the
// engine declines; the whole's own question still gets it. Invented briefing.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const forum = briefing({
  id: "2033-05-20-lagoon-national-forum",
  file: "/tmp/2033-05-20-lagoon-national-forum.yaml",
  title: "National forum on the Lagoon transition closes in Portmarin",
  date: "2033-05-20",
  location: "Portmarin",
  format: "Lagoon national forum",
  summary: "The national forum closed with an agreement on a transitional charter.",
  parties: [
    { name: "Coast Union", positions: ["Wants a rotating presidency."] },
    {
      name: "Government of Lagoon",
      positions: ["Wants the president to lead the transition."],
    },
  ],
  outcomes: [
    "About 240 delegates took part, among them the government, the Coast Union and the churches.",
    "A monitoring force of about 3,000 troops, including about 800 Norwegians, will watch the ceasefire.",
  ],
});

describe("a number of the whole talks asked for one side", () => {
  const engine = createEngine([forum]);

  it("declines to give the whole's number as one side's", () => {
    const a = engine.ask("how many delegates did the coast union bring to the forum");
    expect(a.text).not.toMatch(/^About 240 delegates/);
    expect(a.answered).toBe(false);
  });

  it("still gives the number of all delegates", () => {
    const a = engine.ask("how many delegates took part in the forum");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("About 240 delegates");
  });

  it("still answers for a part the list gives its own number", () => {
    const a = engine.ask("how many norwegians are in the monitoring force");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("800 Norwegians");
  });
});
