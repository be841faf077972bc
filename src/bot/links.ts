// Links written inside briefing text: finds Markdown `[text](url)` and Slack `<url|text>` forms so
// that adapters can neutralise them (show them as text) unless they point at one of the reply's
// own sources. A link whose text hides where it goes must never reach a chat as a link.
import type { Reply } from "../chat/reply.ts";

/** A piece of text: plain, or a link written in it (its visible text and its address). */
export type TextPiece =
  | { kind: "text"; text: string }
  | { kind: "link"; label: string; url: string };

/**
 * `[text](url)`, `[text](<url>)` and `[text](url "title")` (Markdown, Discord's masked links),
 * and `<url|text>` or `<url>` (Slack), for http(s) and mailto addresses. Bounded repetitions keep
 * the search linear in the text's length.
 */
const LINK =
  /\[([^[\]\n]{0,500})\]\(\s*<?((?:https?:\/\/|mailto:)[^\s()<>]{1,2000})>?(?:\s+"[^"\n]{0,200}")?\s*\)|<((?:https?:\/\/|mailto:)[^\s<>|]{1,2000})(?:\|([^<>\n]{0,500}))?>/gi;

/** Splits text into plain pieces and the links written in it, in order. */
export function linkPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    if (start > at) pieces.push({ kind: "text", text: text.slice(at, start) });
    const url = (match[2] ?? match[3] ?? "").trim();
    const label = (match[1] ?? match[4] ?? "").trim();
    pieces.push({ kind: "link", label: label || url, url });
    at = start + match[0].length;
  }
  if (at < text.length) pieces.push({ kind: "text", text: text.slice(at) });
  return pieces;
}

/** The addresses of the reply's own sources: the only links its text may carry as links. */
export function sourceUrls(reply: Pick<Reply, "citations">): ReadonlySet<string> {
  const urls = new Set<string>();
  for (const citation of reply.citations ?? []) {
    for (const source of citation.sources) if (source.url) urls.add(source.url.trim());
  }
  return urls;
}

/** `text (https://…)`: a link shown as plain text, its address visible. */
export function linkAsText(piece: { label: string; url: string }): string {
  return piece.label === piece.url ? piece.url : `${piece.label} (${piece.url})`;
}
