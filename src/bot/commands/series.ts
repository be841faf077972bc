// `compare [A] [B]` and `timeline SERIES`: what changed between rounds of a series, and its rounds.
import type { Briefing } from "../../briefing/types.ts";
import type { BotCommand } from "../command.ts";
import { compareReply, timelineReply } from "../series-commands.ts";

export const compare: BotCommand = {
  name: "compare",
  arguments: [
    {
      name: "earlier",
      usage: "A",
      description: "A round (briefing id); alone: it and the round before",
      required: false,
      maxLength: 100,
      complete: "briefing",
    },
    {
      name: "later",
      usage: "B",
      description: "Another round of the same series",
      required: false,
      maxLength: 100,
      complete: "briefing",
    },
  ],
  summary:
    "What changed between two rounds of a series: people and parties who joined or left, positions, outcomes, next steps met or still open. No ids: the last two rounds of this channel's pinned series (else the latest series); one id: that round and the one before.",
  description: "What changed between two rounds of a series (default: the last two)",
  example:
    "compare 2021-09-30-strategic-stability-dialogue-geneva 2022-01-10-strategic-stability-dialogue-geneva",
  changesChannel: false,
  async run(call) {
    if (call.args.length > 2) return call.usage("Compare at most two rounds.");
    const { library, store } = call.bot;
    const given: Briefing[] = [];
    for (const id of call.args) {
      const found = await call.bot.resolveBriefing(call, id);
      if ("sections" in found) return found;
      given.push(found);
    }
    const pinned = (await store.pins(call.input.channel))
      .map((p) => library.get(p.briefing))
      .filter((b): b is Briefing => b !== undefined);
    return compareReply(library.briefings(), given, pinned);
  },
};

export const timeline: BotCommand = {
  name: "timeline",
  arguments: [
    {
      name: "series",
      usage: "SERIES",
      description: "The series' format name, e.g. Strategic Stability Dialogue",
      required: true,
      takes: "words",
      maxLength: 100,
    },
  ],
  summary: "The rounds of a series (its format name, typos allowed), one line each.",
  description: "The rounds of a series, one line each",
  example: "timeline Strategic Stability Dialogue",
  changesChannel: false,
  async run(call) {
    const reply = timelineReply(call.bot.library.briefings(), call.args.join(" "));
    if (reply.kind !== "usage") return reply;
    const help = call.usage(reply.title ?? "Which series?");
    help.sections.unshift(...reply.sections);
    return help;
  },
};
