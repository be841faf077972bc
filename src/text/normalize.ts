// The one pipeline from text to index terms, shared by briefings and questions: tokenise, map
// demonyms, stem, join phrases, map synonyms to concepts, drop stop words.
import { country } from "./demonyms.ts";
import { stem } from "./stem.ts";
import { isStopWord } from "./stopwords.ts";
import { concept, joinPhrases } from "./synonyms.ts";
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
const US_UPPER = /\bU\.?S\.?A?\b\.?/g;

/** Tokenises text into surface tokens, keeping the country "US" apart from the pronoun "us". */
export function surfaceTokens(text: string): string[] {
  const tokens = tokenize(text.replace(US_UPPER, " unitedstates "));
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

/** The index terms of a text (with repeats, in order). */
export function terms(text: string): string[] {
  return normalizeTokens(surfaceTokens(text)).map((t) => t.term);
}
