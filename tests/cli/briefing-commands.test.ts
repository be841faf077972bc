// `briefbot validate`, `list` and `show`, the CLI entry (help, unknown commands) and the executable itself.
import { execFile } from "node:child_process";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { briefingYaml, tempFolders } from "../briefing/helpers.ts";
import { runCli } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "../..");
const folders = tempFolders();
afterEach(() => folders.cleanup());

/** A workspace with ./briefings holding two good files and one with a typo. */
async function workspace(): Promise<string> {
  const cwd = await folders.make();
  const dir = join(cwd, "briefings");
  await mkdir(dir);
  await writeFile(
    join(dir, "2021-05-01-spring.yaml"),
    briefingYaml({ date: "2021-05-01", title: "Spring talks" }),
  );
  await writeFile(
    join(dir, "2022-01-12-winter.yaml"),
    briefingYaml({ date: "2022-01-12", title: "Winter talks" }),
  );
  await copyFile(join(root, "tests/fixtures/invalid/unknown-field.yaml"), join(dir, "typo.yaml"));
  return cwd;
}

describe("briefbot validate", () => {
  it("exits 0 and says how many briefings are valid", async () => {
    const result = await runCli(["validate", "--dir", "tests/fixtures/briefings"], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ briefings valid in tests\/fixtures\/briefings\n$/);
    expect(result.stderr).toBe("");
  });

  it("exits 1 with one line per problem and a summary on stderr", async () => {
    const result = await runCli(["validate"], await workspace());
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'briefings/typo.yaml:4:1: next_step: unknown field; did you mean "next_steps"?\n' +
        "1 problem in 1 file; 2 briefings valid in briefings\n",
    );
  });

  it("checks the folder in BRIEFBOT_BRIEFINGS_DIR when no --dir is given, as the bot does", async () => {
    const cwd = await workspace();
    const env = { BRIEFBOT_BRIEFINGS_DIR: join(root, "tests/fixtures/briefings") };
    const result = await runCli(["validate"], cwd, { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ briefings valid in .*tests\/fixtures\/briefings\n$/);
    expect(result.stderr).toBe("");
  });

  it("exits 1 when the folder does not exist", async () => {
    const result = await runCli(["validate", "--dir", "nowhere"], await folders.make());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nowhere: the folder does not exist\n");
  });

  it("exits 2 with a usage line on a stray argument or unknown option", async () => {
    const stray = await runCli(["validate", "extra"], root);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(
      /^briefbot validate: unexpected argument "extra"\nusage: briefbot validate \[--dir DIR\] \[--max-briefing-bytes SIZE\]\n {2}--dir DIR /,
    );
    const unknown = await runCli(["validate", "--bogus"], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^briefbot validate: Unknown option '--bogus'.*\nusage: briefbot validate/,
    );
  });
});

describe("briefbot list", () => {
  it("prints id, date and title newest first, with problems as warnings, and exits 0", async () => {
    const result = await runCli(["list"], await workspace());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "2022-01-12-winter  2022-01-12  Winter talks\n2021-05-01-spring  2021-05-01  Spring talks\n",
    );
    expect(result.stderr).toBe(
      'warning: briefings/typo.yaml:4:1: next_step: unknown field; did you mean "next_steps"?\n',
    );
  });

  it("exits 1 when the folder cannot be read", async () => {
    const result = await runCli(["list", "--dir", "missing"], await folders.make());
    expect(result.code).toBe(1);
  });
});

describe("briefbot show", () => {
  it("prints every field of the briefing", async () => {
    const result = await runCli(
      ["show", "2021-06-01-example-talks", "--dir", "tests/fixtures/valid"],
      root,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Example talks on river shipping
===============================
id:        2021-06-01-example-talks
date:      2021-06-01 to 2021-06-02
location:  Vienna
format:    River Commission
tags:      shipping, rivers
file:      tests/fixtures/valid/2021-06-01-example-talks.yaml

Summary
  Delegations of Northland and Southland met for two days to agree on shipping rules for the shared river.

Participants
  - Anna Berg (also: Berg, A. Berg): Foreign Minister of Northland; side: Northland
  - Carl Dahl: Envoy of Southland; side: Southland

Parties
  - Northland (also: the north)
      position: Wants lower tolls.
  - Southland
      position: Wants a joint inspection office.

Quotes
  - Berg: “We came to agree, and we did.” (at the closing press conference)
  - Southland: “Inspections protect both sides.”

Points
  - Tolls were the main point of contention.

Outcomes
  - A joint inspection office will open.

Next steps
  - 2021-09-15: Next round of talks in Graz.
  - Technical working groups meet monthly.

Background
  - The river treaty dates from 1921.

Sources
  - River talks end with agreement (Example News, 2021-06-02T18:30:00+02:00) https://example.org/news/river-talks
`);
  });

  it("exits 1 on an unknown id and suggests the closest ids", async () => {
    const result = await runCli(["show", "winter"], await workspace());
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'briefbot show: no briefing with id "winter"; did you mean "2022-01-12-winter"?\n' +
        "(1 problem(s) in the folder; run briefbot validate)\n",
    );
  });

  it("exits 2 when the id is missing", async () => {
    const result = await runCli(["show"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^briefbot show: missing argument\nusage: briefbot show ID \[--dir DIR\] \[--max-briefing-bytes SIZE\]\n {2}ID /,
    );
  });
});

describe("briefbot main", () => {
  it("shows help for every briefing command and exits 0", async () => {
    for (const name of ["validate", "list", "show"]) {
      const result = await runCli([name, "--help"], root);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^usage: briefbot ${name}`));
    }
  });

  it("exits 2 on an unknown command or none", async () => {
    expect((await runCli(["frobnicate"], root)).code).toBe(2);
    expect((await runCli([], root)).code).toBe(2);
    expect((await runCli(["--help"], root)).code).toBe(0);
  });

  it("lists every command module under `briefbot help`, and `help COMMAND` shows that command's usage", async () => {
    const all = await runCli(["help"], root);
    expect(all.code).toBe(0);
    for (const name of [
      "ask",
      "daily",
      "discord",
      "draft",
      "help",
      "list",
      "show",
      "start",
      "validate",
    ]) {
      expect(all.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    }
    const one = await runCli(["help", "validate"], root);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^usage: briefbot validate \[--dir DIR\]/);
    const unknown = await runCli(["help", "frobnicate"], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('briefbot help: unknown command "frobnicate"');
  });
});

describe("the briefbot executable", () => {
  const exec = promisify(execFile);
  const bin = join(root, "adapters/cli/bin.js");

  it("validates the shipped briefings with exit code 0", async () => {
    const { stdout } = await exec(process.execPath, [bin, "validate"], { cwd: root });
    expect(stdout).toMatch(/briefings? valid in briefings\n$/);
  });

  it("exits 1 on a broken copy of the shipped briefing, naming file, line and field", async () => {
    const cwd = await folders.make();
    await mkdir(join(cwd, "briefings"));
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(
      join(root, "briefings/2022-01-12-nato-russia-council.yaml"),
      "utf8",
    );
    const broken = text.replace(/^next_steps:/m, "next_step:");
    expect(broken).not.toBe(text);
    await writeFile(join(cwd, "briefings/2022-01-12-nato-russia-council.yaml"), broken);
    const failure = await exec(process.execPath, [bin, "validate"], { cwd }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const line = text.split("\n").findIndex((l) => l.startsWith("next_steps:")) + 1;
    expect(failure?.stderr).toContain(
      `briefings/2022-01-12-nato-russia-council.yaml:${line}:1: next_step: unknown field; did you mean "next_steps"?`,
    );
  });
});

describe("briefbot list WORDS", () => {
  it("lists only the briefings matching every word, as chat /list WORDS does, typos allowed", async () => {
    const result = await runCli(["list", "genva", "--dir", "tests/fixtures/briefings"], root);
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trimEnd()
        .split("\n")
        .map((l) => l.split(" ")[0]),
    ).toEqual([
      "2022-01-10-strategic-stability-dialogue-geneva",
      "2021-07-28-strategic-stability-dialogue-geneva",
    ]);
  });

  it("says so on stderr and exits 1 when no briefing matches", async () => {
    const result = await runCli(["list", "banana", "--dir", "tests/fixtures/briefings"], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("no briefings match “banana”\n");
  });
});

describe("briefbot show in a terminal", () => {
  it("wraps to the terminal's width, each wrapped line hanging under its own text", async () => {
    const id = "2022-01-12-nato-russia-council";
    const piped = await runCli(["show", id], root);
    const shown = await runCli(["show", id], root, { columns: 60 });
    expect(shown.code).toBe(0);
    const lines = shown.stdout.trimEnd().split("\n");
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    // The same words, only the line breaks differ.
    expect(shown.stdout.replace(/\s+/g, " ")).toBe(piped.stdout.replace(/\s+/g, " "));
    const position = lines.findIndex((l) => l.startsWith("      position: Russia demands"));
    expect(lines[position + 1]).toMatch(/^ {8}\S/);
  });
});
