// `npx tsx tests/bench/paired.ts --baseline DIR [--corpus recurring] [--sizes 1000,3000,10000]
// [--questions 1000]`: the engine of this tree against the engine of another checkout (DIR, e.g.
// `git worktree add /tmp/base main`), in one process, on the same in-memory corpus: both builds
// timed one after the other, then every question asked of both, alternating which goes first, so
// that a shared, noisy machine slows both alike. Reports wall and CPU time per question, their
// ratios, and whether the answers agree (an answer may only add the line saying how many other
// briefings also fit).
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { Briefing } from "../../src/briefing/types.ts";
import type { Answer } from "../../src/engine/types.ts";
import { gc, option } from "./cli.ts";
import {
  makeBriefing,
  makeCast,
  makeQuestions,
  makeRecurringBriefing,
  makeRecurringQuestions,
  namePools,
  seeded,
} from "./corpus.ts";

const baselineDir = option("baseline");
if (!baselineDir) throw new Error("usage: paired.ts --baseline DIR (a checkout to compare with)");
const kind = option("corpus") ?? "recurring";
const sizes = (option("sizes") ?? "1000,3000,10000").split(",").map(Number);
const QUESTIONS = Number(option("questions") ?? 1000);
const SEED = 20220112;

interface EngineLike {
  ask(question: string): Answer;
}
type Create = (briefings: readonly Briefing[]) => EngineLike;
const load = async (root: string): Promise<Create> =>
  (await import(pathToFileURL(resolve(root, "src/engine/index.ts")).href)).createEngine;
const createBase = await load(baselineDir);
const createThis = await load(new URL("../..", import.meta.url).pathname);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
const r2 = (x: number) => Math.round(x * 100) / 100;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const names = namePools(seeded(SEED));
const cast = makeCast(names, SEED);
/** The machine's one-minute load average, to say how busy it was. */
const load1 = () => Math.round((loadavg()[0] as number) * 10) / 10;

for (const n of sizes) {
  const briefings = Array.from({ length: n }, (_, i) =>
    kind === "recurring"
      ? makeRecurringBriefing(i, names, cast, SEED)
      : makeBriefing(i, names, SEED),
  );
  const questions =
    kind === "recurring"
      ? makeRecurringQuestions(briefings, cast, QUESTIONS, SEED + n)
      : makeQuestions(briefings, QUESTIONS, SEED + n);
  const loadBefore = load1();
  gc();
  let t = performance.now();
  const base = createBase(briefings);
  const baseBuild = performance.now() - t;
  gc();
  t = performance.now();
  const mine = createThis(briefings);
  const thisBuild = performance.now() - t;
  gc();
  for (const q of questions.slice(0, 20)) {
    base.ask(q);
    mine.ask(q);
  }
  const wall = { base: [] as number[], this: [] as number[] };
  const cpu = { base: [] as number[], this: [] as number[] };
  let same = 0;
  let extended = 0;
  let differ = 0;
  const differences: string[] = [];
  const timed = (e: EngineLike, q: string, which: "base" | "this") => {
    const c0 = cpuMs();
    const t0 = performance.now();
    const a = e.ask(q);
    wall[which].push(performance.now() - t0);
    cpu[which].push(cpuMs() - c0);
    return a;
  };
  questions.forEach((q, k) => {
    let a: Answer;
    let b: Answer;
    if (k % 2 === 0) {
      a = timed(base, q, "base");
      b = timed(mine, q, "this");
    } else {
      b = timed(mine, q, "this");
      a = timed(base, q, "base");
    }
    const key = (x: Answer) => JSON.stringify([x.answered, x.citations, x.suggestions]);
    if (key(a) === key(b) && a.text === b.text) same++;
    else if (
      key(a) === key(b) &&
      b.text.startsWith(a.text) &&
      / other briefings? also ha(s|ve) statements by /.test(b.text.slice(a.text.length))
    )
      extended++;
    else {
      differ++;
      if (differences.length < 5)
        differences.push(`${q}\n    base: ${a.text}\n    this: ${b.text}`);
    }
  });
  const row = (name: string, xs: { base: number[]; this: number[] }) => {
    const p = (w: "base" | "this", q: number) => r2(quantile(xs[w], q));
    return `${name}: base p50 ${p("base", 0.5)} ms, p99 ${p("base", 0.99)} ms; this p50 ${p("this", 0.5)} ms, p99 ${p("this", 0.99)} ms; base/this p50 ${r2(quantile(xs.base, 0.5) / quantile(xs.this, 0.5))}×, p99 ${r2(quantile(xs.base, 0.99) / quantile(xs.this, 0.99))}×`;
  };
  console.log(
    `\n${n} ${kind} briefings, ${QUESTIONS} questions (load average ${loadBefore} → ${load1()})`,
  );
  console.log(
    `  build: base ${r2(baseBuild / 1000)} s, this ${r2(thisBuild / 1000)} s (base/this ${r2(baseBuild / thisBuild)}×)`,
  );
  console.log(`  ${row("wall", wall)}`);
  console.log(`  ${row("cpu ", cpu)}`);
  console.log(
    `  answers: ${same} identical, ${extended} identical but for the added line on other briefings, ${differ} different`,
  );
  for (const d of differences) console.log(`  ✗ ${d}`);
}
