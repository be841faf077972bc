// `gaps [DAYS]`: the questions the briefings could not answer in this workspace, grouped.
import { RETENTION_DAYS } from "../../gaps/record.ts";
import { preview } from "../args.ts";
import type { BotCommand } from "../command.ts";
import { gapsReply, parseDays } from "../series-commands.ts";

export const gaps: BotCommand = {
  name: "gaps",
  arguments: [
    {
      name: "days",
      usage: "DAYS",
      description: `How many days back (default 30, at most ${RETENTION_DAYS})`,
      required: false,
      maxLength: 3,
    },
  ],
  summary: `The questions the briefings could not answer in this workspace over the last DAYS (default 30, at most ${RETENTION_DAYS}), grouped, with the word or name that was missing.`,
  description: "Questions the briefings could not answer, grouped, with what was missing",
  example: "gaps 7",
  changesChannel: false,
  private: true,
  async run(call) {
    if (call.args.length > 1) return call.usage("How many days?");
    const days = parseDays(call.args[0]);
    if (days === undefined) {
      return call.usage(
        `"${preview(call.args[0] ?? "")}" is not a number of days from 1 to ${RETENTION_DAYS}.`,
      );
    }
    const { store, clock, recordQuestions } = call.bot;
    return gapsReply(store, call.input.channel, clock(), days, recordQuestions);
  },
};
