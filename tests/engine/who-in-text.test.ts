// "Who did X": when no participant's role says it, the one who did it is named in a line of the
// briefing (its background, summary, outcomes or a side's positions). Each test is one general
// cause of a who-question declined or answered wrong on unseen question sets, over invented
// briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { concept, stem } from "../../src/text/index.ts";
import { briefing } from "./factory.ts";

const talks = briefing({
  summary:
    "Norland and Sudmark met in Valletta for the fourth round of the Harbour Accord Commission, " +
    "convened by the Maltese presidency. President Anton Grech of Norland flew in for the last day.",
  background: [
    "The Harbour Accord was drafted by Hasan di Marco in 2009.",
    "Sudmark's fleet was placed under the Coast Guard Authority in 2015.",
    "Admiral Pia Sorensen replaced Henrik Dahl as Norland's chief of fleet in 2021.",
  ],
  parties: [
    {
      name: "Norland",
      positions: ["Its Harbour Police is to patrol the eastern channel to Finmark."],
    },
    { name: "Sudmark", positions: ["Sudmark refuses to cut tariffs."] },
  ],
});

describe("who did something the participants' roles do not say", () => {
  const engine = createEngine([talks]);

  it("answers with the line that names who did it", () => {
    const a = engine.ask("who drafted the harbour accord");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Hasan di Marco");
    const b = engine.ask("who replaced henrik dahl as chief of fleet");
    expect(b.answered).toBe(true);
    expect(b.text).toContain("Pia Sorensen");
  });

  it("answers from a side's position when it says who is to do it", () => {
    const a = engine.ask("who patrols the eastern channel to finmark");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Harbour Police");
  });

  it("does not answer with a line that lacks the question's verb", () => {
    // the line names the channel and Finmark, but no one who guards it
    expect(engine.ask("who guards the eastern channel to finmark").answered).toBe(false);
  });

  it("answers neither whether nor which from such a line", () => {
    // "did X do it" asks whether; "which countries" asks for a list, not the one who did it
    expect(engine.ask("did hasan di marco attend the harbour talks").text).not.toContain("drafted");
    expect(engine.ask("which countries drafted the harbour accord").text).not.toContain(
      "Hasan di Marco",
    );
  });

  it("does not answer with a line that scatters words the question writes together", () => {
    const scattered = createEngine([
      briefing({
        background: [
          "The patrol fleet was reviewed in 2020 by Admiral Sorensen, and the coastal tariffs by Ivo Lund.",
        ],
      }),
    ]);
    // "patrol fleet" is together in the line, "coastal fleet" is not
    expect(scattered.ask("who reviewed the patrol fleet").text).toContain("Admiral Sorensen");
    expect(scattered.ask("who reviewed the coastal fleet").answered).toBe(false);
  });

  it("never answers a side's delegation from a line: that is its participants", () => {
    expect(engine.ask("who led the finmark delegation").answered).toBe(false);
  });

  it("does not read a president as someone who chaired", () => {
    // Porter gives "president" the stem of "presided": a title is not the act of chairing
    expect(concept(stem("president"))).not.toBe(concept(stem("chaired")));
    expect(concept(stem("presidents"))).toBe(concept(stem("president")));
    expect(concept(stem("presided"))).toBe(concept(stem("chaired")));
  });
});
