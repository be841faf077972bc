// Patterns that tell what a fact's text states: a place, a number, a date, a duration, how long
// something lasted, an ordinal ("the first summit").
import { MONTHS } from "../text/dates.ts";
import { isStopWord, terms } from "../text/index.ts";
import { TUNING } from "./weights.ts";

/** A place named in a sentence: "in Geneva", "at the Palais Coburg". */
export const PLACE_TEXT = /\b(in|at)\s+(the\s+)?\p{Lu}/u;

/** A sentence that states how long something went on. */
export const LASTED_TEXT = /\b(last(ed|s)?|took|went on( for)?)\b/i;

/**
 * A sentence telling that talks opened: "The talks opened in Lomé on 25 May", "negotiations
 * began in March". Talks open where other things start: the day their start is asked.
 */
export const TALKS_OPENED =
  /\b(talks|negotiations|round|meeting|conference|summit|dialogue|forum)\s+(\w+\s+){0,2}?(opened|began|started|commenced|convened)\b/i;

/** Ordinal words, "first" to "twelfth": the n-th is at index n − 1. */
export const ORDINAL_WORDS: readonly string[] = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];

/** An ordinal before a word for a round, up to three words apart: "third round of formal talks". */
const ROUND_ORDINAL = new RegExp(
  `\\b(${ORDINAL_WORDS.join("|")}|\\d+(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+){0,3}?(?:round|meeting|session|summit|conference|talks|dialogue)\\b`,
  "gi",
);

/** The rounds a text names by ordinal ("the third round", "2nd session"): 3, 2. */
export function roundOrdinalsIn(text: string): number[] {
  return [...text.matchAll(ROUND_ORDINAL)].map((m) => {
    const w = (m[1] as string).toLowerCase();
    const k = ORDINAL_WORDS.indexOf(w);
    return k >= 0 ? k + 1 : Number.parseInt(w, 10);
  });
}

export const ORDINAL_TEXT =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|\d+(st|nd|rd|th))\b/gi;

/**
 * "where was the first summit": a fact naming the same ordinal fits better (×2), one naming only
 * other ordinals ("the fifth summit") worse (×0.5); 1 when the question names none.
 */
export function ordinalFit(words: readonly string[], text: string): number {
  const asked = words.filter((w) => new RegExp(ORDINAL_TEXT.source, "i").test(w));
  if (asked.length === 0) return 1;
  const said = (text.match(ORDINAL_TEXT) ?? []).map((w) => w.toLowerCase());
  if (said.length === 0) return 1;
  return asked.some((w) => said.includes(w)) ? TUNING.facts.sameOrdinal : TUNING.facts.otherOrdinal;
}

/** A number in a text, in digits or in words ("eleven dams", "nine more"). */
export const NUMBER_TEXT =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halve[sd]?|quarters?|twice|double|triple|per ?cent)\b/i;

export const DATED_TEXT =
  /\b(1[89]\d\d|20\d\d)\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** "two days", "six and a half hours", "half a day", "ten years", "an hour and a half". */
export const DURATION_TEXT =
  /\b(((\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|several|a few|a couple of)( and a half)?|(?<!\b(?:euros?|dollars?|pounds?|barrels?|tonnes?|tons?|million|billion|times)\s)an?|half an?)[\s-]+(hours?|days?|minutes?|weeks?|months?|years?|decades?)|half a (day|week|month|year))\b/i;

/**
 * Whether a text states a length of time ("took almost a year", "lasted three days", "90 days
 * after the signing"): a duration that is not a frequency ("every four years") nor a gap ("the
 * first meeting in more than two years", "two years before this meeting").
 */
export function statesLength(text: string): boolean {
  const all = new RegExp(DURATION_TEXT.source, "gi");
  for (const m of text.matchAll(all)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 9);
    if (/\b(every|in(\s+(more than|over|almost|nearly|about))?)\s+$/i.test(before)) continue;
    if (/^\s+(before|ago|earlier|later)\b/i.test(after)) continue;
    return true;
  }
  return false;
}

/**
 * Whether a text states the time between two meetings: "the first meeting in almost 17 months",
 * "resumed after a break of two years" (not "a week after the ceasefire": what came before may
 * be no meeting).
 */
export function statesGap(text: string): boolean {
  const all = new RegExp(DURATION_TEXT.source, "gi");
  for (const m of text.matchAll(all)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 9);
    // "after six weeks of talks": the length of the talks, not a time between meetings
    if (/^\s+of\b/i.test(after)) continue;
    const about = "(\\s+(more than|over|almost|nearly|about|some))?\\s+$";
    if (new RegExp(`\\bfirst\\b[^.;]*\\bin${about}`, "i").test(before)) return true;
    if (
      new RegExp(`\\b(after|gap of|break of|pause of|interval of)(\\s+an?)?${about}`, "i").test(
        before,
      )
    )
      return true;
  }
  return false;
}

/**
 * Whether a text states the length of talks as such: "after six weeks of talks", "27 months of
 * negotiations", "three days of intensive talks".
 */
export function statesTalksLength(text: string): boolean {
  const all = new RegExp(DURATION_TEXT.source, "gi");
  for (const m of text.matchAll(all)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const of = after.match(/^\s+of\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u);
    if (of && terms(of[1] as string).includes("~meet")) return true;
  }
  return false;
}

/**
 * The gaps a text states, each with what it is the gap since: "the first 5+2 meeting in almost
 * 17 months" (since the meeting before: `since` is the sentence), "two days after a truce signed
 * on 31 July" (since what follows "after").
 */
export function gapsIn(text: string): { sentence: string; since: string }[] {
  const gaps: { sentence: string; since: string }[] = [];
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
    const all = new RegExp(DURATION_TEXT.source, "gi");
    for (const m of sentence.matchAll(all)) {
      const before = sentence.slice(Math.max(0, m.index - 24), m.index);
      const rest = sentence.slice(m.index + m[0].length);
      const after = rest.match(/^\s+(?:since|after)\s+((?:\S+\s+){0,5}\S+)/i);
      if (/\bin\s+(more than|over|almost|nearly|about)?\s*$/i.test(before)) {
        gaps.push({ sentence, since: sentence });
      } else if (after) gaps.push({ sentence, since: after[1] as string });
    }
  }
  return gaps;
}

/** A length in years or decades: the length of a treaty or a term, rarely of the talks. */
export const LONG_DURATION_TEXT = /\b(years?|decades?|half a year)\b/i;

/** A word of a name as a line writes it: "Jimmy", "Il-sung", "O'Neill". */
const NAME_PART = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u;

/** A body written short: "JMC", "UNSMIL". */
const SHORT_NAME = /^\p{Lu}{2,}$/u;

/**
 * Whether a text names someone the question does not: two name words together ("Jimmy
 * Carter", "President Robert Mugabe"), not both among the question's words nor a month, or a
 * body written short ("the JMC signed").
 */
export function namesSomeoneElse(text: string, asked: readonly string[]): boolean {
  const own = new Set(asked.map((w) => w.toLowerCase()));
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  const part = (w: string) =>
    NAME_PART.test(w) && !MONTHS.includes(w.toLowerCase()) && !isStopWord(w.toLowerCase());
  return words.some(
    (w, i) =>
      (SHORT_NAME.test(w) && !own.has(w.toLowerCase())) ||
      (i > 0 &&
        part(w) &&
        part(words[i - 1] ?? "") &&
        !(own.has(w.toLowerCase()) && own.has((words[i - 1] ?? "").toLowerCase()))),
  );
}
