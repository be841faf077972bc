// Patterns that tell what a fact's text states: a place, a number, a date, a duration, how long
// something lasted, an ordinal ("the first summit").
import { TUNING } from "./weights.ts";

/** A place named in a sentence: "in Geneva", "at the Palais Coburg". */
export const PLACE_TEXT = /\b(in|at)\s+(the\s+)?\p{Lu}/u;

/** A sentence that states how long something went on. */
export const LASTED_TEXT = /\b(last(ed|s)?|took|went on( for)?)\b/i;

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

/** "two days", "six and a half hours", "half a day", "an hour and a half". */
export const DURATION_TEXT =
  /\b(((\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|several|a few|a couple of)( and a half)?|(?<!\b(?:euros?|dollars?|pounds?|barrels?|tonnes?|tons?|million|billion|times)\s)an?|half an?)[\s-]+(hours?|days?|minutes?|weeks?|months?)|half a (day|week|month))\b/i;
