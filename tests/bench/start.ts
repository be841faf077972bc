// `npm run bench:start [-- --json] [-- --size 10000]`: how fast briefbot starts, each case in a
// fresh Node process, against a bare `node -e 0` measured in the same run:
//   - `briefbot --help`;
//   - one-shot `briefbot ask "who is Stoltenberg?"` on the shipped briefing (no cache);
//   - a cold start over a synthetic corpus (default 10,000 briefings; no cache: every file parsed,
//     the index built, then the loader cache and the engine snapshot written);
//   - the restart that follows (loader cache and engine snapshot, as `briefbot start`);
//   - one-shot `briefbot ask` over the corpus with that warm cache.
// Wall time and CPU time (user + system) of each process; the median of several runs. It runs the
// `briefbot` command as users do (bin.js), so it needs a current build: `npm run build` first.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { stringify } from "yaml";
import { isBuildCurrent } from "../../adapters/cli/build-state.js";
import { makeBriefing, namePools, seeded } from "./corpus.ts";

const root = join(import.meta.dirname, "../..");
const bin = join(root, "adapters/cli/bin.js");
const args = process.argv.slice(2);
const json = args.includes("--json");
const size = Number(args.find((a) => a.startsWith("--size="))?.slice("--size=".length) ?? 10_000);
/** `--threads=N`: the build's worker threads in the cold start (default: from the cores). */
const threadsArg = args.filter((a) => a.startsWith("--threads="));
const SEED = 20220112;

if (!isBuildCurrent(root)) {
  console.error("bench:start: dist/ is missing or older than the sources; run `npm run build`");
  process.exit(1);
}

/** Prints the process's CPU time on exit (one line on stderr), before anything else runs. */
const CPU_REPORT = `data:text/javascript,${encodeURIComponent(
  'process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\nBENCH_CPU "+(u.user+u.system)/1000+"\\n")})',
)}`;

interface Run {
  wallMs: number;
  cpuMs: number;
  stdout: string;
}

/** Runs `node ARGS` in `cwd` and times it from outside (wall) and inside (CPU). */
function run(nodeArgs: string[], cwd: string, env: Record<string, string> = {}): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, ["--import", CPU_REPORT, ...nodeArgs], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0) {
    throw new Error(`node ${nodeArgs.join(" ")} exited ${child.status}: ${child.stderr}`);
  }
  const cpu = /BENCH_CPU ([\d.]+)/.exec(child.stderr)?.[1];
  return { wallMs, cpuMs: Number(cpu ?? Number.NaN), stdout: child.stdout };
}

interface Case {
  name: string;
  runs: number;
  wallMs: number;
  cpuMs: number;
  /** Median wall time over the baseline's median wall time. */
  ratio: number;
  target?: string;
  detail?: Record<string, unknown>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (x: number) => Math.round(x);
const cases: Case[] = [];
let baselineMs = Number.NaN;

function measure(name: string, runs: number, once: () => Run, target?: string): Run[] {
  const all = Array.from({ length: runs }, once);
  const wallMs = median(all.map((r) => r.wallMs));
  if (Number.isNaN(baselineMs)) baselineMs = wallMs;
  const result: Case = {
    name,
    runs,
    wallMs: round(wallMs),
    cpuMs: round(median(all.map((r) => r.cpuMs))),
    ratio: Math.round((wallMs / baselineMs) * 10) / 10,
    ...(target ? { target } : {}),
  };
  cases.push(result);
  if (!json) {
    console.log(
      `${name.padEnd(52)} wall ${String(result.wallMs).padStart(6)} ms  cpu ${String(result.cpuMs).padStart(6)} ms  ×${result.ratio}${target ? `  (target ${target})` : ""}`,
    );
  }
  return all;
}

const work = mkdtempSync(join(tmpdir(), "briefbot-bench-start-"));
try {
  if (!json) {
    console.log(
      `bench:start, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}, Node ${process.version}`,
    );
  }
  const empty = join(work, "empty");
  mkdirSync(empty);
  measure("node -e 0 (baseline)", 10, () => run(["-e", "0"], empty));
  measure("briefbot --help", 10, () => run([bin, "--help"], empty), "< 0.5 s and ≤ 4× baseline");
  const shipped = join(root, "briefings");
  measure(
    'briefbot ask "who is Stoltenberg?" (shipped briefing)',
    5,
    () => run([bin, "ask", "who is Stoltenberg?", "--dir", shipped], empty),
    "< 1 s",
  );

  const corpus = join(work, "corpus");
  mkdirSync(corpus);
  const t0 = performance.now();
  const names = namePools(seeded(SEED));
  for (let i = 0; i < size; i++) {
    const { file: _file, ...data } = makeBriefing(i, names, SEED);
    writeFileSync(join(corpus, `${data.id}.yaml`), stringify(data));
  }
  if (!json)
    console.log(`(${size} briefings written in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  // `briefbot start` keeps its cache in ./.cache/briefbot; the one-shot commands read it there.
  const app = join(work, "app");
  const cacheDir = join(app, ".cache/briefbot");
  mkdirSync(cacheDir, { recursive: true });
  const restart = join(root, "tests/bench/restart.ts");
  const tsx = ["--import", "tsx", restart, corpus, cacheDir, "--dist", ...threadsArg];
  const phases = (r: Run) => JSON.parse(r.stdout.trim().split("\n").at(-1) as string);
  const [cold] = measure(
    `cold start, ${size} briefings (no cache)`,
    1,
    () => run(tsx, root),
    "≤ 15 s",
  );
  const coldPhases = phases(cold as Run);
  (cases.at(-1) as Case).detail = coldPhases;
  if (!json) {
    // the target is the time to a ready engine; the caches are written after it
    console.log(
      `  of which: ready ${coldPhases.readyMs} ms after the process started (load ${coldPhases.loadMs} ms, engine ${coldPhases.engineMs} ms); caches written after ready in ${coldPhases.savedMs} ms`,
    );
  }
  const warm = measure(
    `restart, ${size} (loader cache + engine snapshot)`,
    2,
    () => run(tsx, root),
    "≤ 3 s",
  );
  (cases.at(-1) as Case).detail = phases(warm.at(-1) as Run);
  measure(
    `one-shot ask, ${size} briefings, warm cache`,
    3,
    () => run([bin, "ask", "Who attended the latest talks?", "--dir", corpus], app),
    "< 4 s",
  );
  if (json) console.log(JSON.stringify({ size, loadavg: loadavg(), cases }, null, 2));
  else {
    console.log(`cold start phases: ${JSON.stringify(coldPhases)}`);
    console.log(`restart phases: ${JSON.stringify((cases.at(-2) as Case).detail)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
