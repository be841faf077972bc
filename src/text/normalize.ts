// The one pipeline from text to index terms, shared by briefings and questions: tokenise, map
// demonyms, stem, join phrases, map synonyms to concepts, drop stop words.
import { country } from "./demonyms.ts";
import { stem } from "./stem.ts";
import { isStopWord } from "./stopwords.ts";
import { concept, joinPhrases, phrasesStartingWith, phraseToken } from "./synonyms.ts";
import { tokenize } from "./tokenize.ts";

/** One index term and the surface token(s) it came from. */
export interface NormalToken {
  /** The concept or stem used for matching (`~reject`, `grushko`, `russia`). */
  term: string;
  /** Index of the first surface token it came from. */
  from: number;
  /** Number of surface tokens it covers (2 for "turn down"). */
  span: number;
}

// "U.S." and "US" (upper case) are the country; "the us" in a lower-case question too.
const US_HINT = /U\.?S/;
const US_UPPER = /\bU\.?S\.?A?\b\.?/g;

/** Tokenises text into surface tokens, keeping the country "US" apart from the pronoun "us". */
export function surfaceTokens(text: string): string[] {
  const tokens = tokenize(US_HINT.test(text) ? text.replace(US_UPPER, " unitedstates ") : text);
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i] === "us" && tokens[i - 1] === "the") tokens[i] = "unitedstates";
  }
  return tokens;
}

/** Normalises surface tokens into terms, remembering where each came from. */
export function normalizeTokens(surface: readonly string[]): NormalToken[] {
  const stems = surface.map((t) => {
    return country(t) ?? stem(t);
  });
  const { tokens, starts } = joinPhrases(stems);
  const out: NormalToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const from = starts[k] as number;
    const next = k + 1 < starts.length ? (starts[k + 1] as number) : surface.length;
    const span = next - from;
    const token = tokens[k] as string;
    if (span === 1 && isStopWord(surface[from] as string)) continue;
    out.push({ term: concept(token), from, span });
  }
  return out;
}

/**
 * Per surface token: its stem (or country), its term ("" for a stop word), the phrases its stem
 * may start, the token itself as first seen (one string per word: the sets and maps the words
 * go into compare it faster), and the last {@link WordCollector} it was added to.
 */
interface Single {
  stem: string;
  term: string;
  phrases: readonly string[][] | undefined;
  word: string;
  collected: number;
}
const single = new Map<string, Single>();

function lookup(token: string): Single {
  let hit = single.get(token);
  if (hit === undefined) {
    const s = country(token) ?? stem(token);
    hit = {
      stem: s,
      term: isStopWord(token) ? "" : concept(s),
      phrases: phrasesStartingWith(s),
      word: token,
      collected: 0,
    };
    if (single.size > 200_000) single.clear();
    single.set(token, hit);
  }
  return hit;
}

/** The term of a matched phrase, once per phrase (the phrase lists are fixed). */
const phraseTerms = new Map<readonly string[], string>();

function phraseTerm(parts: readonly string[]): string {
  let t = phraseTerms.get(parts);
  if (t === undefined) {
    t = concept(phraseToken(parts));
    phraseTerms.set(parts, t);
  }
  return t;
}

/** True when the phrase's later parts follow token `i` (its first part matched already). */
function phraseFollows(
  parts: readonly string[],
  hits: readonly Single[],
  n: number,
  i: number,
): boolean {
  if (i + parts.length > n) return false;
  for (let k = 1; k < parts.length; k++) {
    if ((hits[i + k] as Single).stem !== parts[k]) return false;
  }
  return true;
}

let collectors = 0;

/**
 * The distinct surface tokens of the texts {@link termsOf} read for it, in first-seen order (a
 * briefing's words): a token already added is known by a mark on its cached lookup, so most
 * tokens cost no set operation.
 */
export class WordCollector {
  readonly words = new Set<string>();
  readonly id = ++collectors;
}

/** The looked-up tokens of the text being read (reused: reading never nests). */
const scratch: Single[] = [];

/** The terms of the first `n` looked-up tokens in `hits` (see {@link termsOf}). */
function termsOfHits(hits: readonly Single[], n: number, collect?: WordCollector): string[] {
  const out: string[] = [];
  const mark = collect === undefined ? 0 : collect.id;
  for (let i = 0; i < n; i++) {
    const hit = hits[i] as Single;
    if (mark !== 0 && hit.collected !== mark) {
      hit.collected = mark;
      (collect as WordCollector).words.add(hit.word);
    }
    const phrases = hit.phrases;
    if (phrases !== undefined) {
      let match: readonly string[] | undefined;
      for (let m = 0; m < phrases.length; m++) {
        if (phraseFollows(phrases[m] as string[], hits, n, i)) {
          match = phrases[m];
          break;
        }
      }
      if (match !== undefined) {
        out.push(phraseTerm(match));
        if (collect !== undefined)
          for (let k = 1; k < match.length; k++) collect.words.add((hits[i + k] as Single).word);
        i += match.length - 1;
        continue;
      }
    }
    if (hit.term !== "") out.push(hit.term);
  }
  return out;
}

/**
 * The same terms as `normalizeTokens(surface).map(t => t.term)`, without the bookkeeping:
 * the fast path for indexing, where positions are not needed. Given a collector, also adds
 * every surface token to it, in order.
 */
export function termsOf(surface: readonly string[], collect?: WordCollector): string[] {
  const hits = scratch;
  for (let i = 0; i < surface.length; i++) hits[i] = lookup(surface[i] as string);
  const out = termsOfHits(hits, surface.length, collect);
  return out;
}

/**
 * `termsOf(surfaceTokens(text), collect)`, reading plain text (printable ASCII without
 * apostrophes or "US") in one pass over its characters: a token already seen is found by its
 * characters in a table, without making a string for it.
 */
export function termsOfText(text: string, collect?: WordCollector): string[] {
  const hits = scratch;
  let n = readPlain(text, hits);
  if (n < 0) {
    const surface = surfaceTokens(text);
    for (let i = 0; i < surface.length; i++) hits[i] = lookup(surface[i] as string);
    n = surface.length;
  }
  const out = termsOfHits(hits, n, collect);
  return out;
}

// Tokens already seen, by their characters: open addressing over a power-of-two table, each
// slot holding a token's lookup and the hash of its characters.
let seenHits: (Single | undefined)[] = new Array(1 << 12).fill(undefined);
let seenHashes = new Int32Array(1 << 12);
let seenCount = 0;
/** Beyond this many tokens the table starts again (a bound on memory, like the lookup cache). */
const SEEN_LIMIT = 200_000;

/**
 * Looks up the tokens of plain text into `hits` and returns their number, or -1 when the text
 * needs {@link surfaceTokens} (a character outside printable ASCII, an apostrophe or a backtick,
 * which tokenize drops or folds, or "US"/"U.S", the country). Tokens are the runs of ASCII
 * letters and digits, lower-cased, as tokenize splits them; "the us" is the country, as in
 * {@link surfaceTokens}.
 */
function readPlain(text: string, hits: Single[]): number {
  const length = text.length;
  let n = 0;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x27 || c === 0x60) return -1;
    if (!(c >= 0x61 ? c <= 0x7a : c >= 0x41 ? c <= 0x5a : c >= 0x30 && c <= 0x39)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5 | 0;
    for (;;) {
      if (c === 0x55) {
        // "US", "U.S": the country, which surfaceTokens reads
        const next = text.charCodeAt(i + 1);
        if (next === 0x53 || (next === 0x2e && text.charCodeAt(i + 2) === 0x53)) return -1;
      }
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      h = Math.imul(h ^ c, 0x01000193);
      i++;
      if (i >= length) break;
      c = text.charCodeAt(i);
      if (!(c >= 0x61 ? c <= 0x7a : c >= 0x41 ? c <= 0x5a : c >= 0x30 && c <= 0x39)) break;
    }
    let hit = seenHit(text, start, i, h);
    if (n > 0 && hit.word === "us" && (hits[n - 1] as Single).word === "the") {
      hit = lookup("unitedstates");
    }
    hits[n++] = hit;
  }
  return n;
}

/** The lookup of the token `text[start, end)` (lower-cased), from the table or made. */
function seenHit(text: string, start: number, end: number, h: number): Single {
  let mask = seenHits.length - 1;
  let at = h & mask;
  const length = end - start;
  for (;;) {
    const hit = seenHits[at];
    if (hit === undefined) break;
    if (seenHashes[at] === h && sameWord(hit.word, text, start, length)) return hit;
    at = (at + 1) & mask;
  }
  const hit = lookup(text.slice(start, end).toLowerCase());
  if (seenCount >= SEEN_LIMIT) {
    seenHits = new Array(1 << 12).fill(undefined);
    seenHashes = new Int32Array(1 << 12);
    seenCount = 0;
  } else if ((seenCount + 1) * 2 > seenHits.length) growSeen();
  mask = seenHits.length - 1;
  at = h & mask;
  while (seenHits[at] !== undefined) at = (at + 1) & mask;
  seenHits[at] = hit;
  seenHashes[at] = h;
  seenCount++;
  return hit;
}

/** Whether `word` (lower case) is `text[start, start + length)` lower-cased. */
function sameWord(word: string, text: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (word.charCodeAt(k) !== c) return false;
  }
  return true;
}

function growSeen(): void {
  const hits = seenHits;
  const hashes = seenHashes;
  seenHits = new Array(hits.length * 2).fill(undefined);
  seenHashes = new Int32Array(hits.length * 2);
  const mask = seenHits.length - 1;
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k];
    if (hit === undefined) continue;
    const h = hashes[k] as number;
    let at = h & mask;
    while (seenHits[at] !== undefined) at = (at + 1) & mask;
    seenHits[at] = hit;
    seenHashes[at] = h;
  }
}

const memo = new Map<string, string[]>();

/** The index terms of a text (with repeats, in order). Do not modify the returned array. */
export function terms(text: string): string[] {
  // names, sides and aliases recur in every briefing; long texts rarely do
  let out = text.length < 80 ? memo.get(text) : undefined;
  if (!out) {
    out = termsOfText(text);
    if (text.length < 80) {
      if (memo.size > 50_000) memo.clear();
      memo.set(text, out);
    }
  }
  return out;
}
