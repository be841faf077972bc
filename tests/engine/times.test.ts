// Times in a question: which briefing they pick and what the answer must state. Each test is one
// general cause of a question declined on unseen question sets, over invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

describe("times in a question", () => {
  it("reads a day after 'since' as the start of a period, not the day of the talks", () => {
    const march = briefing({
      background: ["Since January 2023 Sudmark has kept its fleet at 40 boats."],
    });
    const june = otherBriefing({
      background: ["Since March 2023 Sudmark has cut its fleet to 25 boats."],
    });
    const engine = createEngine([march, june]);
    const a = engine.ask("how big has sudmark's fleet been since march 2023");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("25 boats");
    // a period nothing states stays declined
    expect(engine.ask("how big has sudmark's fleet been since may 2022").answered).toBe(false);
  });

  it("answers the results of talks of the month asked, whatever later day one of them names", () => {
    const engine = createEngine([
      briefing({
        outcomes: [
          "Agreement on a joint fisheries patrol, reached on 14 March 2023.",
          "A referendum on the patrol will be held in both countries on 2 May 2023.",
        ],
      }),
    ]);
    const a = engine.ask("what came out of the harbour talks in march 2023");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("joint fisheries patrol");
    // the talks of another month are not these
    expect(engine.ask("what came out of the harbour talks in june 2023").answered).toBe(false);
  });
});
