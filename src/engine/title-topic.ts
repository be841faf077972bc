// Which words of a briefing's title tell what happened at the talks rather than name them:
// "Libyan Political Dialogue Forum agrees election date in Tunis" names the talks by the
// capitalised words and tells, in lower case, what they did ("agrees election date"). A word of
// talks or of a text ("talks", "round", "agreement") and the lower-case words just before it
// ("final peace agreement", "formal talks") are part of a name too, and so is what follows "on"
// ("talks on fisheries and trade": the talks' subject).
import { isFunctionWord, terms } from "../text/index.ts";
import { DOCUMENT_NOUNS } from "./matching.ts";
import { parseWords } from "./nlp.ts";

/** Concepts of words for talks and for what they adopt. */
const NAMING_CONCEPTS: ReadonlySet<string> = new Set(["~meet", "~outcome"]);

/** Words after which a title names what the talks are about: "talks on the Iran nuclear deal". */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  "on",
  "about",
  "over",
  "concerning",
  "regarding",
]);
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

const cache = new Map<string, ReadonlySet<string>>();
/** Titles remembered at most; a library larger than this parses some titles again. */
const CACHE_LIMIT = 4096;

function names(word: string): boolean {
  return DOCUMENT_NOUNS.has(word.toLowerCase()) || terms(word).some((t) => NAMING_CONCEPTS.has(t));
}

/** The title's words, as they are written. */
function titleWords(title: string): string[] {
  return title.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Marks the words after "on" ("talks on fisheries and trade"): the talks' subject. */
function markSubject(words: readonly string[], naming: boolean[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!SUBJECT_OPENERS.has((words[i] as string).toLowerCase())) continue;
    for (let j = i + 1; j < words.length; j++) {
      const w = (words[j] as string).toLowerCase();
      if (w !== "and" && isFunctionWord(w) && !ARTICLES.has(w)) break;
      naming[j] = true;
    }
  }
}

/** Terms of the lower-case words not yet marked as naming the talks. */
function unmarked(words: readonly string[], naming: readonly boolean[]): Set<string> {
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (naming[i] || /\p{Lu}/u.test(w) || isFunctionWord(w.toLowerCase())) return;
    for (const t of terms(w)) out.add(t);
  });
  return out;
}

/**
 * Of the terms `wanted`, those the title's lower-case words use to tell what the talks did or
 * produced. A title none of whose such words could be wanted is not parsed (the parse only
 * tells where a name before a word of talks begins).
 */
export function titlePredicateTerms(title: string, wanted: readonly string[]): string[] {
  const words = titleWords(title);
  const naming = words.map((w) => names(w));
  markSubject(words, naming);
  const possible = unmarked(words, naming);
  if (!wanted.some((t) => possible.has(t))) return [];
  let told = cache.get(title);
  if (!told) {
    told = toldByTitle(title, words);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(title, told);
  }
  const known = told;
  return wanted.filter((t) => known.has(t));
}

function toldByTitle(title: string, words: readonly string[]): ReadonlySet<string> {
  const parsed = parseWords(title);
  // the parse and the words must line up to say which words are verbs; else none is told
  if (parsed.length !== words.length) return new Set();
  const naming = words.map((w) => names(w));
  // back from a word of talks or of a text over the lower-case words that modify it
  for (let i = 0; i < words.length; i++) {
    if (!naming[i]) continue;
    for (let j = i - 1; j >= 0; j--) {
      const w = words[j] as string;
      if (/^\p{Lu}/u.test(w) || parsed[j]?.verb || isFunctionWord(w.toLowerCase())) break;
      naming[j] = true;
    }
  }
  markSubject(words, naming);
  return unmarked(words, naming);
}
