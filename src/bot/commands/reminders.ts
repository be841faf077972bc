// `reminders [on|off] [HH:MM] [TIMEZONE]`: reminders of dated next steps in a channel, the day
// before and on the day, at the channel's time (its daily summary's, else 09:00 in the bot's zone).
// `subscribe reminders` and `unsubscribe reminders` say the same.

import type { Reply } from "../../chat/reply.ts";
import { localDay, longDay, upcomingSteps } from "../../daily/index.ts";
import { parseTimeOfDay } from "../../schedule/slots.ts";
import type { Subscription } from "../../store/types.ts";
import { isTimeZone } from "../../text/time-zones.ts";
import { preview } from "../args.ts";
import type { BotCommand, CommandCall } from "../command.ts";

/** When reminders post in a channel without a daily summary, unless a time is given. */
export const DEFAULT_REMINDER_TIME = "09:00";

/** How many coming reminders `reminders` and `reminders on` list. */
const COMING_UP = 5;

/** The word that turns reminders on after `subscribe` and off after `unsubscribe`. */
export const REMINDERS_WORD = "reminders";

export const reminders: BotCommand = {
  name: REMINDERS_WORD,
  arguments: [
    {
      name: "switch",
      usage: "on|off",
      description: "on: remind this channel of dated next steps; off: stop (none: show them)",
      required: false,
      minLength: 2,
      maxLength: 3,
    },
    {
      name: "time",
      usage: "HH:MM",
      description: "Local time of day, HH:MM (default: the daily summary's, else 09:00)",
      required: false,
      minLength: 4,
      maxLength: 5,
    },
    {
      name: "timezone",
      usage: "TIMEZONE",
      description:
        "IANA time zone, e.g. Europe/Brussels (default: the daily summary's, else the bot's)",
      required: false,
      maxLength: 64,
      complete: "timezone",
    },
  ],
  summary:
    "Remind this channel of each dated next step in the briefings: one message the day before and one on the day, at the channel's time (its daily summary's, else 09:00). Without on or off: whether reminders are on, and the next ones.",
  description: "Remind this channel of dated next steps, the day before and on the day",
  example: "reminders on 09:00 Europe/Brussels",
  changesChannel: true,
  async run(call) {
    const [first, ...rest] = call.args;
    const word = first?.toLowerCase();
    if (word === undefined) return showReminders(call);
    if (word === "on") return turnRemindersOn(call, rest);
    if (word === "off" && rest.length === 0) return turnRemindersOff(call);
    return call.usage(word === "off" ? "Off takes nothing more." : "On or off?");
  },
};

/** The channel's subscription, if it has one. */
async function current(call: CommandCall): Promise<Subscription | undefined> {
  return (await call.bot.store.subscriptions(call.input.channel))[0];
}

/**
 * Turns reminders on, at `[HH:MM] [TIMEZONE]` when given; a channel has one time, so a time given
 * here moves its daily summary too (the reply says so).
 */
export async function turnRemindersOn(call: CommandCall, args: readonly string[]): Promise<Reply> {
  if (args.length > 2) return call.usage("Too many arguments.");
  const existing = await current(call);
  let [timeText, zoneText] = args;
  // A zone alone is fine: `reminders on Europe/Brussels`.
  if (timeText !== undefined && zoneText === undefined && !/^\d/.test(timeText)) {
    zoneText = timeText;
    timeText = undefined;
  }
  const time =
    timeText === undefined ? (existing?.time ?? DEFAULT_REMINDER_TIME) : parseTimeOfDay(timeText);
  if (!time) return call.usage(`"${preview(timeText ?? "")}" is not a time as HH:MM.`);
  const zone = zoneText ?? existing?.timezone ?? call.bot.timezone;
  if (!isTimeZone(zone)) {
    return call.usage(
      `"${preview(zone)}" is not a time zone; use an IANA name such as Europe/Brussels.`,
    );
  }
  const now = call.bot.clock().toISOString();
  const digest = existing !== undefined && existing.digest !== false;
  await call.bot.store.subscribe({
    channel: call.input.channel,
    time,
    timezone: zone,
    createdBy: existing?.createdBy ?? call.input.user.id,
    createdAt: existing?.createdAt ?? now,
    digest,
    // Already on: keep since when, so nothing already due is skipped or repeated.
    remindersSince: existing?.remindersSince ?? now,
  });
  call.bot.onSubscriptionsChange?.();
  const moved = digest && (existing?.time !== time || existing?.timezone !== zone);
  return {
    title: `Reminders at ${time} ${zone}`,
    sections: [
      {
        text: [
          `This channel will be reminded of each dated next step in the briefings, the day before and on the day, at ${time} (${zone}).`,
          moved ? `The daily summary moves to ${time} (${zone}) too: a channel has one time.` : "",
        ]
          .filter(Boolean)
          .join(" "),
      },
      comingUp(call, zone),
    ],
    visibility: "public",
    kind: "ok",
  };
}

/** Turns reminders off; a channel left with neither the daily summary nor reminders is forgotten. */
export async function turnRemindersOff(call: CommandCall): Promise<Reply> {
  const existing = await current(call);
  if (!existing?.remindersSince) {
    return {
      title: "This channel has no reminders",
      sections: [],
      visibility: "ephemeral",
      kind: "ok",
    };
  }
  const { store } = call.bot;
  if (existing.digest === false) {
    await store.unsubscribe(call.input.channel);
  } else {
    const { remindersSince: _, pausedReason, ...rest } = existing;
    await store.subscribe(rest);
    // subscribe resumes a paused channel; stopping reminders must not.
    if (pausedReason) await store.pauseSubscription(call.input.channel, pausedReason);
  }
  call.bot.onSubscriptionsChange?.();
  return {
    title: "Reminders stopped for this channel",
    sections: existing.digest === false ? [] : [{ text: "The daily summary goes on." }],
    visibility: "public",
    kind: "ok",
  };
}

/** Whether reminders are on here, at what time, and the next dated steps. */
async function showReminders(call: CommandCall): Promise<Reply> {
  const existing = await current(call);
  const on = existing?.remindersSince !== undefined;
  const zone = existing?.timezone ?? call.bot.timezone;
  return {
    title: on
      ? `Reminders on, at ${existing?.time} ${zone}${existing?.pausedReason ? ` (paused: ${existing.pausedReason})` : ""}`
      : "Reminders are off in this channel",
    sections: [comingUp(call, zone)],
    visibility: "public",
    kind: "subscriptions",
  };
}

/** The next dated steps from today in `zone`, soonest first. */
function comingUp(call: CommandCall, zone: string) {
  const today = localDay(call.bot.clock(), zone);
  const steps = upcomingSteps(call.bot.library.briefings(), today, COMING_UP);
  return {
    heading: "Coming up",
    text: steps.length
      ? steps
          .map(({ briefing, step }) => `${longDay(step.date)}: ${step.text} (${briefing.id})`)
          .join("\n")
      : "No dated next steps from today on in the briefings.",
  };
}
