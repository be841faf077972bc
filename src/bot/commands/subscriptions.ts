// `subscribe HH:MM [TIMEZONE]`, `unsubscribe [reminders]`, `subscriptions`: the daily digest of a
// channel (and, with the word reminders, its reminders of next steps: see reminders.ts).
import type { ChannelRef } from "../../chat/types.ts";
import { localDay, longDay } from "../../daily/dates.ts";
import { nextSlot, parseTimeOfDay } from "../../schedule/slots.ts";
import type { Subscription } from "../../store/types.ts";
import { isTimeZone } from "../../text/time-zones.ts";
import { preview } from "../args.ts";
import { type BotCommand, commandPrefix, usageLine } from "../command.ts";
import { REMINDERS_WORD, reminders, turnRemindersOff, turnRemindersOn } from "./reminders.ts";

export const subscribe: BotCommand = {
  name: "subscribe",
  arguments: [
    {
      name: "time",
      usage: "HH:MM",
      description: "Local time of day, HH:MM (24-hour)",
      required: true,
      minLength: 4,
      maxLength: 5,
    },
    {
      name: "timezone",
      usage: "TIMEZONE",
      description: "IANA time zone, e.g. Europe/Brussels (default: the bot's)",
      required: false,
      maxLength: 64,
      complete: "timezone",
    },
  ],
  summary:
    "Post the daily summary in this channel every day at a local time (IANA time zone). Followed by the word reminders, it turns on reminders of dated next steps instead.",
  description: "Post a daily digest of briefings to this channel",
  example: "subscribe 08:00 Europe/Brussels",
  changesChannel: true,
  async run(call) {
    const { args } = call;
    if (args[0]?.toLowerCase() === REMINDERS_WORD) return turnRemindersOn(call, args.slice(1));
    if (args.length < 1 || args.length > 2) return call.usage("When?");
    const time = parseTimeOfDay(args[0] ?? "");
    if (!time) return call.usage(`"${preview(args[0] ?? "")}" is not a time as HH:MM.`);
    const zone = args[1] ?? call.bot.timezone;
    if (!isTimeZone(zone)) {
      return call.usage(
        `"${preview(zone)}" is not a time zone; use an IANA name such as Europe/Brussels.`,
      );
    }
    const now = call.bot.clock();
    const existing = (await call.bot.store.subscriptions(call.input.channel))[0];
    await call.bot.store.subscribe({
      channel: call.input.channel,
      time,
      timezone: zone,
      createdBy: call.input.user.id,
      createdAt: now.toISOString(),
      // Reminders stay on, at the channel's new time.
      ...(existing?.remindersSince && { remindersSince: existing.remindersSince }),
    });
    call.bot.onSubscriptionsChange?.();
    const next = nextSlot(time, zone, now);
    return {
      title: `Daily summary at ${time} ${zone}`,
      sections: [
        {
          text: `This channel will get the daily summary every day at ${time} (${zone}).${
            next ? ` The next one: ${longDay(localDay(next, zone))} at ${time}.` : ""
          }${existing?.remindersSince ? " Its reminders of next steps post at this time too." : ""}`,
        },
      ],
      visibility: "public",
      kind: "ok",
    };
  },
};

export const unsubscribe: BotCommand = {
  name: "unsubscribe",
  arguments: [
    {
      name: "what",
      usage: REMINDERS_WORD,
      description: "reminders: stop only the reminders of next steps",
      required: false,
      maxLength: 9,
    },
  ],
  summary:
    "Stop this channel's daily summary (its reminders, if on, go on); followed by the word reminders, it stops the reminders of next steps.",
  description: "Stop the daily digest in this channel (or, with reminders, its reminders)",
  example: "unsubscribe",
  changesChannel: true,
  async run(call) {
    const [what, ...more] = call.args;
    if (what !== undefined) {
      if (what.toLowerCase() !== REMINDERS_WORD || more.length > 0) {
        return call.usage(`"${preview(call.text)}": only the word ${REMINDERS_WORD} may follow.`);
      }
      return turnRemindersOff(call);
    }
    const { store } = call.bot;
    const existing = (await store.subscriptions(call.input.channel))[0];
    const hadDigest = existing !== undefined && existing.digest !== false;
    if (hadDigest && existing.remindersSince) {
      // The reminders go on at the same time; only the digest stops.
      const { pausedReason, ...rest } = existing;
      await store.subscribe({ ...rest, digest: false });
      if (pausedReason) await store.pauseSubscription(call.input.channel, pausedReason);
    } else if (hadDigest) {
      await store.unsubscribe(call.input.channel);
    }
    if (hadDigest) call.bot.onSubscriptionsChange?.();
    const prefix = commandPrefix(call.input.channel.platform, unsubscribe);
    return {
      title: hadDigest
        ? "Daily summary stopped for this channel"
        : "This channel has no daily summary",
      sections:
        hadDigest && existing.remindersSince
          ? [
              {
                text: `Its reminders of next steps go on; ${prefix}${unsubscribe.name} ${REMINDERS_WORD} stops them.`,
              },
            ]
          : [],
      visibility: hadDigest ? "public" : "ephemeral",
      kind: "ok",
    };
  },
};

export const subscriptions: BotCommand = {
  name: "subscriptions",
  arguments: [],
  summary: "The daily summaries and reminders scheduled in this workspace.",
  description: "The daily digests and reminders set in this workspace",
  example: "subscriptions",
  changesChannel: false,
  async run(call) {
    const here = call.input.channel;
    const all = await call.bot.store.subscriptions();
    const inWorkspace = all.filter(
      (s) => s.channel.platform === here.platform && s.channel.workspace === here.workspace,
    );
    const same = (c: ChannelRef) => c.channel === here.channel;
    const prefix = commandPrefix(here.platform, subscribe);
    /** What a channel gets: the digest unless turned off, reminders when on. */
    const gets = (s: Subscription) =>
      [s.digest !== false && "daily summary", s.remindersSince && "reminders"]
        .filter(Boolean)
        .join(", ");
    return {
      title: "Daily summaries and reminders",
      sections: [
        {
          text: inWorkspace.length
            ? inWorkspace
                .map(
                  (s) =>
                    `${s.time} ${s.timezone}  #${s.channel.channel}${same(s.channel) ? " (this channel)" : ""}  ${gets(s)}${
                      s.pausedReason ? `  paused: ${s.pausedReason}` : ""
                    }`,
                )
                .join("\n")
            : `No daily summaries or reminders here. Start one with ${usageLine(subscribe, prefix, "required")} or ${commandPrefix(here.platform, reminders)}${reminders.name} on.`,
        },
      ],
      visibility: "public",
      kind: "subscriptions",
    };
  },
};
