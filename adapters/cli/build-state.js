// What the compiled copy in dist/ was built from: the path, size and modification time of every
// file under src/ and adapters/ (and the compiler settings). The build writes it next to
// the output; bin.js runs dist/ only while the sources still look the same, so an edit, a pull or
// a checkout made since the build runs the sources instead of stale JavaScript.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The folders compiled into dist/, and the files whose change changes the output. */
const SOURCE_FOLDERS = ["src", "adapters"];
const SETTINGS = ["tsconfig.json", "tsconfig.build.json"];

/** The file in dist/ that records the state the build was made from. */
export const BUILD_STATE_FILE = "build-state.json";

/** The sources as they are now, one line per file (stat only, no reads: a few milliseconds). */
export function sourceState(root) {
  const lines = [];
  const add = (path) => {
    const s = statSync(join(root, path));
    lines.push(`${path} ${s.size} ${s.mtimeMs}`);
  };
  for (const file of SETTINGS) add(file);
  // A plain walk: readdirSync's own `recursive` costs several times more on its first call.
  const walk = (folder) => {
    const entries = readdirSync(join(root, folder), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  for (const folder of SOURCE_FOLDERS) walk(folder);
  return lines.join("\n");
}

/** True when dist/ holds a build of exactly the sources under `root`. */
export function isBuildCurrent(root) {
  try {
    const built = JSON.parse(readFileSync(join(root, "dist", BUILD_STATE_FILE), "utf8"));
    return built.sources === sourceState(root);
  } catch {
    return false;
  }
}
