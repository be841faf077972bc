// Answers any other question: the one fact that fits best (a number for "how many"), or the summary.
import { citeBriefing, citeFact, participantLine, quoteLine, stepLine } from "../compose.ts";
import type { Draft } from "../entry.ts";
import { answered } from "../entry.ts";
import { coverage, subjectWords } from "../matching.ts";
import { NUMBER_TEXT } from "../text-patterns.ts";
import { TUNING } from "../weights.ts";
import type { AnswerContext } from "./context.ts";

/** Any other question: the best-fitting fact, a number for "how many", or the summary. */
export function answerGeneral(c: AnswerContext): Draft {
  const {
    q,
    e,
    b,
    index,
    tag,
    subject,
    allTopic,
    topic,
    base,
    ranked,
    topical,
    bySubject,
    decline,
  } = c;
  if (topic.length === 0 && !subject) {
    // "how big is the X project": a number said about the thing the question names, even
    // when its words are the briefing's own title words
    const about = allTopic.filter((t) => t !== "~meet");
    if (q.count && about.length > 0) {
      const numbers = e.facts.filter(
        (f) =>
          NUMBER_TEXT.test(f.text) && !["title", "date", "location", "format"].includes(f.section),
      );
      const best = ranked(topical(numbers, about), "general", about)[0];
      if (best && best.s > 0) return answered(best.f.text + tag, [citeFact(best.f)], base - 0.05);
    }
    return answered(b.summary + tag, [citeBriefing(b, "summary", b.summary)], 0.6);
  }
  const pool = bySubject(e.facts.filter((f) => f.section !== "title" && f.section !== "date"));
  let fitting = topical(pool);
  // "how many …": a fact that states a number, else nothing answers it
  if (q.count && !/\bhow (many|much)\b/i.test(q.text)) {
    // "what share …": prefer facts that state a number
    if (fitting.some((f) => NUMBER_TEXT.test(f.text))) {
      fitting = fitting.filter((f) => NUMBER_TEXT.test(f.text));
    }
  } else if (q.count) {
    const counted = q.counted;
    // the thing counted must be in the fact with its number, the rest may be said otherwise
    fitting = counted
      ? pool.filter(
          (f) =>
            NUMBER_TEXT.test(f.text) &&
            index.score(counted, f) > 0 &&
            coverage(index, topic, [f]) >= TUNING.coverage.general,
        )
      : pool.filter(
          (f) => NUMBER_TEXT.test(f.text) && coverage(index, topic, [f]) >= TUNING.coverage.number,
        );
    if (fitting.length === 0) {
      return decline(`The briefings give no number for ${subjectWords(q, topic)}.`);
    }
  }
  const best = ranked(fitting, "general")[0];
  if (!best || best.s <= 0) {
    return decline(`The briefings don't cover ${subjectWords(q, topic)}.`);
  }
  const f = best.f;
  const text =
    f.section === "quotes"
      ? quoteLine(f)
      : f.section === "participants"
        ? participantLine(f)
        : f.section === "next_steps"
          ? stepLine(f)
          : f.text;
  return answered(text + tag, [citeFact(f)], base - 0.05);
}
