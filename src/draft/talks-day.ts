// A report written the day after the talks ("A day after Tuesday's summit …", "yesterday's
// meeting"): the talks' date is that earlier day, the report's own date is when it was published.
import { MONTH_ABBREVIATIONS, WEEKDAYS } from "../text/dates.ts";

const DAY_MS = 86_400_000;
const EVENT =
  "summit|meeting|talks|session|round|negotiations|signing|ceremony|conference|agreement|deal|accord";
const WEEKDAY_EVENT = new RegExp(
  `\\b(${WEEKDAYS.join("|")})'s\\s+(?:\\w+\\s+){0,2}?(?:${EVENT})\\b`,
  "i",
);
// "A day after Tuesday's summit, …" opens the report's own sentence; "the talks came a day after
// the dinner" places the talks after something else, not the report after the talks.
const DAY_BEFORE = new RegExp(
  `(?:^|[.!?,;]\\s+)(?:a day after|the day after)\\b|\\byesterday's\\s+(?:\\w+\\s+){0,2}?(?:${EVENT})\\b`,
  "i",
);

/** "on Tuesday" in the opening's first sentence that names a day: the day of the news it leads with. */
const ON_WEEKDAY = new RegExp(`\\bon\\s+(${WEEKDAYS.join("|")})\\b`, "i");
/** "Today, the President welcomed …": the news the report leads with is of its own day. */
const TODAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;
/** A sentence about what will happen: its weekday is ahead, not behind. */
const FUTURE_WORDS =
  /\b(?:will|shall|is to|are to|is due|are due|plans? to|next|(?:is|are) (?:set|scheduled|expected|going) to)\b/i;

/**
 * The day of the talks when the opening of a report places them before its own date, as
 * `YYYY-MM-DD`, with the words that say so; undefined when it does not (the usual same-day report).
 */
export function talksDayBefore(
  opening: string,
  reportDay: string,
): { day: string; because: string } | undefined {
  const report = Date.parse(`${reportDay}T12:00:00Z`);
  if (Number.isNaN(report)) return undefined;
  const weekday = WEEKDAY_EVENT.exec(opening);
  if (weekday?.[1]) {
    // the most recent such day strictly before the report's
    const back = daysBack(report, weekday[1]) || 7;
    if (back <= 6) return { day: iso(report - back * DAY_MS), because: weekday[0] };
  }
  const before = DAY_BEFORE.exec(opening);
  if (before) return { day: iso(report - DAY_MS), because: before[0] };
  // "The talks on 3 November between …" in a long read of 20 November: the date the talks are given
  const dated = datedEvent(opening, reportDay);
  if (dated) return dated;
  // "The photographs from Bridgetown on Tuesday …" in a report of Thursday: the talks were Tuesday
  const lead = opening.split(/(?<=[.!?])\s+/).find((s) => ON_WEEKDAY.test(s) || TODAY.test(s));
  const today = lead !== undefined && TODAY.test(lead) && !ON_WEEKDAY.test(lead);
  const on = lead && !today && !FUTURE_WORDS.test(lead) ? ON_WEEKDAY.exec(lead) : null;
  if (on?.[1]) {
    const back = daysBack(report, on[1]);
    if (back > 0) return { day: iso(report - back * DAY_MS), because: on[0] };
  }
  return undefined;
}

/** "the talks on 3 November", "the meeting in Manila on November 3": an event with its date. */
const EVENT_ON_DATE = new RegExp(
  `\\bthe\\s+(?:\\w+\\s+)?(?:${EVENT})\\s+(?:(?:in|at)\\s+\\p{Lu}[\\p{L}'’-]*\\s+)?on\\s+(?:(\\d{1,2})\\s+(${MONTH_ABBREVIATIONS.join("|")})[a-z]*|(${MONTH_ABBREVIATIONS.join("|")})[a-z]*\\s+(\\d{1,2})\\b)`,
  "iu",
);

/**
 * The day an event of the opening is dated, when it is before the report's day and at most a
 * month before it, and the sentence is not about what will happen.
 */
function datedEvent(
  opening: string,
  reportDay: string,
): { day: string; because: string } | undefined {
  for (const sentence of opening.split(/(?<=[.!?])\s+/)) {
    const m = EVENT_ON_DATE.exec(sentence);
    if (!m || FUTURE_WORDS.test(sentence)) continue;
    const monthWord = (m[2] ?? m[3] ?? "").toLowerCase().slice(0, 3);
    const month = MONTH_ABBREVIATIONS.indexOf(monthWord) + 1;
    const day = Number(m[1] ?? m[4]);
    if (month < 1 || !(day >= 1 && day <= 31)) continue;
    const found = `${reportDay.slice(0, 4)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const gap = (Date.parse(`${reportDay}T12:00:00Z`) - Date.parse(`${found}T12:00:00Z`)) / DAY_MS;
    if (gap > 0 && gap <= 31) return { day: found, because: m[0] };
  }
  return undefined;
}

/** How many days before the report's day the latest `weekday` was: 0 when it is that day. */
function daysBack(report: number, weekday: string): number {
  // WEEKDAYS is Monday first, getUTCDay Sunday first (0)
  const wanted = (WEEKDAYS.indexOf(weekday.toLowerCase()) + 1) % 7;
  return (new Date(report).getUTCDay() - wanted + 7) % 7;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "From 26 to 28 June", "26-28 June", "between 26 and 28 June": days of one month. */
const DAY_RANGE = new RegExp(
  `\\b(?:from\\s+|between\\s+)?(\\d{1,2})\\s*(?:to|until|and|-|–)\\s*(\\d{1,2})\\s+(${MONTH_ABBREVIATIONS.join("|")})[a-z]*\\b`,
  "i",
);

/**
 * Talks over several days that end on the report's day or before, as the opening states them
 * ("From 26 to 28 June, the Chancellor hosted …" in a report of 28 June): the talks' first and
 * last day, `YYYY-MM-DD`, in the report's year; undefined when the opening gives no such range.
 */
export function talksRange(
  opening: string,
  reportDay: string,
): { start: string; end: string; because: string } | undefined {
  const found = DAY_RANGE.exec(opening);
  if (!found?.[1] || !found[2] || !found[3]) return undefined;
  const month = MONTH_ABBREVIATIONS.indexOf(found[3].toLowerCase().slice(0, 3)) + 1;
  const year = reportDay.slice(0, 4);
  const day = (d: string) => `${year}-${String(month).padStart(2, "0")}-${d.padStart(2, "0")}`;
  const start = day(found[1]);
  const end = day(found[2]);
  if (!(start < end) || end > reportDay || Number.isNaN(Date.parse(`${end}T12:00:00Z`)))
    return undefined;
  return { start, end, because: found[0] };
}
