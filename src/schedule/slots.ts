// When a daily digest is due: croner computes the instants (time zones and daylight saving included).
import { Cron } from "croner";
import { localDay } from "../daily/dates.ts";

export { isTimeZone } from "../text/time-zones.ts";

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses `HH:MM` (24-hour, `8:00` allowed) into a normalised `HH:MM`, or undefined. */
export function parseTimeOfDay(text: string): string | undefined {
  const padded = /^\d:\d\d$/.test(text) ? `0${text}` : text;
  return HH_MM.test(padded) ? padded : undefined;
}

/** The croner pattern for every day at `HH:MM`. */
export function dailyPattern(time: string): string {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return `0 ${minutes} ${hours} * * *`;
}

/** A paused croner job that only computes instants (it never fires). */
export function dailyCron(time: string, timezone: string): Cron {
  return new Cron(dailyPattern(time), { timezone, paused: true });
}

/** The next slot after `from`. */
export function nextSlot(time: string, timezone: string, from: Date): Date | undefined {
  const cron = dailyCron(time, timezone);
  const next = cron.nextRun(from) ?? undefined;
  cron.stop();
  return next;
}

/**
 * The slot of `now`'s local day when it has already passed (at or before `now`), with that day;
 * undefined when today's slot is still ahead.
 */
export function passedSlotToday(
  time: string,
  timezone: string,
  now: Date,
): { day: string; at: Date } | undefined {
  const cron = dailyCron(time, timezone);
  // previousRuns is strictly before the reference; a millisecond later includes `now` itself.
  const last = cron.previousRuns(1, new Date(now.getTime() + 1))[0];
  cron.stop();
  if (!last) return undefined;
  const day = localDay(now, timezone);
  return localDay(last, timezone) === day ? { day, at: last } : undefined;
}
