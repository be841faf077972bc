// The build (`npm run build`, run by `npm ci`): the CLI compiled to JavaScript runs on plain Node,
// finds what it reads beside its modules, and loads for each command only what that command uses.
// Built into a temporary folder, so neither a stale nor a missing dist/ can change the outcome.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sourceState } from "../../adapters/cli/build-state.js";

const root = join(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "briefbot-build-"));
const out = join(work, "dist");
const recorder = join(root, "tests/helpers/record-imports.mjs");

beforeAll(() => {
  // the compiled modules find their packages as dist/ does, in the folder above
  symlinkSync(join(root, "node_modules"), join(work, "node_modules"));
  const build = spawnSync(process.execPath, [join(root, "scripts/build.js"), "--out", out], {
    encoding: "utf8",
  });
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the compiled CLI's main() on plain Node (no tsx), recording every module it loads. */
function compiled(args: string[], cwd = work) {
  const main = pathToFileURL(join(out, "adapters/cli/main.js")).href;
  const code = `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(process.argv.slice(1));`;
  const child = spawnSync(
    process.execPath,
    ["--import", recorder, "--input-type=module", "-e", code, "--", ...args],
    { cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } },
  );
  const imports = child.stderr.split("\n").filter((l) => l.startsWith("IMPORT "));
  const stderr = child.stderr
    .split("\n")
    .filter((l) => !l.startsWith("IMPORT "))
    .join("\n");
  return { code: child.status, stdout: child.stdout, stderr, imports };
}

describe("the compiled briefbot", () => {
  it("lists every command in --help without loading the engine, zod, YAML, Bolt or discord.js", () => {
    const run = compiled(["--help"]);
    expect(run.code).toBe(0);
    for (const name of ["ask", "daily", "discord", "draft", "list", "show", "start", "validate"]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    }
    const heavy = run.imports.filter((l) =>
      /node_modules\/(zod|yaml|@slack|discord\.js|compromise|chrono-node|better-sqlite3)\/|\/src\/(engine|briefing|store)\//.test(
        l,
      ),
    );
    expect(heavy).toEqual([]);
  });

  it("answers from the shipped briefing on plain Node, with no TypeScript loaded", () => {
    const run = compiled(["ask", "who is Stoltenberg?", "--dir", join(root, "briefings")]);
    expect(run.stderr.trim()).toBe("");
    expect(run.stdout).toMatch(/^Jens Stoltenberg, NATO Secretary General\n/);
    expect(
      run.imports.filter((l) => /\.ts$|node_modules\/(tsx|typescript|esbuild)\//.test(l)),
    ).toEqual([]);
  });

  it("validates a broken briefing with the file, line and field, as the sources do", () => {
    const folder = join(work, "broken");
    cpSync(join(root, "briefings"), folder, { recursive: true });
    const file = join(folder, "2022-01-12-nato-russia-council.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^next_steps:/m, "next_step:"));
    const run = compiled(["validate", "--dir", folder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /2022-01-12-nato-russia-council\.yaml:\d+:1: next_step: unknown field; did you mean "next_steps"\?/,
    );
  });

  it("records the sources it was built from, so bin.js can tell when it is out of date", () => {
    const state = JSON.parse(readFileSync(join(out, "build-state.json"), "utf8"));
    expect(state.sources).toBe(sourceState(root));
  });
});
