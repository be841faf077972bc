// Answers "how long": a fact stating a duration, else the span of the briefing's dates.
import { isConcept, isStopWord, stem, terms } from "../../text/index.ts";
import { briefingWhen, citeBriefing, citeFact } from "../compose.ts";
import type { Draft, Entry } from "../entry.ts";
import { answered } from "../entry.ts";
import { entityKey, type Fact } from "../facts.ts";
import { DURATION_VERBS } from "../question.ts";
import {
  gapsIn,
  LASTED_TEXT,
  LONG_DURATION_TEXT,
  ORDINAL_WORDS,
  statesGap,
  statesLength,
  statesTalksLength,
} from "../text-patterns.ts";
import { TUNING } from "../weights.ts";
import type { AnswerContext } from "./context.ts";

/** Words of a question about the time a planned act is given: "within", "to be", "must". */
const PLANNED = /\b(within|to be|must|have to|has to|had to|are to|is to|due to)\b/i;

/** "How long did X last": a duration the briefing states, else the days it spans. */
export function answerHowLong(c: AnswerContext): Draft {
  const { q, e, b, index, tag, isSelector, allTopic, topic, base, ranked, decline } = c;
  // "how long had it been since the previous round": a line stating the time between rounds
  if (q.interval) {
    const gaps = e.facts.filter((f) => f.section !== "next_steps" && statesGap(f.text));
    const gap = gaps.find((f) => f.section !== "quotes") ?? gaps[0];
    if (gap) return answered(gap.text + tag, [citeFact(gap)], base);
    // else the dates of this round and the one before it in the series
    const before = roundBefore(c);
    if (before) {
      const p = before.briefing;
      return answered(
        `${b.title} (${b.date}) came about ${monthsBetween(p.date, b.date)} after the round before it, ${p.title} (${p.date}).${tag}`,
        [citeBriefing(b, "date", b.date), citeBriefing(p, "date", p.date)],
        base - 0.05,
      );
    }
    return decline(
      `The briefing “${b.title}” does not say how long after the round before it met.`,
    );
  }
  const durations = e.facts.filter((f) => statesLength(f.text) && f.section !== "next_steps");
  // what else than the talks the question asks the length of ("the truce"); a word of the
  // title may name it too ("how long is the ceasefire" of talks that agreed one), when a line
  // states the length of it
  const asksOf = (t: string) => q.hard.includes(t) && t !== "~meet";
  const titled = allTopic.filter(
    (t) =>
      asksOf(t) &&
      isSelector(t) &&
      !q.talkNames.includes(t) &&
      !e.facts.some((f) => SETTING.has(f.section) && c.inText(f, t)) &&
      durations.some((f) => f.section !== "quotes" && lengthSentenceFit(c, f, [t]) > 0),
  );
  const specific = [...topic.filter(asksOf), ...titled];
  const lasted = (f: Fact) => answered(f.text + tag, [citeFact(f)], base);
  // "how long had it been since the previous round": the gap a line states, not a length
  if (q.words.includes("since")) {
    const gap = gapSince(c);
    if (gap) return lasted(gap);
  }
  if (specific.length > 0) {
    // "within how long were the militias to be disbanded": the time a planned act is given is
    // stated among the next steps too ("Disbanding of all militias within six months")
    const planned = PLANNED.test(q.text)
      ? e.facts.filter((f) => f.section === "next_steps" && statesLength(f.text))
      : [];
    // a word no line of the briefing holds ("accords" of talks that call it an agreement) can
    // keep no line out: the words it does hold say which length is asked
    const held = specific.filter((t) => e.facts.some((f) => index.score(t, f) > 0));
    const words = held.length > 0 ? held : specific;
    // the sentence stating the length must be about what is asked: a summary's "after 44 days
    // of fighting" is no length of the peacekeepers' stay it mentions two sentences on
    const about = [...durations, ...planned].filter(
      (f) => lengthSentenceFit(c, f, words) >= TUNING.coverage.answer,
    );
    const best = ranked(about, "howlong", words).filter((x) => x.s > 0);
    // a fact stating it beats a remark about it
    const stated = best.find((x) => x.f.section !== "quotes") ?? best[0];
    if (stated) return lasted(stated.f);
    // "the signing ceremony": when no length in the briefing names what is asked, the talks'
    // length (or any other) does not answer it
    // (an ordinal only says which round: "the fifth round" is checked as a round)
    const things = specific.filter((t) => !ORDINAL_WORDS.includes(t) && !/^\d/.test(t));
    // a line that holds them elsewhere than in its sentence stating a length does not either
    if (
      things.length > 0 &&
      !durations.some((f) => lengthSentenceFit(c, f, things) >= TUNING.coverage.answer)
    ) {
      const what = things.map((t) => q.words[q.terms.find((x) => x.term === t)?.from ?? -1] ?? t);
      return decline(
        `The briefing “${b.title}” does not say how long the ${what.join(" ")} lasted.`,
      );
    }
  }
  // "how long did Muallem speak": the length the briefing states of the person or side asked
  // about, when the question names no other thing
  const ofSubject = subjectLength(c, durations);
  if (ofSubject) return lasted(ofSubject);
  // "how long does new start run": no word for the talks, so the length of what the question
  // names; a fact with the question's own verb ("the treaty runs for ten years") says it best
  const aboutTalks = q.soft.includes("~meet") || q.hard.includes("~meet");
  if (!aboutTalks && q.namePhrases.length > 0) {
    const verbs = q.words.filter((w) => DURATION_VERBS.has(w)).map((w) => stem(w));
    const other = durations.filter((f) => f.section !== "quotes" && index.score("~meet", f) === 0);
    const hasVerb = (f: Fact) => verbs.some((v) => index.score(v, f) > 0);
    const found = other.find(hasVerb) ?? other[0];
    if (found) return lasted(found);
  }
  // the talks' own length: a fact about the talks, else their dates
  // (named as the question names them: "the debate", "the talks"); "lasted" says it best
  const talks = ["~meet", ...allTopic.filter(isSelector)];
  // talks last hours, days or weeks: a length in years is more likely another thing's
  // "after six weeks of talks" says it as well as "lasted"
  const rank = (f: Fact) =>
    (LASTED_TEXT.test(f.text) || statesTalksLength(f.text) ? 0 : 2) +
    (f.section === "summary" ? 1 : 0) +
    (LONG_DURATION_TEXT.test(f.text) ? 4 : 0);
  const own = durations
    .filter((f) => f.section !== "quotes" && talks.some((t) => index.score(t, f) > 0))
    .sort((x, y) => rank(x) - rank(y));
  // a stated length of the talks, with the days they spanned when the briefing gives them
  if (own[0]) {
    const span = b.end_date && b.end_date !== b.date ? ` (${briefingWhen(b)})` : "";
    return answered(own[0].text + span + tag, [citeFact(own[0])], base);
  }
  if (b.end_date && b.end_date !== b.date) {
    const days = Math.round((Date.parse(b.end_date) - Date.parse(b.date)) / 86_400_000) + 1;
    return answered(
      `${b.title} lasted ${days} days, ${briefingWhen(b)}.`,
      [citeBriefing(b, "date", `${b.date} to ${b.end_date}`)],
      base,
    );
  }
  // a length of something else ("fled within a week of the invasion") is no length of the talks
  if (aboutTalks)
    return decline(`The briefing “${b.title}” does not say how long the talks lasted.`);
  const best =
    ranked(durations, "general").find((x) => x.f.section !== "quotes") ??
    ranked(durations, "general")[0];
  if (best) return lasted(best.f);
  return decline(`The briefing “${b.title}” does not say how long it lasted.`);
}

/** Words that open a clause of its own. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(["when", "while", "as", "before", "after"]);

/** Words that say which one ("the last round", "the previous talks"), not what. */
const WHICH_ONE: ReadonlySet<string> = new Set(
  terms("last latest previous prior earlier preceding"),
);

/**
 * The line stating the gap a "how long … since" question asks: a gap since what the question
 * names after "since" ("since the previous round": a meeting "in almost 17 months"; "since the
 * truce": "two days after a truce"), the briefing's own words and "previous" aside.
 */
function gapSince(c: AnswerContext): Fact | undefined {
  const { q, e, isSelector } = c;
  const at = q.words.indexOf("since");
  // "since the previous round when they met in Bratislava": the clause after is not what since
  const clause = q.words.findIndex((w, i) => i > at && CLAUSE_WORDS.has(w));
  const end = clause < 0 ? q.words.length : clause;
  const asked = q.terms
    .filter((t) => t.from > at && t.from < end && !isStopWord(t.term))
    .map((t) => t.term)
    .filter((t) => t === "~meet" || (!isSelector(t) && !WHICH_ONE.has(t)));
  if (asked.length === 0) return undefined;
  for (const f of e.facts) {
    if (f.section === "quotes" || f.section === "next_steps") continue;
    for (const gap of gapsIn(f.text)) {
      const own = new Set(terms(gap.since));
      if (asked.every((t) => own.has(t))) return f;
    }
  }
  return undefined;
}

/** The sections that say where and in which series the talks were (not what lasted). */
const SETTING: ReadonlySet<string> = new Set(["location", "format"]);

/**
 * How much of the words asked (weighted by rarity) the fact's sentence stating a length holds,
 * the best of its sentences that state one: 0..1.
 */
function lengthSentenceFit(c: AnswerContext, f: Fact, words: readonly string[]): number {
  let total = 0;
  for (const t of words) total += c.index.idf(t);
  if (total === 0) return 0;
  // a word the fact holds only as the index reads it ("hand over" for "hand … weapons") is
  // in no one sentence: it counts for each
  const loose = new Set(words.filter((t) => c.index.score(t, f) > 0 && !c.inText(f, t)));
  let best = 0;
  for (const sentence of f.text.split(/(?<=[.;!?])\s+/)) {
    if (!statesLength(sentence)) continue;
    const own = new Set(terms(sentence));
    let found = 0;
    for (const t of words) {
      const phrase = phraseWords(c, t);
      if (own.has(t) || loose.has(t) || (phrase.length > 0 && phrase.every((w) => own.has(w))))
        found += c.index.idf(t);
    }
    best = Math.max(best, found / total);
  }
  return best;
}

/** The words of the phrase a question read as one term ("hand over" → hand), particles aside. */
function phraseWords(c: AnswerContext, term: string): string[] {
  const t = c.q.terms.find((x) => x.term === term && x.span > 1);
  if (!t) return [];
  return c.q.words
    .slice(t.from, t.from + t.span)
    .filter((w) => !isStopWord(w))
    .map((w) => stem(w));
}

/**
 * "How long did Muallem speak": the first line (not a quote) whose sentence stating a length
 * names the person or side the question is about and the act asked ("spoke"), when the
 * question asks of nothing else and not of the talks ("how long was Nixon in China" asks of
 * the visit).
 */
function subjectLength(c: AnswerContext, durations: readonly Fact[]): Fact | undefined {
  const { q, subject, subjectTerms } = c;
  if (!subject || subjectTerms.length === 0 || c.topic.length > 0) return undefined;
  if (q.soft.includes("~meet") || q.hard.includes("~meet")) return undefined;
  const acts = q.soft.filter((t) => isConcept(t) && t !== "~duration");
  if (acts.length === 0) return undefined;
  return durations.find(
    (f) => f.section !== "quotes" && lengthSentenceFit(c, f, [...subjectTerms, ...acts]) === 1,
  );
}

/** The round of the same series held last before the chosen briefing, if any. */
function roundBefore(c: AnswerContext): Entry | undefined {
  const { b } = c;
  if (!b.format) return undefined;
  const ids = c.corpus.entityBriefings.get(entityKey("format", b.format)) ?? new Set<string>();
  let best: Entry | undefined;
  for (const id of ids) {
    const e = c.corpus.entries.get(id);
    if (!e || e.briefing.date >= b.date || e.briefing.format !== b.format) continue;
    if (!best || e.briefing.date > best.briefing.date) best = e;
  }
  return best;
}

/** "16 months", "3 weeks": from one day to another, in months (in weeks under two months). */
function monthsBetween(from: string, to: string): string {
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split("-").map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) + (d2 - d1) / 30;
  if (months < 2) {
    const weeks = Math.round((Date.parse(to) - Date.parse(from)) / (7 * 86_400_000));
    return `${weeks} week${weeks === 1 ? "" : "s"}`;
  }
  return `${Math.round(months)} months`;
}
