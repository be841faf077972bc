// The console chat in a terminal: log lines above the prompt, Ctrl-C and Ctrl-D, history across
// sessions, wrapping by display width.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { HISTORY_SIZE } from "../../adapters/console/history.ts";
import { consoleHistoryFile, createConsoleAdapter, wrap } from "../../adapters/console/index.ts";
import { testBot } from "../bot/helpers.ts";

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "briefbot-console-"));
  folders.push(folder);
  return folder;
}

/** A console chat on a fake terminal: what it printed, as a person would see it line by line. */
async function terminalChat(options: { historyFile?: string } = {}) {
  const { bot } = await testBot();
  const input = new PassThrough();
  const output = new PassThrough();
  const log = new PassThrough();
  let printed = "";
  const record = (chunk: Buffer) => {
    printed += chunk.toString();
  };
  output.on("data", record);
  log.on("data", record);
  const adapter = createConsoleAdapter({
    bot,
    input,
    output,
    terminal: true,
    width: 80,
    logOutput: log,
    ...(options.historyFile && { historyFile: options.historyFile }),
  });
  await adapter.start();
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  const screen = () => emulate(printed);
  return { input, log, adapter, settle, screen, printed: () => printed };
}

/**
 * The lines a terminal would show for `text`: the cursor moves that readline writes (column,
 * carriage return, clear line, clear below) are carried out, any other escape code is dropped.
 */
function emulate(text: string): string[] {
  const lines: string[] = [""];
  let row = 0;
  let col = 0;
  const put = (c: string) => {
    const line = (lines[row] ?? "").padEnd(col);
    lines[row] = line.slice(0, col) + c + line.slice(col + 1);
    col++;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\u001b") {
      // The escape character itself is checked above: the pattern reads what follows it.
      const m = /^\[(\d*)([A-Za-z])/.exec(text.slice(i + 1));
      if (!m) continue;
      i += m[0].length;
      const [, n = "", op] = m;
      if (op === "G") col = Math.max(0, Number(n || 1) - 1);
      else if (op === "K" && n === "2") lines[row] = "";
      else if (op === "K" || op === "J") lines[row] = (lines[row] ?? "").slice(0, col);
    } else if (c === "\n") {
      row++;
      col = 0;
      lines[row] ??= "";
    } else if (c === "\r") col = 0;
    else put(c);
  }
  return lines;
}

describe("console chat in a terminal", () => {
  it("prints a log line above the prompt and draws the prompt again with what was typed", async () => {
    const t = await terminalChat();
    t.input.write("what did Stolt");
    await t.settle();
    t.log.write("2022-01-12T10:00:00Z WARN briefing changed\n");
    await t.settle();
    const lines = t.screen();
    expect(lines).toContain("2022-01-12T10:00:00Z WARN briefing changed");
    expect(lines.at(-1)).toBe("brief> what did Stolt");
    // The log line never shares a line with the prompt.
    expect(lines.filter((l) => l.includes("WARN") && l.includes("brief>"))).toEqual([]);
    t.input.write("\u0004\u0004");
    t.input.end();
    await t.adapter.stop();
  });

  it("leaves on Ctrl-C with the typed text on its own line and Bye. on the next", async () => {
    const t = await terminalChat();
    t.input.write("half typed");
    await t.settle();
    t.input.write("\u0003");
    await t.adapter.finished;
    const lines = t.screen();
    expect(lines).toContain("brief> half typed^C");
    expect(lines.at(-2)).toBe("Bye.");
    expect(lines.join("\n")).not.toMatch(/typed\s*Bye/);
  });

  it("says Bye. on its own line after Ctrl-D at an empty prompt", async () => {
    const t = await terminalChat();
    t.input.write("\u0004");
    await t.adapter.finished;
    expect(t.screen().slice(-3)).toEqual(["brief> ", "Bye.", ""]);
  });

  it("keeps the typed lines in the history file and offers them on the arrow keys next time", async () => {
    const file = join(tempFolder(), "data", "history");
    const first = await terminalChat({ historyFile: file });
    first.input.write("/pins\r");
    await first.settle();
    first.input.write("what did Sherman say?\r");
    await first.settle();
    first.input.write("\u0004");
    await first.adapter.finished;
    expect(readFileSync(file, "utf8")).toBe("/pins\nwhat did Sherman say?\n");

    const second = await terminalChat({ historyFile: file });
    second.input.write("\u001b[A"); // arrow up: the last line of the last session
    await second.settle();
    expect(second.screen().at(-1)).toBe("brief> what did Sherman say?");
    second.input.write("\u0003");
    await second.adapter.finished;
  });

  it("keeps at most the newest lines of a long history", async () => {
    const file = join(tempFolder(), "history");
    const old = Array.from({ length: HISTORY_SIZE + 50 }, (_, i) => `question ${i}`);
    writeFileSync(file, `${old.join("\n")}\n`);
    const t = await terminalChat({ historyFile: file });
    t.input.write("/pins\r");
    await t.settle();
    t.input.write("\u0004");
    await t.adapter.finished;
    const kept = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(kept).toHaveLength(HISTORY_SIZE);
    expect(kept.at(-1)).toBe("/pins");
    expect(kept).not.toContain("question 0");
  });
});

describe("consoleHistoryFile", () => {
  it("is BRIEFBOT_HISTORY_FILE when set, else under XDG_DATA_HOME, else under ~/.local/share", () => {
    expect(consoleHistoryFile({ BRIEFBOT_HISTORY_FILE: "/tmp/h", XDG_DATA_HOME: "/x" })).toBe(
      "/tmp/h",
    );
    expect(consoleHistoryFile({ XDG_DATA_HOME: "/x" })).toBe("/x/briefbot/history");
    expect(consoleHistoryFile({})).toMatch(/\/\.local\/share\/briefbot\/history$/);
  });
});

describe("wrap", () => {
  it("hangs the wrapped lines of a bullet under its text, not under the bullet", () => {
    const lines = wrap(`• ${"word ".repeat(30).trim()}`, 40).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^• word/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}word/);
  });

  it("measures wide characters by the columns they take", () => {
    const text =
      "北大西洋条約機構 ロシア 理事会 会合 ブリュッセル 北大西洋条約機構 ロシア 理事会 会合";
    const lines = wrap(text, 40).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
  });
});
