// Renders the bot's platform-neutral Reply as Slack Block Kit messages, within Slack's limits.
import type { types } from "@slack/bolt";
import type { Reply, ReplyCitation, ReplyField, ReplyQuote } from "../../src/bot/index.ts";
import { mrkdwnLink, safeMrkdwn, safePlain, splitText, truncate } from "./mrkdwn.ts";

/** Slack's documented Block Kit limits that a reply must stay within. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  /** Fallback `text` (notifications, screen readers); Slack truncates far above this. */
  fallbackText: 3000,
} as const;

/** How many messages one reply may become before the rest is cut with a "show more" hint. */
export const MAX_MESSAGES_PER_REPLY = 4;

/** One `chat.postMessage` worth of content. */
export interface SlackMessage {
  /** Notification and accessibility fallback; escaped like the blocks. */
  text: string;
  blocks: types.KnownBlock[];
}

export interface RenderOptions {
  /** Messages one reply may use; defaults to {@link MAX_MESSAGES_PER_REPLY}. */
  maxMessages?: number;
  /** A context line before the reply, already safe mrkdwn (who asked, for slash commands). */
  preface?: string;
}

/**
 * Turns a Reply into one or more Slack messages. Every text is escaped for mrkdwn and
 * defused of broadcast mentions; long content is split across blocks and messages, and what
 * still does not fit is cut with a hint to `/brief show ID`.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const maxMessages = options.maxMessages ?? MAX_MESSAGES_PER_REPLY;
  const blocks = replyBlocks(reply);
  if (options.preface) blocks.unshift(contextBlock(options.preface));
  const perMessage = SLACK_LIMITS.blocksPerMessage;
  const budget = perMessage * maxMessages;
  let kept = blocks;
  if (blocks.length > budget) {
    kept = blocks.slice(0, budget - 1);
    kept.push(showMoreBlock(reply));
  }
  const messages: SlackMessage[] = [];
  for (let i = 0; i < kept.length; i += perMessage) {
    messages.push({ text: "", blocks: kept.slice(i, i + perMessage) });
  }
  if (messages.length === 0) messages.push({ text: "", blocks: [] });
  const fallback = fallbackText(reply);
  messages.forEach((m, i) => {
    m.text = i === 0 ? fallback : truncate(`${fallback} (continued)`, SLACK_LIMITS.fallbackText);
  });
  return messages;
}

/** The briefing a "show more" hint should point at, when the reply is about one. */
export function replyBriefingId(reply: Reply): string | undefined {
  for (const effect of reply.effects ?? []) return effect.briefing;
  return reply.citations?.[0]?.briefing;
}

function replyBlocks(reply: Reply): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  if (reply.title) {
    blocks.push({
      type: "header",
      text: { type: "plain_text", text: truncate(safePlain(reply.title), SLACK_LIMITS.headerText) },
    });
  }
  for (const section of reply.sections) {
    const heading = section.heading ? `*${safeMrkdwn(section.heading)}*` : undefined;
    const body = section.text ? safeMrkdwn(section.text) : undefined;
    const combined = [heading, body].filter((s): s is string => !!s).join("\n");
    if (combined) blocks.push(...textSections(combined));
    const fields = section.fields ?? [];
    blocks.push(...fieldSections(fields.filter((f) => f.inline)));
    const wide = fields.filter((f) => !f.inline).map(fieldText);
    if (wide.length > 0) blocks.push(...textSections(wide.join("\n\n")));
    if (section.quotes?.length)
      blocks.push(...textSections(section.quotes.map(quoteText).join("\n\n")));
  }
  if (reply.citations?.length) blocks.push(...reply.citations.map(citationBlock));
  if (reply.footer) blocks.push(contextBlock(safeMrkdwn(reply.footer)));
  return blocks;
}

function textSections(mrkdwn: string): types.SectionBlock[] {
  return splitText(mrkdwn, SLACK_LIMITS.sectionText).map((text) => ({
    type: "section",
    text: { type: "mrkdwn", text, verbatim: true },
  }));
}

function fieldText(field: ReplyField): string {
  return `*${safeMrkdwn(field.name)}*\n${safeMrkdwn(field.value)}`;
}

function fieldSections(fields: ReplyField[]): types.SectionBlock[] {
  const blocks: types.SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.fieldsPerSection) {
    blocks.push({
      type: "section",
      fields: fields.slice(i, i + SLACK_LIMITS.fieldsPerSection).map((f) => ({
        type: "mrkdwn",
        text: truncate(fieldText(f), SLACK_LIMITS.fieldText),
        verbatim: true,
      })),
    });
  }
  return blocks;
}

function quoteText(quote: ReplyQuote): string {
  const lines = safeMrkdwn(quote.text)
    .split("\n")
    .map((line) => `>${line}`);
  return `${lines.join("\n")}\n>— _${safeMrkdwn(quote.speaker)}_`;
}

function citationBlock(citation: ReplyCitation): types.ContextBlock {
  const where = citation.section ? ` · ${safeMrkdwn(citation.section)}` : "";
  const sources = citation.sources.map((s) =>
    s.url ? mrkdwnLink(s.url, s.title) : safeMrkdwn(s.title),
  );
  const text = [`*${safeMrkdwn(citation.label)}*${where}`, ...sources].join(" · ");
  return contextBlock(`Source: ${text}`);
}

function contextBlock(mrkdwn: string): types.ContextBlock {
  return {
    type: "context",
    elements: [
      { type: "mrkdwn", text: truncate(mrkdwn, SLACK_LIMITS.contextText), verbatim: true },
    ],
  };
}

function showMoreBlock(reply: Reply): types.ContextBlock {
  const id = replyBriefingId(reply);
  const hint = id
    ? `show more: \`/brief show ${safeMrkdwn(id)}\``
    : "show more with a narrower question";
  return contextBlock(`… this reply was cut to fit Slack; ${hint}`);
}

function fallbackText(reply: Reply): string {
  const first = reply.title ?? reply.sections.find((s) => s.text)?.text ?? reply.kind;
  return truncate(safeMrkdwn(first), SLACK_LIMITS.fallbackText);
}
