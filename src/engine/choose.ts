// Choosing briefings by date (latest, first, previous round) and by the day a question names;
// and the questions a briefing can answer, for suggestions. Ranking by score is the engine's.
import type { Briefing } from "../briefing/types.ts";
import type { DayRef } from "./question.ts";

/** Anything that carries a briefing (the engine's entries). */
export interface Dated {
  briefing: Briefing;
}

/** The latest briefing of a list (by date). */
export function latest<E extends Dated>(entries: readonly E[]): E | undefined {
  let best: E | undefined;
  for (const e of entries) if (!best || e.briefing.date > best.briefing.date) best = e;
  return best;
}

/** The briefing before the latest ("the previous round"), or the only one. */
export function secondLatest<E extends Dated>(entries: readonly E[]): E | undefined {
  const sorted = [...entries].sort((a, b) => b.briefing.date.localeCompare(a.briefing.date));
  return sorted[1] ?? sorted[0];
}

/** The earliest briefing of a list. */
export function earliest<E extends Dated>(entries: readonly E[]): E | undefined {
  let best: E | undefined;
  for (const e of entries) if (!best || e.briefing.date < best.briefing.date) best = e;
  return best;
}

/** Whether an ISO date is the day (or in the month) named. */
export function sameDay(iso: string, d: DayRef): boolean {
  const [y, m, day] = iso.split("-").map(Number);
  return (
    m === d.month &&
    (d.day === undefined || day === d.day) &&
    (d.year === undefined || d.year === y)
  );
}

/** Whether the briefing's days (date to end_date) include the day, or touch the month. */
export function coversDay(b: Briefing, d: DayRef): boolean {
  const end = b.end_date ?? b.date;
  const years =
    d.year !== undefined ? [d.year] : [Number(b.date.slice(0, 4)), Number(end.slice(0, 4))];
  const mm = String(d.month).padStart(2, "0");
  return years.some((y) => {
    const from = `${y}-${mm}-${d.day === undefined ? "01" : String(d.day).padStart(2, "0")}`;
    const to = `${y}-${mm}-${d.day === undefined ? "31" : String(d.day).padStart(2, "0")}`;
    return from <= end && to >= b.date;
  });
}

/** Questions this briefing can answer, phrased as a person would ask them. */
export function suggestionsFor(b: Briefing): string[] {
  const out: string[] = [];
  const speaker = b.quotes?.[0]?.speaker;
  if (speaker) out.push(`What did ${surnameOf(speaker)} say on ${b.date}?`);
  if (b.participants?.length) out.push(`Who took part in the talks on ${b.date}?`);
  if (b.outcomes?.length) out.push(`What was the outcome of the talks on ${b.date}?`);
  else out.push(`What happened at the talks on ${b.date}?`);
  return out.slice(0, 3);
}

/** Generational suffixes after a surname: "Benigno Aquino III" is Aquino. */
const SUFFIXES = /^(jr|sr|ii|iii|iv|v)\.?$/i;

/** The surname a person is asked about by: the last word of the name that is no suffix. */
export function surnameOf(name: string): string | undefined {
  const words = name.split(/[\s,]+/).filter((w) => w.length > 0 && !SUFFIXES.test(w));
  return words.at(-1);
}
