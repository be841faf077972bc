// Answering from one chosen briefing: reads the question against it, then the answer for the
// kind of question (said, who, when, where, how long, a section, the summary, anything else).
import { isConcept, terms } from "../../text/index.ts";
import { citeFact, factLine } from "../compose.ts";
import type { Mention } from "../entities.ts";
import type { Draft, Entry } from "../entry.ts";
import { answered, listWords } from "../entry.ts";
import { mentionTerms } from "../matching.ts";
import type { ParsedQuestion } from "../question.ts";
import { type AnswerContext, type AnswerEnv, answerContext } from "./context.ts";
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
  const draft = answerByKind(c);
  // "did Putin and Zelensky agree on gas transit": whether it happened is told by the line that
  // holds all of it, in whatever section; the line is shown, never a bare yes or no
  if (!q.yesNo) return draft;
  if (!draft.answered) return whetherFact(c) ?? draft;
  // "was there a joint statement": an answer of the kind asked whose lines hold the question's
  // words only in a speaker's role ("Joint Special Representative") tells nothing of it; the
  // line that holds them in its own words does ("No joint statement was issued")
  if (draft.citations.some((x) => holdsInText(c, x.text))) return draft;
  const whether = whetherFact(c);
  return whether?.citations.some((x) => holdsInText(c, x.text)) ? whether : draft;
}

/**
 * The line of the briefing that a yes/no question is about: it has every word of the question's
 * topic and of the act asked, and names every person and side the question names (a place only
 * says where).
 */
function whetherFact(c: AnswerContext): Draft | undefined {
  const { q, e, index, topic } = c;
  if (topic.length === 0) return undefined;
  const names = q.mentions
    .filter((m) => m.kind === "person" || m.kind === "party")
    .filter((m) => !(m.kind === "party" && q.typed?.place !== undefined && isPlaceName(c, m)));
  // the act asked about too ("reach a deal", "attend"): a line naming both men without it
  // tells nothing of whether they did
  const acts = q.soft.filter((t) => isConcept(t) && t !== "~meet");
  const fits = e.facts.filter(
    (f) =>
      WHETHER_SECTIONS.has(f.section) &&
      [...topic, ...acts].every((t) => index.score(t, f) > 0) &&
      names.every((m) => mentionTerms(q, m).every((t) => index.score(t, f) > 0)),
  );
  const best = c.ranked(fits, "general")[0];
  if (!best) return undefined;
  const f = best.f;
  return answered(factLine(f) + c.tag, [citeFact(f)], c.base);
}

/** Whether a text's own words hold every topic word of the question. */
function holdsInText(c: AnswerContext, text: string): boolean {
  const own = new Set(terms(text));
  return c.topic.every((t) => own.has(t));
}

/** Sections whose lines tell what happened (not the briefing's title, place or list of people). */
const WHETHER_SECTIONS: ReadonlySet<string> = new Set([
  "summary",
  "points",
  "outcomes",
  "background",
  "next_steps",
  "parties",
  "quotes",
]);

/** Whether a side the question names is the place asked ("in Paris" read as France). */
function isPlaceName(c: AnswerContext, m: Mention): boolean {
  const at = c.q.terms[m.from]?.from;
  const before = at === undefined ? undefined : c.q.words[at - 1];
  return before === "in" || before === "at";
}

function answerByKind(c: AnswerContext): Draft {
  switch (c.q.kind) {
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
