// Tokenising one briefing: everything the engine adds to its index and vocabularies for it,
// computed without reading the engine, so that a build can run it on worker threads.
import type { Briefing } from "../briefing/types.ts";
import { isStopWord, surfaceTokens } from "../text/index.ts";
import { type EntityName, extractFacts, type Fact, type Resolved } from "./facts.ts";

/** One briefing tokenised: its facts (with their index terms), names and words. */
export interface Tokenised {
  facts: Fact[];
  names: EntityName[];
  /** Words for the typo vocabulary, in first-seen order (no stop words, none shorter than 2). */
  words: string[];
  /** Words of its names, in first-seen order (all of them; the vocabulary skips stop words). */
  nameWords: string[];
  /** What its names resolved to, in call order (kept for a snapshot). */
  resolved: Resolved[];
  /**
   * When tokenised elsewhere: the facts' index term numbers, each fact's from its `termStart`
   * for `termCount` (its `terms` then are empty). A buffer shared by every briefing tokenised
   * so: valid until the next one is.
   */
  termIds?: Int32Array;
}

/** Surface tokens of short texts (names, sides, aliases recur in every briefing). */
const tokenMemo = new Map<string, readonly string[]>();

/** Adds the surface tokens of a text to a set. */
function addTokens(to: Set<string>, text: string): void {
  let tokens = tokenMemo.get(text);
  if (tokens === undefined) {
    tokens = surfaceTokens(text);
    if (text.length < 80) {
      if (tokenMemo.size > 50_000) tokenMemo.clear();
      tokenMemo.set(text, tokens);
    }
  }
  for (let i = 0; i < tokens.length; i++) to.add(tokens[i] as string);
}

/**
 * Tokenises a briefing; its facts take their ids from `nextId`. Given `termId` (the index's
 * numbering of terms), the facts' terms come as numbers in `termIds`, not as lists.
 */
export function tokenise(
  b: Briefing,
  nextId: () => number,
  termId?: (term: string) => number,
): Tokenised {
  const { facts, names, words, resolved, termIds } = extractFacts(b, nextId, undefined, termId);
  for (const p of b.parties ?? []) {
    addTokens(words, p.name);
    for (const a of p.aliases ?? []) addTokens(words, a);
  }
  for (const p of b.participants ?? []) {
    if (p.side) addTokens(words, p.side);
    for (const a of p.aliases ?? []) addTokens(words, a);
  }
  for (const t of b.tags ?? []) addTokens(words, t);
  for (const w of words) if (w.length < 2 || isStopWord(w)) words.delete(w);
  const nameWords = new Set<string>();
  for (const p of b.participants ?? []) {
    addTokens(nameWords, p.name);
    for (const a of p.aliases ?? []) addTokens(nameWords, a);
  }
  for (const p of b.parties ?? []) {
    addTokens(nameWords, p.name);
    for (const a of p.aliases ?? []) addTokens(nameWords, a);
  }
  for (const q of b.quotes ?? []) addTokens(nameWords, q.speaker);
  if (b.location) addTokens(nameWords, b.location);
  if (b.format) addTokens(nameWords, b.format);
  const out: Tokenised = { facts, names, words: [...words], nameWords: [...nameWords], resolved };
  if (termIds) out.termIds = termIds;
  return out;
}
