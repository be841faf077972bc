// "The first phase", "the second day": a fact about another part with the same noun ("the
// second phase lasted seven days") does not answer a question about the one asked. Invented
// briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const talks = briefing({
  points: [
    "The second phase of the talks lasted four days, from 14 to 17 March 2023.",
    "The delegations discussed harbour tariffs and a joint fisheries patrol.",
  ],
});

describe("a part of the talks named by its ordinal", () => {
  const engine = createEngine([talks]);

  it("answers about the part asked", () => {
    const a = engine.ask("how long was the second phase of the talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("four days");
  });

  it("does not answer about another part with the same noun", () => {
    const a = engine.ask("how long was the first phase of the talks");
    expect(a.text).not.toContain("four days");
  });
});
