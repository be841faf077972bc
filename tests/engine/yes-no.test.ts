// "Did X and Y agree on Z": whether it happened is told by the line that holds all of it, in
// whatever section, and the line is shown as it is ("ended without a final agreement"), never
// turned into a bare yes or no. A general cause of yes/no questions declined on unseen question
// sets, over invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

describe("yes/no questions", () => {
  it("answers with the line that holds the people, the topic and the act asked", () => {
    const engine = createEngine([
      briefing({
        points: [
          "Kowalczyk and Okonkwo also met alone and discussed fishing quotas, which ended without a final agreement.",
        ],
      }),
    ]);
    const a = engine.ask("did kowalczyk and okonkwo agree on fishing quotas");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("without a final agreement");
  });

  it("declines when the line lacks the act asked about", () => {
    const engine = createEngine([
      briefing({
        points: ["Kowalczyk and Okonkwo were photographed discussing fishing quotas."],
      }),
    ]);
    expect(engine.ask("did kowalczyk and okonkwo agree on fishing quotas").answered).toBe(false);
  });

  it("declines when the line lacks one of the people asked about", () => {
    const engine = createEngine([
      briefing({
        points: ["Kowalczyk reached a final agreement on fishing quotas with Finmark."],
      }),
    ]);
    expect(engine.ask("did kowalczyk and okonkwo agree on fishing quotas").answered).toBe(false);
  });
});
