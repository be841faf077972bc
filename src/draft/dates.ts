// Dates in an article: the report's own date (time stamp, dateline, or a date line) and dates in
// running text resolved against it ("on Thursday" in a report of 2022-01-12 is 2022-01-13).
import { chronoParser, isoDayOf, MONTH_ABBREVIATIONS, noonOf } from "../text/dates.ts";
import type { Block } from "./article.ts";

/** A date found in the text, with the words it was read from. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The words as written ("Status: 12.01.2022 3:45 p.m." or "On Thursday"). */
  source: string;
}

/**
 * What a report reads day first: a text with a numeric date written with dots (12.01.2022 is
 * 12 January, as German and other European reports write it); others follow English use.
 * Unlike `daily`, slashes alone do not make a report's dates day first.
 */
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

function parserFor(text: string) {
  return chronoParser(DOTTED_DATE.test(text));
}

/** A chrono result as `YYYY-MM-DD`; the year as chrono has it, never padded (a report's own rule). */
function toIso(c: Parameters<typeof isoDayOf>[0]): string {
  return isoDayOf(c, "as-is");
}

/** A time stamp's words, or a weekday written with its full date ("Thursday 28 February 2019"). */
const STAMP =
  /\b(?:last\s+updated|updated|published|posted)(?:\s+on)?:?\s+(?=\d|\p{L}+day\b)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}),?\s+\d{4}\b/iu;
/** A stamp counts in the first this many blocks: headline, standfirst, stamp, lead. */
const MAX_STAMP_BLOCK = 6;

/**
 * `statusStamp` / `dateLine`: the report's date from a meta line ("Status: 12.01.2022 3:45 p.m.",
 * "Published 12 January 2022") or from a dateline opening the first paragraph ("BRUSSELS,
 * January 12, 2022 –"). Only a date with day, month and year all written counts: the year is
 * never guessed. Returns undefined when there is none.
 */
export function findArticleDate(blocks: Block[]): FoundDate | undefined {
  const firstBody = blocks.findIndex((b) => b.kind === "body");
  const head = blocks.slice(0, firstBody === -1 ? blocks.length : firstBody);
  const candidates = [
    ...head.filter((b) => b.kind !== "body").map((b) => b.text),
    ...blocks.filter((b) => b.kind === "meta").map((b) => b.text),
  ];
  const lead = blocks[firstBody];
  const dateline = lead?.text.match(
    /^[\p{Lu}][\p{Lu}\p{L} .,'’()-]{0,60}?[,(]\s*[^–—-]{0,40}?\d{4}\b/u,
  );
  if (dateline) candidates.push(dateline[0]);
  // "Last updated 15 November 2023, 21:52 PST. All times …", "Sunday 17 June 2018" under a
  // standfirst: a stamp near the top, in a block that is not a meta line of its own
  for (const b of blocks.slice(0, MAX_STAMP_BLOCK)) {
    const stamp = STAMP.exec(b.text.slice(0, 120));
    if (stamp) candidates.push(b.text.slice(stamp.index, stamp.index + 80));
  }
  for (const text of candidates) {
    for (const result of parserFor(text).parse(text)) {
      const s = result.start;
      // "at the last minute" or "today" in a headline is certain only against the clock: the
      // year must be written.
      const written = /\b\d{4}\b|['’]\d{2}\b/.test(result.text);
      if (written && s.isCertain("day") && s.isCertain("month") && s.isCertain("year")) {
        return { date: toIso(s), source: text.length <= 80 ? text : result.text };
      }
    }
  }
  return undefined;
}

/**
 * The first date a sentence names on or after the reference day, resolving relative words
 * ("on Thursday", "next week", "tomorrow") against it; undefined when none names a day.
 */
export function futureDateIn(sentence: string, reference: string): FoundDate | undefined {
  // no word that names a day: nothing chrono finds here could count (and reading is not free)
  if (!DAY_WORDS.test(sentence) && !SHORT_WEEKDAY.test(sentence)) return undefined;
  const instant = noonOf(reference);
  // "on 4 and 5 July", "from 26 to 28 June": a range of days starts on its first.
  const text = sentence.replace(DAY_RANGE, "$1$2");
  for (const result of parserFor(text).parse(text, instant, { forwardDate: true })) {
    const s = result.start;
    // Only words that name a day count: "after twelve hours" is a duration, not a date.
    if (!DAY_WORDS.test(result.text) && !SHORT_WEEKDAY.test(result.text)) continue;
    // "Tuesday's summit" names an event of that day, not a day to come.
    if (/^['’]s\b/.test(text.slice(result.index + result.text.length))) continue;
    const date = toIso(s);
    if (date >= reference) return { date, source: result.text };
  }
  return undefined;
}

/** A month as a report may shorten it: its three letters, or "sept". */
const MONTH_WORD = [...MONTH_ABBREVIATIONS, "sept"].join("|");

/**
 * Words that name a day: a weekday, tomorrow/today/tonight/this evening, a month with a day
 * number, a numeric date. A weekday's short form only with its capital ("Sat", never "sat facing").
 */
const DAY_WORDS = new RegExp(
  `\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:tomorrow|today|tonight)\\b|\\bthis\\s+(?:morning|afternoon|evening)\\b|\\b(?:${MONTH_WORD})[a-z]*\\.?\\s+\\d|\\d\\s*(?:${MONTH_WORD})|\\d{1,4}[./-]\\d{1,2}`,
  "i",
);
const SHORT_WEEKDAY = /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b/;

/** "4 and 5 July", "26 to 28 June", "4-5 July": two days of one month. */
const DAY_RANGE = new RegExp(
  `\\b(\\d{1,2})\\s*(?:and|to|until|-|–)\\s*\\d{1,2}(\\s+(?:${MONTH_WORD})[a-z]*)`,
  "gi",
);

/** At most this many days from a range's first day to its last: a longer span is no step's. */
const MAX_RANGE_DAYS = 62;
/**
 * "will run from Tuesday until Jan. 15": a span said with "until" or "through" (a ceasefire, a
 * mandate) may last longer, up to a year.
 */
const MAX_UNTIL_DAYS = 366;

/**
 * A range of days: "from Friday until Saturday", "between June 26 and June 28", "from 11 to 12
 * July", "from June 23 to 24", "on 4 and 5 July", "set for 3 and 4 July", "on Tuesday and Wednesday next week", "from
 * Tuesday until Jan. 15" (the full stop of a month's short form does not end it). The range's words, the text before them (where a day named first is a step's own), and the two
 * halves as written.
 */
const RANGE_WORDS =
  /\b(?:from|between|on|for)\s+(.{1,30}?)\s+(?:until|till|to|through|through to|and)\s+(.{1,30}?)(?=[,;]|\.(?!\s\d)|\s+(?:in|at|for|with|and|where|to|before|after|he|she|they|we|it|there|the|will|would|is|are)\b|$)/gi;

/** Weekdays and month names: a half of a range names a day only with one of them or a number. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * `dayRangeIn`: the first and last day of the first range of days a text names on or after
 * `reference`, each half completed from the other where the article shares its words ("11 to 12
 * July" is 11 July to 12 July, "June 23 to 24" June 23 to June 24, "Tuesday and Wednesday next
 * week" both next week); undefined when there is none, or when its last day is not after its
 * first or over two months after it. `before` is the text before the range's words.
 */
export function dayRangeIn(
  text: string,
  reference: string,
): { start: FoundDate; end: FoundDate; before: string } | undefined {
  // overlapping matches: "on Bali, which is planned from 15 until 16 November" fails from "on"
  // and is read again from "from"
  const pattern = new RegExp(RANGE_WORDS.source, "gi");
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    pattern.lastIndex = match.index + 1;
    const [words, first, last] = match as unknown as [string, string, string];
    const [a, b] = completedHalves(first.replace(/,$/, ""), last.replace(/,$/, ""));
    if (!a || !b) continue;
    const start = futureDateIn(a, reference);
    const end = start ? futureDateIn(b, start.date) : undefined;
    if (!start || !end || end.date <= start.date) continue;
    const until = /\s(?:until|till|through)\s/i.test(words);
    if (daysBetween(start.date, end.date) > (until ? MAX_UNTIL_DAYS : MAX_RANGE_DAYS)) continue;
    return {
      start: { ...start, source: words },
      end: { ...end, source: words },
      before: text.slice(0, match.index),
    };
  }
  return undefined;
}

/**
 * The two halves of a range, each able to name its day alone: a bare day number takes the other
 * half's month and year, a bare weekday the other half's "next week"; undefined for a half that
 * names no day ("from Geneva to Paris").
 */
function completedHalves(a: string, b: string): [string | undefined, string | undefined] {
  const aWords = a.split(/\s+/);
  const bWords = b.split(/\s+/);
  const number = (w: string | undefined) => /^\d{1,2}$/.test(w ?? "");
  let first = a;
  let last = b;
  // "11 to 12 July", "4 and 5 July 2022", "Tuesday and Wednesday next week"
  if (aWords.length === 1 && bWords.length > 1 && number(a) && number(bWords[0]))
    first = `${a} ${bWords.slice(1).join(" ")}`;
  if (
    aWords.length === 1 &&
    bWords.length > 1 &&
    WEEKDAY.test(a) &&
    WEEKDAY.test(bWords[0] ?? "")
  ) {
    first = `${a} ${bWords.slice(1).join(" ")}`;
    // the last day is the first such weekday after the first: "Wednesday" after next Tuesday
    last = bWords[0] ?? b;
  }
  // "June 23 to 24": the month of the first half; "15 until 16 November" was the case above
  if (number(b) && aWords.length > 1) {
    const at = aWords.findIndex((w) => number(w.replace(/,$/, "")));
    if (at >= 0) last = aWords.map((w, k) => (k === at ? b : w)).join(" ");
  }
  // "on Monday and on Friday": two days, each with its own preposition, not one range
  const namesDay = (t: string) =>
    !/^(?:on|in|at|by)\s/i.test(t) && (DAY_WORDS.test(t) || SHORT_WEEKDAY.test(t));
  return [namesDay(first) ? first : undefined, namesDay(last) ? last : undefined];
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** Four-digit years (1900–2099) a sentence mentions. */
export function yearsIn(sentence: string): number[] {
  return [...sentence.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
}

/** A dateline's date may stand at most this many days before the report's own date. */
const MAX_DATELINE_LAG_DAYS = 7;

/**
 * `datelineDay`: the day a dateline without a year names ("NUSA DUA, Indonesia, Nov 14 (Reuters)
 * -"), with the year of the report's own date from its publication line, when that day is on or
 * up to a week before it (a dateline of 31 December in a report published 2 January is of the
 * year before). `datelineText` is the dateline as written, the lead's words before its dash.
 */
export function datelineDay(datelineText: string, published: string): FoundDate | undefined {
  const instant = noonOf(published);
  for (const result of parserFor(datelineText).parse(datelineText, instant)) {
    const s = result.start;
    if (!s.isCertain("day") || !s.isCertain("month") || s.isCertain("year")) continue;
    for (const year of [instant.getFullYear(), instant.getFullYear() - 1]) {
      const day = `${year}-${String(s.get("month")).padStart(2, "0")}-${String(s.get("day")).padStart(2, "0")}`;
      const lag = (noonOf(published).getTime() - noonOf(day).getTime()) / 86_400_000;
      if (lag >= 0 && lag <= MAX_DATELINE_LAG_DAYS) return { date: day, source: result.text };
    }
  }
  return undefined;
}
