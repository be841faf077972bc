// `briefbot ask`: one question, stdin mode, and the JSON contract.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCli } from "../helpers/cli.ts";
import { briefing, otherBriefing } from "./factory.ts";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-ask-"));
  for (const b of [briefing(), otherBriefing()]) {
    const { file: _file, ...data } = b;
    writeFileSync(join(dir, `${b.id}.yaml`), stringify(data));
  }
  return dir;
}

/** `briefbot ask ARGS`, with the shared in-process runner. */
async function run(
  args: string[],
  stdin = "",
): Promise<{ code: number; out: string; err: string }> {
  const r = await runCli(["ask", ...args], process.cwd(), { stdin });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe("briefbot ask", () => {
  const dir = folder();

  it("prints the answer and its citation under it", async () => {
    const r = await run(["what did Okonkwo say", "--dir", dir]);
    expect(r.code).toBe(0);
    const [answer, source] = r.out.trim().split("\n\n");
    expect(answer?.replace(/\s+/g, " ")).toContain("We will not be rushed into a bad bargain.");
    expect(source?.replace(/\s+/g, " ")).toMatch(
      /^Source: quotes, Harbour accord talks between Norland and Sudmark, 14 Mar 2023/,
    );
  });

  it("writes exactly the contract's fields with --json", async () => {
    const r = await run(["--json", "--dir", dir, "what did Okonkwo say"]);
    const a = JSON.parse(r.out);
    expect(Object.keys(a)).toEqual([
      "question",
      "answered",
      "text",
      "confidence",
      "citations",
      "suggestions",
    ]);
    expect(a.answered).toBe(true);
    expect(Object.keys(a.citations[0])).toEqual([
      "briefing",
      "title",
      "date",
      "section",
      "text",
      "speaker",
    ]);
    expect(a.citations[0].speaker).toBe("Idris Okonkwo");
  });

  it("answers one question per stdin line, one JSON object per line", async () => {
    const r = await run(
      ["--json", "--dir", dir],
      "who chaired the session\n\nwhat did Okonkwo say about penguins\n",
    );
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].question).toBe("who chaired the session");
    expect(lines[0].text).toContain("Elena Borg");
    expect(lines[1].answered).toBe(false);
    expect(lines[1].citations).toEqual([]);
    expect(lines[1].suggestions.length).toBeGreaterThan(0);
  });

  it("writes one line per answer in plain stdin mode", async () => {
    const r = await run(
      ["--dir", dir],
      "what was the outcome of the harbour talks\nwhen is the next harbour meeting\n",
    );
    expect(r.out.trim().split("\n")).toHaveLength(2);
  });

  it("rejects an unknown option with the usage", async () => {
    const r = await run(["--frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("usage:");
  });
});
