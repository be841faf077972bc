// Renders a platform-neutral Reply as terminal text, with the citations under the answer.
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import { neutraliseMentions, typographicReply } from "../../src/bot/index.ts";
import type { Reply, ReplyCitation } from "../../src/chat/index.ts";

/** A line's own indent and bullet marker; its wrapped lines hang under the item's text. */
const LEAD = /^(\s*(?:[•\-*] |\d+[.)] )?)/u;

/**
 * Wraps `text` at `width` terminal columns, keeping its line breaks. Widths are display widths
 * (a CJK character or an emoji takes two columns). Every line starts with `indent`; the lines a
 * long line wraps onto hang under its text: under the text of a bullet ("• ", "  - ") rather
 * than under the bullet, else `hang` more columns than the line's own indent. Words longer than a line (an address) are not cut.
 */
export function wrap(text: string, width: number, indent = "", hang = 0): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const marker = LEAD.exec(line)?.[1] ?? "";
    const body = line.slice(marker.length);
    const first = indent + marker;
    const bullet = marker.trim() !== "";
    const rest = " ".repeat(stringWidth(first) + (bullet ? 0 : hang));
    const room = Math.max(10, width - stringWidth(rest));
    const wrapped = wrapAnsi(body, room, { hard: false, trim: true }).split("\n");
    wrapped.forEach((piece, i) => {
      out.push((i === 0 ? first : rest) + piece);
    });
  }
  return out.join("\n");
}

/** The reply as plain text for a terminal: title, sections, quotes, sources, footer. */
export function renderReplyText(neutral: Reply, options: { width?: number } = {}): string {
  const reply = typographicReply(neutral);
  const width = Math.max(40, options.width ?? 80);
  // Briefing text can hold control characters; they become visible before widths are measured.
  const clean = (text: string) => keepTogether(showControls(text));
  const lines: string[] = [];
  if (reply.title) {
    const title = clean(reply.title);
    lines.push(wrap(title, width), "─".repeat(Math.min(stringWidth(title), width)));
  }
  reply.sections.forEach((section, i) => {
    if (section.heading) lines.push("", clean(section.heading));
    // A note after other sections (a shortened card's pointer) stands apart from the list above it.
    else if (i > 0 && section.text) lines.push("");
    // The lines of a list hang under their own text when they wrap; a paragraph does not.
    if (section.text)
      lines.push(wrap(clean(section.text), width, "", section.text.includes("\n") ? 2 : 0));
    for (const field of section.fields ?? []) {
      lines.push(wrap(clean(`${field.name}: ${field.value}`), width, "  ", 2));
    }
    for (const quote of section.quotes ?? []) {
      const speaker = quote.speaker.replace(/ /g, NO_BREAK);
      lines.push(wrap(clean(`“${quote.text}” —${NO_BREAK}${speaker}`), width, "  ", 1));
    }
  });
  // A terminal has no buttons: those with a typed equivalent ("Show more": where the rest is) say
  // it in words; the others (ratings, Swap) are not shown (docs/adapters.md, "Buttons").
  for (const action of reply.actions ?? []) {
    if (action.typed) lines.push("", wrap(clean(action.typed), width));
  }
  if (reply.citations?.length) {
    lines.push("");
    for (const c of reply.citations) {
      lines.push(wrap(clean(citationText(c)), width, "", 2));
      // A terminal shows the address itself, on its own line so it stays whole and clickable.
      if (c.link) lines.push(`  Read: ${c.link}`);
    }
  }
  if (reply.footer) lines.push("", wrap(clean(reply.footer), width));
  const text = neutraliseMentions(lines.join("\n")).replace(/^\n+/, "");
  return `${text.replaceAll(NO_BREAK, " ")}\n`;
}

/** Marks spaces that must not become line breaks; they are plain spaces again once wrapped. */
const NO_BREAK = "\u00a0";
const DAY_WORDS =
  /\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/g;

/** A day ("Wed 12 Jan 2022") stays on one line. */
function keepTogether(text: string): string {
  return text.replace(DAY_WORDS, (day) => day.replaceAll(" ", NO_BREAK));
}

/** "Source: next steps, NATO-Russia Council talks, 12 Jan 2022, ARD <https://…>" */
export function citationText(c: ReplyCitation): string {
  const sources = c.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title));
  return `Source: ${[c.section, c.label, ...sources].filter(Boolean).join(", ")}`;
}

/**
 * Control characters (other than line breaks and tabs) as visible symbols: briefing text can
 * never send a terminal an escape sequence (colours, a clickable OSC 8 hyperlink whose text
 * hides its address, a cleared screen). ESC shows as ␛.
 */
export function showControls(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n" || c === "\t") return c;
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? "\u2421" : "\ufffd";
  });
}
