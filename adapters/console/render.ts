// Renders a platform-neutral Reply as terminal text, with the citations under the answer.
import { neutraliseMentions } from "../../src/bot/index.ts";
import type { Reply } from "../../src/chat/index.ts";

/** Wraps `text` at `width` columns, keeping existing line breaks, with `indent` before each line. */
export function wrap(text: string, width: number, indent = ""): string {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    // Split on single spaces so runs of spaces (column gaps) survive.
    for (const word of paragraph.split(" ")) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    out.push(indent + line);
  }
  return out.join("\n");
}

/** The reply as plain text for a terminal: title, sections, quotes, sources, footer. */
export function renderReplyText(reply: Reply, options: { width?: number } = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const lines: string[] = [];
  if (reply.title) lines.push(reply.title, "-".repeat(Math.min(reply.title.length, width)));
  for (const section of reply.sections) {
    if (section.heading) lines.push("", section.heading);
    if (section.text) lines.push(wrap(section.text, width));
    for (const field of section.fields ?? []) {
      lines.push(wrap(`${field.name}: ${field.value}`, width, "  "));
    }
    for (const quote of section.quotes ?? []) {
      lines.push(wrap(`"${quote.text}" (${quote.speaker})`, width, "  > "));
    }
  }
  if (reply.citations?.length) {
    lines.push("");
    for (const c of reply.citations) {
      const sources = c.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join("; ");
      const where = c.section ? `${c.label}, ${c.section}` : c.label;
      lines.push(wrap(`Source: ${where}${sources ? ` from ${sources}` : ""}`, width, "  "));
      // A terminal shows the address itself, on its own line so it stays whole and clickable.
      if (c.link) lines.push(`  Read: ${c.link}`);
    }
  }
  if (reply.footer) lines.push("", `(${reply.footer})`);
  return `${showControls(neutraliseMentions(lines.join("\n"))).replace(/^\n+/, "")}\n`;
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
