// The engine's exam: every question of the evaluation set over its corpus, with accuracy per kind.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../src/briefing/index.ts";
import { createEngine } from "../../src/engine/index.ts";
import { type EvalCase, evalSet } from "./eval-set.ts";
import { accuracy, judge, type Outcome, report } from "./exam.ts";

const shippedDir = fileURLToPath(new URL("../../briefings", import.meta.url));
const fixturesDir = fileURLToPath(new URL("../fixtures/briefings", import.meta.url));

describe("the engine on the evaluation set", () => {
  const outcomes: Outcome<EvalCase>[] = [];

  beforeAll(async () => {
    const shipped = await loadBriefings(shippedDir);
    const extra = await loadBriefings(fixturesDir);
    const engines = {
      shipped: createEngine(shipped.briefings),
      fixtures: createEngine([...shipped.briefings, ...extra.briefings]),
    };
    for (const c of evalSet) outcomes.push(judge(c, engines[c.corpus]));
    console.log(report("evaluation", outcomes, true));
  });

  it("answers at least 90% of the answerable questions with the expected content and citation", () => {
    const answerable = outcomes.filter((o) => o.c.answerable);
    console.log(
      `answerable accuracy: ${(accuracy(answerable) * 100).toFixed(1)}% of ${answerable.length}`,
    );
    expect(answerable.length).toBeGreaterThan(0);
    expect(accuracy(answerable)).toBeGreaterThanOrEqual(0.9);
  });

  it("declines at least 90% of the questions the briefings do not cover", () => {
    const declined = outcomes.filter((o) => !o.c.answerable);
    console.log(
      `decline accuracy: ${(accuracy(declined) * 100).toFixed(1)}% of ${declined.length}`,
    );
    expect(declined.length).toBeGreaterThan(0);
    expect(accuracy(declined)).toBeGreaterThanOrEqual(0.9);
  });
});
