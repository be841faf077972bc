// Starting a worker thread on one of the project's own modules, from the sources (tsx, vitest)
// or from the build (dist/). A worker does not inherit a loader registered in code (`bin.js`
// registers tsx that way), so for a `.ts` module it registers tsx itself before importing it.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const BOOT = `
const { workerData } = require("node:worker_threads");
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
})().catch((error) => { setImmediate(() => { throw error; }); });
`;

/**
 * A worker running `name` (without extension) beside the module at `from` (its
 * `import.meta.url`): `name.ts` when that module is TypeScript, `name.js` in the build.
 */
export function startModuleWorker(from: string, name: string): Worker {
  const ts = from.endsWith(".ts");
  const entry = new URL(`./${name}.${ts ? "ts" : "js"}`, from).href;
  return new Worker(BOOT, { eval: true, workerData: { entry, tsx: ts ? tsxApi() : undefined } });
}

let tsxUrl: string | undefined;

/** tsx's programmatic ES module API (a dependency: it runs the sources when there is no build). */
function tsxApi(): string {
  if (tsxUrl) return tsxUrl;
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const { exports } = require(manifest) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const entry = exports["./esm/api"]?.import?.default;
  if (!entry) throw new Error("workers: tsx has no ES module API (./esm/api)");
  tsxUrl = new URL(entry, pathToFileURL(manifest)).href;
  return tsxUrl;
}
