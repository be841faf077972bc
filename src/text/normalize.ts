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

/** True when the phrase's later parts follow surface token `i` (its first part matched already). */
function phraseFollows(parts: readonly string[], surface: readonly string[], i: number): boolean {
  for (let k = 1; k < parts.length; k++) {
    const next = surface[i + k];
    if (next === undefined || lookup(next).stem !== parts[k]) return false;
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

/**
 * The same terms as `normalizeTokens(surface).map(t => t.term)`, without the bookkeeping:
 * the fast path for indexing, where positions are not needed. Given a collector, also adds
 * every surface token to it, in order.
 */
export function termsOf(surface: readonly string[], collect?: WordCollector): string[] {
  const out: string[] = [];
  const mark = collect === undefined ? 0 : collect.id;
  for (let i = 0; i < surface.length; i++) {
    const hit = lookup(surface[i] as string);
    if (mark !== 0 && hit.collected !== mark) {
      hit.collected = mark;
      (collect as WordCollector).words.add(hit.word);
    }
    const phrases = hit.phrases;
    if (phrases !== undefined) {
      let match: readonly string[] | undefined;
      for (let m = 0; m < phrases.length; m++) {
        if (phraseFollows(phrases[m] as string[], surface, i)) {
          match = phrases[m];
          break;
        }
      }
      if (match !== undefined) {
        out.push(phraseTerm(match));
        if (collect !== undefined)
          for (let k = 1; k < match.length; k++) collect.words.add(surface[i + k] as string);
        i += match.length - 1;
        continue;
      }
    }
    if (hit.term !== "") out.push(hit.term);
  }
  return out;
}

const memo = new Map<string, string[]>();

/** The index terms of a text (with repeats, in order). Do not modify the returned array. */
export function terms(text: string): string[] {
  let out = memo.get(text);
  if (!out) {
    out = termsOf(surfaceTokens(text));
    // names, sides and aliases recur in every briefing; long texts rarely do
    if (text.length < 80) {
      if (memo.size > 50_000) memo.clear();
      memo.set(text, out);
    }
  }
  return out;
}
