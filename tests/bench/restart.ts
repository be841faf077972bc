// A start in a fresh process, as `briefbot start` does it (adapters/start.ts): load the folder
// with the loader's cache, then open the engine with its snapshot (or build it). Prints the times
// as JSON. The caches are written after the engine is ready, as start.ts does, and timed apart.
// Usage: tsx tests/bench/restart.ts <briefings dir> <cache dir> [--dist] [--threads=N]
// With --dist it runs the build in dist/ (as the `briefbot` command does when it is current), so
// the cache and snapshot it leaves are the ones a one-shot `briefbot ask` will find. --threads
// sets the build's worker threads (default: from the cores, as `briefbot start`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type * as BriefingModule from "../../src/briefing/index.ts";
import type * as EngineModule from "../../src/engine/index.ts";

const [dir, cacheDir, ...flags] = process.argv.slice(2);
if (!dir || !cacheDir) throw new Error("usage: restart.ts <briefings dir> <cache dir> [--dist]");
const dist = flags.includes("--dist");
const threadsFlag = flags.find((f) => f.startsWith("--threads="));
const threads = threadsFlag ? Number(threadsFlag.slice("--threads=".length)) : undefined;
const from = dist ? "../../dist/src" : "../../src";
const ext = dist ? "js" : "ts";
const { loadBriefings }: typeof BriefingModule = await import(`${from}/briefing/index.${ext}`);
const { openEngine }: typeof EngineModule = await import(`${from}/engine/index.${ext}`);
/** CPU time of the main thread so far (Linux: /proc; NaN elsewhere): the path to ready. */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const main0 = mainThreadCpuMs();
const loaded = await loadBriefings(dir, { cacheDir, deferCacheWrite: true });
const t1 = performance.now();
const opened = await openEngine(loaded.briefings, {
  snapshotPath: join(cacheDir, "engine-snapshot.bin"),
  ...(threads === undefined ? {} : { threads }),
});
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
const mainCpuMs = mainThreadCpuMs() - main0;
opened.engine.ask("Who attended the latest talks?");
// after ready, as start.ts: the loader cache, and the snapshot a build writes in the background
const t3 = performance.now();
await loaded.saveCache?.();
await opened.saved;
const savedMs = Math.round(performance.now() - t3);
console.log(
  JSON.stringify({
    loadMs: Math.round(t1 - t0),
    engineMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    /** From the process's start (module loading included) to a ready engine. */
    readyMs: Math.round(t2),
    /** CPU time (user + system, all threads) from loading to a ready engine. */
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    /** Of which the main thread's (the rest: workers, file reads, the garbage collector's helpers). */
    mainCpuMs,
    restored: opened.restored,
    parsedFiles: loaded.parsedFiles.length,
    /** Writing the loader cache and the engine snapshot after ready. */
    savedMs,
  }),
);
