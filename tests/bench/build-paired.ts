// `npm run bench:build -- [--baseline DIR] [--corpus recurring|synthetic] [--size N]
// [--rounds N] [--dir FOLDER] [--snapshots] [--profile FILE]`: the one-thread index build of this tree against another
// checkout's (DIR, e.g. `git worktree add /tmp/base main`), in one process, over the same
// briefings as the loader gives them (written as YAML to FOLDER, kept there so that later runs
// read them from the loader's cache). The builds alternate, each after a full collection, and
// each reports its CPU time (`process.cpuUsage`) next to wall time: on a shared machine CPU time
// is the steadier reading. Without `--baseline`, only this tree's build is timed. `--snapshots`
// compares the engine snapshots of both builds byte for byte (same index, same answers).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { loadBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import { gc, option } from "./cli.ts";
import { makeBriefing, makeCast, makeRecurringBriefing, namePools, seeded } from "./corpus.ts";

const args = process.argv.slice(2);

const kind = option("corpus") ?? "recurring";
const size = Number(option("size") ?? 10_000);
const rounds = Number(option("rounds") ?? 3);
const baselineDir = option("baseline");
const SEED = 20220112;
/** `--profile FILE`: a CPU profile of this tree's first build, for Chrome's DevTools. */
const profile = option("profile");
const dir = option("dir") ?? join(tmpdir(), `briefbot-build-${kind}-${size}`);
const cacheDir = `${dir}-cache`;

if (!existsSync(dir)) {
  mkdirSync(dir, { recursive: true });
  const names = namePools(seeded(SEED));
  const cast = makeCast(names, SEED);
  for (let i = 0; i < size; i++) {
    const { file: _file, ...data } =
      kind === "recurring"
        ? makeRecurringBriefing(i, names, cast, SEED)
        : makeBriefing(i, names, SEED);
    writeFileSync(join(dir, `${data.id}.yaml`), stringify(data));
  }
}
const loaded = await loadBriefings(dir, { cacheDir });
if (loaded.problems.length > 0) throw new Error(`corpus invalid: ${loaded.problems[0]?.message}`);
const briefings = loaded.briefings;

type Create = (briefings: readonly Briefing[]) => unknown;
type Write = (path: string, engine: unknown, key: string) => Promise<boolean>;
const load = async (root: string): Promise<[Create, Write]> => [
  (await import(pathToFileURL(resolve(root, "src/engine/index.ts")).href)).createEngine,
  (await import(pathToFileURL(resolve(root, "src/engine/snapshot.ts")).href)).writeSnapshot,
];
const builds: [string, Create, Write][] = [
  ["this", ...(await load(new URL("../..", import.meta.url).pathname))],
];
if (baselineDir) builds.unshift(["base", ...(await load(baselineDir))]);
/** `--snapshots`: after the first round, the SHA-1 of each tree's snapshot of its build. */
const snapshots = args.includes("--snapshots");
const digests = new Map<string, string>();

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const load1 = () => Math.round((loadavg()[0] as number) * 10) / 10;
const times = new Map<string, { cpu: number[]; wall: number[] }>(
  builds.map(([name]) => [name, { cpu: [], wall: [] }]),
);
console.log(`${size} ${kind} briefings; ${rounds} rounds; load ${load1()}`);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? builds : [...builds].reverse();
  for (const [name, create, write] of order) {
    gc();
    const session = profile && r === 0 && name === "this" ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.setSamplingInterval", { interval: 200 });
      await session.post("Profiler.start");
    }
    const c0 = cpuMs();
    const t0 = performance.now();
    let engine: unknown = create(briefings);
    const wall = performance.now() - t0;
    const cpu = cpuMs() - c0;
    if (snapshots && r === 0) {
      const path = join(tmpdir(), `briefbot-build-paired-${process.pid}.snapshot`);
      await write(path, engine, "fixed");
      digests.set(name, createHash("sha1").update(readFileSync(path)).digest("hex"));
      rmSync(path);
    }
    engine = undefined;
    void engine;
    if (session) {
      const { profile: taken } = await session.post("Profiler.stop");
      writeFileSync(profile as string, JSON.stringify(taken));
      session.disconnect();
    }
    const t = times.get(name) as { cpu: number[]; wall: number[] };
    t.cpu.push(cpu);
    t.wall.push(wall);
    console.log(
      `  round ${r + 1} ${name}: CPU ${(cpu / 1000).toFixed(2)} s, wall ${(wall / 1000).toFixed(2)} s (load ${load1()})`,
    );
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
for (const [name, t] of times)
  console.log(
    `${name}: CPU median ${(median(t.cpu) / 1000).toFixed(2)} s, wall median ${(median(t.wall) / 1000).toFixed(2)} s`,
  );
if (baselineDir) {
  const b = times.get("base") as { cpu: number[] };
  const n = times.get("this") as { cpu: number[] };
  const ratios = b.cpu.map((c, i) => (n.cpu[i] as number) / c);
  console.log(
    `this ÷ base, CPU per round: ${ratios.map((x) => x.toFixed(3)).join(", ")}; median ${median(ratios).toFixed(3)}`,
  );
}
if (snapshots) {
  for (const [name, digest] of digests) console.log(`snapshot of ${name}'s build: sha1 ${digest}`);
  if (new Set(digests.values()).size > 1) console.log("SNAPSHOTS DIFFER");
}
