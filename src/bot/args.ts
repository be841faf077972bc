// Reads a command line: the command's name, then its words, with "quoted phrases" (straight,
// typographic, low-9 or guillemet quotes) kept together, in time linear in the line's length.

/** The quote marks that open a phrase, and for each the marks that may close it. */
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"“”'],
  ["“", '”“"'],
  ["”", '”“"'],
  ["„", '“”"'],
  ["'", "'’‘"],
  ["‘", "’‘'"],
  ["’", "’‘'"],
  ["‚", "‘’'"],
  ["«", "»«"],
  ["»", "«»"],
  ["‹", "›‹"],
  ["›", "‹›"],
  ["「", "」"],
  ["『", "』"],
]);

const SPACE = /\s/;

/** The words of a command line, or why they cannot be read. */
export type ParsedWords = { ok: true; words: string[] } | { ok: false; problem: string };

/**
 * Splits `text` into words at spaces; a word that starts with a quote mark runs to the matching
 * closing mark at the end of a word, so `daily "12 January 2022"` gives `12 January 2022` as one
 * word. Quote marks inside a word (`Lavrov's`) are kept. An opening quote that is never closed
 * is a problem the caller shows with the command's usage. Empty quoted words (`""`) are dropped.
 */
export function parseWords(text: string, unclosed: "problem" | "to-end" = "problem"): ParsedWords {
  const words: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const closers = QUOTES.get(c);
    if (closers) {
      let end = closingQuote(text, i + 1, closers);
      if (end < 0 && unclosed === "to-end") end = n;
      if (end < 0) {
        return {
          ok: false,
          problem: `The quote ${c} before "${preview(text.slice(i + 1))}" is not closed.`,
        };
      }
      const word = text.slice(i + 1, end).trim();
      if (word) words.push(word);
      i = end + 1;
      continue;
    }
    let end = i + 1;
    while (end < n && !SPACE.test(text[end] as string)) end++;
    words.push(text.slice(i, end));
    i = end;
  }
  return { ok: true, words };
}

/** The index of the first closing mark at the end of a word (before a space or the end), or -1. */
function closingQuote(text: string, from: number, closers: string): number {
  for (let j = from; j < text.length; j++) {
    if (!closers.includes(text[j] as string)) continue;
    const next = text[j + 1];
    if (next === undefined || SPACE.test(next)) return j;
  }
  return -1;
}

/**
 * The text with one pair of quotes around the whole of it removed (`"who chaired?"` →
 * `who chaired?`); any other text as it is. For free text such as a question.
 */
export function unquoteWhole(text: string): string {
  const t = text.trim();
  const closers = QUOTES.get(t[0] ?? "");
  if (!closers || t.length < 2) return t;
  return closingQuote(t, 1, closers) === t.length - 1 ? t.slice(1, -1).trim() : t;
}

/** A command line cut into its name and the text after it, without reading the arguments. */
export function splitCommand(line: string): { name: string; rest: string } {
  const text = line.trim();
  let end = 0;
  while (end < text.length && !SPACE.test(text[end] as string)) end++;
  return { name: text.slice(0, end), rest: text.slice(end).trim() };
}

/**
 * The words of a line, quoted phrases kept together; an unclosed quote runs to the end of the
 * line. For callers that have no usage reply of their own; the bot uses {@link parseWords}.
 */
export function splitArgs(line: string): string[] {
  const parsed = parseWords(line, "to-end");
  return parsed.ok ? parsed.words : [];
}

/** At most `max` characters of what someone typed, for echoing it back in a reply. */
export function preview(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
