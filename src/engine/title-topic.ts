// Which words of a briefing's title tell what happened at the talks rather than name them:
// "Libyan Political Dialogue Forum agrees election date in Tunis" names the talks by the
// capitalised words and tells, in lower case, what they did ("agrees election date"). A word of
// talks or of a text ("talks", "round", "agreement") and the lower-case words just before it
// ("final peace agreement", "formal talks") are part of a name too, and so is what follows "on"
// ("talks on fisheries and trade": the talks' subject).
import { isFunctionWord, terms } from "../text/index.ts";
import { parseWords } from "./nlp.ts";
import { DOCUMENT_NOUNS } from "./text-patterns.ts";

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

/** Terms of the lower-case words of a title that tell what the talks did or produced. */
export function titlePredicateTerms(title: string): ReadonlySet<string> {
  const known = cache.get(title);
  if (known) return known;
  const words = title.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  const parsed = parseWords(title);
  const out = new Set<string>();
  // the parse and the words must line up to say which words are verbs; else none is told
  if (parsed.length === words.length) {
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
    // "talks on fisheries and trade": what follows "on" is the talks' subject, part of its name
    for (let i = 0; i < words.length; i++) {
      if (!SUBJECT_OPENERS.has((words[i] as string).toLowerCase())) continue;
      for (let j = i + 1; j < words.length; j++) {
        const w = (words[j] as string).toLowerCase();
        if (w !== "and" && isFunctionWord(w) && !ARTICLES.has(w)) break;
        naming[j] = true;
      }
    }
    words.forEach((w, i) => {
      if (naming[i] || /\p{Lu}/u.test(w) || isFunctionWord(w.toLowerCase())) return;
      for (const t of terms(w)) out.add(t);
    });
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(title, out);
  return out;
}
