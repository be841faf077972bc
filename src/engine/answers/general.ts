// Answers any other question: the one fact that fits best (a number for "how many"), or the summary.
import { AUXILIARIES } from "../../text/function-words.ts";
import { concept, stem } from "../../text/index.ts";
import { citeBriefing, citeFact, factLine } from "../compose.ts";
import {
  asksMoney,
  countsOneOf,
  plannedReason,
  questionTerms,
  statesAmount,
  tellsTimeAmount,
  thingNobodyCounts,
  thingTerms,
} from "../constraints.ts";
import type { Draft } from "../entry.ts";
import { answered } from "../entry.ts";
import type { Fact } from "../facts.ts";
import { coverage, subjectWords } from "../matching.ts";
import { parseWords } from "../nlp.ts";
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
  // the nearest line with a number of what is asked, when it records the act only as planned
  // or in someone's words, says more than "no number" ("… they want released")
  const plannedNear = (): string | undefined => {
    if (!q.count) return undefined;
    const counted = thingTerms(q, index);
    const words = [...new Set([...allTopic, ...counted])];
    // a line about the thing counted ("families"), not only about the act ("released")
    const numbers = e.facts.filter(
      (f) =>
        NUMBER_TEXT.test(f.text) &&
        f.section !== "title" &&
        f.section !== "date" &&
        (counted.length === 0 || counted.some((t) => index.score(t, f) > 0)),
    );
    const near = ranked(topical(numbers, words), "general", words)[0];
    return near && near.s > 0 ? plannedReason(q, near.f) : undefined;
  };
  if (topic.length === 0 && !subject) {
    // "how many journalists attended the Hurdal press conference": a thing no briefing names is
    // not counted by a number that is only about the talks
    const absent = q.count ? thingNobodyCounts(q, index) : undefined;
    if (absent !== undefined)
      return decline(plannedNear() ?? `The briefings give no number of ${absent}.`);
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
  const candidates = e.facts.filter((f) => f.section !== "title" && f.section !== "date");
  const pool = q.count
    ? [...new Set([...bySubject(candidates), ...namingSide(c, candidates)])]
    : bySubject(candidates);
  let fitting = topical(pool);
  const things = thingTerms(q, index);
  // what the facts are ranked by: the topic, and for a count the thing counted too
  let rankBy = topic;
  // "how many …": a fact that states a number, else nothing answers it
  if (q.count && !/\bhow (many|much)\b/i.test(q.text)) {
    // "what share …": prefer facts that state a number
    if (fitting.some((f) => NUMBER_TEXT.test(f.text))) {
      fitting = fitting.filter((f) => NUMBER_TEXT.test(f.text));
    }
  } else if (q.count) {
    // "how many troops can Indonesia keep in Aceh": a fact that counts the thing asked (the
    // constraint check's own test); a number of something else, or the thing without its number,
    // never answers. Without a thing ("how many died"), the word counted must be in the fact
    // with its number; the rest may be said otherwise.
    const counted = q.counted;
    const countable = things.length > 0 && /\bhow many\b/i.test(q.text);
    if (countable) rankBy = [...new Set([...topic, ...things])];
    const asked = questionTerms(q);
    // "how much aid": a sum of the thing asked, as the constraint check reads it
    const counts = (f: Fact) =>
      things.length > 0
        ? countsOneOf(f.text, things, asked)
        : (statesAmount(q, f.text) || tellsTimeAmount(q, f.text)) &&
          (counted === undefined || index.score(counted, f) > 0);
    const share =
      countable || counted !== undefined ? TUNING.coverage.general : TUNING.coverage.number;
    const counting = (facts: Fact[], words: readonly string[]) =>
      facts.filter((f) => counts(f) && coverage(index, words, [f]) >= share);
    fitting = counting(pool, topic);
    // "how many documents were signed at the ceremony": the thing counted is part of what is
    // asked, so a fact that counts it with the question's own act ("Three documents were
    // signed") answers though it names no ceremony; a number of the thing in another act
    // ("delegations from 160 countries" for how many signed) does not
    if (fitting.length === 0 && countable) {
      const acts = actsOf(c);
      fitting = counting(pool, rankBy).filter((f) => acts.every((t) => index.score(t, f) > 0));
    }
    // the side named ("how many troops can Indonesia keep") is often not the fact's own (the
    // limit is the agreement's): then a fact of the briefing of no other side ("Turkey keeps
    // 35,000 troops" does not count Greece's) that has the rest of the question's words
    if (fitting.length === 0 && subject) {
      const rest = topic.filter((t) => !things.includes(t));
      fitting = counting(
        e.facts.filter(
          (f) => f.section !== "title" && f.section !== "date" && !ofAnotherSide(c, f),
        ),
        rest,
      );
    }
    // "how much aid did Harris announce": what a person did for their side is often recorded
    // as the side's ("The United States announced 1.5 billion dollars in … aid")
    if (fitting.length === 0 && subject?.kind === "person" && things.length > 0) {
      const sides = new Set(
        e.facts
          .filter(
            (f) => f.section === "participants" && f.person && subject.keys.includes(f.person),
          )
          .map((f) => f.party),
      );
      fitting = counting(
        e.facts.filter(
          (f) => f.section !== "participants" && f.party !== undefined && sides.has(f.party),
        ),
        topic,
      );
    }
    if (fitting.length === 0) {
      const thing = q.typed?.kind === "count" ? q.typed.thing : undefined;
      const noNumber =
        countable && thing
          ? `The briefings give no number of ${thing}.`
          : asksMoney(q)
            ? "The briefings give no sum of money for that."
            : `The briefings give no number for ${subjectWords(q, topic)}.`;
      return decline(plannedNear() ?? noNumber);
    }
  }
  // "what range of missiles does the treaty ban": the noun asked for is what the answer names;
  // of the lines that fit, those that name it ("ranges of 500 to 5,500 km"), when any does
  const noun = askedNoun(c);
  if (noun !== undefined) {
    const naming = fitting.filter((f) => index.score(noun, f) > 0);
    if (naming.length > 0) fitting = naming;
  }
  const best = ranked(fitting, "general", rankBy)[0];
  if (!best || best.s <= 0) {
    return decline(`The briefings don't cover ${subjectWords(q, topic)}.`);
  }
  const f = best.f;
  return answered(factLine(f) + tag, [citeFact(f)], base - 0.05);
}

/** The topic word a question opens by asking for ("what range of …", "which treaty …"). */
function askedNoun(c: AnswerContext): string | undefined {
  const { q, topic } = c;
  if (q.words[0] !== "what" && q.words[0] !== "which") return undefined;
  const t = q.terms.find((x) => x.from === 1);
  return t && topic.includes(t.term) ? t.term : undefined;
}

/** The question's verbs of acts as index terms ("signed" → sign), auxiliaries left out. */
function actsOf(c: AnswerContext): string[] {
  const words = parseWords(c.q.text.slice(0, 600));
  return words
    .filter((w) => w.verb && !w.noun && !w.proper && !AUXILIARIES.has(w.normal))
    .map((w) => concept(stem(w.lemma)))
    .filter((t) => c.index.has(t));
}

/**
 * The facts naming a side the question asks about by any of its names: "how many … according to
 * the NDF" is answered by "The NDFP said more than 400 …".
 */
function namingSide(c: AnswerContext, facts: readonly Fact[]): Fact[] {
  const sides = c.e.names.filter((n) => c.parties.has(n.key) && n.terms.length > 0);
  if (sides.length === 0) return [];
  return facts.filter((f) => sides.some((n) => n.terms.every((t) => c.index.score(t, f) > 0)));
}

/**
 * A fact by or naming a side the question does not name: "Turkey keeps about 35,000 troops" is
 * of another side than Greece's.
 */
function ofAnotherSide(c: AnswerContext, f: Fact): boolean {
  const asked = new Set(c.q.mentions.flatMap((m) => m.keys));
  if (f.party !== undefined && !asked.has(f.party)) return true;
  return c.e.names.some(
    (n) =>
      n.kind === "party" &&
      !asked.has(n.key) &&
      n.terms.length > 0 &&
      n.terms.every((t) => c.index.score(t, f) > 0),
  );
}
