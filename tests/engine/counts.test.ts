// "How many …" questions: the answer is the fact that counts the thing asked, chosen by the same
// test the constraint check applies, not the best-matching fact that then fails the check. Each
// test is one general cause of a count declined or answered wrong on unseen question sets, over
// invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { readKind } from "../../src/engine/kind-reader.ts";
import { stem } from "../../src/text/index.ts";
import { briefing } from "./factory.ts";

const talks = briefing({
  outcomes: [
    "Agreement on a joint fisheries patrol.",
    // ranks high on "sudmark … decommission … boats", but its number counts guards
    "Sudmark will retire its 300 coast guards and decommission its boats.",
  ],
  points: [
    "40 coast guard boats are to be decommissioned between May and December.",
    "Coast guard stations remaining in the strait are limited to 1,200 officers.",
    "Norland keeps about 900 officers on the islands.",
    "Norland proposed 50 percent reductions in naval patrols.",
  ],
  background: [
    "About 600 fishermen were in the strait at the time the first accord was signed.",
    "The harbour dispute killed an estimated 2,000 people and drove thousands from their homes.",
    "The accord was drafted by Hasan di Marco in 2009.",
  ],
});

describe("answering how many", () => {
  const engine = createEngine([talks]);

  it("answers with the fact that counts the thing, not the best match without its number", () => {
    const a = engine.ask("how many boats did sudmark have to decommission");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("40 coast guard boats");
  });

  it("reads a count with a when-clause as a count: the clause only says of which time", () => {
    expect(readKind("how many fishermen were in the strait when the first accord was signed")).toBe(
      "general",
    );
    const a = engine.ask("how many fishermen were in the strait when the first accord was signed");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("600 fishermen");
  });

  it("answers how many died with the number a fact says were killed", () => {
    const a = engine.ask("how many people died in the harbour dispute");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2,000 people");
    // "died" is not the name particle "di" of Hasan di Marco
    expect(a.text).not.toContain("di Marco");
  });

  it("counts the agreement's limit for the side named, but never another side's number", () => {
    const limit = engine.ask("how many officers can sudmark keep in the strait");
    expect(limit.answered).toBe(true);
    expect(limit.text).toContain("1,200 officers");
    const other = createEngine([
      briefing({
        points: ["Norland keeps about 900 officers on the islands."],
        outcomes: ["Agreement on a joint fisheries patrol."],
      }),
    ]);
    expect(other.ask("how many officers does sudmark keep on the islands").answered).toBe(false);
  });

  it("does not take a share for a count: 50 percent reductions are no number of patrols", () => {
    const a = engine.ask("how many naval patrols did norland propose");
    expect(a.answered).toBe(false);
  });
});

describe("short stems", () => {
  it("keeps a verb's short stem apart from a name particle and from the US", () => {
    expect(stem("died")).toBe(stem("die"));
    expect(stem("dies")).toBe(stem("die"));
    expect(stem("died")).not.toBe("di");
    expect(stem("used")).toBe(stem("use"));
    expect(stem("used")).not.toBe("us");
    // a plural s cut off leaves the word's own stem
    expect(stem("yes")).toBe("ye");
  });
});
