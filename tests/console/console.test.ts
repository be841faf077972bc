// The console chat, driven through injected streams: every command, questions, /quit and rendering.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleAdapter, renderReplyText, wrap } from "../../adapters/console/index.ts";
import type { Reply } from "../../src/chat/index.ts";
import { testBot } from "../bot/helpers.ts";

/** Runs the chat over `lines` and returns everything it printed. */
async function chat(lines: string[], options: { end?: boolean } = {}) {
  const { bot, store } = await testBot();
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
  });
  let quits = 0;
  const adapter = createConsoleAdapter({
    bot,
    input,
    output,
    terminal: false,
    width: 100,
    onQuit: () => quits++,
  });
  await adapter.start();
  for (const line of lines) input.write(`${line}\n`);
  if (options.end !== false) input.end();
  await adapter.finished;
  return { printed, quits, store, adapter };
}

describe("console chat", () => {
  it("runs every command and answers questions typed without a slash", async () => {
    const { printed, store } = await chat([
      "/help",
      "/help pin",
      "who led the russian delegation in geneva?",
      "/ask what did Stoltenberg say?",
      "/list geneva",
      "/show 2022-01-12-nato-russia-council",
      "/pin 2022-01-12-nato-russia-council",
      "/pins",
      "where were the talks held?",
      "/unpin 2022-01-12-nato-russia-council",
      "/daily 12 January 2022",
      "/subscribe 08:00 Europe/Brussels",
      "/subscriptions",
      "/unsubscribe",
      "/quit",
    ]);
    expect(printed).toMatch(/^briefbot console\. Ask a question, or type \/help/);
    expect(printed).toContain("/subscribe HH:MM [TIMEZONE]"); // help
    expect(printed).toContain("Example: /pin 2022-01-12-nato-russia-council"); // help pin
    expect(printed).toContain("Ryabkov");
    expect(printed).toContain("Jens Stoltenberg (NATO Secretary General) said");
    expect(printed).toContain(
      "Source: quotes, NATO-Russia Council talks on Ukraine and security guarantees, 12 Jan 2022,",
    );
    expect(printed).toContain("Briefings matching “geneva”");
    expect(printed).toContain("Participants: Jens Stoltenberg, NATO Secretary General");
    expect(printed).toContain("Pinned in this channel: NATO-Russia Council");
    expect(printed).toContain("From this channel’s pinned briefings (1).");
    expect(printed).toContain("Unpinned: NATO-Russia Council");
    expect(printed).toContain("Daily summary: Wed 12 Jan 2022");
    expect(printed).toContain("Daily summary at 08:00 Europe/Brussels");
    expect(printed).toContain("08:00 Europe/Brussels  #console (this channel)");
    expect(printed).toContain("Daily summary stopped for this channel");
    expect(printed.trimEnd().endsWith("Bye.")).toBe(true);
    expect(await store.subscriptions()).toEqual([]);
  });

  it("answers a mistyped command with a did-you-mean", async () => {
    const { printed } = await chat(["/lsit", "/quit"]);
    expect(printed).toContain("Unknown command “lsit”.");
    expect(printed).toContain("Did you mean /list?");
  });

  it("stops reading at /quit, answering what came before it, and reports the quit once", async () => {
    const { printed, quits } = await chat(["/pins", "/quit", "/list"], { end: false });
    expect(printed).toContain("Nothing is pinned in this channel.");
    expect(printed).not.toContain("Briefings");
    expect(quits).toBe(1);
  });

  it("ends at the end of piped input", async () => {
    const { printed, quits } = await chat(["/pins"]);
    expect(printed).toContain("Nothing is pinned");
    expect(quits).toBe(1);
  });

  it("prints scheduled digests delivered to it", async () => {
    const { bot } = await testBot();
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c: Buffer) => {
      printed += c.toString();
    });
    const adapter = createConsoleAdapter({ bot, input, output, terminal: false });
    await adapter.start();
    await adapter.deliver(
      { platform: "console", workspace: "local", channel: "console" },
      {
        title: "Daily summary: Friday 14 January 2022",
        sections: [],
        visibility: "public",
        kind: "daily",
      },
    );
    await adapter.stop();
    expect(printed).toContain("Daily summary: Friday 14 January 2022");
  });
});

describe("renderReplyText", () => {
  const reply: Reply = {
    title: "A title",
    sections: [
      { text: "Body text @everyone", fields: [{ name: "Date", value: "12 Jan 2022" }] },
      { heading: "Quotes", quotes: [{ speaker: "Jens Stoltenberg", text: "No veto." }] },
    ],
    citations: [
      {
        briefing: "x",
        label: "X, 12 Jan 2022",
        section: "quotes",
        sources: [{ title: "Report", url: "https://example.org" }],
      },
    ],
    footer: "a footer",
    visibility: "public",
    kind: "answer",
  };

  it("puts the title, fields, quotes, the citation under the answer and the footer in order", () => {
    expect(renderReplyText(reply)).toBe(
      [
        "A title",
        "───────",
        "Body text @\u200Beveryone",
        "  Date: 12 Jan 2022",
        "",
        "Quotes",
        "  “No veto.” — Jens Stoltenberg",
        "",
        "Source: quotes, X, 12 Jan 2022, Report <https://example.org>",
        "",
        "a footer",
        "",
      ].join("\n"),
    );
  });

  it("wraps long lines at the width", () => {
    const lines = wrap("word ".repeat(40).trim(), 40).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  });
});
