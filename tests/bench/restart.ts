// A restart in a fresh process, as `briefbot start` does it (adapters/start.ts): load the folder
// with the loader's cache, then open the engine with its snapshot. Prints the times as JSON.
// Usage: tsx tests/bench/restart.ts <briefings dir> <cache dir>
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadBriefings } from "../../src/briefing/index.ts";
import { openEngine } from "../../src/engine/index.ts";

const [dir, cacheDir] = process.argv.slice(2);
if (!dir || !cacheDir) throw new Error("usage: restart.ts <briefings dir> <cache dir>");
const t0 = performance.now();
const loaded = await loadBriefings(dir, { cacheDir });
const t1 = performance.now();
const opened = await openEngine(loaded.briefings, {
  snapshotPath: join(cacheDir, "engine-snapshot.bin"),
});
const t2 = performance.now();
opened.engine.ask("Who attended the latest talks?");
console.log(
  JSON.stringify({
    loadMs: Math.round(t1 - t0),
    engineMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    restored: opened.restored,
    parsedFiles: loaded.parsedFiles.length,
  }),
);
