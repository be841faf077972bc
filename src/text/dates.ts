// Dates in text, the part every reader shares: month and weekday names, the chrono parsers and
// their set-up, the reference instant of a calendar day and the day/month/year of a result.
// Each reader keeps its own rules on top (which numeric dates are day-first, what counts as a
// date at all): the engine's question reader (src/engine/question.ts), the `daily` DATE argument
// (src/daily/dates.ts) and dates in a news report (src/draft/dates.ts).
import type * as chrono from "chrono-node";
// The English parsers alone: the package's main entry also loads its 15 other locales (about 900
// modules), most of the start-up time of a one-shot `briefbot ask`.
import { casual, GB } from "chrono-node/en";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./calendar.ts";
import { editDistance } from "./edit-distance.ts";

/** Month names in lower case, January first: `MONTHS[month - 1]`. */
export const MONTHS: readonly string[] = MONTH_NAMES.map((m) => m.toLowerCase());

/** Weekday names in lower case, Monday first. */
export const WEEKDAYS: readonly string[] = [
  ...WEEKDAY_NAMES.slice(1),
  WEEKDAY_NAMES[0] as string,
].map((d) => d.toLowerCase());

/** The three-letter forms of the months ("jan" … "dec"), which every spelling of a month begins with. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTHS.map((m) => m.slice(0, 3));

/** Month names long enough that one slip of the keyboard names no other word (not "may"). */
const LONG_MONTHS = MONTHS.filter((m) => m.length >= 5);
/** A word next to a number: "ocotber 2019", "30 novmber". */
const WORD_BY_NUMBER =
  /(?<=\b\d{1,4}(?:st|nd|rd|th)?\s+)\p{L}{5,}\b|\b\p{L}{5,}(?=\s+\d{1,4}\b)/giu;

/**
 * The text with a month name misspelt by one edit next to a day or a year written right
 * ("in ocotber 2019" → "in october 2019"), so that a date parser reads the date.
 */
export function spellMonthNames(text: string): string {
  return text.replace(WORD_BY_NUMBER, (word) => {
    const lower = word.toLowerCase();
    if (MONTHS.includes(lower)) return word;
    const month = LONG_MONTHS.find((m) => editDistance(lower, m, 1) <= 1);
    return month ?? word;
  });
}

/**
 * The chrono parser for a text: `dayFirst` reads numeric dates day first (12/01/2022 and
 * 12.01.2022 are 12 January, British use), otherwise chrono's casual English parser (which also
 * reads "today", "last Wednesday", "Jan 12"). Each caller decides `dayFirst` by its own rule.
 */
export function chronoParser(dayFirst: boolean): chrono.Chrono {
  return dayFirst ? GB : casual;
}

/** Every date chrono's casual English parser finds in `text` (`chrono.parse`). */
export function casualDates(
  text: string,
  reference?: Date,
  option?: chrono.ParsingOption,
): chrono.ParsedResult[] {
  return casual.parse(text, reference, option);
}

/**
 * Noon, in local time fields, of a `YYYY-MM-DD` day: the reference chrono reads relative words
 * against ("yesterday", "on Thursday"); noon keeps the day whatever the process's time zone.
 */
export function noonOf(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0);
}

/**
 * A chrono result's day as `YYYY-MM-DD`, read from its components so no time zone shifts it.
 * `year: "padded"` writes the year with four digits ("0800"); `"as-is"` as chrono has it ("800").
 */
export function isoDayOf(c: chrono.ParsedComponents, year: "padded" | "as-is"): string {
  const pad = (n: number | null, width: number) => String(n).padStart(width, "0");
  const y = year === "padded" ? pad(c.get("year"), 4) : `${c.get("year")}`;
  return `${y}-${pad(c.get("month"), 2)}-${pad(c.get("day"), 2)}`;
}
