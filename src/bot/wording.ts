// The words of a reply as a reader sees them: each day once in the house style, no label the
// sentence repeats, no brackets inside brackets, citations named in words.

import type { Reply } from "../chat/reply.ts";
import { longDay, shortDay } from "../daily/dates.ts";
import { typographic } from "../text/typography.ts";

/** The engine writes a day as "2022-01-13 (Thursday 13 January 2022)" so either form can be checked. */
const ISO_WITH_WORDS =
  /\b(\d{4}-\d{2}-\d{2}) \((?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday) \d{1,2} [A-Z][a-z]+ \d{4}\)/g;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b(?!-)/g;
/** A quotation, kept verbatim: a day written in a quote stays as the speaker wrote it. */
const QUOTATION = /(“[^”]*”)/;

/**
 * An answer's text for reading: each day once, in the house style ("Thu 13 Jan 2022", "12 Jan
 * 2022"); "Russia: Russia demands…" without the repeated label; "(press (ARD))" as
 * "(press, ARD)". Quotations are left exactly as written.
 */
export function readableText(text: string): string {
  const lines = text.split("\n").map((line) =>
    line
      .split(QUOTATION)
      .map((piece, i) => (i % 2 === 1 ? piece : houseDates(piece)))
      .join(""),
  );
  return labelsOnce(lines).map(flatBrackets).join("\n");
}

function houseDates(text: string): string {
  return text
    .replace(ISO_WITH_WORDS, (_all, iso: string) => longDay(iso))
    .replace(ISO_DAY, (iso) => shortDay(iso));
}

/** "Russia: …" — a short label before the line's text, not inside a quotation. */
const LABEL = /^([^:“\n]{1,80}): (.+)$/;

/**
 * A label said once: lines in a row with the same label ("Russia: …", "Jens Stoltenberg said:
 * …") become the label and a bulleted list; a lone line drops a label its text repeats
 * ("Russia: Russia demands…" → "Russia demands…").
 */
function labelsOnce(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as string;
    const label = LABEL.exec(line)?.[1];
    let end = i + 1;
    while (label && end < lines.length && LABEL.exec(lines[end] as string)?.[1] === label) end++;
    if (label && end - i > 1) {
      out.push(`${label}:`);
      for (const same of lines.slice(i, end)) out.push(`• ${LABEL.exec(same)?.[2] ?? same}`);
    } else {
      out.push(withoutRepeatedLabel(line));
    }
    i = end;
  }
  return out;
}

/** "Russia: Russia demands…" → "Russia demands…"; "Russia: The Kremlin wants…" stays. */
function withoutRepeatedLabel(line: string): string {
  const match = /^([^:\n]{1,80}): (.*)$/.exec(line);
  if (!match) return line;
  const [, label = "", rest = ""] = match;
  return rest.toLowerCase().startsWith(`${label.toLowerCase()} `) ? rest : line;
}

/**
 * Brackets inside brackets read badly: the inner pair becomes a comma ("(press (ARD))" →
 * "(press, ARD)"). Unbalanced brackets are left as they are.
 */
export function flatBrackets(text: string): string {
  if (!/\([^()]*\(/.test(text)) return text;
  let depth = 0;
  let out = "";
  for (const c of text) {
    if (c === "(") {
      depth++;
      if (depth > 1) {
        out = `${out.trimEnd().replace(/[,;:]$/, "")}, `;
        continue;
      }
    } else if (c === ")") {
      depth--;
      if (depth < 0) return text;
      if (depth >= 1) continue;
    }
    out += c;
  }
  return depth === 0 ? out : text;
}

const SECTION_WORDS: Record<string, string> = {
  next_steps: "next steps",
  parties: "positions",
  points: "key points",
  participants: "participants",
  quotes: "quotes",
  outcomes: "outcomes",
  summary: "summary",
  background: "background",
};

/** A briefing field as words for a citation: `next_steps` → "next steps". */
export function sectionWords(section: string): string {
  return SECTION_WORDS[section] ?? section.replace(/_/g, " ");
}

/**
 * The reply with typographic quote marks in every text a person reads (titles, text, fields,
 * quotes, citations, footer): “…” and ’ on every platform, in cards and answers alike.
 * Addresses are left as they are.
 */
export function typographicReply(reply: Reply): Reply {
  const t = typographic;
  return {
    ...reply,
    ...(reply.title !== undefined && { title: t(reply.title) }),
    sections: reply.sections.map((s) => ({
      ...s,
      ...(s.heading !== undefined && { heading: t(s.heading) }),
      ...(s.text !== undefined && { text: t(s.text) }),
      ...(s.fields && {
        fields: s.fields.map((f) => ({ ...f, name: t(f.name), value: t(f.value) })),
      }),
      ...(s.quotes && {
        quotes: s.quotes.map((q) => ({ ...q, speaker: t(q.speaker), text: t(q.text) })),
      }),
    })),
    ...(reply.citations && {
      citations: reply.citations.map((c) => ({
        ...c,
        label: t(c.label),
        ...(c.section !== undefined && { section: t(c.section) }),
        sources: c.sources.map((s) => ({ ...s, title: t(s.title) })),
      })),
    }),
    ...(reply.footer !== undefined && { footer: t(reply.footer) }),
  };
}
