// Correcting the words of a question that the typo-tolerant vocabulary leaves unknown: short
// names and words ("begn" → Begin, "jon bolton" → John Bolton, "ache" → Aceh), misspelt question
// words ("lst", "positon"), and the guard that keeps a word of English from becoming a name.
import {
  concept,
  country,
  editDistance,
  FILLER_WORDS,
  isEnglishWord,
  isOwnEnglishWord,
  isStopWord,
  isSwap,
  oneEditAway,
  stem,
} from "../text/index.ts";
import { type WordEntry, type WordNetPos, wordNet } from "../text/wordnet.ts";
import type { Vocabulary } from "./question.ts";

/**
 * Whether a typed word may be read as `candidate`: a word of English ("finish", "react", "ache")
 * is not turned into another word or a name ("Finnish", "reach", "Aceh") unless only two
 * neighbouring letters are swapped, a typo and not another word.
 */
export function mayCorrect(token: string, candidate: string): boolean {
  return !isEnglishWord(token) || isSwap(token, candidate);
}

/**
 * The question word (of the fillers that only shape a question) a misspelt word stands for:
 * "lst" → "last", "positon" → "position". Not for a word of English in its own right.
 */
export function misspeltFiller(token: string, extra: ReadonlySet<string>): string | undefined {
  if (token.length < 3 || !/^[a-z]+$/.test(token) || isEnglishWord(token)) return undefined;
  for (const words of [FILLER_WORDS, extra]) {
    for (const w of words) {
      if (w.length < 4 || w[0] !== token[0] || Math.abs(w.length - token.length) > 1) continue;
      if (editDistance(token, w, 1) <= 1) return w;
    }
  }
  return undefined;
}

/** Words corrected in context at most this long; longer ones are the vocabulary's to correct. */
const MAX_SHORT = 6;

/** A term of the question that says what it is about, for judging a correction's fit. */
export interface ContextTerm {
  term: string;
  /** 2 for the words right before and after the one corrected ("jon bolton"), else 1. */
  weight: number;
}

/** The question's other words that say what it is about, as index terms, the nearest first. */
export function contextOf(
  words: readonly string[],
  at: number,
  vocab: Vocabulary,
  isShaping: (word: string, term: string) => boolean,
): ContextTerm[] {
  const out: ContextTerm[] = [];
  words.forEach((w, j) => {
    if (j === at || isStopWord(w)) return;
    const term = concept(country(w) ?? stem(w));
    if (isShaping(w, term) || !vocab.hasTerm(term)) return;
    out.push({ term, weight: Math.abs(j - at) === 1 ? 2 : 1 });
  });
  return out;
}

/**
 * The known word one edit from a short unknown word (a letter dropped, added, changed, or two
 * swapped) that best fits the rest of the question: the candidate that one fact holds together
 * with most of the question's other words, the words next to it counting double ("jon bolton"
 * → "john", since a fact names John Bolton). Undefined when no candidate shares a fact with the
 * question, when the word is English and no swap of its letters is known, or when a word next
 * to it is unknown too: two unknown words side by side are a name the briefings lack ("hun sen").
 */
export function correctInContext(
  words: readonly string[],
  at: number,
  vocab: Vocabulary,
  unknownAt: ReadonlySet<number>,
  isShaping: (word: string, term: string) => boolean,
): string | undefined {
  const token = words[at] as string;
  if (token.length < 3 || token.length > MAX_SHORT || !/^[a-z]+$/.test(token)) return undefined;
  if (unknownAt.has(at - 1) || unknownAt.has(at + 1)) return undefined;
  const context = contextOf(words, at, vocab, isShaping);
  if (context.length === 0) return undefined;
  const english = isEnglishWord(token);
  const fitOfTerm = new Map<string, number>();
  let best: string | undefined;
  let bestFit = 0;
  let bestName = false;
  let bestCount = 0;
  for (const candidate of oneEditAway(token)) {
    if (candidate.length < 3 || isStopWord(candidate)) continue;
    if (english && !isSwap(token, candidate)) continue;
    const term = concept(country(candidate) ?? stem(candidate));
    const name = vocab.names.has(candidate);
    if (!name && !vocab.words.has(candidate) && !vocab.hasTerm(term)) continue;
    let fit = fitOfTerm.get(term);
    if (fit === undefined) {
      fit = 0;
      for (const c of context) if (c.term !== term && vocab.together(term, c.term)) fit += c.weight;
      fitOfTerm.set(term, fit);
    }
    if (fit === 0) continue;
    const count = vocab.words.count(candidate) + vocab.names.count(candidate);
    const better =
      fit > bestFit ||
      (fit === bestFit && name && !bestName) ||
      (fit === bestFit && name === bestName && count > bestCount);
    if (better) {
      best = candidate;
      bestFit = fit;
      bestName = name;
      bestCount = count;
    }
  }
  return best;
}

/** Misspelt words this long or longer are read as the word of English they are one edit from. */
const MIN_MISSPELT = 5;

/**
 * The words of English one edit from an unknown word that is none ("anounce" → "announce",
 * "finshed" → "finished", "fished"): what a misspelt ordinary word may stand for when the
 * briefings use it in another form ("announcement"), to be read like a word typed right.
 */
export function englishSpellings(token: string): string[] {
  if (token.length < MIN_MISSPELT || !/^[a-z]+$/.test(token) || isEnglishWord(token)) return [];
  return oneEditAway(token).filter((c) => c.length >= MIN_MISSPELT - 1 && isOwnEnglishWord(c));
}

/**
 * The two name words an unknown word joins ("yojong" → "yo jong", "minsoon" → "min soon"), when
 * both are words of names and one fact holds them together; undefined otherwise.
 */
export function splitJoinedName(token: string, vocab: Vocabulary): string[] | undefined {
  if (token.length < 5 || !/^[a-z]+$/.test(token)) return undefined;
  for (let k = 2; k <= token.length - 2; k++) {
    const left = token.slice(0, k);
    const right = token.slice(k);
    if (!vocab.names.has(left) || !vocab.names.has(right)) continue;
    if (vocab.together(stem(left), stem(right))) return [left, right];
  }
  return undefined;
}

/**
 * An unknown word that is two of the briefings' words written as one, which one line of them
 * holds together ("guestbook" → "guest book").
 */
export function splitJoinedWord(token: string, vocab: Vocabulary): string[] | undefined {
  if (token.length < 7 || !/^[a-z]+$/.test(token)) return undefined;
  for (let k = 3; k <= token.length - 3; k++) {
    const left = token.slice(0, k);
    const right = token.slice(k);
    if (isStopWord(left) || isStopWord(right)) continue;
    if (!vocab.words.has(left) || !vocab.words.has(right)) continue;
    if (vocab.together(stem(left), stem(right))) return [left, right];
  }
  return undefined;
}

/**
 * Two words of a question that the briefings write as one ("foot bridge" → "footbridge"): joined,
 * so the question's words are the briefings' own.
 */
export function joinCompounds(tokens: readonly string[], vocab: Vocabulary): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as string;
    const b = tokens[i + 1];
    const joined = b === undefined ? undefined : a + b;
    if (
      joined !== undefined &&
      b !== undefined &&
      a.length >= 3 &&
      b.length >= 3 &&
      !isStopWord(a) &&
      !isStopWord(b) &&
      /^[a-z]+$/.test(joined) &&
      vocab.words.has(joined)
    ) {
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}

/** The particles that make a phrasal verb with the verb before them ("wrap up", "pull back"). */
const PARTICLES: ReadonlySet<string> = new Set([
  "up",
  "out",
  "over",
  "back",
  "off",
  "down",
  "away",
  "with",
]);

/** Whether a word is a particle that may make a phrasal verb with the verb before it. */
export function isParticle(word: string | undefined): boolean {
  return word !== undefined && PARTICLES.has(word);
}

/**
 * WordNet's entry for a verb and the particle after it ("wrap up", "handed over": its lemma
 * too), when WordNet has that phrasal verb and the word may be read as a verb; else undefined.
 */
export function phrasalVerb(
  token: string,
  next: string | undefined,
  lemmas: readonly string[],
  poses: readonly WordNetPos[] | undefined,
): WordEntry | undefined {
  if (next === undefined || !PARTICLES.has(next)) return undefined;
  if (poses && !poses.includes("verb")) return undefined;
  for (const base of [token, ...lemmas]) {
    const entry = wordNet().lookUp(`${base}_${next}`, [], ["verb"]);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Whether one fact holds the word at `at` as written with the question's other words (skipping
 * the word after it, a particle), as {@link relatedInContext} asks of a related word: then the
 * briefings say it in the question's own words ("walk away": a quote says "walk").
 */
export function heldAsWritten(
  words: readonly string[],
  at: number,
  vocab: Vocabulary,
  isShaping: (word: string, term: string) => boolean,
): boolean {
  const own = concept(stem(words[at] as string));
  if (!vocab.hasTerm(own)) return false;
  const content: string[] = [];
  const names: string[] = [];
  words.forEach((w, j) => {
    if (j === at || j === at + 1 || isStopWord(w)) return;
    const term = concept(country(w) ?? stem(w));
    if (term === own || isShaping(w, term) || !vocab.hasTerm(term)) return;
    (vocab.names.has(w) ? names : content).push(term);
  });
  return content.length > 0
    ? vocab.holdsAll([own, ...content])
    : names.some((t) => vocab.together(own, t));
}

/** A related word's sense must be among its own first senses too ("place" is not "invest"). */
const RECIPROCAL_SENSES = 2;

/**
 * The briefings' word for an unknown question word, by WordNet: a synonym of one of the word's
 * first senses or a form derived from it ("shut" → "close", "reunited" → "reunion"), in a sense
 * that is among the related word's own first senses too, never a word across an antonym link
 * ("accept" is not "reject") nor a name. It counts only with evidence that the briefings say
 * the rest of the question with it: one fact must hold it together with all of the question's
 * other words (the words of names, which only pick the briefing, excepted; at least one of them
 * when there are only those). A word between two words of names is part of a name ("chun young
 * woo"), never looked up. Undefined when no related word has that evidence.
 */
export function relatedInContext(
  words: readonly string[],
  at: number,
  vocab: Vocabulary,
  isShaping: (word: string, term: string) => boolean,
  lemmas: readonly string[],
  poses: readonly WordNetPos[] | undefined,
): string | undefined {
  const token = words[at] as string;
  if (token.length < 3 || !/^[a-z]+$/.test(token)) return undefined;
  const isNameWord = (w: string | undefined) => w !== undefined && vocab.names.has(w);
  if (isNameWord(words[at - 1]) && isNameWord(words[at + 1])) return undefined;
  const wn = wordNet();
  // "wrap up", "pull back", "hand over": a verb and its particle are one word of WordNet's
  const phrasal = phrasalVerb(token, words[at + 1], lemmas, poses);
  const content: string[] = [];
  const names: string[] = [];
  words.forEach((w, j) => {
    if (j === at || (phrasal && j === at + 1) || isStopWord(w)) return;
    const term = concept(country(w) ?? stem(w));
    if (isShaping(w, term) || !vocab.hasTerm(term)) return;
    (vocab.names.has(w) ? names : content).push(term);
  });
  if (content.length === 0 && names.length === 0) return undefined;
  const entry = phrasal ?? wn.lookUp(token, lemmas, poses);
  if (!entry) return undefined;
  const opposite = new Set(entry.antonyms.map((a) => concept(stem(a))));
  const own = concept(stem(token));
  const tried = new Set<string>();
  for (const r of entry.related) {
    if (r.word.includes(" ") || r.word.length < 3 || isStopWord(r.word)) continue;
    const term = concept(stem(r.word));
    if (term === own || tried.has(term) || opposite.has(term) || !vocab.hasTerm(term)) continue;
    tried.add(term);
    const rank = wn.senseRank(r.word, r.pos, r.synset);
    // a broader word stands for the unknown one only in its own first sense
    if (rank < 0 || rank >= (r.relation === "hypernym" ? 1 : RECIPROCAL_SENSES)) continue;
    const rest = content.filter((t) => t !== term);
    const fits =
      rest.length > 0
        ? vocab.holdsAll([term, ...rest])
        : names.some((t) => t !== term && vocab.together(term, t));
    if (fits) return r.word;
  }
  return undefined;
}
