// Answers "when" and "where": a dated or placed fact the question names, else the briefing's own date or venue.

import { casualDates, isoDayOf, noonOf } from "../../text/dates.ts";
import { surfaceTokens, terms } from "../../text/index.ts";
import { briefingWhen, citeBriefing, citeFact, humanDate, stepLine } from "../compose.ts";
import type { Draft, Entry } from "../entry.ts";
import { answered } from "../entry.ts";
import type { Fact } from "../facts.ts";
import { coverage } from "../matching.ts";
import {
  DATED_TEXT,
  ordinalFit,
  PLACE_TEXT,
  roundOrdinalsIn,
  TALKS_OPENED,
} from "../text-patterns.ts";
import { TUNING } from "../weights.ts";
import type { AnswerContext } from "./context.ts";

/**
 * A dated fact as a when-answer: a next step with its date; another fact with the day it names
 * up front, the one nearest the words of the question when it names several ("when does
 * Armenia hand over Agdam" in "… Kalbajar by 15 November, Agdam by 20 November …").
 */
function whenLine(f: Fact, words: readonly string[]): string {
  if (f.section === "next_steps") return `Next: ${stepLine(f)}`;
  const days = casualDates(f.text, noonOf(f.briefing.date)).filter(
    (r) => r.start.isCertain("day") && r.start.isCertain("month"),
  );
  if (days.length === 0) return f.text;
  const lower = f.text.toLowerCase();
  const at = words
    .filter((w) => w.length > 2)
    .map((w) => lower.indexOf(w))
    .filter((i) => i >= 0);
  // the date after a word of the question comes first ("Agdam by 20 November"), else the nearest
  const distance = (index: number) =>
    at.length === 0
      ? index
      : Math.min(...at.map((i) => (index >= i ? index - i : 2 * (i - index))));
  const best = [...days].sort((x, y) => distance(x.index) - distance(y.index))[0];
  if (!best) return f.text;
  return `${humanDate(isoDayOf(best.start, "padded"))}: ${f.text}`;
}

/** Sections whose lines may say when a later round is (or that no date was set for it). */
const ROUND_TOLD_IN: ReadonlySet<string> = new Set(["next_steps", "outcomes", "points"]);
/** Words that say a line tells when (or whether) something is dated. */
const TELLS_TIME = /\b(date|dated|scheduled)\b/i;

/**
 * The line of this briefing that tells when the round asked by its ordinal is, when this
 * briefing is not that round by its title: a dated next step first, then a line that names a
 * time or says whether one was set ("No date was set for a third round"), then the first step.
 */
function announcedRound(c: AnswerContext): Fact | undefined {
  const n = c.q.typed?.ordinal;
  if (n === undefined || roundOrdinalsIn(c.b.title).includes(n)) return undefined;
  const told = c.e.facts.filter(
    (f) => ROUND_TOLD_IN.has(f.section) && roundOrdinalsIn(f.text).includes(n),
  );
  const rank = (f: Fact) =>
    (f.section === "next_steps" && f.date ? 2 : 0) +
    (DATED_TEXT.test(f.text) || TELLS_TIME.test(f.text) ? 1 : 0);
  return [...told].sort(
    (x, y) =>
      rank(y) - rank(x) ||
      Number(y.section === "next_steps") - Number(x.section === "next_steps") ||
      x.id - y.id,
  )[0];
}

/** Shaping words of a when-question that name an event of their own ("start", "set up"). */
const EVENT_TERMS: ReadonlySet<string> = new Set(["~begin", "~establish"]);

/** Whether a text's own words hold every term asked (a fact's index terms hold more). */
function holdsAll(text: string, asked: readonly string[]): boolean {
  const own = new Set(terms(text));
  return asked.every((t) => own.has(t));
}

/** "When did X start", "when do they meet next": a dated fact, else the briefing's date. */
export function answerWhen(c: AnswerContext): Draft {
  const {
    q,
    e,
    index,
    tag,
    isSelector,
    subjectTerms,
    allTopic,
    base,
    relevance,
    ranked,
    section,
    topical,
  } = c;
  const dated = e.facts.filter(
    (f) =>
      f.section === "date" ||
      (f.section === "next_steps" && f.date) ||
      (f.section !== "title" && DATED_TEXT.test(f.text)),
  );
  // "when is the third round": a round this briefing is not, announced by one of its next steps
  const announced = announcedRound(c);
  if (announced) return answered(whenLine(announced, q.words) + tag, [citeFact(announced)], base);
  const words = [...new Set([...allTopic, ...subjectTerms])];
  const wantsNext = q.soft.includes("~next") || q.hard.includes("~next");
  const specific = words.filter((t) => t !== "~meet" && !isSelector(t));
  // "when does the ceasefire start", "when did the X talks begin": the start of something
  // the question names (even by the briefing's own title words) is a dated next step or
  // background fact, not the date of this round
  const event = [...q.soft, ...q.hard].filter((t) => EVENT_TERMS.has(t));
  const named = allTopic.filter((t) => t !== "~meet" && !EVENT_TERMS.has(t));
  // words that are not the briefing's own title must be in the fact; else the title's
  const open = named.filter((t) => !isSelector(t));
  const about = (f: Fact) =>
    open.length > 0
      ? coverage(index, open, [f]) >= TUNING.coverage.answer
      : named.some((t) => index.score(t, f) > 0);
  // "when did the Lomé talks kick off": of the talks themselves (no word but theirs), a line
  // telling that they opened ("The talks opened in Lomé on 25 May") says when they began
  const ofTalks = open.length === 0 && q.terms.some((t) => t.term === "~meet");
  const opened = (f: Fact) =>
    ofTalks &&
    event.includes("~begin") &&
    // an earlier round's opening, in the background, is not when these talks began
    f.section !== "next_steps" &&
    f.section !== "background" &&
    TALKS_OPENED.test(f.text);
  if (event.length > 0 && named.length > 0 && !wantsNext) {
    const starts = dated
      .filter(
        (f) =>
          f.section !== "date" &&
          (event.some((t) => index.score(t, f) > 0) || opened(f)) &&
          about(f),
      )
      .map((f) => ({
        f,
        s:
          relevance(f, named) * (f.section === "next_steps" && f.date ? TUNING.facts.datedStep : 1),
      }))
      .sort((x, y) => y.s - x.s || x.f.id - y.f.id);
    const first = starts[0]?.f;
    if (first) {
      return answered(whenLine(first, q.words) + tag, [citeFact(first)], base);
    }
  }
  // "when did the talks end": nothing more specific than the briefing itself
  const aboutTalks = q.soft.includes("~meet") || q.hard.includes("~meet") || !q.soft.length;
  if (specific.length === 0 && !wantsNext && !q.past && aboutTalks) {
    return talksTookPlace(e, base);
  }
  // "when did they meet before": an earlier event, not the briefing's own date
  if (q.past) {
    let earlier = dated.filter((f) => f.section !== "date" && f.section !== "next_steps");
    // "when did they last meet": an earlier meeting, not any earlier event
    const met = earlier.filter((f) => index.score("~meet", f) > 0);
    if (q.soft.includes("~meet") && met.length > 0) earlier = met;
    dated.splice(0, dated.length, ...earlier);
  }
  // "when was the transitional government to be set up": the thing named decides which line
  // tells when; the event word alone ("founded" in a line about something else) does not
  const asked =
    event.length > 0 && open.length > 0
      ? open
      : words.filter((t) => t !== "~meet" && !isSelector(t));
  let candidates = topical(dated, asked);
  // "when is the next summit", "when will the presidents meet again": the step that is a
  // meeting, dated or not, not the soonest step of any kind
  // ("the next step after the Valletta talks" names the talks it follows, not a meeting)
  const anchor = new Set(q.typed?.relation?.anchor.toLowerCase().split(/\s+/) ?? []);
  const asksMeeting = q.terms.some((t) => t.term === "~meet" && !anchor.has(q.words[t.from] ?? ""));
  if (wantsNext && asksMeeting) {
    const meetings = section("next_steps").filter((f) => holdsAll(f.text, ["~meet"]));
    const held = (f: Fact) => words.filter((t) => index.score(t, f) > 0).length;
    // dated meetings: the one with most of the question's words, then the soonest
    const dated = meetings
      .filter((f) => f.date !== undefined)
      .sort((x, y) => held(y) - held(x) || (x.date ?? "").localeCompare(y.date ?? ""));
    const meeting = dated[0] ?? ranked(meetings, "next", words)[0]?.f;
    if (meeting) {
      const line = meeting.date
        ? whenLine(meeting, q.words)
        : `Next: ${meeting.text} (the briefing gives no date)`;
      return answered(line + tag, [citeFact(meeting)], base);
    }
  }
  if (wantsNext) {
    const steps = candidates.filter((f) => f.section === "next_steps");
    candidates =
      steps.length > 0 ? steps : dated.filter((f) => f.section === "next_steps" && f.date);
  }
  // of steps that hold the question's words equally (shaping words aside: "next", "step"), "the
  // next step" is the soonest
  const content = (f: Fact) => words.filter((t) => index.score(t, f) > 0).length;
  const soonest = (x: Fact, y: Fact) =>
    wantsNext && x.date && y.date ? content(y) - content(x) || x.date.localeCompare(y.date) : 0;
  // "when are the referendums": a dated step that holds every word asked is dated by the
  // briefing itself, and goes before a longer text that mentions the thing among others (the
  // summary's day is not the referendums'); a past-tense question asks of no step still due
  const past = q.words.some((w) => w === "did" || w === "was" || w === "were");
  const stepOfIt = (f: Fact) =>
    !past && specific.length > 0 && f.section === "next_steps" && f.date !== undefined
      ? holdsAll(f.text, specific)
      : false;
  const best = candidates
    .map((f) => ({
      f,
      step: stepOfIt(f) ? 1 : 0,
      s: relevance(f, words) * (f.section === "date" ? TUNING.facts.dateSection : 1),
    }))
    .sort((x, y) => soonest(x.f, y.f) || y.step - x.step || y.s - x.s || x.f.id - y.f.id)[0];
  if (!best && specific.length > 0) {
    // "when does the deal expire": a fact that says when in its own words ("after 120 days")
    const other = e.facts.filter((f) => f.section !== "title" && f.section !== "date");
    const fit = ranked(topical(other, specific), "general", specific)[0];
    if (fit && fit.s > 0) {
      return answered(whenLine(fit.f, q.words) + tag, [citeFact(fit.f)], base - 0.1);
    }
  }
  if (!best && wantsNext) {
    // next steps without a date: say what is next, and that no day is given
    const step = ranked(section("next_steps"), "next")[0];
    if (step) {
      return answered(
        `Next: ${step.f.text} (the briefing gives no date)${tag}`,
        [citeFact(step.f)],
        base - 0.1,
      );
    }
  }
  if (best && best.f.section !== "date" && (best.s > 0 || wantsNext)) {
    const f = best.f;
    return answered(whenLine(f, q.words) + tag, [citeFact(f)], base);
  }
  return talksTookPlace(e, base);
}

/** The briefing's own dates and place: "X took place in Y from … to …", cited to its date. */
function talksTookPlace(e: Entry, base: number): Draft {
  const b = e.briefing;
  const fact = e.facts.find((f) => f.section === "date");
  const where = b.location ? ` in ${b.location}` : "";
  return answered(
    `${b.title} took place${where} ${briefingWhen(b)}.`,
    [citeBriefing(b, "date", fact?.text ?? b.date)],
    base + 0.1,
  );
}

/** "Where was it held", "where do they meet next": a placed fact, else the briefing's venue. */
export function answerWhere(c: AnswerContext): Draft {
  const { q, e, b, index, tag, allTopic, topic, base, ranked, section, topical, decline } = c;
  if (q.soft.includes("~next") || q.hard.includes("~next")) {
    const step = ranked(section("next_steps"), "next")[0];
    if (step) return answered(`Next: ${stepLine(step.f)}${tag}`, [citeFact(step.f)], base);
  }
  // "where is the 120th meeting": a numbered meeting a next step names, with its place
  const numbered = q.words.filter((w) => /^\d+(st|nd|rd|th)$/.test(w));
  if (numbered.length > 0) {
    const step = section("next_steps").find(
      (f) => PLACE_TEXT.test(f.text) && numbered.some((w) => surfaceTokens(f.text).includes(w)),
    );
    if (step) return answered(`Next: ${stepLine(step)}${tag}`, [citeFact(step)], base);
  }
  // "where was the first summit" asked of the fourth: a fact about the first one
  if (ordinalFit(q.words, b.title) < 1) {
    const other = e.facts.filter(
      (f) =>
        ordinalFit(q.words, f.text) > 1 &&
        PLACE_TEXT.test(f.text) &&
        coverage(index, allTopic, [f]) >= TUNING.coverage.answer,
    );
    const best = ranked(other, "general", allTopic)[0];
    if (best) {
      const text = best.f.section === "next_steps" ? `Next: ${stepLine(best.f)}` : best.f.text;
      return answered(text + tag, [citeFact(best.f)], base - 0.05);
    }
  }
  // "where will ships be inspected": a fact about something else than the talks' venue
  // (content words only: names say who met, not what happened where)
  const specific = topic.filter((t) => q.hard.includes(t) && t !== "~meet" && t !== "~location");
  if (specific.length > 0) {
    const other = e.facts.filter(
      (f) => !["title", "date", "location", "format"].includes(f.section),
    );
    // a fact that names a place ("meets in Marrow") answers where; a next step most likely
    const placed = (f: Fact) =>
      (PLACE_TEXT.test(f.text) ? TUNING.facts.placeText : 1) *
      (f.section === "next_steps" ? TUNING.facts.nextStepPlace : 1) *
      ordinalFit(q.words, f.text);
    // only a fact that names a place says where: of the facts on the topic, those that do, unless
    // the question asks about another meeting ("where did they meet after Pretoria")
    const onTopic = topical(other, specific);
    const withPlace = q.typed?.relation ? [] : onTopic.filter((f) => PLACE_TEXT.test(f.text));
    const best = ranked(withPlace.length > 0 ? withPlace : onTopic, "general", specific)
      .map((x) => ({ f: x.f, s: x.s * placed(x.f) }))
      .sort((x, y) => y.s - x.s || x.f.id - y.f.id)[0];
    if (best && best.s > 0) {
      const text = best.f.section === "next_steps" ? `Next: ${stepLine(best.f)}` : best.f.text;
      return answered(text + tag, [citeFact(best.f)], base - 0.05);
    }
  }
  if (!b.location) {
    // no location given: the summary's first sentence that names where ("signed … at Prague Castle")
    const summary = section("summary")[0];
    // ("in January 2021" is a time, not a place; "near Geneva" is a place)
    const sentence = summary?.text.split(/(?<=[.!?])\s+/).find((x) => VENUE_TEXT.test(x));
    if (summary && sentence) return answered(sentence + tag, [citeFact(summary)], base);
    return decline(`The briefing “${b.title}” gives no location.`);
  }
  // "where exactly was the treaty signed": a line naming a room or hall within the venue, where
  // what was asked was done ("signed … in the East Room of the White House")
  const within = placeWithin(c, b.location);
  if (within) return answered(within.sentence + tag, [citeFact(within.f)], base);
  return answered(
    `${b.title} took place in ${b.location} ${briefingWhen(b)}.`,
    [citeBriefing(b, "location", b.location)],
    base + 0.15,
  );
}

/** A place named in a sentence, not a month: "in Geneva", "near Tunis", "at the Palais Coburg". */
const VENUE_TEXT =
  /\b(in|at|near)\s+(the\s+)?(?!(January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;

/** Sections whose lines tell what was done at the talks (not a side's wish or a quote). */
const DONE_IN: ReadonlySet<string> = new Set(["summary", "points", "outcomes"]);

/**
 * The first sentence of a line about the talks that names a place within the venue ("in the
 * East Room of the White House" for a venue "The White House, Washington") and holds every
 * content word of the question in its own words; undefined when the question names nothing
 * done there.
 */
function placeWithin(
  c: AnswerContext,
  location: string,
): { f: Fact; sentence: string } | undefined {
  const asked = c.q.hard.filter((t) => t !== "~meet" && t !== "~location");
  if (asked.length === 0) return undefined;
  const venue = (location.split(",")[0] ?? "").trim().replace(/^the\s+/i, "");
  if (venue.length < 3) return undefined;
  const escaped = venue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // "in the East Room of the White House", "at the Hall of Mirrors in the Palace"
  const inside = new RegExp(
    `\\b(in|at)\\s+the\\s+(\\p{Lu}[\\p{L}'-]*\\s+){1,4}(of|in|at)\\s+(the\\s+)?${escaped}\\b`,
    "u",
  );
  for (const f of c.e.facts) {
    if (!DONE_IN.has(f.section)) continue;
    for (const sentence of f.text.split(/(?<=[.!?])\s+/)) {
      if (!inside.test(sentence)) continue;
      const own = new Set(terms(sentence));
      if (asked.every((t) => own.has(t))) return { f, sentence };
    }
  }
  return undefined;
}
