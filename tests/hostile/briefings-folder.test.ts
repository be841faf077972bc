// Attacks on the briefings folder, against the real loader, the live library, the bot's replies and
// the real `briefbot` executable: each asserts the safe behaviour, with bounded time and memory.
import { execFile, spawnSync } from "node:child_process";
import { mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { messageSize, renderReply as renderDiscord } from "../../adapters/discord/render.ts";
import { renderReply as renderSlack, SLACK_LIMITS } from "../../adapters/slack/render.ts";
import { BriefingLibrary, loadBriefings } from "../../src/briefing/index.ts";
import type { Logger } from "../../src/log.ts";
import { testBot, textOf } from "../bot/helpers.ts";
import { briefingYaml, tempFolders, waitFor } from "../briefing/helpers.ts";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "adapters/cli/bin.js");
const rssHook = join(import.meta.dirname, "report-rss.mjs");
const folders = tempFolders();
const libraries: BriefingLibrary[] = [];

afterEach(async () => {
  await Promise.all(libraries.splice(0).map((library) => library.close()));
  await folders.cleanup();
});

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the child, in MB. */
  peakRssMb: number;
}

/** Runs the real executable as a child process, with a time bound and its peak RSS measured. */
function briefbot(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ["--import", rssHook, bin, ...args],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? "", RUN_BRIEFBOT_FROM_SOURCE: "1", ...env },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        if (error && code === -1) return fail(error);
        const rss = /\nHOSTILE_MAX_RSS_KB=(\d+)\n$/.exec(stderr);
        done({
          code,
          stdout,
          stderr: stderr.replace(/\nHOSTILE_MAX_RSS_KB=\d+\n$/, ""),
          peakRssMb: Number(rss?.[1] ?? 0) / 1024,
        });
      },
    );
  });
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return {
    lines,
    debug: push("debug"),
    info: push("info"),
    warn: push("warn"),
    error: push("error"),
  };
}

async function openWatching(dir: string, logger?: Logger): Promise<BriefingLibrary> {
  const library = await BriefingLibrary.open(dir, {
    watch: true,
    debounceMs: 30,
    folderCheckMs: 100,
    ...(logger && { logger }),
  });
  libraries.push(library);
  return library;
}

/** Anything a terminal would obey: C0/C1 controls other than the line ends between lines. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("a briefings folder removed and recreated while the bot runs", () => {
  it("keeps serving while the folder is gone, and serves the new folder's briefings once it is back", async () => {
    const parent = await folders.make();
    const dir = join(parent, "briefings");
    await mkdir(dir);
    await writeFile(join(dir, "before.yaml"), briefingYaml({ title: "Before" }));
    const logger = recordingLogger();
    const library = await openWatching(dir, logger);
    expect(library.get("before")?.title).toBe("Before");

    await rm(dir, { recursive: true });
    await waitFor("the missing folder reported", () =>
      library.problems().some((p) => p.message === "the folder does not exist"),
    );
    expect(library.get("before")?.title).toBe("Before");

    await mkdir(dir);
    await writeFile(join(dir, "after.yaml"), briefingYaml({ title: "After" }));
    await waitFor("the recreated folder served", () => library.get("after")?.title === "After");
    expect(library.get("before")).toBeUndefined();
    expect(library.problems()).toEqual([]);

    // and the new folder is watched: a later edit arrives too
    await writeFile(join(dir, "later.yaml"), briefingYaml({ title: "Later" }));
    await waitFor("an edit in the recreated folder", () => library.get("later") !== undefined);
    expect(
      logger.lines.some((l) => l.includes("does not exist; still serving the 1 briefing")),
    ).toBe(true);
  });

  it("follows a folder replaced by a rename (a deploy swapping in a new copy)", async () => {
    const parent = await folders.make();
    const dir = join(parent, "briefings");
    await mkdir(dir);
    await writeFile(join(dir, "old.yaml"), briefingYaml({ title: "Old" }));
    const library = await openWatching(dir);

    const next = join(parent, "briefings.next");
    await mkdir(next);
    await writeFile(join(next, "new.yaml"), briefingYaml({ title: "New" }));
    await rename(dir, join(parent, "briefings.old"));
    await rename(next, dir);
    await waitFor("the swapped-in folder served", () => library.get("new")?.title === "New");
    expect(library.get("old")).toBeUndefined();
    await writeFile(join(dir, "newer.yaml"), briefingYaml({ title: "Newer" }));
    await waitFor("an edit in the swapped-in folder", () => library.get("newer") !== undefined);
  });

  it("starts without the folder and serves it once it is created", async () => {
    const parent = await folders.make();
    const dir = join(parent, "briefings");
    const library = await openWatching(dir);
    expect(library.briefings()).toEqual([]);
    await mkdir(dir);
    await writeFile(join(dir, "first.yaml"), briefingYaml());
    await waitFor("the created folder served", () => library.get("first") !== undefined);
  });
});

describe("symbolic links in the briefings folder", () => {
  it("refuses a link to a file outside the folder without reading it, naming the link", async () => {
    const outside = await folders.make();
    const secret = join(outside, "secret.txt");
    await writeFile(secret, "CANARY-LINE-ONE: do not print\nCANARY-LINE-TWO: nor this\n");
    const dir = await folders.make();
    await writeFile(join(dir, "good.yaml"), briefingYaml());
    await symlink(secret, join(dir, "secret.yaml"));
    await symlink("/etc/passwd", join(dir, "passwd.yaml"));
    const validBriefingOutside = join(outside, "valid.yaml");
    await writeFile(validBriefingOutside, briefingYaml({ title: "CANARY valid but outside" }));
    await symlink(join("..", outside.split("/").pop() ?? "", "valid.yaml"), join(dir, "rel.yaml"));

    const run = await briefbot(["validate", "--dir", dir]);
    expect(run.code).toBe(1);
    for (const name of ["secret.yaml", "passwd.yaml", "rel.yaml"]) {
      expect(run.stderr).toContain(
        `${name}: is a symbolic link to a file outside the briefings folder; briefbot follows links only inside the folder`,
      );
    }
    expect(run.stderr).not.toMatch(/CANARY|root:|daemon:/);
    expect(run.stderr).toContain("3 problems in 3 files; 1 briefing valid");

    const { briefings } = await loadBriefings(dir);
    expect(briefings.map((b) => b.id)).toEqual(["good"]);
  });

  it("follows a link that stays inside the folder", async () => {
    const dir = await folders.make();
    await mkdir(join(dir, "archive"));
    await writeFile(join(dir, "archive", "kept.yaml"), briefingYaml({ id: "kept", title: "Kept" }));
    await symlink(join("archive", "kept.yaml"), join(dir, "current.yaml"));
    const { briefings, problems } = await loadBriefings(dir);
    expect(problems).toEqual([]);
    expect(briefings.map((b) => b.title)).toEqual(["Kept"]);
  });

  it("skips a FIFO named like a briefing instead of hanging on it", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "good.yaml"), briefingYaml());
    if (spawnSync("mkfifo", [join(dir, "pipe.yaml")]).status !== 0) return; // no mkfifo here
    const run = await briefbot(["validate", "--dir", dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 briefing valid");
  });
});

describe("file names and titles with line breaks or terminal escape codes", () => {
  const evilName = "bad\nname\u001b[31mred\u202e.yaml";

  it("validate prints the file name escaped, one line per problem", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, evilName), "title: [unclosed\n");
    await writeFile(join(dir, "ok.yaml"), briefingYaml());
    const run = await briefbot(["validate", "--dir", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bad\\nname\\x1b[31mred\\u202e.yaml:");
    expect(run.stderr).not.toMatch(CONTROL);
    expect(run.stderr).not.toContain("\u202e");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines.every((l) => l.includes(dir.split("/").pop() ?? ""))).toBe(true);
  });

  it("list prints warnings and titles escaped", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, evilName), "title: [unclosed\n");
    await writeFile(
      join(dir, "ok.yaml"),
      briefingYaml({ title: "Talks \u001b]0;pwned\u0007 and \u001b[2J cleared" }),
    );
    const run = await briefbot(["list", "--dir", dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Talks \\x1b]0;pwned\\x07 and \\x1b[2J cleared");
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stderr).toContain("warning: ");
    expect(run.stderr).toContain("bad\\nname\\x1b[31mred");
    expect(run.stderr).not.toMatch(CONTROL);
  });

  it("show keeps the layout but shows escape codes from the file as text", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "ok.yaml"), briefingYaml({ summary: "Line one\u001b[31m red" }));
    const run = await briefbot(["show", "ok", "--dir", dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Line one\\x1b[31m red");
    expect(run.stdout).not.toMatch(CONTROL);
  });

  it("the live library logs the file name escaped", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, evilName), briefingYaml({ id: "evil" }));
    const logger = recordingLogger();
    const library = await openWatching(dir, logger);
    expect(library.get("evil")).toBeDefined();
    await writeFile(join(dir, evilName), "title: [broken\n");
    await waitFor("the broken file logged", () =>
      logger.lines.some((l) => l.includes("still serving its last valid version")),
    );
    for (const line of logger.lines) expect(line).not.toMatch(CONTROL);
    expect(logger.lines.join("\n")).toContain("bad\\nname\\x1b[31mred");
  });
});

describe("file encodings", () => {
  const yaml = briefingYaml({ title: "Café talks" });
  const encodings: [string, Buffer, RegExp][] = [
    [
      "latin1.yaml",
      Buffer.from(yaml, "latin1"),
      /latin1\.yaml:1:11: invalid UTF-8: byte 0xE9 is not part of a valid UTF-8 character \(the file looks like Latin-1 or Windows-1252\); save it as UTF-8/,
    ],
    [
      "utf16le-bom.yaml",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml, "utf16le")]),
      /utf16le-bom\.yaml: the file is UTF-16 little-endian, with a byte order mark; save it as UTF-8/,
    ],
    [
      "utf16be-bom.yaml",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(yaml, "utf16le").swap16()]),
      /utf16be-bom\.yaml: the file is UTF-16 big-endian, with a byte order mark; save it as UTF-8/,
    ],
    [
      "utf16le.yaml",
      Buffer.from(yaml, "utf16le"),
      /utf16le\.yaml: the file is UTF-16 little-endian \(every other byte is zero\); save it as UTF-8/,
    ],
    [
      "utf16be.yaml",
      Buffer.from(yaml, "utf16le").swap16(),
      /utf16be\.yaml: the file is UTF-16 big-endian \(every other byte is zero\); save it as UTF-8/,
    ],
    [
      "binary.yaml",
      Buffer.from(`${yaml}\u0000\u0001`, "utf8"),
      /binary\.yaml:\d+:1: the file contains a NUL byte/,
    ],
  ];

  it("names the encoding problem (with line and column for bad UTF-8) instead of reading U+FFFD", async () => {
    const dir = await folders.make();
    for (const [name, bytes] of encodings) await writeFile(join(dir, name), bytes);
    const run = await briefbot(["validate", "--dir", dir]);
    expect(run.code).toBe(1);
    for (const [, , message] of encodings) expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain("\ufffd");
    expect(run.stderr).not.toContain("\\u0000");
    expect(run.stderr).toContain(
      `${encodings.length} problems in ${encodings.length} files; 0 briefings valid`,
    );
  });

  it("points at the line and column of a bad byte deep in the file", async () => {
    const dir = await folders.make();
    const good = Buffer.from(briefingYaml({ summary: "Two delegations met in Genève." }), "utf8");
    const at = good.indexOf(Buffer.from("è"));
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xe8]), good.subarray(at + 2)]);
    await writeFile(join(dir, "deep.yaml"), bad);
    const { problems, briefings } = await loadBriefings(dir);
    expect(briefings).toEqual([]);
    const line = good.subarray(0, at).toString("utf8").split("\n");
    expect(problems[0]).toMatchObject({
      line: line.length,
      column: (line.at(-1) ?? "").length + 1,
    });
  });

  it("accepts a UTF-8 file with a byte order mark", async () => {
    const dir = await folders.make();
    await writeFile(
      join(dir, "bom.yaml"),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(yaml)]),
    );
    const run = await briefbot(["validate", "--dir", dir]);
    expect(run.code).toBe(0);
    const { briefings } = await loadBriefings(dir);
    expect(briefings[0]?.title).toBe("Café talks");
  });
});

describe("YAML resource attacks", () => {
  const bomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ..."bcdefghi".split("").map((c, i) => {
      const prev = "abcdefghi"[i];
      return `${c}: &${c} [${Array(9).fill(`*${prev}`).join(",")}]`;
    }),
    "title: laughs",
  ].join("\n");

  it("refuses the billion laughs alias bomb with a user message, in bounded memory", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "bomb.yaml"), bomb);
    await writeFile(join(dir, "good.yaml"), briefingYaml());
    const run = await briefbot(["validate", "--dir", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /bomb\.yaml:2:\d+: YAML aliases \(\*name\) here expand to too many copies of their values \(the "billion laughs" pattern\)/,
    );
    expect(run.stderr).not.toMatch(/ReferenceError|Excessive alias|resource exhaustion|at .*\.js/);
    expect(run.stderr).toContain("1 briefing valid");
    expect(run.peakRssMb).toBeLessThan(400);
  });

  it("refuses nesting 100,000 levels deep without crashing the process", async () => {
    const dir = await folders.make();
    await writeFile(
      join(dir, "deep.yaml"),
      `title: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`,
    );
    await writeFile(join(dir, "compact.yaml"), `title:\n${"- ".repeat(100_000)}x\n`);
    await writeFile(join(dir, "good.yaml"), briefingYaml());
    const run = await briefbot(["validate", "--dir", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /deep\.yaml:1:\d+: lists and mappings are nested more than 32 levels deep here/,
    );
    expect(run.stderr).toMatch(
      /compact\.yaml:2:\d+: lists and mappings are nested more than 32 levels deep here/,
    );
    expect(run.stderr).toContain("1 briefing valid");
    expect(run.stderr).not.toMatch(/Maximum call stack|RangeError/);
    expect(run.peakRssMb).toBeLessThan(400);
  });
});

/** A valid briefing of about `bytes` bytes: a long summary, many outcomes, long quotes. */
function hugeBriefing(bytes: number, id = "huge"): string {
  const sentence = "The delegations restated their positions on security guarantees at length. ";
  const summary = sentence.repeat(Math.ceil((bytes * 0.6) / sentence.length));
  return briefingYaml({
    id,
    title: `Huge talks ${"with a very long title ".repeat(20)}`,
    summary,
    outcomes: Array.from({ length: 500 }, (_, i) => `Outcome ${i}: ${sentence.repeat(3)}`),
    quotes: [
      { speaker: "Berg", text: sentence.repeat(Math.ceil((bytes * 0.35) / sentence.length)) },
    ],
    tags: Array.from({ length: 200 }, (_, i) => `tag-${i}`),
  });
}

describe("briefing files over the size limit", () => {
  it("refuses a 20 MB briefing naming file, size and limit, keeps the others, in bounded memory", async () => {
    const dir = await folders.make();
    const text = hugeBriefing(20 * 1024 * 1024);
    expect(text.length).toBeGreaterThan(20 * 1024 * 1024);
    await writeFile(join(dir, "huge.yaml"), text);
    await writeFile(join(dir, "good.yaml"), briefingYaml());
    const run = await briefbot(["validate", "--dir", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /huge\.yaml: the file is 2\d\.\d MB \([\d,]+ bytes\), over the 1\.0 MB limit for one briefing \(BRIEFBOT_MAX_BRIEFING_BYTES\)/,
    );
    expect(run.stderr).toContain("1 briefing valid");
    // never read whole: far less than the 20 MB file would take as text and YAML
    expect(run.peakRssMb).toBeLessThan(250);

    const listed = await briefbot(["list", "--dir", dir]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^good\s/);
  });

  it("takes the limit from BRIEFBOT_MAX_BRIEFING_BYTES or --max-briefing-bytes", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "big.yaml"), hugeBriefing(1536 * 1024, "big"));
    expect((await briefbot(["validate", "--dir", dir])).code).toBe(1);
    const byEnv = await briefbot(["validate", "--dir", dir], {
      BRIEFBOT_MAX_BRIEFING_BYTES: "4MB",
    });
    expect(byEnv.stdout).toContain("1 briefing valid");
    const byFlag = await briefbot(["validate", "--dir", dir, "--max-briefing-bytes", "4194304"]);
    expect(byFlag.stdout).toContain("1 briefing valid");
    const blank = await briefbot(["validate", "--dir", dir], { BRIEFBOT_MAX_BRIEFING_BYTES: " " });
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain('BRIEFBOT_MAX_BRIEFING_BYTES=" ": is blank');
    const bad = await briefbot(["validate", "--dir", dir], { BRIEFBOT_MAX_BRIEFING_BYTES: "lots" });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'BRIEFBOT_MAX_BRIEFING_BYTES="lots": expected a whole number of bytes',
    );
  });

  it("the live library refuses a file that grows past the limit and keeps serving the rest", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "good.yaml"), briefingYaml());
    const logger = recordingLogger();
    const library = await openWatching(dir, logger);
    await writeFile(join(dir, "huge.yaml"), hugeBriefing(2 * 1024 * 1024));
    await waitFor("the huge file reported", () =>
      library.problems().some((p) => p.message.includes("over the 1.0 MB limit")),
    );
    expect(library.briefings().map((b) => b.id)).toEqual(["good"]);
    expect(logger.lines.some((l) => /huge\.yaml: the file is (at least )?\d\.\d MB/.test(l))).toBe(
      true,
    );
  });
});

describe("a valid huge briefing in chat", () => {
  it("/show, pin and answers stay within one platform message with a pointer to the whole briefing", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "huge.yaml"), hugeBriefing(850 * 1024));
    const { briefings, problems } = await loadBriefings(dir);
    expect(problems).toEqual([]);
    const { run, ask } = await testBot({ briefings });

    const card = await run("show huge");
    expect(card.kind).toBe("card");
    const text = textOf(card);
    expect(text.length).toBeLessThan(7000);
    expect(text).toContain(
      "Shortened for chat. The whole briefing: briefbot show huge, or the file huge.yaml",
    );

    const discord = renderDiscord(card);
    expect(discord).toHaveLength(1);
    expect(messageSize(discord[0] ?? { embeds: [] })).toBeLessThanOrEqual(6000);
    const slack = renderSlack(card);
    expect(slack).toHaveLength(1);
    for (const block of slack[0]?.blocks ?? []) {
      if (block.type === "section" && block.text) {
        expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      }
    }

    const pinned = await run("pin huge");
    // One line, however long the title: the card is a `show` away.
    expect(textOf(pinned).length).toBeLessThan(400);
    expect(textOf(pinned)).toContain("/brief show huge");

    const answer = await ask("what did Berg say?");
    expect(textOf(answer).length).toBeLessThan(13000);
    expect(renderDiscord(answer).length).toBeLessThanOrEqual(3);
  });
});

describe("no message quotes more of a file than the offending line", () => {
  it("a file that is one long scalar over many lines is quoted from its first line only", async () => {
    const dir = await folders.make();
    await writeFile(
      join(dir, "text.yaml"),
      "first line of some text\nSECOND-LINE-CANARY\nTHIRD-LINE-CANARY\n",
    );
    await writeFile(
      join(dir, "field.yaml"),
      briefingYaml({ date: undefined }).replace(/^title: .*$/m, "title:\n  - a list\n") +
        "date: 2022-01-12\n",
    );
    const run = await briefbot(["validate", "--dir", dir]);
    expect(run.stderr).toContain('found "first line of some text..."');
    expect(run.stderr).not.toContain("CANARY");
  });
});
