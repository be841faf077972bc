// Renders the platform-neutral Reply as Discord embeds, within every limit Discord enforces.
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
} from "discord.js";
import {
  commandPrefix,
  linkAsText,
  linkPieces,
  showCommand,
  sourceUrls,
  typographicReply,
} from "../../src/bot/index.ts";
import type { Reply, ReplyAction } from "../../src/chat/index.ts";

/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** All titles, descriptions, field names and values and footers of one message together. */
  total: 6000,
  embedsPerMessage: 10,
} as const;

/** One Discord message's worth of embeds, and the buttons under the last message of a reply. */
export interface RenderedMessage {
  embeds: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

/** Discord's message component limits. */
export const COMPONENT_LIMITS = { buttonsPerRow: 5, rows: 5, label: 80, customId: 100 } as const;

const BUTTON_STYLES: Record<ReplyAction["kind"], ButtonStyle> = {
  show: ButtonStyle.Secondary,
  pin: ButtonStyle.Primary,
  helpful: ButtonStyle.Success,
  not_helpful: ButtonStyle.Danger,
  more: ButtonStyle.Primary,
  swap: ButtonStyle.Secondary,
  earlier: ButtonStyle.Secondary,
};

/** The reply's buttons as action rows (five to a row); the state is the button's custom_id. */
export function replyComponents(
  reply: Pick<Reply, "actions">,
): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons = (reply.actions ?? [])
    .filter((a) => a.value.length <= COMPONENT_LIMITS.customId)
    .slice(0, COMPONENT_LIMITS.buttonsPerRow * COMPONENT_LIMITS.rows)
    .map(
      (a): APIButtonComponentWithCustomId => ({
        type: ComponentType.Button,
        style: BUTTON_STYLES[a.kind] as APIButtonComponentWithCustomId["style"],
        label: truncate(a.label, COMPONENT_LIMITS.label),
        custom_id: a.value,
      }),
    );
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < buttons.length; i += COMPONENT_LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + COMPONENT_LIMITS.buttonsPerRow),
    });
  }
  return rows;
}

export interface RenderOptions {
  /** At most this many messages; the rest is cut with a pointer to `/brief show ID`. Default 3. */
  maxMessages?: number;
}

const COLORS: Record<Reply["kind"], number> = {
  answer: 0x2b6cb0,
  declined: 0x718096,
  card: 0x2c7a7b,
  list: 0x4a5568,
  daily: 0x6b46c1,
  reminder: 0x6b46c1,
  pins: 0xb7791f,
  subscriptions: 0xb7791f,
  compare: 0x2c7a7b,
  timeline: 0x4a5568,
  gaps: 0x718096,
  help: 0x4a5568,
  usage: 0xc05621,
  error: 0xc53030,
  ok: 0x2f855a,
};

type Piece = { kind: "text"; text: string } | { kind: "field"; field: APIEmbedField };

/**
 * Escapes text a user or a briefing wrote, so it shows as written rather than as markdown. Square
 * brackets are escaped too, so no `[text](url)` masked link can form from it.
 */
export function escapeText(text: string): string {
  return escapeMarkup(text).replace(/[[\]]/g, "\\$&");
}

function escapeMarkup(text: string): string {
  // escapeMarkdown's look-behinds cost time quadratic in the line length (66 ms for one 9,000
  // character line), so long lines are escaped in pieces cut at spaces; markup cannot span a space
  // in a way that matters here, and the output is the same for ordinary prose.
  if (text.length <= ESCAPE_PIECE) return escapeMarkdown(text);
  return text
    .split(/(?<=\n)/)
    .map((line) => (line.length <= ESCAPE_PIECE ? escapeMarkdown(line) : escapeLongLine(line)))
    .join("");
}

/**
 * Briefing text for a description or field value: escaped, and every link written in it
 * (`[text](url)`, `<url|text>`) shown as text with its address in code, not clickable, unless
 * the address is one of `allowed` (the reply's own sources), which stays a link.
 */
export function linkSafeText(text: string, allowed: ReadonlySet<string>): string {
  return linkPieces(text)
    .map((piece) => {
      if (piece.kind === "text") return escapeText(piece.text);
      if (allowed.has(piece.url)) return `[${escapeText(piece.label)}](${linkTarget(piece.url)})`;
      const code = `\`${piece.url.replace(/`/g, "%60")}\``;
      return piece.label === piece.url ? code : `${escapeText(piece.label)} (${code})`;
    })
    .join("");
}

/** Text where Discord shows no links anyway (titles, field names): links written as text. */
function flatText(text: string): string {
  return escapeText(
    linkPieces(text)
      .map((piece) => (piece.kind === "text" ? piece.text : linkAsText(piece)))
      .join(""),
  );
}

const ESCAPE_PIECE = 256;

function escapeLongLine(line: string): string {
  const out: string[] = [];
  let start = 0;
  while (start < line.length) {
    let end = Math.min(line.length, start + ESCAPE_PIECE);
    if (end < line.length) {
      const space = line.lastIndexOf(" ", end);
      if (space > start) end = space + 1;
    }
    out.push(escapeMarkdown(line.slice(start, end)));
    start = end;
  }
  return out.join("");
}

/** Shortens text to a limit, marking the cut with an ellipsis. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, Math.max(0, limit - 1)).trimEnd()}…`;
}

/**
 * Renders a reply as one or more messages of embeds. Every message is within Discord's limits,
 * so Discord never rejects it; a reply too long for `maxMessages` is cut, and the footer then
 * points to `/brief show ID`.
 */
export function renderReply(neutral: Reply, options: RenderOptions = {}): RenderedMessage[] {
  const reply = typographicReply(neutral);
  const maxMessages = Math.max(1, options.maxMessages ?? 3);
  const title = reply.title ? truncate(flatText(reply.title), EMBED_LIMITS.title) : undefined;
  // Footers are plain text (no markdown), so they are not escaped; kept short to leave room.
  const footer = reply.footer ? truncate(reply.footer, FOOTER_BUDGET) : undefined;
  // Every message keeps room for the footer and a truncation notice, wherever the reply ends.
  const budget = EMBED_LIMITS.total - (footer?.length ?? 0) - NOTICE_BUDGET;

  const messages: RenderedMessage[] = [];
  let embeds: APIEmbed[] = [];
  let embed: APIEmbed = title ? { title } : {};
  let size = title?.length ?? 0;
  let truncated = false;

  const hasContent = (e: APIEmbed) => !!(e.title || e.description || e.fields?.length);
  const closeMessage = () => {
    if (hasContent(embed)) embeds.push(embed);
    if (embeds.length) messages.push({ embeds });
    embeds = [];
    embed = {};
    size = 0;
  };
  /** Starts a new embed, and a new message when this one is full; false when out of messages. */
  const advance = (newMessage: boolean): boolean => {
    const embedCount = embeds.length + (hasContent(embed) ? 1 : 0);
    if (newMessage || embedCount >= EMBED_LIMITS.embedsPerMessage) {
      if (messages.length + 1 >= maxMessages) return false;
      closeMessage();
      return true;
    }
    if (hasContent(embed)) embeds.push(embed);
    embed = {};
    return true;
  };

  for (const piece of splitPieces(replyPieces(reply))) {
    const cost = piece.kind === "text" ? piece.text.length + 2 : fieldSize(piece.field);
    const fitsEmbed =
      piece.kind === "text"
        ? !embed.fields?.length && // text after fields would render above them
          (embed.description?.length ?? 0) + cost <= EMBED_LIMITS.description
        : (embed.fields?.length ?? 0) < EMBED_LIMITS.fields;
    const fitsMessage = size + cost <= budget;
    if ((!fitsEmbed || !fitsMessage) && !advance(!fitsMessage)) {
      truncated = true;
      break;
    }
    if (piece.kind === "text") {
      embed.description = embed.description ? `${embed.description}\n\n${piece.text}` : piece.text;
    } else {
      embed.fields = [...(embed.fields ?? []), piece.field];
    }
    size += cost;
  }

  const notice = truncated ? truncationNotice(reply) : undefined;
  const footerText = [notice, footer].filter(Boolean).join(" · ");
  if (!hasContent(embed) && embeds.length) embed = embeds.pop() ?? embed;
  if (!hasContent(embed)) embed.description = "\u200b";
  if (footerText) embed.footer = { text: footerText };
  closeMessage();
  const color = COLORS[reply.kind];
  for (const message of messages) for (const e of message.embeds) e.color = color;
  const components = replyComponents(reply);
  const last = messages.at(-1);
  if (last && components.length) last.components = components;
  return messages;
}

const FOOTER_BUDGET = 1024;
const NOTICE_BUDGET = 200;

function truncationNotice(reply: Reply): string {
  const id = pointerId(reply);
  return id && reply.kind !== "card"
    ? `Cut short to fit Discord: ${commandPrefix("discord")}${showCommand.name} ${id} has the whole briefing`
    : "Cut short to fit Discord";
}

function fieldSize(field: APIEmbedField): number {
  return field.name.length + field.value.length;
}

/** The reply's content as paragraphs and fields, escaped, in reading order. */
function replyPieces(reply: Reply): Piece[] {
  const pieces: Piece[] = [];
  const allowed = sourceUrls(reply);
  const rich = (text: string) => linkSafeText(text, allowed);
  for (const section of reply.sections) {
    const lines: string[] = [];
    if (section.heading) lines.push(`**${rich(section.heading)}**`);
    if (section.text) lines.push(rich(section.text));
    // A blank line between quotes, or Discord runs them together into one block quote.
    const quotes = (section.quotes ?? []).map((quote) => {
      const quoted = rich(quote.text)
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n");
      return `${quoted}\n> — *${flatText(quote.speaker)}*`;
    });
    if (quotes.length) lines.push(quotes.join("\n\n"));
    if (lines.length) pieces.push({ kind: "text", text: lines.join("\n") });
    for (const field of section.fields ?? []) {
      const name = truncate(flatText(field.name), EMBED_LIMITS.fieldName) || "\u200b";
      const value = rich(field.value) || "\u200b";
      if (value.length <= EMBED_LIMITS.fieldValue) {
        pieces.push({ kind: "field", field: { name, value, inline: field.inline ?? false } });
      } else {
        pieces.push({ kind: "text", text: `**${name}**\n${value}` });
      }
    }
  }
  if (reply.citations?.length) {
    const lines = reply.citations.map((citation) => {
      // "next steps, NATO-Russia Council talks, 12 Jan 2022, [ARD](https://…)"; with the web view
      // on, the briefing's name opens the whole briefing at the cited section.
      const label =
        citation.link && citation.label
          ? `[${flatText(citation.label)}](${linkTarget(citation.link)})`
          : flatText(citation.label);
      const words = [citation.section && flatText(citation.section), label].filter(Boolean);
      const sources = citation.sources.map((s) =>
        s.url ? `[${flatText(s.title)}](${linkTarget(s.url)})` : flatText(s.title),
      );
      return `• ${[...words, ...sources].join(", ")}`;
    });
    pieces.push({ kind: "text", text: `**Sources**\n${lines.join("\n")}` });
  }
  return pieces;
}

/** A URL safe inside a markdown link: brackets and spaces would end or break it. */
function linkTarget(url: string): string {
  return url.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** Splits paragraphs longer than an embed description, at line breaks, then at spaces. */
function splitPieces(pieces: Piece[]): Piece[] {
  const limit = EMBED_LIMITS.description - 100;
  return pieces.flatMap((piece) => {
    if (piece.kind !== "text" || piece.text.length <= limit) return [piece];
    return chunkText(piece.text, limit).map((text) => ({ kind: "text" as const, text }));
  });
}

/** Cuts text into chunks of at most `limit` characters, preferring line breaks, then spaces. */
export function chunkText(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    // Never leave a dangling escape backslash at the end of a chunk.
    while (cut > 1 && rest[cut - 1] === "\\") cut--;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest) chunks.push(rest);
  return chunks;
}

/** The briefing a reply is about, for the "see `/brief show ID`" pointer. */
function pointerId(reply: Reply): string | undefined {
  for (const effect of reply.effects ?? []) return effect.briefing;
  return reply.citations?.[0]?.briefing;
}

/** Total characters Discord counts towards the 6000 limit for one message. */
export function messageSize(message: RenderedMessage): number {
  return message.embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0),
    0,
  );
}
