// Grading for the engine's exams (the evaluation set and the held-out sets): one rule for all.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/index.ts";
import { loadBriefings } from "../../src/briefing/index.ts";
import { createEngine, type Engine } from "../../src/engine/index.ts";

/** What every exam question says; the sets add their own `corpus` label. */
export interface ExamCase {
  question: string;
  answerable: boolean;
  /** Case-insensitive substrings the answer text must all contain. */
  expect?: string[];
  /** The briefing the first citation must come from, when it matters. */
  briefing?: string;
  kind: string;
  corpus: string;
}

export interface Outcome<C extends ExamCase = ExamCase> {
  c: C;
  ok: boolean;
  text: string;
  firstCitation: string | undefined;
}

/** Right when answered with every expected substring and the right first citation, or declined as due. */
export function judge<C extends ExamCase>(c: C, engine: Engine): Outcome<C> {
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

export function accuracy(outcomes: readonly Outcome[]): number {
  return outcomes.filter((o) => o.ok).length / outcomes.length;
}

/** The score, the accuracy per kind and every failure with what was expected and what came. */
export function report(title: string, outcomes: readonly Outcome[], withCorpus = false): string {
  const byKind = new Map<string, { ok: number; all: number }>();
  for (const o of outcomes) {
    const k = byKind.get(o.c.kind) ?? { ok: 0, all: 0 };
    k.all++;
    if (o.ok) k.ok++;
    byKind.set(o.c.kind, k);
  }
  const width = Math.max(...[...byKind.keys()].map((k) => k.length)) + 1;
  const lines = [...byKind].map(([kind, k]) => `  ${kind.padEnd(width)} ${k.ok}/${k.all}`);
  const failures = outcomes
    .filter((o) => !o.ok)
    .map((o) => {
      const where = withCorpus ? `${o.c.corpus}/${o.c.kind}` : o.c.kind;
      const expected = o.c.answerable
        ? JSON.stringify(o.c.expect ?? []) + (o.c.briefing ? ` from ${o.c.briefing}` : "")
        : "a decline";
      const got = o.text.replace(/\n/g, " / ").slice(0, 300);
      return `  ✗ [${where}] ${o.c.question}\n      expected ${expected}\n      got ${o.firstCitation ?? "-"}: ${got}`;
    });
  const right = outcomes.filter((o) => o.ok).length;
  return `${title}: ${right}/${outcomes.length} right\n${lines.join("\n")}\n${failures.join("\n")}`;
}

export interface HeldOutExam {
  /** "held-out", "second held-out", … as printed. */
  name: string;
  /** The folder of briefings, relative to tests/fixtures/. */
  fixtures: string;
  briefings: number;
  cases: readonly ExamCase[];
  /** Fixed before the set's first run; a threshold moved after seeing results measures nothing. */
  answerableThreshold: number;
  declineThreshold: number;
}

/** A held-out exam: its own briefings only, an engine over them, every question graded. */
export function describeHeldOutExam(exam: HeldOutExam): void {
  const dir = fileURLToPath(new URL(`../fixtures/${exam.fixtures}`, import.meta.url));
  describe(`the engine on the ${exam.name} set`, () => {
    const outcomes: Outcome[] = [];

    beforeAll(async () => {
      const loaded: { briefings: Briefing[] } = await loadBriefings(dir);
      expect(loaded.briefings).toHaveLength(exam.briefings);
      const engine = createEngine(loaded.briefings);
      for (const c of exam.cases) outcomes.push(judge(c, engine));
      console.log(report(`${exam.name} evaluation`, outcomes));
    });

    it(`answers at least ${exam.answerableThreshold * 100}% of the answerable ${exam.name} questions correctly`, () => {
      const answerable = outcomes.filter((o) => o.c.answerable);
      console.log(
        `${exam.name} answerable accuracy: ${(accuracy(answerable) * 100).toFixed(1)}% of ${answerable.length}`,
      );
      expect(answerable.length).toBeGreaterThanOrEqual(50);
      expect(accuracy(answerable)).toBeGreaterThanOrEqual(exam.answerableThreshold);
    });

    it(`declines at least ${exam.declineThreshold * 100}% of the ${exam.name} questions the briefings do not cover`, () => {
      const declined = outcomes.filter((o) => !o.c.answerable);
      console.log(
        `${exam.name} decline accuracy: ${(accuracy(declined) * 100).toFixed(1)}% of ${declined.length}`,
      );
      expect(declined.length).toBeGreaterThanOrEqual(20);
      expect(accuracy(declined)).toBeGreaterThanOrEqual(exam.declineThreshold);
    });
  });
}
