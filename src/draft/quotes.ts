// Finds quotations in a paragraph: typographic („…“ “…” «…» ‹…› ‘…’) and straight ("…", '…' only
// where it is clearly a quote and not an apostrophe). Quotes are kept verbatim.

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
  let i = 0;
  while (i < text.length) {
    const mark = text[i] ?? "";
    const closers = PAIRS[mark];
    if (!closers || !opensQuote(text, i)) {
      i++;
      continue;
    }
    const close = findClose(text, i, closers);
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

/** The index of the closing mark, skipping apostrophes inside words for single quotes. */
function findClose(text: string, open: number, closers: string): number {
  const single = "'’‘".includes(closers[0] ?? "");
  for (let j = open + 1; j < text.length; j++) {
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
