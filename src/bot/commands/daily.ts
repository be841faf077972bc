// `daily [DATE]`: the daily summary of a day (today in the bot's time zone by default).
import { localDay, parseDay } from "../../daily/dates.ts";
import { dailyReply } from "../../daily/reply.ts";
import { dailySummary } from "../../daily/summary.ts";
import { preview } from "../args.ts";
import type { BotCommand } from "../command.ts";

export const daily: BotCommand = {
  name: "daily",
  arguments: [
    {
      name: "date",
      usage: "DATE",
      description: "YYYY-MM-DD, or words like 'yesterday'",
      required: false,
      takes: "words",
      maxLength: 40,
    },
  ],
  summary:
    "The daily summary: the day's briefings, key quotes, what is coming up. DATE: 2022-01-12, 12 January 2022, today, yesterday, last Wednesday.",
  description: "The briefings of a day (today by default)",
  example: "daily 12 January 2022",
  changesChannel: false,
  async run(call) {
    const { clock, timezone, library } = call.bot;
    const now = clock();
    const text = call.args.join(" ");
    const day = call.args.length === 0 ? localDay(now, timezone) : parseDay(text, now, timezone);
    if (!day) return call.usage(`"${preview(text)}" is not a date I can read.`);
    return dailyReply(dailySummary(library.briefings(), day));
  },
};
