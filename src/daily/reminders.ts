// Reminders of dated next steps: which are due on a channel's local day (the steps of that day,
// and those of the next day a day ahead), and the message that reminds of them.
import type { Briefing } from "../briefing/types.ts";
import type { Reply, ReplyCitation } from "../chat/reply.ts";
import { addDays, longDay } from "./dates.ts";
import { type DatedStep, datedSteps } from "./steps.ts";

/** "day-before": posted the day before the step's date; "on-the-day": posted on it. */
export type ReminderWhen = "day-before" | "on-the-day";

/** One reminder: the steps of one briefing due on one date, reminded once at one slot. */
export interface Reminder {
  briefing: Briefing;
  /** The steps' date, `YYYY-MM-DD`. */
  date: string;
  when: ReminderWhen;
  steps: readonly DatedStep[];
}

/**
 * The reminders due at a channel's slot on local day `day`: for each briefing, its steps dated
 * `day` (on the day) and those dated the day after (the day before), one reminder per briefing,
 * date and kind. Read from the briefings as they are now, so a moved or removed step is reminded
 * at its new date or not at all, and the text is always the current one.
 */
export function remindersDue(briefings: readonly Briefing[], day: string): Reminder[] {
  const tomorrow = addDays(day, 1);
  const due: Reminder[] = [];
  for (const briefing of briefings) {
    const steps = datedSteps(briefing);
    for (const [date, when] of [
      [day, "on-the-day"],
      [tomorrow, "day-before"],
    ] as const) {
      const ofDate = steps.filter((s) => s.date === date);
      if (ofDate.length > 0) due.push({ briefing, date, when, steps: ofDate });
    }
  }
  return due;
}

/**
 * The store key that makes a reminder post once per channel: the channel, the briefing, the
 * steps' date and the kind. A step moved to another date is a new reminder; a reworded one is not.
 */
export function reminderKey(
  channel: { platform: string; workspace: string; channel: string },
  reminder: Pick<Reminder, "briefing" | "date" | "when">,
): string {
  return `reminder:${JSON.stringify([
    channel.platform,
    channel.workspace,
    channel.channel,
    reminder.briefing.id,
    reminder.date,
    reminder.when,
  ])}`;
}

/**
 * Until when a reminder's claim must be kept: a few days after its date, when no slot can be due
 * for it any more in any time zone (the store then forgets it).
 */
export function reminderClaimExpiry(date: string): string {
  return `${addDays(date, 3)}T00:00:00.000Z`;
}

/** How much of a briefing's steps one reminder shows: a chat message, not the whole file. */
export const REMINDER_LIMITS = { steps: 10, stepText: 500 } as const;

function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The message of a reminder: the day, each step, the briefing cited with its sources. */
export function reminderReply(reminder: Reminder, options: { footer?: string } = {}): Reply {
  const { briefing, date, when } = reminder;
  const relative = when === "on-the-day" ? "Today" : "Tomorrow";
  const citation: ReplyCitation = {
    briefing: briefing.id,
    label: `${briefing.title} (${briefing.date})`,
    section: "next_steps",
    sources: briefing.sources.map((s) => ({ title: s.title, ...(s.url && { url: s.url }) })),
  };
  const shown = reminder.steps.slice(0, REMINDER_LIMITS.steps);
  const lines = shown.map((s) => `• ${clipText(s.text, REMINDER_LIMITS.stepText)}`);
  const more = reminder.steps.length - shown.length;
  if (more > 0) lines.push(`… and ${more} more in the briefing.`);
  const footer = [`Reminder from the briefing ${briefing.id}`, options.footer]
    .filter(Boolean)
    .join(" · ");
  return {
    title: `${relative}, ${longDay(date)}: ${reminder.steps.length === 1 ? "a next step" : "next steps"} of ${briefing.title}`,
    sections: [{ heading: `Due ${longDay(date)}`, text: lines.join("\n") }],
    citations: [citation],
    footer,
    visibility: "public",
    kind: "reminder",
  };
}

/** The dated steps of all briefings from `day` on, soonest first, at most `limit`. */
export function upcomingSteps(
  briefings: readonly Briefing[],
  day: string,
  limit: number,
): { briefing: Briefing; step: DatedStep }[] {
  const all = briefings.flatMap((briefing) =>
    datedSteps(briefing)
      .filter((step) => step.date >= day)
      .map((step) => ({ briefing, step })),
  );
  all.sort(
    (a, b) => a.step.date.localeCompare(b.step.date) || a.briefing.id.localeCompare(b.briefing.id),
  );
  return all.slice(0, limit);
}
