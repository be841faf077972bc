// A button pressed under one of the bot's replies: its value is read back into what it means and
// carried out through the same commands people type (show, pin, compare), or as a rating.
import type { Briefing } from "../../briefing/types.ts";
import type { Reply } from "../../chat/reply.ts";
import type { ActionInput } from "../../chat/types.ts";
import { preview } from "../args.ts";
import { briefingCard, briefingFileName } from "../cards.ts";
import { type BotCommand, type BotContext, commandPrefix } from "../command.ts";
import { gaps } from "../commands/gaps.ts";
import { help } from "../commands/help.ts";
import { list } from "../commands/list.ts";
import { pin } from "../commands/pins.ts";
import { compare } from "../commands/series.ts";
import { compareReply } from "../series-commands.ts";
import { claimVote, ratedAnswer } from "./feedback.ts";
import { moreButton } from "./make.ts";
import { briefingPage } from "./pages.ts";
import { decodeButton, refersTo } from "./state.ts";

/** Runs a registry command for the presser, as if they had typed it. */
export type RunCommand = (
  command: BotCommand,
  input: ActionInput,
  args: string[],
) => Promise<Reply>;

function note(title: string, text?: string, kind: Reply["kind"] = "ok"): Reply {
  return { title, sections: text ? [{ text }] : [], visibility: "ephemeral", kind };
}

/** The briefing a button names (its id, or the hash of a long id), if it is still there. */
function findBriefing(bot: BotContext, ref: string): Briefing | undefined {
  if (!ref.startsWith("~")) return bot.library.get(ref);
  return bot.library.briefings().find((b) => refersTo(ref, b.id));
}

/** A button whose briefing was removed (or renamed) since the message was posted. */
function gone(input: ActionInput, ref: string): Reply {
  const named = ref.startsWith("~") ? "The briefing" : `The briefing ${preview(ref)}`;
  return note(
    "That briefing is gone",
    `${named} this button points at is no longer in the briefings: it was removed or renamed since this message was posted. ${commandPrefix(input.channel.platform)}${list.name} shows the briefings there are.`,
    "usage",
  );
}

/** What a press does; every problem is an ephemeral reply, never a throw to the adapter. */
export async function pressButton(
  input: ActionInput,
  bot: BotContext,
  run: RunCommand,
): Promise<Reply> {
  const state = decodeButton(input.value);
  if (!state) {
    bot.logger.warn("bot: a button press carried a value this bot did not write", {
      value: preview(input.value, 120),
    });
    return note(
      "That button no longer works",
      `It may come from an older version of briefbot. ${commandPrefix(input.channel.platform)}${help.name} lists what you can type instead.`,
      "usage",
    );
  }
  const now = bot.clock();
  switch (state.verb) {
    case "card": {
      const b = findBriefing(bot, state.briefing);
      if (!b) return gone(input, state.briefing);
      // the card is for the person who pressed, not posted again to everyone
      return { ...briefingCard(b), visibility: "ephemeral" };
    }
    case "more": {
      const b = findBriefing(bot, state.briefing);
      if (!b) return gone(input, state.briefing);
      const { reply, more } = briefingPage(b, state.page);
      return more
        ? { ...reply, actions: [moreButton(b.id, state.page + 1, briefingFileName(b))] }
        : reply;
    }
    case "pinhere": {
      const b = findBriefing(bot, state.briefing);
      if (!b) return gone(input, state.briefing);
      if (!input.mayChangeChannel) {
        return note(
          "You can't pin here",
          `Pinning changes this channel for everyone, so it needs ${input.changeChannelRule ?? "the permission the pin command needs"}. Ask a moderator to do it.`,
          "usage",
        );
      }
      return run(pin, input, [b.id]);
    }
    case "swap":
    case "earlier": {
      const earlier = findBriefing(bot, state.earlier);
      if (!earlier) return gone(input, state.earlier);
      if (state.verb === "earlier") return run(compare, input, [earlier.id]);
      const later = findBriefing(bot, state.later);
      if (!later) return gone(input, state.later);
      const pinned = (await bot.store.pins(input.channel))
        .map((p) => bot.library.get(p.briefing))
        .filter((p): p is Briefing => p !== undefined);
      return compareReply(bot.library.briefings(), [earlier, later], pinned, {
        reversed: !state.reversed,
      });
    }
    case "helpful":
    case "not_helpful": {
      const rated = await ratedAnswer(bot.store, state.answer, now);
      if (!rated) {
        return note(
          "This answer can no longer be rated",
          "Ratings are taken for 90 days after an answer. Ask again to rate the new answer.",
        );
      }
      if (!(await claimVote(bot.store, input.channel, input.user, state.answer, now))) {
        return note("You rated this answer already. Thank you.");
      }
      if (state.verb === "helpful") return note("Thank you: noted as helpful.");
      await bot.gaps.notHelpful(input.channel, input.user, rated.question, {
        text: rated.answer,
        missing: rated.missing,
      });
      return note(
        "Thank you: noted as not helpful.",
        bot.recordQuestions
          ? `The question is listed for the briefings' editors under ${commandPrefix(input.channel.platform)}${gaps.name} (without your name).`
          : "Recording is off here (BRIEFBOT_RECORD_QUESTIONS), so the vote is not kept.",
      );
    }
  }
}
