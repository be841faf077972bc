// Names a question and the briefings write differently: a question that spells out a name the
// briefings write only as its short form ("the strategic defense initiative": SDI), and a short
// form typed for words the briefings spell out that WordNet gives as its meaning ("pows":
// prisoners of war). The briefings' own acronyms of the names they spell out are the engine's
// `acronym` look-up; these are the two cases it cannot see.
import { initialsOf, isEnglishWord, isStopWord, shortFormsOfName } from "../text/index.ts";
import { wordNet } from "../text/wordnet.ts";

/** What the two readings need to know of the briefings. */
export interface ShortFormVocabulary {
  /** Whether the briefings write `letters` as a short form in capitals ("SDI", "HoR"). */
  writtenShort(letters: string): boolean;
  /**
   * Whether the briefings spell the name out too: one fact holds its words, or a briefing that
   * writes the short form defines it ("Broad-Based Transitional Government (BBTG)").
   */
  spelledOut(words: readonly string[], letters: string): boolean;
  /** Whether the question's parse reads the word as a verb only ("accept"): it begins no name. */
  isVerb(word: string): boolean;
  /** Whether the question writes the two words joined by a hyphen ("co-operation"). */
  hyphenated?(left: string, right: string): boolean;
}

/** Words of one spelled-out name looked at, at most: bounds the runs tried per question. */
const MAX_NAME_WORDS = 8;
/** Letters of a short form: fewer are chat or words, more are no acronym typed in full. */
const MIN_LETTERS = 3;
/** Two letters only from two words WordNet holds as one name ("european union": EU). */
const MIN_LETTERS_OF_TWO_WORDS = 2;

/**
 * Whether two words are one noun of WordNet's ("european union", "united nations"): only such a
 * pair may stand for a two-letter short form; any two words of chat spell one ("eastern ukraine").
 */
function isCompoundName(words: readonly string[]): boolean {
  if (words.length !== 2 || words.some((w) => isStopWord(w) || w.includes("-"))) return false;
  return wordNet().lookUp(words.join("_"), [], ["noun"]) !== undefined;
}
const MAX_LETTERS = 8;

/**
 * The initials a run of words may stand for: with and without the joiners' initials, and
 * without the second word, the way "intermediate-range" gives only its first initial (INF:
 * Intermediate-range Nuclear Forces) when the question drops the hyphen; and with each word the
 * question writes hyphenated as one word ("co-operation" gives one initial: OSCE), as well as
 * with each part giving its own ("non-proliferation": NPT).
 */
function shortFormsOf(
  words: readonly string[],
  hyphenated: (left: string, right: string) => boolean,
): string[] {
  const { plain, full } = initialsOf(words);
  const out = new Set([plain, full]);
  if (words.length >= 3 && !isStopWord(words[1] as string))
    out.add(initialsOf([words[0] as string, ...words.slice(2)]).plain);
  const joined: string[] = [];
  words.forEach((w, k) => {
    if (k > 0 && hyphenated(words[k - 1] as string, w)) joined.push(`${joined.pop()}${w}`);
    else joined.push(w);
  });
  if (joined.length < words.length) {
    const merged = initialsOf(joined);
    out.add(merged.plain);
    out.add(merged.full);
  }
  const least =
    words.length === 2 && !words.some(isStopWord) ? MIN_LETTERS_OF_TWO_WORDS : MIN_LETTERS;
  return [...out].filter((s) => s.length >= least && s.length <= MAX_LETTERS);
}

/**
 * The question's tokens with each run of words that spells out a short form the briefings write
 * in capitals replaced by that short form ("who led the government of national accord" → "who
 * led the gna"), or followed by it where a fact spells the name out too. Longest runs first; a
 * run begins and ends with a word that is no small joining word.
 */
export function shortenSpelledNames(
  tokens: readonly string[],
  vocab: ShortFormVocabulary,
): string[] {
  const out: string[] = [];
  const hyphenated = (left: string, right: string) => vocab.hyphenated?.(left, right) ?? false;
  let i = 0;
  next: while (i < tokens.length) {
    const first = tokens[i] as string;
    if (!isStopWord(first) && /^[a-z]+$/.test(first)) {
      for (let end = Math.min(tokens.length, i + MAX_NAME_WORDS); end >= i + 2; end--) {
        const words = tokens.slice(i, end);
        if (isStopWord(words.at(-1) as string)) continue;
        if (!words.every((w) => /^[a-z]+(?:-[a-z]+)*$/.test(w))) continue;
        // the places table's own short form of a name it spells out ("intergovernmental
        // authority on development": IGAD), then the name's initials
        const letters =
          shortFormsOfName(words).find((s) => vocab.writtenShort(s)) ??
          shortFormsOf(words, hyphenated).find(
            (s) =>
              !isEnglishWord(s) &&
              vocab.writtenShort(s) &&
              (s.length >= MIN_LETTERS || isCompoundName(words)),
          );
        // "did the US accept Russia's demands": a verb begins a clause, not a name ("ARD")
        if (letters === undefined || vocab.isVerb(first)) continue;
        // a name the briefings write both ways ("House of Representatives", "the HoR") keeps its
        // words and gains the short form
        if (vocab.spelledOut(words, letters)) out.push(...words);
        out.push(letters);
        i = end;
        continue next;
      }
    }
    out.push(first);
    i++;
  }
  return out;
}

/**
 * The words WordNet says a short form stands for, when their initials spell it ("pow" →
 * "prisoner of war", "pm" → "prime minister" and "post meridiem"), most common sense first.
 */
export function spelledOutByWordNet(token: string): string[][] {
  return wordNet()
    .initialisms(token)
    .map((name) => name.split(" "))
    .filter((words) => {
      const { plain, full } = initialsOf(words);
      const singular = token.replace(/s$/, "");
      return [plain, full].some((s) => s === token || s === singular);
    });
}
