// Names written as runs of capitalised words ("New START", "Contadora Group", "Prague Castle"),
// as index terms of their own: their words are often everyday words ("new", "start", "group")
// that say nothing alone, so a question typing them in lower case ("how long does new start
// run") finds the briefings that write the name, and not every text with "start" in it.
import { isStopWord } from "./stopwords.ts";
import { tokenize } from "./tokenize.ts";

/** Words of a name looked at together, at most: longer names meet their parts. */
const MAX_WORDS = 3;

/** A capitalised word ("Castle", "START", "Václav"). */
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’]*$/u;

/** The term of a phrase of lower-case words: "#new start". */
export function namePhraseTerm(words: readonly string[]): string {
  return `#${words.join(" ")}`;
}

/**
 * The name phrases of a text, as {@link namePhrasesGeneral} gives them. Plain text (printable
 * ASCII without apostrophes, almost every text of a briefing) is read word by word (`indexOf`
 * finds the next space; a word not starting with a capital costs a few comparisons), making
 * strings only for runs of two or more capitalised words: a word is `[A-Z][A-Za-z0-9]*` once
 * the punctuation around it is cut, and tokenises to itself in lower case. Anything else goes
 * the general way.
 */
export function namePhrases(text: string): readonly string[] {
  if (NOT_PLAIN.test(text)) return namePhrasesGeneral(text);
  const length = text.length;
  let out: string[] | undefined;
  runLength = 0;
  let i = 0;
  while (i < length) {
    if (text.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    // a word: up to the next space
    const start = i;
    i = text.indexOf(" ", i);
    if (i < 0) i = length;
    // punctuation before a word starts a new name, after it ends one
    if (isLeading(text.charCodeAt(start))) out = flushRun(text, out);
    let from = start;
    while (from < i && isLeading(text.charCodeAt(from))) from++;
    let to = i;
    while (to > from && isTrailing(text.charCodeAt(to - 1))) to--;
    if (isCapitalised(text, from, to)) {
      runStarts[runLength] = from;
      runEnds[runLength] = to;
      runLength++;
      if (runLength === runStarts.length) growRun();
    } else out = flushRun(text, out);
    if (isTrailing(text.charCodeAt(i - 1))) out = flushRun(text, out);
  }
  out = flushRun(text, out);
  return out ?? NO_PHRASES;
}

const NO_PHRASES: readonly string[] = [];

/** Text {@link namePhrases} reads the general way: a character outside printable ASCII, or `'`. */
const NOT_PLAIN = /[^\x20-\x26\x28-\x7e]/;

/** The run of capitalised words being read by {@link namePhrases}: where each starts and ends. */
let runStarts = new Int32Array(64);
let runEnds = new Int32Array(64);
let runLength = 0;

function growRun(): void {
  const starts = new Int32Array(runStarts.length * 2);
  const ends = new Int32Array(runEnds.length * 2);
  starts.set(runStarts);
  ends.set(runEnds);
  runStarts = starts;
  runEnds = ends;
}

/** `(`, `"`, `[`: the plain characters of the punctuation that opens a name. */
function isLeading(c: number): boolean {
  return c === 0x28 || c === 0x22 || c === 0x5b;
}

/** `)`, `"`, `'`, `]`, `.`, `,`, `;`, `:`, `!`, `?`: the plain characters that close one. */
function isTrailing(c: number): boolean {
  return (
    c === 0x29 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x5d ||
    c === 0x2e ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f
  );
}

/** Whether `text[from, to)` is `[A-Z][A-Za-z0-9]*` (CAPITALISED, for plain text). */
function isCapitalised(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const first = text.charCodeAt(from);
  if (first < 0x41 || first > 0x5a) return false;
  for (let k = from + 1; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!(c >= 0x61 ? c <= 0x7a : c >= 0x41 ? c <= 0x5a : c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

/**
 * Adds the phrases of the run read so far to `out` (made when first needed) and empties the
 * run. The general reading leaves out the small words a run starts with ("The"), one by one as
 * it meets them: the same as dropping them from the front of the whole run here.
 */
function flushRun(text: string, out: string[] | undefined): string[] | undefined {
  const length = runLength;
  runLength = 0;
  if (length < 2) return out;
  let first = 0;
  const words: string[] = [];
  for (let k = 0; k < length; k++) {
    const word = text.slice(runStarts[k], runEnds[k]).toLowerCase();
    if (words.length === 0 && isStopWord(word)) first++;
    else words.push(word);
  }
  if (length - first < 2) return out;
  let phrases = out;
  for (let from = 0; from < words.length; from++) {
    for (let n = 2; n <= MAX_WORDS && from + n <= words.length; n++) {
      const term = namePhraseTerm(words.slice(from, from + n));
      phrases ??= [];
      if (!phrases.includes(term)) phrases.push(term);
    }
  }
  return phrases;
}

/**
 * The name phrases of a text: every run of two or three neighbouring capitalised words, as
 * terms ("#new start", "#prague castle"); a sentence's first word only when the next is
 * capitalised too and it is no small word ("The Moscow Treaty" gives "#moscow treaty"). The
 * general reading, for any text; {@link namePhrases} gives the same faster.
 */
export function namePhrasesGeneral(text: string): readonly string[] {
  const out = new Set<string>();
  let run: string[] = [];
  const flush = () => {
    for (let from = 0; from < run.length; from++) {
      for (let n = 2; n <= MAX_WORDS && from + n <= run.length; n++) {
        const tokens = run.slice(from, from + n).flatMap((w) => tokenize(w));
        if (tokens.length === n) out.add(namePhraseTerm(tokens));
      }
    }
    run = [];
  };
  for (const raw of text.split(/\s+/)) {
    // punctuation before a word starts a new name, after it ends one ("Castle. The", "(Mexico")
    if (/^[("“‘'[]/.test(raw)) flush();
    const w = raw.replace(/^[("“‘'[]+|[)"”’'\].,;:!?]+$/g, "");
    if (CAPITALISED.test(w) && !(run.length === 0 && isStopWord(w.toLowerCase()))) run.push(w);
    else flush();
    if (/[)"”’'\].,;:!?]$/.test(raw)) flush();
  }
  flush();
  return [...out];
}

/** The name phrases a question's words could be, first word at each place: "#new start". */
export function namePhraseCandidates(
  words: readonly string[],
): { at: number; term: string; n: number }[] {
  const out: { at: number; term: string; n: number }[] = [];
  for (let at = 0; at < words.length; at++) {
    for (let n = 2; n <= MAX_WORDS && at + n <= words.length; n++) {
      out.push({ at, term: namePhraseTerm(words.slice(at, at + n)), n });
    }
  }
  return out;
}
