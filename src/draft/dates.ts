// Dates in an article: the report's own date (time stamp, dateline, or a date line) and dates in
// running text resolved against it ("on Thursday" in a report of 2022-01-12 is 2022-01-13).
import * as chrono from "chrono-node";
import type { Block } from "./article.ts";

/** A date found in the text, with the words it was read from. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The words as written ("Status: 12.01.2022 3:45 p.m." or "On Thursday"). */
  source: string;
}

/** Numeric dates with dots are day-first (12.01.2022 is 12 January); others follow English use. */
function parserFor(text: string): chrono.Chrono {
  return /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/.test(text) ? chrono.en.GB : chrono.en.casual;
}

/** A chrono result as `YYYY-MM-DD`, read from its components so no time zone shifts the day. */
function toIso(c: chrono.ParsedComponents): string {
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return `${c.get("year")}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
}

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
  for (const text of candidates) {
    for (const result of parserFor(text).parse(text)) {
      const s = result.start;
      if (s.isCertain("day") && s.isCertain("month") && s.isCertain("year")) {
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
  const [y, m, d] = reference.split("-").map(Number) as [number, number, number];
  const instant = new Date(y, m - 1, d, 12);
  for (const result of parserFor(sentence).parse(sentence, instant, { forwardDate: true })) {
    const s = result.start;
    // Only words that name a day count: "after twelve hours" is a duration, not a date.
    if (!DAY_WORDS.test(result.text)) continue;
    const date = toIso(s);
    if (date >= reference) return { date, source: result.text };
  }
  return undefined;
}

const DAY_WORDS =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:tomorrow|today|tonight)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\d{1,4}[./-]\d{1,2}/i;

/** Four-digit years (1900–2099) a sentence mentions. */
export function yearsIn(sentence: string): number[] {
  return [...sentence.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
}
