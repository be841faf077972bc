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
 * The name phrases of a text: every run of two or three neighbouring capitalised words, as
 * terms ("#new start", "#prague castle"); a sentence's first word only when the next is
 * capitalised too and it is no small word ("The Moscow Treaty" gives "#moscow treaty").
 */
export function namePhrases(text: string): string[] {
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
