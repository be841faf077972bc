// Renders the bot's platform-neutral Reply as Slack Block Kit messages, within Slack's limits.
import type { types } from "@slack/bolt";
import { commandPrefix, showCommand, sourceUrls, typographicReply } from "../../src/bot/index.ts";
import type { Reply, ReplyCitation, ReplyField, ReplyQuote } from "../../src/chat/index.ts";
import {
  linkSafeMrkdwn,
  linksAsText,
  mrkdwnLink,
  safeMrkdwn,
  safePlain,
  splitText,
  truncate,
} from "./mrkdwn.ts";

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
  elementsPerActions: 25,
  buttonText: 75,
  actionValue: 2000,
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
export function renderReply(neutral: Reply, options: RenderOptions = {}): SlackMessage[] {
  const reply = typographicReply(neutral);
  const maxMessages = options.maxMessages ?? MAX_MESSAGES_PER_REPLY;
  const blocks = replyBlocks(reply);
  if (options.preface) blocks.unshift(contextBlock(options.preface));
  const perMessage = SLACK_LIMITS.blocksPerMessage;
  // the buttons go last, under the whole reply: room is kept for them
  const buttons = actionsBlock(reply);
  const budget = perMessage * maxMessages - (buttons ? 1 : 0);
  let kept = blocks;
  if (blocks.length > budget) {
    kept = blocks.slice(0, budget - 1);
    kept.push(showMoreBlock(reply));
  }
  if (buttons) kept.push(buttons);
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
  // Links written in the briefing text stay links only when they point at the reply's sources.
  const allowed = sourceUrls(reply);
  const rich = (text: string) => linkSafeMrkdwn(text, allowed);
  if (reply.title) {
    blocks.push({
      type: "header",
      text: {
        type: "plain_text",
        text: truncate(safePlain(linksAsText(reply.title)), SLACK_LIMITS.headerText),
      },
    });
  }
  for (const section of reply.sections) {
    const heading = section.heading ? `*${rich(section.heading)}*` : undefined;
    const body = section.text ? rich(section.text) : undefined;
    const combined = [heading, body].filter((s): s is string => !!s).join("\n");
    if (combined) blocks.push(...textSections(combined));
    const fields = section.fields ?? [];
    blocks.push(
      ...fieldSections(
        fields.filter((f) => f.inline),
        rich,
      ),
    );
    const wide = fields.filter((f) => !f.inline).map((f) => fieldText(f, rich));
    if (wide.length > 0) blocks.push(...textSections(wide.join("\n\n")));
    if (section.quotes?.length)
      blocks.push(...textSections(section.quotes.map((q) => quoteText(q, rich)).join("\n\n")));
  }
  if (reply.citations?.length) blocks.push(...reply.citations.map(citationBlock));
  if (reply.footer) blocks.push(contextBlock(safeMrkdwn(linksAsText(reply.footer))));
  return blocks;
}

function textSections(mrkdwn: string): types.SectionBlock[] {
  return splitText(mrkdwn, SLACK_LIMITS.sectionText).map((text) => ({
    type: "section",
    text: { type: "mrkdwn", text, verbatim: true },
  }));
}

type Rich = (text: string) => string;

function fieldText(field: ReplyField, rich: Rich): string {
  return `*${rich(field.name)}*\n${rich(field.value)}`;
}

function fieldSections(fields: ReplyField[], rich: Rich): types.SectionBlock[] {
  const blocks: types.SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.fieldsPerSection) {
    blocks.push({
      type: "section",
      fields: fields.slice(i, i + SLACK_LIMITS.fieldsPerSection).map((f) => ({
        type: "mrkdwn",
        text: truncate(fieldText(f, rich), SLACK_LIMITS.fieldText),
        verbatim: true,
      })),
    });
  }
  return blocks;
}

function quoteText(quote: ReplyQuote, rich: Rich): string {
  const lines = rich(quote.text)
    .split("\n")
    .map((line) => `>${line}`);
  return `${lines.join("\n")}\n>— _${rich(quote.speaker)}_`;
}

/** "Source: next steps, NATO-Russia Council talks, 12 Jan 2022, <url|ARD>" */
function citationBlock(citation: ReplyCitation): types.ContextBlock {
  const words = [citation.section, citation.label]
    .filter((w): w is string => !!w)
    .map((w) => safeMrkdwn(linksAsText(w)));
  const sources = citation.sources.map((s) =>
    s.url ? mrkdwnLink(s.url, linksAsText(s.title)) : safeMrkdwn(linksAsText(s.title)),
  );
  // With the web view on, the briefing's name opens the whole briefing at the cited section.
  const named =
    citation.link && citation.label
      ? [
          ...(citation.section ? [safeMrkdwn(linksAsText(citation.section))] : []),
          mrkdwnLink(citation.link, linksAsText(citation.label)),
        ]
      : words;
  return contextBlock(`Source: ${[...named, ...sources].join(", ")}`);
}

function contextBlock(mrkdwn: string): types.ContextBlock {
  return {
    type: "context",
    elements: [
      { type: "mrkdwn", text: truncate(mrkdwn, SLACK_LIMITS.contextText), verbatim: true },
    ],
  };
}

/** Where a button's press comes back: `briefbot:KIND`, its state in the value. */
export const ACTION_ID_PREFIX = "briefbot:";

/** The reply's buttons as one actions block (Block Kit), or undefined when it has none. */
function actionsBlock(reply: Reply): types.ActionsBlock | undefined {
  const actions = (reply.actions ?? [])
    .filter((a) => a.value.length <= SLACK_LIMITS.actionValue)
    .slice(0, SLACK_LIMITS.elementsPerActions);
  if (actions.length === 0) return undefined;
  return {
    type: "actions",
    block_id: "briefbot-actions",
    elements: actions.map((a) => ({
      type: "button",
      // unique within the block: one button of each kind under a reply
      action_id: `${ACTION_ID_PREFIX}${a.kind}`,
      text: { type: "plain_text", text: truncate(safePlain(a.label), SLACK_LIMITS.buttonText) },
      value: a.value,
      ...(a.kind === "pin" && { style: "primary" as const }),
    })),
  };
}

function showMoreBlock(reply: Reply): types.ContextBlock {
  const id = replyBriefingId(reply);
  const hint = id
    ? `show more: \`${commandPrefix("slack")}${showCommand.name} ${safeMrkdwn(id)}\``
    : "show more with a narrower question";
  return contextBlock(`… this reply was cut to fit Slack; ${hint}`);
}

function fallbackText(reply: Reply): string {
  const first = reply.title ?? reply.sections.find((s) => s.text)?.text ?? reply.kind;
  // Notifications and screen readers get no links: any link written in it is shown as text.
  return truncate(linkSafeMrkdwn(first, new Set()), SLACK_LIMITS.fallbackText);
}
