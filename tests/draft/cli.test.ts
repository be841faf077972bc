// `briefbot draft`: arguments, standard input, --out, exit codes, and the summary line.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseBriefing } from "../../src/briefing/index.ts";
import { runCli } from "../helpers/cli.ts";

const articles = join(import.meta.dirname, "..", "fixtures", "articles");
const temp: string[] = [];
afterEach(async () => {
  for (const dir of temp.splice(0)) await rm(dir, { recursive: true, force: true });
});

const run = (args: string[], stdin = "") => runCli(["draft", ...args], articles, { stdin });

describe("briefbot draft", () => {
  it("writes a valid draft to standard output and a summary line to standard error", async () => {
    const { code, stdout, stderr } = await run([
      "pronoun.txt",
      "--publisher",
      "Wire",
      "--url",
      "https://example.org/a",
    ]);
    expect(code).toBe(0);
    expect(parseBriefing(stdout, "2022-11-22-draft.yaml").problems).toEqual([]);
    expect(stdout).toContain("# speaker from");
    expect(stdout).toMatch(/publisher: Wire\n\s+url: https:\/\/example.org\/a/);
    expect(stderr).toMatch(/pronoun\.txt: 3 participants, .* 4 quotes, .* review marks\n$/);
  });

  it("reads the article from standard input with -", async () => {
    const text = await readFile(join(articles, "after-quote.txt"), "utf8");
    const { code, stdout } = await run(["-", "--source-title", "Geneva talks"], text);
    expect(code).toBe(0);
    expect(stdout).toContain("title: Geneva talks");
  });

  it("writes to --out and says where", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefbot-draft-"));
    temp.push(dir);
    const out = join(dir, "draft.yaml");
    const { code, stdout, stderr } = await run(["shared-surname.txt", "--out", out]);
    expect([code, stdout]).toEqual([0, ""]);
    expect(await readFile(out, "utf8")).toContain("speaker: Thomas Berger");
    expect(stderr).toContain(`→ ${out}`);
  });

  it("writes a draft that `briefbot validate` accepts as it is", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefbot-draft-"));
    temp.push(dir);
    expect(
      (await run(["typographic-multi.txt", "--out", join(dir, "2022-01-26-normandy.yaml")])).code,
    ).toBe(0);
    expect((await runCli(["validate", "--dir", dir], dir)).code).toBe(0);
  });

  it("fails with exit 1 and asks for --date when the article has no date", async () => {
    const { code, stderr } = await run(["no-date.txt"]);
    expect(code).toBe(1);
    expect(stderr).toContain("no-date.txt: found no date");
    expect(stderr).toContain("pass --date YYYY-MM-DD");
    expect((await run(["no-date.txt", "--date", "2023-03-28"])).code).toBe(0);
  });

  it("fails with exit 1 when the file cannot be read", async () => {
    const { code, stderr } = await run(["missing.txt"]);
    expect(code).toBe(1);
    expect(stderr).toContain("cannot read missing.txt: ENOENT");
  });

  it("exits 2 with the usage on a wrong command line", async () => {
    for (const args of [
      [],
      ["a.txt", "b.txt"],
      ["a.txt", "--date", "2022-02-30"],
      ["a.txt", "--bogus"],
      ["a.txt", "--out"],
    ]) {
      const { code, stderr } = await run(args);
      expect([args, code]).toEqual([args, 2]);
      expect(stderr).toContain("usage: briefbot draft FILE");
    }
  });
});
