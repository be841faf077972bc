// Slack mrkdwn safety: escape the three control characters, defuse broadcast mentions, neutralise
// links written in briefing text, cut text within limits.
import { linkAsText, linkPieces } from "../../src/bot/index.ts";

const WORD_JOINER = "\u2060";

/**
 * Escapes `&`, `<` and `>` as Slack asks, so user text can never form a link, a user mention
 * or a special such as `<!channel>`.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Breaks `@channel`, `@here` and `@everyone` with an invisible word joiner so Slack never
 * turns them into a broadcast, even where it parses plain-text mentions.
 */
export function defuseBroadcasts(text: string): string {
  return text.replace(/@(channel|here|everyone)\b/gi, `@${WORD_JOINER}$1`);
}

/** User text made safe for a mrkdwn text object: escaped and defused. */
export function safeMrkdwn(text: string): string {
  return defuseBroadcasts(escapeMrkdwn(text));
}

/**
 * Briefing text for a mrkdwn object: escaped and defused, and every link written in it
 * (`<url|text>`, `[text](url)`) shown as text with its address in code, not clickable, unless
 * the address is one of `allowed` (the reply's own sources), which stays a link.
 */
export function linkSafeMrkdwn(text: string, allowed: ReadonlySet<string>): string {
  return linkPieces(text)
    .map((piece) => {
      if (piece.kind === "text") return safeMrkdwn(piece.text);
      if (allowed.has(piece.url)) return mrkdwnLink(piece.url, piece.label);
      const code = `\`${escapeMrkdwn(piece.url).replace(/`/g, "%60")}\``;
      return piece.label === piece.url ? code : `${safeMrkdwn(piece.label)} (${code})`;
    })
    .join("");
}

/** Links written in text as plain words, `text (https://…)`, for places that show no links. */
export function linksAsText(text: string): string {
  return linkPieces(text)
    .map((piece) => (piece.kind === "text" ? piece.text : linkAsText(piece)))
    .join("");
}

/**
 * User text made safe for a plain_text object (headers). Slack shows plain text as typed, so
 * instead of entities a word joiner breaks any `<!special>`, `<@user>` or `<#channel>` form.
 */
export function safePlain(text: string): string {
  return defuseBroadcasts(text.replace(/<([!@#])/g, `<${WORD_JOINER}$1`));
}

/**
 * Cuts already-escaped text to at most `max` characters, ending with `…` when cut, and never
 * in the middle of an `&amp;`-style entity.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  end = backOffEntity(text, end);
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * Splits already-escaped text into chunks of at most `max` characters, preferring paragraph,
 * then line, then word boundaries; never splits an entity.
 */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = lastBoundary(window, "\n\n", max);
    if (cut <= 0) cut = lastBoundary(window, "\n", max);
    if (cut <= 0) cut = lastBoundary(window, " ", max);
    if (cut <= 0) cut = backOffEntity(rest, max);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

/** Index of the last `sep` at or before `max` (the chunk ends there), or -1. */
function lastBoundary(window: string, sep: string, max: number): number {
  const at = window.lastIndexOf(sep, max - sep.length + 1);
  return at;
}

/** Moves a cut position back so it does not land inside an `&...;` entity. */
function backOffEntity(text: string, cut: number): number {
  const amp = text.lastIndexOf("&", cut - 1);
  if (amp >= 0 && amp > cut - 6) {
    const semi = text.indexOf(";", amp);
    if (semi >= cut) return amp;
  }
  return cut;
}

/** A link in mrkdwn: only http(s) URLs, with the label escaped and defused. */
export function mrkdwnLink(url: string, label: string): string {
  const safeLabel = safeMrkdwn(label).replace(/\|/g, "¦");
  if (!/^https?:\/\//i.test(url)) return safeLabel;
  const safeUrl = escapeMrkdwn(url).replace(/\|/g, "%7C");
  return `<${safeUrl}|${safeLabel}>`;
}

/**
 * Turns the text Slack sends (messages, slash commands) into plain text for the bot: user,
 * channel and special mentions and links become readable words, and `&amp;`, `&lt;`, `&gt;`
 * are unescaped.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<([^<>]+)>/g, (_all, inner: string) => {
      const [target = "", label] = inner.split("|", 2);
      if (target.startsWith("@")) return label ? `@${label}` : target;
      if (target.startsWith("#")) return label ? `#${label}` : target;
      if (target.startsWith("!")) return label ?? `@${target.slice(1).split("^")[0]}`;
      return label ?? target;
    })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
