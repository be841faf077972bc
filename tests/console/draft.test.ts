// The console's /draft: a news report on disk becomes a reviewed-to-be draft under drafts/.
import { copyFile, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../adapters/console/index.ts";
import { parseBriefing } from "../../src/briefing/index.ts";
import { testBot } from "../bot/helpers.ts";

const articles = join(import.meta.dirname, "..", "fixtures", "articles");

async function chatIn(cwd: string, lines: string[]): Promise<string> {
  const { bot } = await testBot();
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const adapter = createConsoleAdapter({ bot, input, output, terminal: false, width: 200, cwd });
  await adapter.start();
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await adapter.finished;
  return printed;
}

describe("console /draft", () => {
  it("drafts a report into drafts/ as a briefing that validates, and says what to do next", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "briefbot-console-draft-"));
    await copyFile(join(articles, "after-quote.txt"), join(cwd, "report.txt"));

    const printed = await chatIn(cwd, ["/draft report.txt"]);

    const [saved] = await readdir(join(cwd, "drafts"));
    expect(saved).toMatch(/^\d{4}-\d{2}-\d{2}-report\.yaml$/);
    expect(printed).toContain(`Draft saved: drafts/${saved}`);
    expect(printed).toMatch(/\d+ quotes?/);
    expect(printed).toContain("Move it into briefings/");
    const file = join(cwd, "drafts", saved as string);
    const { problems } = parseBriefing(await readFile(file, "utf8"), file);
    expect(problems).toEqual([]);
  });

  it("answers a missing file or a missing argument with the usage, and the chat goes on", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "briefbot-console-draft-"));
    const printed = await chatIn(cwd, ["/draft nowhere.txt", "/draft", "/pins"]);
    expect(printed).toContain("Cannot read nowhere.txt: ENOENT.");
    expect(printed.match(/Usage: \/draft FILE/g)).toHaveLength(2);
    expect(printed).toContain("Nothing is pinned");
  });

  it("lists /draft under /help as a console-only command", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "briefbot-console-draft-"));
    expect(await chatIn(cwd, ["/help"])).toContain("Console only: /draft FILE");
  });
});
