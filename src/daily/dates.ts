// Calendar days as YYYY-MM-DD in a time zone, and the DATE argument of `daily` parsed relative to a clock.
import { chronoParser, isoDayOf, noonOf } from "../text/dates.ts";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What `daily` reads day first: any numeric date with a slash or dot (12/01/2022, 12.01.22), as in Europe. */
const DAY_FIRST = /\d[/.]\d/;

/**
 * The longest text read as a day ("Wednesday the 12th of January 2022" has 34 characters);
 * longer text is not a day, and chrono never sees it, so reading a DATE stays cheap.
 */
export const MAX_DAY_TEXT = 60;

/** The local calendar day of `instant` in `timezone`, as YYYY-MM-DD. */
export function localDay(instant: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whether a YYYY-MM-DD string is a real calendar day. */
export function isRealDay(day: string): boolean {
  return ISO_DAY.test(day) && addDays(day, 0) === day;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function partsOf(day: string): { y: number; m: number; d: number; weekday: string } {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? "";
  return { y, m, d, weekday };
}

/**
 * A day as every reply writes it: "12 Jan 2022". One style on every platform, so a reader never
 * sees the same day twice in two forms; text that is not a YYYY-MM-DD day is returned as it is.
 */
export function shortDay(day: string): string {
  if (!ISO_DAY.test(day)) return day;
  const { y, m, d } = partsOf(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The same style with the weekday, where the day itself is the subject: "Wed 12 Jan 2022". */
export function longDay(day: string): string {
  if (!ISO_DAY.test(day)) return day;
  return `${partsOf(day).weekday} ${shortDay(day)}`;
}

/** A briefing's days: "12 Jan 2022", "12–13 Jan 2022", "30 Jan – 2 Feb 2022". */
export function dayRange(from: string, to?: string): string {
  if (!to || to === from || !ISO_DAY.test(from) || !ISO_DAY.test(to)) return shortDay(from);
  const a = partsOf(from);
  const b = partsOf(to);
  if (a.y === b.y && a.m === b.m) return `${a.d}\u2013${shortDay(to)}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} \u2013 ${shortDay(to)}`;
  return `${shortDay(from)} \u2013 ${shortDay(to)}`;
}

/**
 * Parses what a person typed for a day: `2022-01-12`, `12 January 2022`, `today`, `yesterday`,
 * `last Wednesday`… relative to `now` in `timezone`. Returns YYYY-MM-DD, or undefined when the
 * whole text is not a date.
 */
export function parseDay(text: string, now: Date, timezone: string): string | undefined {
  const input = text.trim();
  if (!input || input.length > MAX_DAY_TEXT) return undefined;
  if (ISO_DAY.test(input)) return isRealDay(input) ? input : undefined;
  // chrono reads the reference's local fields; noon of the zone's day keeps "yesterday" on the right day.
  const reference = noonOf(localDay(now, timezone));
  // Day-first for numeric dates (12/01/2022); the casual parser for the rest ("Jan 12").
  const results = chronoParser(DAY_FIRST.test(input)).parse(input, reference);
  const first = results[0];
  if (!first || results.length > 1) return undefined;
  // The date must be the whole input ("12 January 2022", not "banana 12").
  const rest = input.replace(first.text, "").trim();
  if (rest.length > 0) return undefined;
  const day = isoDayOf(first.start, "padded");
  return isRealDay(day) ? day : undefined;
}

let warm = false;

/**
 * Parses a few typical days once, so chrono's one-time set-up (about 150 ms of CPU on first use)
 * happens when the bot is built, not in the first `daily` someone asks for. Once per process.
 */
export function warmUpDayParsing(): void {
  if (warm) return;
  warm = true;
  const now = new Date();
  for (const text of ["12 January 2022", "yesterday", "12/01/2022"]) parseDay(text, now, "UTC");
}
