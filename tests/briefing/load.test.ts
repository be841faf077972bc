// loadBriefings: a folder of briefing files read into briefings and problems, cached or not.
import { copyFile, mkdir, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_FILE_NAME, readCache } from "../../src/briefing/cache.ts";
import { formatProblem, loadBriefings } from "../../src/briefing/index.ts";
import { briefingYaml, tempFolders } from "./helpers.ts";

const root = join(import.meta.dirname, "../..");
const folders = tempFolders();
afterEach(() => folders.cleanup());

describe("loadBriefings", () => {
  it("loads the valid files and reports the bad ones without stopping", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "a-good.yaml"), briefingYaml({ date: "2022-01-10" }));
    await copyFile(
      join(root, "tests/fixtures/invalid/yaml-syntax.yaml"),
      join(dir, "b-broken.yaml"),
    );
    await writeFile(join(dir, "c-good.yml"), briefingYaml({ date: "2022-01-11" }));
    await copyFile(
      join(root, "tests/fixtures/invalid/unknown-field.yaml"),
      join(dir, "d-typo.yaml"),
    );

    const { briefings, problems } = await loadBriefings(dir);
    expect(briefings.map((b) => b.id)).toEqual(["c-good", "a-good"]);
    expect(problems.map((p) => formatProblem(p, { relativeTo: dir }))).toEqual([
      'b-broken.yaml:3:10: YAML syntax error: Missing closing "quote (the quote opened here never closes)',
      'd-typo.yaml:4:1: next_step: unknown field; did you mean "next_steps"?',
    ]);
  });

  it("sorts newest first by date, then by id", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "old.yaml"), briefingYaml({ date: "2021-01-01" }));
    await writeFile(join(dir, "b-new.yaml"), briefingYaml({ date: "2022-05-01" }));
    await writeFile(join(dir, "a-new.yaml"), briefingYaml({ date: "2022-05-01" }));
    const { briefings } = await loadBriefings(dir);
    expect(briefings.map((b) => b.id)).toEqual(["a-new", "b-new", "old"]);
  });

  it("keeps the first of two files with the same id and names both in the problem", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "a.yaml"), briefingYaml({ id: "talks", title: "First" }));
    await writeFile(join(dir, "b.yaml"), briefingYaml({ id: "talks", title: "Second" }));
    const { briefings, problems } = await loadBriefings(dir);
    expect(briefings.map((b) => b.title)).toEqual(["First"]);
    expect(problems.map((p) => formatProblem(p, { relativeTo: dir }))).toEqual([
      'b.yaml:14:1: id: duplicate id "talks", already used by a.yaml; ids must be unique across files',
    ]);
  });

  it("ignores other files, dot-files and sub-folders", async () => {
    const dir = await folders.make();
    await writeFile(join(dir, "talks.yaml"), briefingYaml());
    await writeFile(join(dir, "notes.txt"), "not a briefing");
    await writeFile(join(dir, ".talks.yaml.swp"), "swap");
    await writeFile(join(dir, ".hidden.yaml"), "title: [");
    await mkdir(join(dir, "drafts.yaml"));
    const { briefings, problems } = await loadBriefings(dir);
    expect(briefings.map((b) => b.id)).toEqual(["talks"]);
    expect(problems).toEqual([]);
  });

  it("reports a folder that does not exist", async () => {
    const dir = join(await folders.make(), "missing");
    const { briefings, problems } = await loadBriefings(dir);
    expect(briefings).toEqual([]);
    expect(problems.map((p) => formatProblem(p))).toEqual([`${dir}: the folder does not exist`]);
  });

  it("loads the test fixture briefings without problems", async () => {
    const { briefings, problems } = await loadBriefings(join(root, "tests/fixtures/briefings"));
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
    expect(briefings.length).toBeGreaterThan(0);
  });
});

describe("loadBriefings with a cache", () => {
  it("re-parses only new and changed files, and gives the same result", async () => {
    const dir = await folders.make();
    const cacheDir = join(await folders.make(), "cache");
    for (const name of ["a", "b", "c"]) {
      await writeFile(join(dir, `${name}.yaml`), briefingYaml({ title: `Talks ${name}` }));
    }
    await writeFile(join(dir, "bad.yaml"), briefingYaml({ nxt: 1 }));

    const cold = await loadBriefings(dir, { cacheDir });
    expect(cold.parsedFiles.map((f) => f.slice(dir.length + 1))).toEqual([
      "a.yaml",
      "b.yaml",
      "bad.yaml",
      "c.yaml",
    ]);

    const warm = await loadBriefings(dir, { cacheDir });
    expect(warm.parsedFiles).toEqual([]);
    expect(warm.briefings).toEqual(cold.briefings);
    expect(warm.problems).toEqual(cold.problems);

    await writeFile(join(dir, "b.yaml"), briefingYaml({ title: "Talks b, revised" }));
    await writeFile(join(dir, "d.yaml"), briefingYaml({ title: "Talks d" }));
    const later = new Date(Date.now() + 5000);
    await utimes(join(dir, "b.yaml"), later, later); // a different mtime even on coarse clocks
    const changed = await loadBriefings(dir, { cacheDir });
    expect(changed.parsedFiles.map((f) => f.slice(dir.length + 1))).toEqual(["b.yaml", "d.yaml"]);
    expect(changed.briefings.map((b) => b.title).sort()).toEqual([
      "Talks a",
      "Talks b, revised",
      "Talks c",
      "Talks d",
    ]);
  });

  it("forgets removed files and survives a corrupt cache file", async () => {
    const dir = await folders.make();
    const cacheDir = await folders.make();
    await writeFile(join(dir, "a.yaml"), briefingYaml());
    await writeFile(join(dir, "b.yaml"), briefingYaml());
    await loadBriefings(dir, { cacheDir });
    const { rm } = await import("node:fs/promises");
    await rm(join(dir, "b.yaml"));
    const afterRemove = await loadBriefings(dir, { cacheDir });
    expect(afterRemove.briefings.map((b) => b.id)).toEqual(["a"]);
    expect(afterRemove.parsedFiles).toEqual([]);

    const cacheFile = join(cacheDir, CACHE_FILE_NAME);
    expect([...(await readCache(cacheDir, dir)).keys()]).toEqual([join(dir, "a.yaml")]);
    await writeFile(cacheFile, "{ not a cache");
    const afterCorrupt = await loadBriefings(dir, { cacheDir });
    expect(afterCorrupt.briefings.map((b) => b.id)).toEqual(["a"]);
    expect(afterCorrupt.parsedFiles).toHaveLength(1);
    expect((await stat(cacheFile)).size).toBeGreaterThan(20);
  });
});

describe("loadBriefings with a cache of an earlier version", () => {
  it("parses afresh instead of trusting the old JSON cache, and removes it with the next write", async () => {
    const dir = await folders.make();
    const cacheDir = await folders.make();
    await writeFile(join(dir, "a.yaml"), briefingYaml({ title: "Talks a" }));
    const old = join(cacheDir, "briefings-cache.json");
    await writeFile(old, JSON.stringify({ fingerprint: "0", dir, entries: {} }));
    const loaded = await loadBriefings(dir, { cacheDir });
    expect(loaded.parsedFiles).toHaveLength(1);
    expect(loaded.briefings.map((b) => b.title)).toEqual(["Talks a"]);
    await expect(stat(old)).rejects.toThrow();
    expect((await loadBriefings(dir, { cacheDir })).parsedFiles).toEqual([]);
  });
});

describe("loadBriefings on parse workers", () => {
  it("gives the same briefings and problems, to the line and column, as parsing in one thread", async () => {
    // every valid and every invalid fixture in one folder, each file name kept apart
    const dir = await folders.make();
    const { readdir } = await import("node:fs/promises");
    for (const set of ["valid", "invalid", "briefings", "blind-a", "holdout"]) {
      const from = join(root, "tests/fixtures", set);
      for (const name of await readdir(from)) {
        if (/\.ya?ml$/.test(name)) await copyFile(join(from, name), join(dir, `${set}-${name}`));
      }
    }
    const here = await loadBriefings(dir, { parseThreads: 1 });
    const pooled = await loadBriefings(dir, { parseThreads: 3 });
    expect(here.problems.length).toBeGreaterThan(10);
    expect(here.briefings.length).toBeGreaterThan(10);
    expect(pooled).toEqual(here);
  });
});

describe("loadBriefings with the cache write deferred", () => {
  it("writes the cache only when saveCache is called, and the next load then parses nothing", async () => {
    const dir = await folders.make();
    const cacheDir = join(await folders.make(), "cache");
    await writeFile(join(dir, "a.yaml"), briefingYaml());
    const first = await loadBriefings(dir, { cacheDir, deferCacheWrite: true });
    expect(first.parsedFiles).toHaveLength(1);
    await expect(stat(join(cacheDir, CACHE_FILE_NAME))).rejects.toThrow();
    await first.saveCache?.();
    const second = await loadBriefings(dir, { cacheDir, deferCacheWrite: true });
    expect(second.parsedFiles).toEqual([]);
    expect(second.saveCache).toBeUndefined();
  });
});
