// Finds quotations in a paragraph: typographic („…“ “…” «…» ‹…› ‘…’) and straight ("…", '…' only
// where it is clearly a quote and not an apostrophe). Quotes are kept verbatim.
import { isSpeechVerb } from "./vocabulary.ts";

/** One quotation in a text: `start`/`end` cover the marks, `inner` is what was said. */
export interface QuoteSpan {
  start: number;
  end: number;
  inner: string;
}

/** Opening mark to the closing marks that may end it. */
const PAIRS: Record<string, string> = {
  "„": "“”",
  "“": "”“",
  "”": "”",
  "«": "»",
  "»": "«",
  "‹": "›",
  "‚": "‘’",
  "‘": "’",
  '"': '"',
  "'": "'",
};

/**
 * Finds the quotations in `text`, outermost only (a quote inside a quote stays part of it).
 * An opening mark without a closing one runs to the end of the text, as when a quote continues
 * into the next paragraph.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const findClose = closeFinder(text);
  let i = 0;
  while (i < text.length) {
    const mark = text[i] ?? "";
    const closers = PAIRS[mark];
    if (!closers || !opensQuote(text, i)) {
      i++;
      continue;
    }
    const close = findClose(i, closers);
    const end = close === -1 ? text.length : close + 1;
    const inner = text.slice(i + 1, close === -1 ? text.length : close);
    const single = mark === "'" || mark === "‘" || mark === "‚";
    const clear = single ? close !== -1 && (mark !== "'" || inner.includes(" ")) : true;
    if (!clear) {
      i++;
      continue;
    }
    if (inner.trim() && (close !== -1 || /^\p{Lu}/u.test(inner))) {
      spans.push({ start: i, end, inner });
    }
    i = end;
  }
  return spans;
}

/**
 * `quotedInside`: the quotations a speaker reports inside their own quote, each introduced by a
 * speech verb and a comma or colon ("The president told his counterpart, 'We do not want war'",
 * "He said to me, 'We both want this done'"): the words of someone the speaker quotes, not the
 * speaker's own. A term in quotation marks inside a quote ("The 'Commitment to Consult' is …") is
 * no such quotation. Returns the inner quotes with the words that introduce them.
 */
export function quotedInside(inner: string): Array<{ text: string; intro: string }> {
  const found: Array<{ text: string; intro: string }> = [];
  for (const span of findQuotes(inner)) {
    const before = inner.slice(0, span.start);
    if (!/[,:]\s*$/.test(before)) continue;
    const clause = before.split(/[.!?;]\s/).at(-1) ?? "";
    const words = clause.trim().split(/\s+/).slice(-6);
    if (!words.some((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, "")))) continue;
    const text = quoteText(span.inner);
    if (text) found.push({ text, intro: words.join(" ") });
  }
  return found;
}

/** The words of a quotation as they go into a briefing: trimmed, without a trailing comma. */
export function quoteText(inner: string): string {
  return inner
    .trim()
    .replace(/[,;:]$/, "")
    .trim();
}

/** Single straight and curly apostrophes open a quote only at a word start, not inside "Moscow’s". */
function opensQuote(text: string, at: number): boolean {
  const mark = text[at];
  const before = at > 0 ? (text[at - 1] ?? " ") : " ";
  const after = text[at + 1] ?? "";
  if (mark === "'" || mark === "‘" || mark === "‚") {
    return /[\s([—–-]/.test(before) || at === 0 ? /\p{L}/u.test(after) : false;
  }
  if (mark === "”" || mark === "»") {
    // Swedish/Danish style: the same mark opens and closes; only at a word start.
    return (/\s/.test(before) || at === 0) && /\p{L}/u.test(after);
  }
  if (mark === '"') return !/\p{L}/u.test(before) || at === 0;
  return true;
}

/**
 * `findClose(open, closers)`: the index of the first closing mark after `open`, skipping
 * apostrophes inside words for single quotes, or -1. Marks are searched left to right, so the
 * answer for each set of closers is remembered: a text with thousands of marks that never close
 * ('a 'b 'c …) is read once per set of closers, not once per mark.
 */
function closeFinder(text: string): (open: number, closers: string) => number {
  const last = new Map<string, { from: number; found: number }>();
  return (open, closers) => {
    const known = last.get(closers);
    // The previous search started at or before this one and found nothing before `found`.
    if (known && known.from <= open + 1 && (known.found === -1 || known.found > open))
      return known.found;
    const found = scanClose(text, open + 1, closers);
    last.set(closers, { from: open + 1, found });
    return found;
  };
}

function scanClose(text: string, from: number, closers: string): number {
  const single = "'’‘".includes(closers[0] ?? "");
  for (let j = from; j < text.length; j++) {
    const c = text[j] ?? "";
    if (!closers.includes(c)) continue;
    if (single) {
      const next = text[j + 1] ?? " ";
      if (/\p{L}/u.test(next)) continue; // an apostrophe: don’t, Moscow’s
    }
    return j;
  }
  return -1;
}
