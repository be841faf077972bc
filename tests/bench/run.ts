// `npm run bench [-- --json] [-- --sizes 1000,10000] [-- --corpus recurring] [-- --rss-questions N]`:
// builds synthetic corpora (the plain one, and one where 40 people recur in thousands of
// briefings), writes them as YAML, and measures loading, indexing, restart (with and without the
// engine snapshot), memory, ask latency, memory over many questions, updates and, at 1,000 plain
// briefings, a plain fuse.js baseline on 20 of the questions.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import Fuse from "fuse.js";
import { stringify } from "yaml";
import { loadBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import { createEngine, openEngine } from "../../src/engine/index.ts";
import {
  buildEngine,
  defaultBuildThreads,
  PARALLEL_FROM,
} from "../../src/engine/parallel-build.ts";
import { gc } from "./cli.ts";
import {
  castMentions,
  makeBriefing,
  makeCast,
  makeQuestions,
  makeRecurringBriefing,
  makeRecurringQuestions,
  namePools,
  seeded,
} from "./corpus.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const sizes = numbersOption(args, "sizes");
const corpora = (option(args, "corpus") ?? "synthetic,recurring").split(",") as CorpusKind[];
const SEED = 20220112;
const QUESTIONS = 1000;
/** Questions asked in a row while the process's memory is sampled (at the largest size). */
const RSS_QUESTIONS = numbersOption(args, "rss-questions")?.[0] ?? 10_000;
/**
 * Worker threads of the parallel build measured beside the one-thread build (`--build-threads
 * N`): by default what `briefbot start` uses here, but at least 2, so that 2 cores show it too.
 */
const BUILD_THREADS =
  numbersOption(args, "build-threads")?.[0] ?? Math.max(2, defaultBuildThreads(PARALLEL_FROM));

type CorpusKind = "synthetic" | "recurring";
const DEFAULT_SIZES: Record<CorpusKind, number[]> = {
  synthetic: [1000, 10000],
  recurring: [1000, 3000, 10000],
};
const BASELINE_SAMPLE = 20;

interface SizeResult {
  corpus: CorpusKind;
  briefings: number;
  /** Recurring corpus: the fewest and most mentions of one of its 40 recurring people. */
  castMentions?: { min: number; max: number };
  facts: number;
  writeMs: number;
  parseMs: number;
  buildMs: number;
  /** The one-thread build's CPU time on the main thread (Linux; else absent). */
  buildMainCpuMs?: number;
  /** The same build on worker threads, just before it: wall time, and the main thread's CPU. */
  parallelBuild: { threads: number; ms: number; mainCpuMs?: number; cpuMs: number };
  heapMB: number;
  rssMB: number;
  askP50Ms: number;
  askP99Ms: number;
  askMeanMs: number;
  /** Recurring corpus: "what did SURNAME say about TOPIC" of the recurring people alone. */
  saidP50Ms?: number;
  saidP99Ms?: number;
  answeredShare: number;
  /** RSS sampled while asking `rssQuestions` questions in a row (at the largest size only). */
  rss?: { questions: number; firstMB: number; lastMB: number; maxMB: number; samplesMB: number[] };
  /** Restart as `briefbot start` does it: loader cache warm, engine restored from its snapshot. */
  restartMs: number;
  restartLoadMs: number;
  restartEngineMs: number;
  restartParsedFiles: number;
  restartRestored: boolean;
  /** Restart with the loader cache warm but no engine snapshot (the index built again). */
  restartNoSnapshotMs: number;
  snapshotWriteMs: number;
  snapshotMB: number;
  updateP50Ms: number;
  updateMaxMs: number;
  baseline?: {
    buildMs: number;
    meanMs: number;
    engineMeanMs: number;
    ratio: number;
    sample: number;
  };
}

/** `--NAME=value` or `--NAME value`. */
function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return (
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ??
    (at >= 0 ? argv[at + 1] : undefined)
  );
}

/** `--sizes=1000,10000` or `--sizes 1000,10000`. */
function numbersOption(argv: readonly string[], name: string): number[] | undefined {
  return option(argv, name)?.split(",").map(Number);
}

const log = (line: string) => {
  if (!json) console.log(line);
};
/** CPU time of this process's main thread so far (Linux: /proc), NaN elsewhere. */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks * 10; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}
const ms = (t0: number) => Math.round((performance.now() - t0) * 100) / 100;
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
const round = (x: number) => Math.round(x * 100) / 100;

async function measure(kind: CorpusKind, n: number, largest: boolean): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), `briefbot-bench-${n}-`));
  const cacheDir = mkdtempSync(join(tmpdir(), `briefbot-bench-cache-${n}-`));
  try {
    let t0 = performance.now();
    const names = namePools(seeded(SEED));
    const cast = makeCast(names, SEED);
    for (let i = 0; i < n; i++) {
      const { file: _file, ...data } =
        kind === "recurring"
          ? makeRecurringBriefing(i, names, cast, SEED)
          : makeBriefing(i, names, SEED);
      writeFileSync(join(dir, `${data.id}.yaml`), stringify(data));
    }
    const writeMs = ms(t0);
    log(`\n${n} ${kind} briefings: generated and written in ${(writeMs / 1000).toFixed(1)} s`);

    t0 = performance.now();
    const loaded = await loadBriefings(dir, { cacheDir });
    const parseMs = ms(t0);
    if (loaded.problems.length > 0)
      throw new Error(`synthetic corpus invalid: ${loaded.problems[0]?.message}`);
    const briefings = loaded.briefings;

    // the build on worker threads first (then dropped), the one-thread build kept for the rest
    gc();
    let main0 = mainThreadCpuMs();
    let cpu0 = process.cpuUsage();
    t0 = performance.now();
    await buildEngine(briefings, { threads: BUILD_THREADS });
    const parallelMs = ms(t0);
    const parallelCpu = process.cpuUsage(cpu0);
    const parallelMain = mainThreadCpuMs() - main0;
    // the dropped engine stays reachable until the promise's turn has passed
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    main0 = mainThreadCpuMs();
    cpu0 = process.cpuUsage();
    t0 = performance.now();
    const engine = createEngine(briefings);
    const buildMs = ms(t0);
    const buildMain = mainThreadCpuMs() - main0;
    gc();
    const mem = process.memoryUsage();

    const questions =
      kind === "recurring"
        ? makeRecurringQuestions(briefings, cast, QUESTIONS, SEED + n)
        : makeQuestions(briefings, QUESTIONS, SEED + n);
    for (const q of questions.slice(0, 20)) engine.ask(q); // warm-up
    const times: number[] = [];
    const saidTimes: number[] = [];
    let answered = 0;
    for (let k = 0; k < questions.length; k++) {
      const t = performance.now();
      const a = engine.ask(questions[k] as string);
      const took = performance.now() - t;
      times.push(took);
      if (kind === "recurring" && k % 2 === 0) saidTimes.push(took);
      if (a.answered) answered++;
    }

    // memory over many questions in a row, sampled every tenth of them
    let rss: SizeResult["rss"];
    if (largest && RSS_QUESTIONS > 0) {
      const many =
        kind === "recurring"
          ? makeRecurringQuestions(briefings, cast, RSS_QUESTIONS, SEED + 7 * n)
          : makeQuestions(briefings, RSS_QUESTIONS, SEED + 7 * n);
      const step = Math.max(1, Math.floor(RSS_QUESTIONS / 10));
      const samplesMB: number[] = [];
      for (let k = 0; k < many.length; k++) {
        engine.ask(many[k] as string);
        if ((k + 1) % step === 0) samplesMB.push(round(process.memoryUsage().rss / 2 ** 20));
      }
      rss = {
        questions: RSS_QUESTIONS,
        firstMB: samplesMB[0] as number,
        lastMB: samplesMB.at(-1) as number,
        maxMB: Math.max(...samplesMB),
        samplesMB,
      };
    }

    // restart without a snapshot: the folder unchanged, the loader's cache warm, the index built
    t0 = performance.now();
    const rebuilt = await loadBriefings(dir, { cacheDir });
    createEngine(rebuilt.briefings);
    const restartNoSnapshotMs = ms(t0);

    // the first start writes the engine snapshot after its build, as adapters/start.ts does
    const snapshotPath = join(cacheDir, "engine-snapshot.bin");
    const first = await openEngine(rebuilt.briefings, { snapshotPath });
    t0 = performance.now();
    await first.saved;
    const snapshotWriteMs = ms(t0);
    const snapshotMB = round(statSync(snapshotPath).size / 2 ** 20);
    gc();

    // restart as `briefbot start` does it, in a fresh process: loader cache warm, the engine
    // from its snapshot (timed inside the process, from loading to a ready engine)
    const restart = restartInFreshProcess(dir, cacheDir);

    const updates: number[] = [];
    for (let k = 0; k < 20; k++) {
      const b = briefings[(k * 7919) % briefings.length] as Briefing;
      const changed: Briefing = { ...b, summary: `${b.summary} Revised ${k}.` };
      const t = performance.now();
      engine.update({ upserted: [changed], removed: [] });
      updates.push(performance.now() - t);
    }

    const mentions = kind === "recurring" ? castMentions(briefings, cast) : undefined;
    const result: SizeResult = {
      corpus: kind,
      briefings: n,
      ...(mentions
        ? { castMentions: { min: Math.min(...mentions), max: Math.max(...mentions) } }
        : {}),
      facts: factCount(briefings),
      writeMs,
      parseMs,
      buildMs,
      ...(Number.isNaN(buildMain) ? {} : { buildMainCpuMs: buildMain }),
      parallelBuild: {
        threads: BUILD_THREADS,
        ms: parallelMs,
        ...(Number.isNaN(parallelMain) ? {} : { mainCpuMs: parallelMain }),
        cpuMs: Math.round((parallelCpu.user + parallelCpu.system) / 1000),
      },
      heapMB: round(mem.heapUsed / 2 ** 20),
      rssMB: round(mem.rss / 2 ** 20),
      askP50Ms: round(quantile(times, 0.5)),
      askP99Ms: round(quantile(times, 0.99)),
      askMeanMs: round(times.reduce((s, x) => s + x, 0) / times.length),
      ...(saidTimes.length > 0
        ? {
            saidP50Ms: round(quantile(saidTimes, 0.5)),
            saidP99Ms: round(quantile(saidTimes, 0.99)),
          }
        : {}),
      ...(rss ? { rss } : {}),
      answeredShare: round(answered / questions.length),
      restartMs: restart.totalMs,
      restartLoadMs: restart.loadMs,
      restartEngineMs: restart.engineMs,
      restartParsedFiles: restart.parsedFiles,
      restartRestored: restart.restored,
      restartNoSnapshotMs,
      snapshotWriteMs,
      snapshotMB,
      updateP50Ms: round(quantile(updates, 0.5)),
      updateMaxMs: round(Math.max(...updates)),
    };
    if (n <= 1000 && kind === "synthetic") result.baseline = baseline(briefings, questions, engine);
    report(result);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** Runs tests/bench/restart.ts in a new Node process and returns what it measured. */
function restartInFreshProcess(
  dir: string,
  cacheDir: string,
): { loadMs: number; engineMs: number; totalMs: number; restored: boolean; parsedFiles: number } {
  const script = fileURLToPath(new URL("./restart.ts", import.meta.url));
  const out = execFileSync(process.execPath, ["--import", "tsx", script, dir, cacheDir], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").at(-1) as string);
}

function factTexts(b: Briefing): string[] {
  return [
    b.title,
    b.summary,
    ...(b.location ? [b.location] : []),
    ...(b.participants ?? []).map((p) => `${p.name}, ${p.role ?? ""}`),
    ...(b.parties ?? []).flatMap((p) => p.positions ?? []),
    ...(b.quotes ?? []).map((q) => `${q.speaker}: ${q.text}`),
    ...(b.points ?? []),
    ...(b.outcomes ?? []),
    ...(b.next_steps ?? []).map((s) => s.text),
    ...(b.background ?? []),
  ];
}

function factCount(briefings: readonly Briefing[]): number {
  return briefings.reduce((s, b) => s + factTexts(b).length, 0);
}

/** The plain approach: one fuse.js index over every fact, searched with the raw question. */
function baseline(
  briefings: readonly Briefing[],
  questions: readonly string[],
  engine: ReturnType<typeof createEngine>,
): NonNullable<SizeResult["baseline"]> {
  let t0 = performance.now();
  const records = briefings.flatMap((b) => factTexts(b).map((text) => ({ briefing: b.id, text })));
  const fuse = new Fuse(records, { keys: ["text"], threshold: 0.4, includeScore: true });
  const buildMs = ms(t0);
  const step = Math.floor(questions.length / BASELINE_SAMPLE);
  const sample = Array.from({ length: BASELINE_SAMPLE }, (_, k) => questions[k * step] as string);
  const fuseTimes: number[] = [];
  const engineTimes: number[] = [];
  for (const q of sample) {
    t0 = performance.now();
    fuse.search(q, { limit: 3 });
    fuseTimes.push(performance.now() - t0);
    t0 = performance.now();
    engine.ask(q);
    engineTimes.push(performance.now() - t0);
  }
  const meanMs = fuseTimes.reduce((s, x) => s + x, 0) / sample.length;
  const engineMeanMs = engineTimes.reduce((s, x) => s + x, 0) / sample.length;
  return {
    buildMs,
    meanMs: round(meanMs),
    engineMeanMs: round(engineMeanMs),
    ratio: Math.round(meanMs / engineMeanMs),
    sample: sample.length,
  };
}

function report(r: SizeResult): void {
  log(`  facts                    ${r.facts}`);
  if (r.castMentions)
    log(`  recurring people         40, ${r.castMentions.min}–${r.castMentions.max} mentions each`);
  log(`  parse (real loader)      ${(r.parseMs / 1000).toFixed(2)} s`);
  log(
    `  index build              ${(r.buildMs / 1000).toFixed(2)} s in one thread${r.buildMainCpuMs === undefined ? "" : ` (CPU ${(r.buildMainCpuMs / 1000).toFixed(2)} s)`}`,
  );
  const p = r.parallelBuild;
  log(
    `    on ${p.threads} worker threads  ${(p.ms / 1000).toFixed(2)} s (×${(r.buildMs / p.ms).toFixed(2)} of one thread's speed); main thread CPU ${p.mainCpuMs === undefined ? "?" : (p.mainCpuMs / 1000).toFixed(2)} s, all threads ${(p.cpuMs / 1000).toFixed(2)} s`,
  );
  log(`  memory after build       heap ${r.heapMB} MB, rss ${r.rssMB} MB`);
  log(
    `  ask latency (${QUESTIONS} q)    p50 ${r.askP50Ms} ms, p99 ${r.askP99Ms} ms, mean ${r.askMeanMs} ms (${Math.round(r.answeredShare * 100)}% answered)`,
  );
  if (r.saidP50Ms !== undefined)
    log(
      `    "what did SURNAME say about TOPIC" (recurring people)  p50 ${r.saidP50Ms} ms, p99 ${r.saidP99Ms} ms`,
    );
  if (r.rss)
    log(
      `  rss over ${r.rss.questions} questions  first tenth ${r.rss.firstMB} MB, last ${r.rss.lastMB} MB, max ${r.rss.maxMB} MB (${r.rss.samplesMB.join(", ")})`,
    );
  log(
    `  restart, folder unchanged ${(r.restartMs / 1000).toFixed(2)} s in a fresh process: loader ${(r.restartLoadMs / 1000).toFixed(2)} s (cache warm, ${r.restartParsedFiles} files re-parsed), engine ${(r.restartEngineMs / 1000).toFixed(2)} s (${r.restartRestored ? "restored from its snapshot" : "BUILT: snapshot not used"})`,
  );
  log(
    `    without the snapshot     ${(r.restartNoSnapshotMs / 1000).toFixed(2)} s (index built again)`,
  );
  log(
    `    snapshot                 ${r.snapshotMB} MB, written in ${(r.snapshotWriteMs / 1000).toFixed(2)} s after the build`,
  );
  log(`  one-briefing update      p50 ${r.updateP50Ms} ms, max ${r.updateMaxMs} ms`);
  if (r.baseline) {
    const b = r.baseline;
    log(`  baseline (one fuse.js index over every fact, ${b.sample} questions)`);
    log(
      `    fuse build ${(b.buildMs / 1000).toFixed(2)} s, search mean ${b.meanMs} ms; engine mean ${b.engineMeanMs} ms on the same questions`,
    );
    log(`    baseline / engine       ${b.ratio}×`);
  }
}

const results: SizeResult[] = [];
for (const kind of corpora) {
  const list = sizes ?? DEFAULT_SIZES[kind];
  for (const n of list) results.push(await measure(kind, n, n === Math.max(...list)));
}
if (json)
  console.log(JSON.stringify({ seed: SEED, questions: QUESTIONS, sizes: results }, null, 2));
