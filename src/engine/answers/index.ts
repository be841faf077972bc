// Answering from one chosen briefing: reads the question against it, then the answer for the
// kind of question (said, who, when, where, how long, a section, the summary, anything else).
import type { Draft, Entry } from "../entry.ts";
import { listWords } from "../entry.ts";
import type { ParsedQuestion } from "../question.ts";
import { type AnswerEnv, answerContext } from "./context.ts";
import { answerGeneral } from "./general.ts";
import { answerHowLong } from "./how-long.ts";
import { answerSaid } from "./said.ts";
import { answerPosition, answerSection, answerSummary } from "./sections.ts";
import { answerWhen, answerWhere } from "./when-where.ts";
import { answerWho } from "./who.ts";

export type { AnswerEnv } from "./context.ts";

/** Answers the question from one briefing, or declines saying what it lacks. */
export function answerIn(env: AnswerEnv, q: ParsedQuestion, e: Entry, many: boolean): Draft {
  const c = answerContext(env, q, e, many, (q2, e2, many2) => answerIn(env, q2, e2, many2));
  // "what did Stoltenberg say about the weather in Brussels": the unknown word was the topic
  if (q.unknown.length > 0 && c.topic.length === 0) {
    return env.decline(`The briefings don't cover ${listWords(q.unknown)}.`);
  }
  switch (q.kind) {
    case "said":
      return answerSaid(c);
    case "who":
      return answerWho(c);
    case "when":
      return answerWhen(c);
    case "where":
      return answerWhere(c);
    case "howlong":
      return answerHowLong(c);
    case "outcome":
    case "next":
    case "background":
    case "points":
      return answerSection(c);
    case "position":
      return answerPosition(c);
    case "summary":
      return answerSummary(c);
    default:
      return answerGeneral(c);
  }
}
