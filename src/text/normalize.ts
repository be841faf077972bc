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

/** Per surface token: its stem (or country), its term ("" for a stop word), and the phrases its stem may start. */
interface Single {
  stem: string;
  term: string;
  phrases: readonly string[][] | undefined;
}
const single = new Map<string, Single>();

function lookup(token: string): Single {
  let hit = single.get(token);
  if (hit === undefined) {
    const s = country(token) ?? stem(token);
    hit = { stem: s, term: isStopWord(token) ? "" : concept(s), phrases: phrasesStartingWith(s) };
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

/**
 * The same terms as `normalizeTokens(surface).map(t => t.term)`, without the bookkeeping:
 * the fast path for indexing, where positions are not needed.
 */
export function termsOf(surface: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < surface.length; i++) {
    const hit = lookup(surface[i] as string);
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
