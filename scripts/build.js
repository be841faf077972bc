#!/usr/bin/env node
// `npm run build` (and `npm ci`, through `prepare`): compiles src/ and adapters/ to JavaScript
// in dist/ with tsc, copies the files that are not TypeScript (data read at run time beside its
// module), and records what it was built from, so that bin.js runs dist/ only while it is current.
// `--out DIR` builds elsewhere (the test of the build uses it) without touching dist/.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILD_STATE_FILE, sourceState } from "../adapters/cli/build-state.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outFlag = process.argv.indexOf("--out");
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1] ?? "") : join(root, "dist");

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  // An install without dev dependencies: bin.js runs the sources through tsx instead.
  console.error(
    "briefbot build: typescript is not installed; skipped (the sources run through tsx)",
  );
  process.exit(0);
}

// Taken before compiling: a file saved during the build leaves dist/ marked out of date.
const sources = sourceState(root);
rmSync(out, { recursive: true, force: true });
const compiled = spawnSync(
  process.execPath,
  [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", out],
  { stdio: "inherit" },
);
if (compiled.status !== 0) {
  rmSync(out, { recursive: true, force: true });
  console.error("briefbot build: tsc failed; dist/ removed (bin.js runs the sources through tsx)");
  process.exit(compiled.status ?? 1);
}
for (const folder of ["src", "adapters"]) copyData(folder);
writeFileSync(join(out, BUILD_STATE_FILE), `${JSON.stringify({ sources })}\n`);
if (!existsSync(join(out, "adapters/cli/main.js"))) {
  console.error("briefbot build: dist/adapters/cli/main.js is missing after tsc");
  process.exit(1);
}

/** Copies every file that tsc does not emit (not .ts; not the plain .js launchers) into `out`. */
function copyData(folder) {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) copyData(path);
    else if (entry.isFile() && !/\.(ts|js)$/.test(entry.name)) {
      mkdirSync(join(out, folder), { recursive: true });
      copyFileSync(join(root, path), join(out, path));
    }
  }
}
