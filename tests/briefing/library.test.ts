// BriefingLibrary: the live set of briefings, its reloads on file changes, change events and cache.
import { rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  BriefingLibrary,
  formatProblem,
  type LibraryChange,
  loadBriefings,
} from "../../src/briefing/index.ts";
import type { Logger } from "../../src/log.ts";
import { briefingYaml, tempFolders, waitFor } from "./helpers.ts";

const folders = tempFolders();
const open: BriefingLibrary[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((library) => library.close()));
  await folders.cleanup();
});

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

/** Writes a file and moves its mtime on, so a rewrite within the same millisecond still counts. */
let tick = 0;
async function write(file: string, text: string): Promise<void> {
  await writeFile(file, text);
  const when = new Date(Date.now() + ++tick * 1000);
  await utimes(file, when, when);
}

async function openWatching(dir: string, logger?: Logger): Promise<BriefingLibrary> {
  const library = await BriefingLibrary.open(dir, {
    watch: true,
    debounceMs: 50,
    ...(logger ? { logger } : {}),
  });
  open.push(library);
  return library;
}

describe("BriefingLibrary", () => {
  it("serves the folder's briefings newest first and finds them by id", async () => {
    const dir = await folders.make();
    await write(join(dir, "old.yaml"), briefingYaml({ date: "2021-03-01" }));
    await write(join(dir, "new.yaml"), briefingYaml({ date: "2022-03-01" }));
    const library = await BriefingLibrary.open(dir);
    open.push(library);
    expect(library.briefings().map((b) => b.id)).toEqual(["new", "old"]);
    expect(library.get("old")?.date).toBe("2021-03-01");
    expect(library.get("missing")).toBeUndefined();
    expect(library.problems()).toEqual([]);
  });

  it("applies an added, changed and removed file while running", async () => {
    const dir = await folders.make();
    await write(join(dir, "first.yaml"), briefingYaml({ title: "First" }));
    const library = await openWatching(dir);
    const changes: LibraryChange[] = [];
    library.onChange((change) => changes.push(change));

    await write(join(dir, "second.yaml"), briefingYaml({ title: "Second" }));
    await waitFor("second.yaml added", () => library.get("second")?.title === "Second");
    expect(changes.at(-1)?.upserted.map((b) => b.id)).toEqual(["second"]);

    await write(join(dir, "first.yaml"), briefingYaml({ title: "First, revised" }));
    await waitFor("first.yaml changed", () => library.get("first")?.title === "First, revised");

    await rm(join(dir, "second.yaml"));
    await waitFor("second.yaml removed", () => library.get("second") === undefined);
    expect(changes.at(-1)?.removed).toEqual(["second"]);
    expect(library.briefings().map((b) => b.id)).toEqual(["first"]);
  });

  it("keeps the last valid version while a file is broken, and clears the problem once fixed", async () => {
    const dir = await folders.make();
    const file = join(dir, "talks.yaml");
    await write(file, briefingYaml({ title: "Good" }));
    const logger = recordingLogger();
    const library = await openWatching(dir, logger);

    await write(file, briefingYaml({ title: "Good", next_step: [] }));
    await waitFor("the problem to appear", () => library.problems().length > 0);
    expect(library.get("talks")?.title).toBe("Good");
    expect(library.problems().map((p) => formatProblem(p, { relativeTo: dir }))).toEqual([
      'talks.yaml:14:1: next_step: unknown field; did you mean "next_steps"?',
    ]);
    expect(logger.lines).toContain(
      'warn briefings: talks.yaml:14:1: next_step: unknown field; did you mean "next_steps"?',
    );
    expect(logger.lines).toContain(
      'warn briefings: talks.yaml is invalid; still serving its last valid version of "talks"',
    );

    await write(file, briefingYaml({ title: "Fixed" }));
    await waitFor("the fix to load", () => library.get("talks")?.title === "Fixed");
    expect(library.problems()).toEqual([]);
  });

  it("does not serve a file that was never valid, but reports it", async () => {
    const dir = await folders.make();
    const library = await openWatching(dir);
    await write(join(dir, "draft.yaml"), "title: [unclosed\n");
    await waitFor("the draft's problem", () => library.problems().length > 0);
    expect(library.briefings()).toEqual([]);
    expect(library.problems()[0]?.message).toMatch(/^YAML syntax error/);
  });

  it("stops telling a listener once it unsubscribes or the library closes", async () => {
    const dir = await folders.make();
    const library = await openWatching(dir);
    let calls = 0;
    const unsubscribe = library.onChange(() => calls++);
    await write(join(dir, "a.yaml"), briefingYaml());
    await waitFor("a.yaml added", () => library.get("a") !== undefined);
    expect(calls).toBe(1);
    unsubscribe();
    await write(join(dir, "b.yaml"), briefingYaml());
    await waitFor("b.yaml added", () => library.get("b") !== undefined);
    expect(calls).toBe(1);

    await library.close();
    await write(join(dir, "c.yaml"), briefingYaml());
    await library.reload().catch(() => {});
    expect(library.get("c")).toBeUndefined();
  });

  it("reloads on demand without watching", async () => {
    const dir = await folders.make();
    const library = await BriefingLibrary.open(dir);
    open.push(library);
    await write(join(dir, "a.yaml"), briefingYaml());
    expect(library.get("a")).toBeUndefined();
    await library.reload();
    expect(library.get("a")?.title).toBe("Example talks");
  });
});

describe("BriefingLibrary change events", () => {
  it("reports no change when a file is saved again unchanged", async () => {
    const dir = await folders.make();
    const file = join(dir, "a.yaml");
    await write(file, briefingYaml());
    const library = await BriefingLibrary.open(dir);
    open.push(library);
    const changes: LibraryChange[] = [];
    library.onChange((change) => changes.push(change));
    await write(file, briefingYaml());
    await library.reload();
    expect(changes).toEqual([]);
    await write(file, briefingYaml({ title: "Other" }));
    await library.reload();
    expect(changes.map((c) => c.upserted.map((b) => b.title))).toEqual([["Other"]]);
  });
});

describe("BriefingLibrary with a cache", () => {
  it("saves what it parsed, so the next start-up parses nothing that is unchanged", async () => {
    const dir = await folders.make();
    const cacheDir = await folders.make();
    await write(join(dir, "a.yaml"), briefingYaml());
    const library = await BriefingLibrary.open(dir, { cacheDir });
    expect((await loadBriefings(dir, { cacheDir })).parsedFiles).toEqual([]);

    await write(join(dir, "b.yaml"), briefingYaml());
    await library.reload();
    await library.close(); // flushes the pending cache write
    const next = await loadBriefings(dir, { cacheDir });
    expect(next.parsedFiles).toEqual([]);
    expect(next.briefings.map((b) => b.id)).toEqual(["a", "b"]);
  });

  it("with the write deferred, saves the start-up's parse when told it is ready, or on close", async () => {
    const dir = await folders.make();
    const cacheDir = await folders.make();
    await write(join(dir, "a.yaml"), briefingYaml());
    const told = await BriefingLibrary.open(dir, { cacheDir, deferCacheWrite: true });
    // nothing saved yet: a load now parses the file again
    expect((await loadBriefings(dir, { cacheDir, readOnlyCache: true })).parsedFiles).toHaveLength(
      1,
    );
    await told.saveCache();
    expect((await loadBriefings(dir, { cacheDir, readOnlyCache: true })).parsedFiles).toEqual([]);
    await told.close();

    const otherCache = await folders.make();
    const closed = await BriefingLibrary.open(dir, { cacheDir: otherCache, deferCacheWrite: true });
    await closed.close(); // never told: close saves it
    const next = await loadBriefings(dir, { cacheDir: otherCache });
    expect(next.parsedFiles).toEqual([]);
  });
});
