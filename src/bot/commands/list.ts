// `list [WORDS]`: the briefings, newest first, narrowed by words.
import { preview } from "../args.ts";
import { briefingLine } from "../cards.ts";
import type { BotCommand } from "../command.ts";
import { MAX_LIST_WORDS } from "../input-limits.ts";
import { termsOf } from "../terms.ts";

/** How many briefings `list` shows before asking for narrower words. */
const LIST_LIMIT = 20;

export const list: BotCommand = {
  name: "list",
  arguments: [
    {
      name: "words",
      usage: "WORDS",
      description: "Words to match in id, title or date",
      required: false,
      takes: "words",
      maxLength: 100,
    },
  ],
  summary: "The briefings, newest first; WORDS filter on title, format, participants and tags.",
  description: "List briefings, optionally matching some words",
  example: "list geneva",
  changesChannel: false,
  async run(call) {
    const words = call.args.flatMap((a) => a.split(/\s+/)).filter(Boolean);
    if (new Set(words.flatMap(termsOf)).size > MAX_LIST_WORDS) {
      return call.usage(`Too many words: list narrows by at most ${MAX_LIST_WORDS} words.`);
    }
    const all = call.bot.library.briefings();
    const matches = await call.bot.matcher.filter(all, words);
    const shown = matches.slice(0, LIST_LIMIT);
    const what = words.length ? ` matching "${preview(words.join(" "))}"` : "";
    if (matches.length === 0) {
      return {
        title: "Briefings",
        sections: [{ text: all.length ? `No briefings${what}.` : "There are no briefings yet." }],
        visibility: "public",
        kind: "list",
      };
    }
    return {
      title: `Briefings${what}`,
      sections: [
        {
          text: shown.map(briefingLine).join("\n"),
        },
      ],
      footer:
        matches.length > shown.length
          ? `Showing the newest ${shown.length} of ${matches.length}; add words to narrow the list.`
          : `${matches.length} briefing${matches.length === 1 ? "" : "s"}, newest first.`,
      visibility: "public",
      kind: "list",
    };
  },
};
