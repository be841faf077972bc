#!/usr/bin/env node
// The `briefbot` command. Runs the compiled JavaScript in dist/ (built by `npm ci` through the
// `prepare` script, or by `npm run build`) when it was built from the sources as they are now,
// so no TypeScript is compiled at run time. Without a build, or after a source file changed
// since the build, it runs the TypeScript sources through tsx: slower to start, never stale.
// RUN_BRIEFBOT_FROM_SOURCE=1 always runs the sources (the tests set it).
import { fileURLToPath } from "node:url";
import { isBuildCurrent } from "./build-state.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
let main;
if (process.env.RUN_BRIEFBOT_FROM_SOURCE !== "1" && isBuildCurrent(root)) {
  ({ main } = await import(new URL("../../dist/adapters/cli/main.js", import.meta.url).href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("./main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
