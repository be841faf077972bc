// Answers from one section: outcomes, next steps, background, points, a party's position, the summary.
import { citeBriefing, citeFact, quoteLine, stepLine } from "../compose.ts";
import { countsOneOf, questionTerms, thingTerms } from "../constraints.ts";
import type { Draft } from "../entry.ts";
import { answered } from "../entry.ts";
import type { Fact } from "../facts.ts";
import { SECTION_OF, TUNING } from "../weights.ts";
import { type AnswerContext, asksWhy } from "./context.ts";

/** Outcomes, next steps, background or points: the section's facts that fit. */
export function answerSection(c: AnswerContext): Draft {
  const {
    q,
    e,
    b,
    many,
    tag,
    subject,
    topic,
    base,
    ranked,
    section,
    topical,
    bySubject,
    decline,
    answerIn,
  } = c;
  const own = SECTION_OF[q.kind as keyof typeof SECTION_OF];
  const mine = section(own);
  // "how many rounds were there before the accord": a line of the section asked that counts
  // no such thing does not answer; a line of any section that does may
  const things = q.count && /\bhow many\b/i.test(q.text) ? thingTerms(q, c.index) : [];
  const fitting = topical(bySubject(mine)).filter(
    (f) => things.length === 0 || countsOneOf(f.text, things, questionTerms(q)),
  );
  if (fitting.length > 0) {
    const list =
      topic.length > 0 || subject
        ? ranked(fitting)
            .slice(0, 2)
            .map((x) => x.f)
        : fitting.slice(0, TUNING.maxList);
    const line = q.kind === "next" ? stepLine : (f: Fact) => f.text;
    return answered(list.map(line).join("\n") + tag, list.map(citeFact), base + 0.05);
  }
  if (mine.length === 0 && topic.length === 0) {
    if (q.kind === "outcome") {
      return answered(b.summary + tag, [citeBriefing(b, "summary", b.summary)], 0.5);
    }
    return decline(`The briefing “${b.title}” has no ${own.replace("_", " ")}.`);
  }
  return answerIn({ ...q, kind: "general" }, e, many);
}

/** "What is X's position": the party's stated positions and quotes. */
export function answerPosition(c: AnswerContext): Draft {
  const { q, e, many, tag, topic, base, ranked, topical, bySubject, answerIn } = c;
  const facts = bySubject(e.facts.filter((f) => f.section !== "participants"));
  // with no topic, a party's stated positions and quotes say it best
  const own = facts.filter((f) => f.section === "parties" || f.section === "quotes");
  const all = topic.length === 0 && own.length > 0 ? own : topical(facts);
  // another party's stated position is not this party's, even when it names it
  const fitting =
    c.parties.size > 0
      ? all.filter(
          (f) => f.section !== "parties" || (f.party !== undefined && c.parties.has(f.party)),
        )
      : all;
  if (fitting.length === 0) return answerIn({ ...q, kind: "general" }, e, many);
  // "what was Brussels pushing for": a side asked with no topic is answered by its stated
  // positions first; a remark of one of its people only follows them
  const statedFirst = topic.length === 0 && c.parties.size > 0 && c.persons.size === 0;
  // "did Aoun accept the accord": a line whose own words state the stance asked (or its
  // opposite) before a quote whose context only tells it
  const states = (f: Fact) =>
    (q.yesNo || asksWhy(q)) && topic.length > 0 && topic.every((t) => c.inText(f, t));
  const rank = (f: Fact) => ((statedFirst && f.section === "parties") || states(f) ? 0 : 1);
  const top = ranked(fitting)
    .sort((x, y) => rank(x.f) - rank(y.f))
    .slice(0, topic.length > 0 ? 3 : 4)
    .map((x) => x.f);
  const line = (f: Fact) =>
    f.section === "quotes" ? quoteLine(f) : f.partyName ? `${f.partyName}: ${f.text}` : f.text;
  return answered(top.map(line).join("\n") + tag, top.map(citeFact), base);
}

/** "What was it about": the summary, or the general answer for a topic. */
export function answerSummary(c: AnswerContext): Draft {
  const { q, e, b, many, tag, topic, base, answerIn } = c;
  if (topic.length === 0) {
    return answered(b.summary + tag, [citeBriefing(b, "summary", b.summary)], base);
  }
  return answerIn({ ...q, kind: "general" }, e, many);
}
