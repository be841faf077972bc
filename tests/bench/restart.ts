// A restart in a fresh process, as `briefbot start` does it (adapters/start.ts): load the folder
// with the loader's cache, then open the engine with its snapshot. Prints the times as JSON.
// Usage: tsx tests/bench/restart.ts <briefings dir> <cache dir> [--dist]
// With --dist it runs the build in dist/ (as the `briefbot` command does when it is current), so
// the cache and snapshot it leaves are the ones a one-shot `briefbot ask` will find.
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type * as BriefingModule from "../../src/briefing/index.ts";
import type * as EngineModule from "../../src/engine/index.ts";

const [dir, cacheDir, flag] = process.argv.slice(2);
if (!dir || !cacheDir) throw new Error("usage: restart.ts <briefings dir> <cache dir> [--dist]");
const from = flag === "--dist" ? "../../dist/src" : "../../src";
const ext = flag === "--dist" ? "js" : "ts";
const { loadBriefings }: typeof BriefingModule = await import(`${from}/briefing/index.${ext}`);
const { openEngine }: typeof EngineModule = await import(`${from}/engine/index.${ext}`);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const loaded = await loadBriefings(dir, { cacheDir });
const t1 = performance.now();
const opened = await openEngine(loaded.briefings, {
  snapshotPath: join(cacheDir, "engine-snapshot.bin"),
});
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
opened.engine.ask("Who attended the latest talks?");
// a build writes its snapshot in the background: wait for it, so the next start can restore it
const t3 = performance.now();
await opened.saved;
const savedMs = Math.round(performance.now() - t3);
console.log(
  JSON.stringify({
    loadMs: Math.round(t1 - t0),
    engineMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    /** CPU time (user + system, all threads) from loading to a ready engine. */
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    restored: opened.restored,
    parsedFiles: loaded.parsedFiles.length,
    savedMs,
  }),
);
