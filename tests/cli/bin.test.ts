// bin.js runs the build in dist/ only while it was built from the sources as they are: after an
// edit, an added or a removed file it runs the sources through tsx, and always with
// RUN_BRIEFBOT_FROM_SOURCE=1. Checked in a small copy of the layout with two stand-in mains.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUILD_STATE_FILE, isBuildCurrent, sourceState } from "../../adapters/cli/build-state.js";

const root = join(import.meta.dirname, "../..");
let app: string;

const MAIN = (from: string) =>
  `export async function main() { process.stdout.write("${from}"); return 0; }\n`;

beforeEach(() => {
  app = mkdtempSync(join(tmpdir(), "briefbot-bin-"));
  for (const dir of ["adapters/cli", "src", "dist/adapters/cli"]) {
    mkdirSync(join(app, dir), { recursive: true });
  }
  for (const file of ["adapters/cli/bin.js", "adapters/cli/build-state.js"]) {
    copyFileSync(join(root, file), join(app, file));
  }
  symlinkSync(join(root, "node_modules"), join(app, "node_modules"));
  writeFileSync(join(app, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(app, "tsconfig.json"), "{}\n");
  writeFileSync(join(app, "tsconfig.build.json"), "{}\n");
  writeFileSync(join(app, "src/answer.ts"), "export const answer = 42;\n");
  writeFileSync(join(app, "adapters/cli/main.ts"), MAIN("sources"));
  writeFileSync(join(app, "dist/adapters/cli/main.js"), MAIN("dist"));
});
afterEach(() => rmSync(app, { recursive: true, force: true }));

function built(): void {
  writeFileSync(join(app, "dist", BUILD_STATE_FILE), JSON.stringify({ sources: sourceState(app) }));
}

function briefbot(env: Record<string, string> = {}): string {
  const child = spawnSync(process.execPath, [join(app, "adapters/cli/bin.js"), "--help"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  expect(child.stderr).toBe("");
  return child.stdout;
}

describe("the briefbot launcher", () => {
  it("runs the sources when there is no build", () => {
    expect(isBuildCurrent(app)).toBe(false);
    expect(briefbot()).toBe("sources");
  });

  it("runs dist/ when it was built from the sources as they are", () => {
    built();
    expect(briefbot()).toBe("dist");
  });

  it("runs the sources after a source file is edited, added or removed since the build", () => {
    built();
    writeFileSync(join(app, "src/answer.ts"), "export const answer = 43;\n");
    expect(briefbot()).toBe("sources");
    built();
    writeFileSync(join(app, "src/new.ts"), "export {};\n");
    expect(briefbot()).toBe("sources");
    built();
    unlinkSync(join(app, "src/new.ts"));
    expect(briefbot()).toBe("sources");
  });

  it("runs the sources after a file is saved unchanged in size (a new modification time)", () => {
    built();
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(app, "src/answer.ts"), later, later);
    expect(briefbot()).toBe("sources");
  });

  it("runs the sources whenever RUN_BRIEFBOT_FROM_SOURCE=1, as the tests do", () => {
    built();
    expect(briefbot({ RUN_BRIEFBOT_FROM_SOURCE: "1" })).toBe("sources");
  });
});
