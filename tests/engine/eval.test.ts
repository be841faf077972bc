// The engine's exam: every question of the evaluation set over its corpus, with accuracy per kind.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../src/briefing/index.ts";
import { createEngine, type Engine } from "../../src/engine/index.ts";
import { type EvalCase, evalSet } from "./eval-set.ts";

const shippedDir = fileURLToPath(new URL("../../briefings", import.meta.url));
const fixturesDir = fileURLToPath(new URL("../fixtures/briefings", import.meta.url));

interface Outcome {
  c: EvalCase;
  ok: boolean;
  text: string;
  firstCitation: string | undefined;
}

function judge(c: EvalCase, engine: Engine): Outcome {
  const a = engine.ask(c.question);
  const text = a.text.toLowerCase();
  const firstCitation = a.citations[0]?.briefing;
  const ok = c.answerable
    ? a.answered &&
      a.citations.length > 0 &&
      (c.expect ?? []).every((s) => text.includes(s.toLowerCase())) &&
      (c.briefing === undefined || firstCitation === c.briefing)
    : !a.answered;
  return { c, ok, text: a.text, firstCitation };
}

describe("the engine on the evaluation set", () => {
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    const shipped = await loadBriefings(shippedDir);
    const extra = await loadBriefings(fixturesDir);
    const engines = {
      shipped: createEngine(shipped.briefings),
      fixtures: createEngine([...shipped.briefings, ...extra.briefings]),
    };
    for (const c of evalSet) outcomes.push(judge(c, engines[c.corpus]));

    const byKind = new Map<string, { ok: number; all: number }>();
    for (const o of outcomes) {
      const k = byKind.get(o.c.kind) ?? { ok: 0, all: 0 };
      k.all++;
      if (o.ok) k.ok++;
      byKind.set(o.c.kind, k);
    }
    const lines = [...byKind].map(([kind, k]) => `  ${kind.padEnd(11)} ${k.ok}/${k.all}`);
    const failures = outcomes
      .filter((o) => !o.ok)
      .map(
        (o) =>
          `  ✗ [${o.c.corpus}/${o.c.kind}] ${o.c.question}\n      expected ${o.c.answerable ? JSON.stringify(o.c.expect ?? []) + (o.c.briefing ? ` from ${o.c.briefing}` : "") : "a decline"}\n      got ${o.firstCitation ?? "-"}: ${o.text.replace(/\n/g, " / ").slice(0, 300)}`,
      );
    console.log(
      `evaluation: ${outcomes.filter((o) => o.ok).length}/${outcomes.length} right\n${lines.join("\n")}\n${failures.join("\n")}`,
    );
  });

  it("answers at least 90% of the answerable questions with the expected content and citation", () => {
    const answerable = outcomes.filter((o) => o.c.answerable);
    const accuracy = answerable.filter((o) => o.ok).length / answerable.length;
    console.log(`answerable accuracy: ${(accuracy * 100).toFixed(1)}% of ${answerable.length}`);
    expect(answerable.length).toBeGreaterThan(0);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("declines at least 90% of the questions the briefings do not cover", () => {
    const declined = outcomes.filter((o) => !o.c.answerable);
    const accuracy = declined.filter((o) => o.ok).length / declined.length;
    console.log(`decline accuracy: ${(accuracy * 100).toFixed(1)}% of ${declined.length}`);
    expect(declined.length).toBeGreaterThan(0);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
