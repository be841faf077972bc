// `show ID`: one briefing as a card.
import { briefingCard } from "../cards.ts";
import type { BotCommand } from "../command.ts";

export const show: BotCommand = {
  name: "show",
  arguments: [
    {
      name: "id",
      usage: "ID",
      description: "The briefing: type an id, a title or a date",
      required: true,
      maxLength: 100,
      complete: "briefing",
    },
  ],
  summary: "One briefing as a card.",
  description: "Show one briefing as a card",
  example: "show 2022-01-12-nato-russia-council",
  changesChannel: false,
  async run(call) {
    if (call.args.length !== 1) return call.usage("Show which briefing?");
    const found = await call.bot.resolveBriefing(call, call.args[0] ?? "");
    return "sections" in found ? found : briefingCard(found);
  },
};
