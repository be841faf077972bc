// `ask QUESTION`: an answer from the briefings, this channel's pins first.
import type { Reply } from "../../chat/reply.ts";
import { answerAcrossRounds } from "../../series/questions.ts";
import { unquoteWhole } from "../args.ts";
import { answerReply } from "../cards.ts";
import type { BotCommand, CommandCall } from "../command.ts";
import { keepSubject, previousSubject } from "../follow-ups.ts";
import { formatCount, MAX_QUESTION_LENGTH } from "../input-limits.ts";

export const ask: BotCommand = {
  name: "ask",
  arguments: [
    {
      name: "question",
      usage: "QUESTION",
      description: "e.g. what did Grushko say about NATO?",
      required: true,
      takes: "text",
      maxLength: MAX_QUESTION_LENGTH,
    },
  ],
  summary: "Answer a question from the briefings (this channel's pins first).",
  description: "Ask a question about the briefings",
  example: "ask who chaired the meeting?",
  changesChannel: false,
  async run(call) {
    // A question is free text: quotes in it are part of it, and one pair around the whole
    // question is dropped.
    if (call.text.length > MAX_QUESTION_LENGTH) return tooLongQuestion(call, call.text.length);
    const question = unquoteWhole(call.text);
    return question ? answerQuestion(call, question) : call.usage("Ask what?");
  },
};

/** The answer to a question (typed after `ask`, or a mention, a DM, a thread reply). */
export async function answerQuestion(call: CommandCall, question: string): Promise<Reply> {
  if (question.length > MAX_QUESTION_LENGTH) return tooLongQuestion(call, question.length);
  const { engine, library, store } = call.bot;
  const pins = await store.pins(call.input.channel);
  const scope = pins.map((p) => p.briefing).filter((id) => library.get(id));
  const { input } = call;
  const now = call.bot.clock();
  // in a thread, the question is read against what the last answer there was about
  const previous = input.thread && (await previousSubject(store, input, now, call.bot.logger));
  // questions across rounds go to the series module; the rest to the engine
  const answer =
    answerAcrossRounds(question, library.briefings(), scope) ??
    engine.ask(question, {
      ...(scope.length && { scope }),
      ...(input.thread && { followUp: previous ? { previous } : {} }),
    });
  // an answer across rounds is about no one person or round: the next "he" is not guessed
  if (input.thread) {
    await keepSubject(store, input, answer.about ?? { question }, now, call.bot.logger);
  }
  if (!answer.answered) await call.bot.gaps.declined(call.input.channel, call.input.user, answer);
  let note: string | undefined;
  if (scope.length) {
    const fromPins =
      answer.scope === "scoped" ||
      (answer.scope === undefined &&
        answer.answered &&
        answer.citations.every((c) => scope.includes(c.briefing)));
    note = !answer.answered
      ? "Searched this channel's pinned briefings, then all briefings."
      : fromPins
        ? `From this channel's pinned briefings (${scope.length}).`
        : "Not in this channel's pinned briefings: answered from all briefings.";
  }
  return answerReply(answer, (id) => library.get(id), note);
}

/** The reply to a question over the length limit, before the engine sees any of it. */
function tooLongQuestion(call: CommandCall, length: number): Reply {
  const reply = call.usage(
    `That question is too long: at most ${formatCount(MAX_QUESTION_LENGTH)} characters (it has ${formatCount(length)}).`,
  );
  reply.sections.unshift({ text: "Ask about one thing at a time, in a sentence or two." });
  return reply;
}
