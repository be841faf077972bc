// Every kind of reply a person reads, rendered by the console, Slack (Block Kit, mrkdwn) and
// Discord (embeds) renderers into one readable file per kind under __snapshots__/. Review them
// as a reader: a change to how any reply reads shows up as a diff of these files.
import { join } from "node:path";
import type { types } from "@slack/bolt";
import type { APIEmbed } from "discord.js";
import { describe, expect, it } from "vitest";
import { renderReplyText } from "../../adapters/console/render.ts";
import { renderReply as renderDiscord } from "../../adapters/discord/render.ts";
import { renderReply as renderSlack } from "../../adapters/slack/render.ts";
import { type Briefing, loadBriefings } from "../../src/briefing/index.ts";
import type { ChannelRef, Platform, Reply } from "../../src/chat/index.ts";
import { createEngine, type Engine } from "../../src/engine/index.ts";
import { type TestBot, testBot } from "../bot/helpers.ts";

/** Fixed briefings (a copy of the shipped one and the test fixtures) and a fixed clock. */
const FIXTURES = join(import.meta.dirname, "..", "fixtures", "replies");
const NOW = "2022-01-14T10:00:00Z";
const NATO = "2022-01-12-nato-russia-council";

const CHANNELS: Record<Platform, ChannelRef> = {
  console: { platform: "console", workspace: "local", channel: "console" },
  slack: { platform: "slack", workspace: "T1", channel: "C1" },
  discord: { platform: "discord", workspace: "G1", channel: "C1" },
};

interface ReplyKind {
  /** The snapshot file's name. */
  name: string;
  /** What the person typed: a command (with its name) or, with `question`, a free-text question. */
  typed: string;
  question?: boolean;
  /** Commands run first, not shown (a pin before `pins`). */
  before?: string[];
}

const KINDS: ReplyKind[] = [
  { name: "answer", typed: "what did stoltenburg say about ukraine", question: true },
  { name: "answer-positions", typed: "what did Russia demand?", question: true },
  { name: "answer-who", typed: "who is Michael Grytz?", question: true },
  { name: "answer-when", typed: "when is the next meeting?", question: true },
  { name: "declined", typed: "what is the weather in Brussels?", question: true },
  { name: "card", typed: `show ${NATO}` },
  {
    name: "compare",
    typed:
      "compare 2021-07-28-strategic-stability-dialogue-geneva 2022-01-10-strategic-stability-dialogue-geneva",
  },
  { name: "list", typed: "list" },
  { name: "list-words", typed: "list genva" },
  { name: "daily", typed: "daily 2022-01-12" },
  { name: "daily-coming-up", typed: "daily 2022-01-10" },
  { name: "daily-empty", typed: "daily 2022-01-11" },
  { name: "pin", typed: `pin ${NATO}` },
  { name: "pins", typed: "pins", before: [`pin ${NATO}`] },
  { name: "subscribe", typed: "subscribe 08:00 Europe/Brussels" },
  { name: "help", typed: "help" },
  { name: "usage", typed: "daily banana" },
  { name: "unknown-command", typed: "lsit" },
];

let fixed: { briefings: Briefing[]; engine: Engine } | undefined;

/** The reply on `platform`, from a fresh bot (its own store) over the fixed briefings. */
async function replyOn(kind: ReplyKind, platform: Platform): Promise<Reply> {
  if (!fixed) {
    const { briefings } = await loadBriefings(FIXTURES);
    fixed = { briefings, engine: createEngine(briefings) };
  }
  const t: TestBot = await testBot({ ...fixed, now: NOW });
  const channel = CHANNELS[platform];
  for (const command of kind.before ?? []) await t.run(command, channel);
  return kind.question ? t.ask(kind.typed, channel) : t.run(kind.typed, channel);
}

describe("replies, as each platform shows them", () => {
  for (const kind of KINDS) {
    it(`${kind.name}: reads well on the console, Slack and Discord`, async () => {
      const prefix = (p: Platform) => (kind.question ? "" : p === "console" ? "/" : "/brief ");
      const parts = [`# ${kind.name}`, ""];
      for (const platform of ["console", "slack", "discord"] as const) {
        const reply = await replyOn(kind, platform);
        parts.push(`## ${platform}: ${prefix(platform)}${kind.typed}`, "");
        const shown =
          platform === "console"
            ? renderReplyText(reply, { width: 72 })
            : platform === "slack"
              ? slackAsText(reply)
              : discordAsText(reply);
        parts.push("```text", shown.trimEnd(), "```", "");
      }
      await expect(parts.join("\n")).toMatchFileSnapshot(`./__snapshots__/${kind.name}.md`);
    });
  }
});

/** Slack messages as a reader of the raw payload sees them: one block per paragraph. */
function slackAsText(reply: Reply): string {
  const out: string[] = [];
  renderSlack(reply).forEach((message, i) => {
    out.push(`[message ${i + 1}, ${reply.visibility}] fallback: ${message.text}`);
    for (const block of message.blocks) out.push(slackBlock(block));
  });
  return out.join("\n");
}

function slackBlock(block: types.KnownBlock): string {
  switch (block.type) {
    case "header":
      return `[header] ${block.text.text}`;
    case "section": {
      const text = block.text ? `[section] ${block.text.text}` : "[section]";
      const fields = (block.fields ?? []).map((f) => `  [field] ${f.text.replace(/\n/g, " / ")}`);
      return [text, ...fields].join("\n");
    }
    case "context":
      return `[context] ${block.elements.map((e) => ("text" in e ? e.text : "")).join(" ")}`;
    case "actions":
      return `[actions] ${block.elements
        .map((e) => (e.type === "button" ? `[${e.text.text}: ${e.value}]` : `[${e.type}]`))
        .join(" ")}`;
    default:
      return `[${block.type}]`;
  }
}

/** Discord embeds as a reader of the raw payload sees them. */
function discordAsText(reply: Reply): string {
  const out: string[] = [];
  renderDiscord(reply).forEach((message, i) => {
    out.push(`[message ${i + 1}, ${reply.visibility}]`);
    for (const embed of message.embeds) out.push(discordEmbed(embed));
    for (const row of message.components ?? []) {
      out.push(`[buttons] ${row.components.map((b) => `[${b.label}: ${b.custom_id}]`).join(" ")}`);
    }
  });
  return out.join("\n");
}

function discordEmbed(embed: APIEmbed): string {
  const lines = [`[embed #${(embed.color ?? 0).toString(16).padStart(6, "0")}]`];
  if (embed.title) lines.push(`title: ${embed.title}`);
  if (embed.description) lines.push("description:", embed.description);
  for (const f of embed.fields ?? []) {
    lines.push(`field${f.inline ? " (inline)" : ""}: ${f.name} = ${f.value.replace(/\n/g, " / ")}`);
  }
  if (embed.footer) lines.push(`footer: ${embed.footer.text}`);
  return lines.join("\n");
}
