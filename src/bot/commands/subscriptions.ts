// `subscribe HH:MM [TIMEZONE]`, `unsubscribe`, `subscriptions`: the daily digest of a channel.
import type { ChannelRef } from "../../chat/types.ts";
import { localDay, longDay } from "../../daily/dates.ts";
import { nextSlot, parseTimeOfDay } from "../../schedule/slots.ts";
import { isTimeZone } from "../../text/time-zones.ts";
import { preview } from "../args.ts";
import { type BotCommand, commandPrefix, usageLine } from "../command.ts";

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
  summary: "Post the daily summary in this channel every day at a local time (IANA time zone).",
  description: "Post a daily digest of briefings to this channel",
  example: "subscribe 08:00 Europe/Brussels",
  changesChannel: true,
  async run(call) {
    const { args } = call;
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
    await call.bot.store.subscribe({
      channel: call.input.channel,
      time,
      timezone: zone,
      createdBy: call.input.user.id,
      createdAt: now.toISOString(),
    });
    call.bot.onSubscriptionsChange?.();
    const next = nextSlot(time, zone, now);
    return {
      title: `Daily summary at ${time} ${zone}`,
      sections: [
        {
          text: `This channel will get the daily summary every day at ${time} (${zone}).${
            next ? ` The next one: ${longDay(localDay(next, zone))} at ${time}.` : ""
          }`,
        },
      ],
      visibility: "public",
      kind: "ok",
    };
  },
};

export const unsubscribe: BotCommand = {
  name: "unsubscribe",
  arguments: [],
  summary: "Stop this channel's daily summary.",
  description: "Stop the daily digest in this channel",
  example: "unsubscribe",
  changesChannel: true,
  async run(call) {
    const removed = await call.bot.store.unsubscribe(call.input.channel);
    if (removed) call.bot.onSubscriptionsChange?.();
    return {
      title: removed
        ? "Daily summary stopped for this channel"
        : "This channel has no daily summary",
      sections: [],
      visibility: removed ? "public" : "ephemeral",
      kind: "ok",
    };
  },
};

export const subscriptions: BotCommand = {
  name: "subscriptions",
  arguments: [],
  summary: "The daily summaries scheduled in this workspace.",
  description: "The daily digest set for this channel",
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
    return {
      title: "Daily summaries",
      sections: [
        {
          text: inWorkspace.length
            ? inWorkspace
                .map(
                  (s) =>
                    `${s.time} ${s.timezone}  #${s.channel.channel}${same(s.channel) ? " (this channel)" : ""}${
                      s.pausedReason ? `  paused: ${s.pausedReason}` : ""
                    }`,
                )
                .join("\n")
            : `No daily summaries here. Start one with ${usageLine(subscribe, prefix, "required")}.`,
        },
      ],
      visibility: "public",
      kind: "subscriptions",
    };
  },
};
