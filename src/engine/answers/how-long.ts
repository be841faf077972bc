// Answers "how long": a fact stating a duration, else the span of the briefing's dates.
import { stem } from "../../text/index.ts";
import { briefingWhen, citeBriefing, citeFact } from "../compose.ts";
import type { Draft } from "../entry.ts";
import { answered } from "../entry.ts";
import type { Fact } from "../facts.ts";
import { DURATION_VERBS } from "../question.ts";
import { LASTED_TEXT, LONG_DURATION_TEXT, ORDINAL_WORDS, statesLength } from "../text-patterns.ts";
import type { AnswerContext } from "./context.ts";

/** Words of a question about the time a planned act is given: "within", "to be", "must". */
const PLANNED = /\b(within|to be|must|have to|has to|had to|are to|is to|due to)\b/i;

/** "How long did X last": a duration the briefing states, else the days it spans. */
export function answerHowLong(c: AnswerContext): Draft {
  const { q, e, b, index, tag, isSelector, allTopic, topic, base, ranked, topical, decline } = c;
  const durations = e.facts.filter((f) => statesLength(f.text) && f.section !== "next_steps");
  // what else than the talks the question asks the length of ("the truce")
  const specific = topic.filter((t) => q.hard.includes(t) && t !== "~meet");
  const lasted = (f: Fact) => answered(f.text + tag, [citeFact(f)], base);
  if (specific.length > 0) {
    // "within how long were the militias to be disbanded": the time a planned act is given is
    // stated among the next steps too ("Disbanding of all militias within six months")
    const planned = PLANNED.test(q.text)
      ? e.facts.filter((f) => f.section === "next_steps" && statesLength(f.text))
      : [];
    const best = ranked(topical([...durations, ...planned], specific), "howlong", specific).filter(
      (x) => x.s > 0,
    );
    // a fact stating it beats a remark about it
    const stated = best.find((x) => x.f.section !== "quotes") ?? best[0];
    if (stated) return lasted(stated.f);
    // "the signing ceremony": when no length in the briefing names what is asked, the talks'
    // length (or any other) does not answer it
    // (an ordinal only says which round: "the fifth round" is checked as a round)
    const things = specific.filter((t) => !ORDINAL_WORDS.includes(t) && !/^\d/.test(t));
    if (things.length > 0 && !durations.some((f) => things.some((t) => index.score(t, f) > 0))) {
      const what = things.map((t) => q.words[q.terms.find((x) => x.term === t)?.from ?? -1] ?? t);
      return decline(
        `The briefing “${b.title}” does not say how long the ${what.join(" ")} lasted.`,
      );
    }
  }
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
  const rank = (f: Fact) =>
    (LASTED_TEXT.test(f.text) ? 0 : 2) +
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
