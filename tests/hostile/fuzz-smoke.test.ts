// The fuzzer of `npm run fuzz`, run small with a fixed seed so that it cannot rot, and the files it
// found that cost the loader minutes or were dropped without a word.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BriefingLibrary, formatProblem, parseBriefing } from "../../src/briefing/index.ts";
import { fuzzBriefings } from "../fuzz/briefings.ts";
import { fuzzConsole } from "../fuzz/console.ts";

const work = mkdtempSync(join(tmpdir(), "briefbot-fuzz-smoke-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SEED = 20220112;

describe("the fuzzer, small", () => {
  it("200 mutated briefing files: each is served or named in a problem, none escapes the loader", async () => {
    const report = await fuzzBriefings({
      seed: SEED,
      count: 200,
      batch: 100,
      workDir: join(work, "files"),
    });
    expect(report.failures).toEqual([]);
    expect(report.files).toBe(200);
    expect(report.served).toBeGreaterThan(10);
    expect(report.refused).toBeGreaterThan(100);
    expect(report.served + report.refused + report.ignored).toBe(200);
    // generous: the run itself holds about 300 MB
    expect(report.rssGrowthMB).toBeLessThan(400);
  }, 120_000);

  it("300 hostile lines into the console chat: every line answered, no stack trace, no crash", async () => {
    const report = await fuzzConsole({
      seed: SEED + 1,
      count: 300,
      workDir: join(work, "console"),
      extraBriefings: 20,
    });
    expect(report.failures).toEqual([]);
    expect(report.prompts).toBe(report.lines);
    expect(report.answered).toBeGreaterThan(250);
    expect(report.repliesByKind["internal error"]).toBeUndefined();
    expect(report.rssGrowthMB).toBeLessThan(300);
  }, 120_000);

  it("gives the same files for the same seed", async () => {
    const a = await fuzzBriefings({ seed: 7, count: 30, workDir: join(work, "a") });
    const b = await fuzzBriefings({ seed: 7, count: 30, workDir: join(work, "b") });
    expect(a.refusalsByKind).toEqual(b.refusalsByKind);
    expect(a.mutationsUsed).toEqual(b.mutationsUsed);
  }, 60_000);
});

describe("what the fuzzer found", () => {
  const base = "title: Talks\ndate: 2022-01-12\nsummary: They met.\nsources: [{title: Wire}]\n";

  it("refuses a mapping of 100,000 keys at the 65th key, without the minutes that composing it took", () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`).join("\n");
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const { briefing, problems } = parseBriefing(`${base}${keys}\n`, "/b/wide.yaml");
    // was 85 s on the project machine for 80,000 keys; now linear, about 1 s
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(600 * 2 ** 20);
    expect(briefing).toBeUndefined();
    expect(problems.map((p) => formatProblem(p))).toEqual([
      "/b/wide.yaml:65:1: this mapping has more than 64 keys; a briefing's mappings have 17 fields at most (remove the repeated or extra keys)",
    ]);
  });

  it("refuses a flow mapping {…} of more than 64 keys the same way", () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}: 1`).join(", ");
    const { problems } = parseBriefing(`${base}extra: {${keys}}\n`, "/b/flow.yaml");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(5);
    expect(problems[0]?.message).toMatch(/more than 64 keys/);
  });

  it("lists 20 problems of a file with 170,000 bad items and counts the rest in one line", () => {
    const items = "  - 1\n".repeat(170_000);
    const { problems } = parseBriefing(
      `${base.replace(/sources.*\n/, "")}sources:\n${items}`,
      "/b/items.yaml",
    );
    expect(problems).toHaveLength(21);
    expect(problems[0]).toMatchObject({ line: 5, path: "sources[0]" });
    expect(problems[20]?.message).toBe(
      "and 169,980 more problems in this file (only the first 20 are listed); fix these first",
    );
  });

  it("lists 20 YAML syntax errors of a file of thousands and counts the rest", () => {
    const { problems } = parseBriefing("- a: 1\n  a: 1\n".repeat(5_000), "/b/dup.yaml");
    expect(problems).toHaveLength(21);
    expect(problems[0]?.message).toMatch(/^YAML syntax error/);
    expect(problems[20]?.message).toMatch(/^and [\d,]+ more problems in this file/);
  });

  it("reads a file with CR (old Mac) line endings, or stray CRs, as YAML 1.2 does", () => {
    const crOnly = parseBriefing(`# a comment first\r${base.replace(/\n/g, "\r")}`, "/b/mac.yaml");
    expect(crOnly.problems).toEqual([]);
    expect(crOnly.briefing?.title).toBe("Talks");
    const stray = parseBriefing(base.replace(/\n/g, "\r\r\n"), "/b/stray.yaml");
    expect(stray.problems).toEqual([]);
    // lines are counted as an editor shows them: a lone CR ends one
    const bad = parseBriefing(
      "title: Talks\rdate: 2022-02-30\rsummary: s\rsources: [{title: W}]\r",
      "/b/x.yaml",
    );
    expect(bad.problems.map((p) => `${p.line}:${p.column} ${p.path}`)).toEqual(["2:7 date"]);
  });

  it("reports a file whose name is not valid UTF-8 instead of dropping it without a word", async () => {
    const dir = join(work, "names");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "good.yaml"), base);
    writeFileSync(
      Buffer.concat([Buffer.from(`${dir}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from(".yaml")]),
      base,
    );
    const library = await BriefingLibrary.open(dir);
    try {
      expect(library.briefings().map((b) => b.id)).toEqual(["good"]);
      expect(library.problems().map((p) => formatProblem(p, { relativeTo: dir }))).toEqual([
        "bad-\uFFFD\uFFFD.yaml: the file name is not valid UTF-8 (the bad bytes are shown as \uFFFD), so the file cannot be opened by its name; rename it",
      ]);
    } finally {
      await library.close();
    }
  });
});
