// The dated things a briefing announces: next steps with a `date`, next steps whose text names one
// day beyond doubt ("on 12 February 2022"), and the last day of talks that span several days.
// Reminders are made from these; a step whose day is in any doubt gets none.
import type { Briefing } from "../briefing/types.ts";
import { casualDates, isoDayOf, MONTH_ABBREVIATIONS, noonOf } from "../text/dates.ts";
import { addDays, isRealDay } from "./dates.ts";

/** Something due on a day, from one briefing. */
export interface DatedStep {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The step as the briefing words it (or, for the end of talks, a sentence saying so). */
  text: string;
  /** Where the date came from: the step's `date`, its text, or the briefing's `end_date`. */
  from: "date" | "text" | "end_date";
}

/** Longer next-step texts are not searched for a date (bounded cost per briefing). */
export const MAX_STEP_TEXT_SCANNED = 1_000;

/** How far after the briefing a date written without its year may lie (about six months). */
const YEARLESS_WINDOW_DAYS = 183;

const MONTH_WORD = new RegExp(`\\b(?:${[...MONTH_ABBREVIATIONS, "sept"].join("|")})[a-z]*\\b`, "i");
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A day number and a range word just before a date: "between 10 and 12 February", "10–12 May". */
const RANGE_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|or|until|till|[-–—])\s*$/i;

const cache = new WeakMap<Briefing, readonly DatedStep[]>();

/**
 * The dated steps of a briefing, in its order: every next step with a day (given, or read from its
 * text), then the last day of multi-day talks. Cached per briefing object: the library replaces
 * a briefing's object when its file changes, so the cache never serves an old version.
 */
export function datedSteps(briefing: Briefing): readonly DatedStep[] {
  const known = cache.get(briefing);
  if (known) return known;
  const steps: DatedStep[] = [];
  for (const step of briefing.next_steps ?? []) {
    if (step.date) {
      steps.push({ date: step.date, text: step.text, from: "date" });
      continue;
    }
    const date = dayNamedIn(step.text, briefing.date);
    if (date) steps.push({ date, text: step.text, from: "text" });
  }
  if (briefing.end_date && briefing.end_date > briefing.date) {
    steps.push({
      date: briefing.end_date,
      text: `Last day of the talks (${briefing.title}, since ${briefing.date}).`,
      from: "end_date",
    });
  }
  cache.set(briefing, steps);
  return steps;
}

/**
 * The one day a next step's text names, read against the briefing's date; undefined when it names
 * none or when there is any doubt: a weekday or a relative word ("on Thursday", "next week"), a
 * numeric date other than YYYY-MM-DD (02/03 is two different days), a month without a day, a
 * range, two different days, a day before the briefing, or a day without its year more than
 * about six months after the briefing.
 */
export function dayNamedIn(text: string, briefingDate: string): string | undefined {
  if (text.length > MAX_STEP_TEXT_SCANNED) return undefined;
  if (!MONTH_WORD.test(text) && !/\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const results = casualDates(text, noonOf(briefingDate), { forwardDate: true }).filter(
    (r) => MONTH_WORD.test(r.text) || ISO_DAY.test(r.text.trim()),
  );
  const days = new Set<string>();
  for (const result of results) {
    const start = result.start;
    if (result.end || !start.isCertain("day") || !start.isCertain("month")) return undefined;
    if (RANGE_BEFORE.test(text.slice(0, result.index))) return undefined;
    const day = isoDayOf(start, "padded");
    if (!isRealDay(day) || day < briefingDate) return undefined;
    if (!start.isCertain("year") && day > addDays(briefingDate, YEARLESS_WINDOW_DAYS)) {
      return undefined;
    }
    days.add(day);
  }
  return days.size === 1 ? [...days][0] : undefined;
}
