// What every kind of answer reads from the question and the chosen briefing: the subject and
// topic words, and how facts score, rank and fit; built once per briefing tried.

import type { Briefing } from "../../briefing/types.ts";
import { terms } from "../../text/index.ts";
import { sourceTag } from "../compose.ts";
import type { Mention } from "../entities.ts";
import type { Corpus, Draft, Entry } from "../entry.ts";
import type { Fact } from "../facts.ts";
import type { InvertedIndex } from "../inverted-index.ts";
import { coverage, mentionTerms, mentionWords, namesNoSide, nameTerms } from "../matching.ts";
import type { Kind, ParsedQuestion } from "../question.ts";
import { titlePredicateTerms } from "../title-topic.ts";
import type { Section } from "../types.ts";
import { SECTION_OF, SECTION_WEIGHT, TUNING } from "../weights.ts";

/** What answering needs of the engine: its index, and a decline with suggestions. */
export interface AnswerEnv {
  corpus: Corpus;
  /** A decline that suggests questions about the latest briefing. */
  decline(text: string): Draft;
}

/** A fact and its score for the question. */
export interface Scored {
  f: Fact;
  s: number;
}

/** The question and chosen briefing, read once for every kind of answer. */
export interface AnswerContext {
  q: ParsedQuestion;
  e: Entry;
  b: Briefing;
  /** More than one briefing could have answered (the answer then names its source). */
  many: boolean;
  index: InvertedIndex;
  /** Every briefing: the other rounds of a series ("how long since the round before"). */
  corpus: Corpus;
  /** The source tag appended to the answer. */
  tag: string;
  /** Whether a term only says which briefing (its title, place, format, date). */
  isSelector: (t: string) => boolean;
  /** The first person or party named, unless it only says which briefing. */
  subject: Mention | undefined;
  persons: Set<string>;
  parties: Set<string>;
  subjectTerms: string[];
  /** Content words and the other names, selectors included. */
  allTopic: string[];
  /** What the question asks about in the briefing: content words that do not just pick it. */
  topic: string[];
  /** Topic words of a clause saying when ("… when the talks collapsed") that the briefing has. */
  whenWords: string[];
  /** Sides named after "about" in a said-question: each must be in a quote's own words. */
  aboutNames: { terms: string[]; words: string; keys: string[]; typed: string[] }[];
  /** The confidence an answer starts from. */
  base: number;
  inText: (f: Fact, t: string) => boolean;
  relevance: (f: Fact, words: readonly string[]) => number;
  ranked: (facts: Fact[], kind?: Kind, words?: readonly string[]) => Scored[];
  section: (...names: Section[]) => Fact[];
  topical: (facts: Fact[], words?: readonly string[]) => Fact[];
  bySubject: (facts: Fact[]) => Fact[];
  decline: (text: string) => Draft;
  /** Answers again, as another kind of question or from another briefing. */
  answerIn: (q: ParsedQuestion, e: Entry, many: boolean) => Draft;
}

/** "why did Aoun reject the accord": a question for the reason of what someone did. */
export function asksWhy(q: ParsedQuestion): boolean {
  return q.words.slice(0, 2).includes("why");
}

/** Words that say what follows is the topic: "say about Jerusalem", "said on Iran". */
const ABOUT = new Set(["about", "on", "regarding", "concerning"]);

/** Whether a name comes right after "about" (or "about the"). */
function isAbout(q: ParsedQuestion, m: Mention): boolean {
  const at = q.terms[m.from]?.from;
  if (at === undefined) return false;
  const before = q.words[at - 1] === "the" ? q.words[at - 2] : q.words[at - 1];
  return before !== undefined && ABOUT.has(before);
}

/** Whether a word naming talks follows "about" ("say about the nuclear security summit"). */
function talkNameIsAbout(q: ParsedQuestion, term: string): boolean {
  const t = q.terms.find((x) => x.term === term);
  if (!t) return false;
  let at = t.from - 1;
  // back over the other words of the talks' name and articles
  while (at >= 0) {
    const w = q.words[at] as string;
    const named = q.terms.some((x) => x.from === at && q.talkNames.includes(x.term));
    if (!named && w !== "the" && w !== "a") break;
    at--;
  }
  return at >= 0 && ABOUT.has(q.words[at] as string);
}

/** Words that end the phrase after "about": where or when it was said, not what about. */
const ABOUT_ENDS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "during",
  "when",
  "after",
  "before",
  "since",
  "with",
]);

/** Terms of the phrase after "about" ("say about the elections in Tunis": the elections). */
function aboutPhraseTerms(q: ParsedQuestion): string[] {
  const at = q.words.findIndex((w) => ABOUT.has(w));
  if (at < 0) return [];
  let end = q.words.length;
  for (let i = at + 1; i < q.words.length; i++) {
    if (ABOUT_ENDS.has(q.words[i] as string)) {
      end = i;
      break;
    }
  }
  return q.terms.filter((t) => t.from > at && t.from < end).map((t) => t.term);
}

/**
 * "what did Saied say about the elections" at talks titled "… agrees election date": when every
 * word after "about" is in the title, the title's words that tell what the talks did are still
 * what the person was asked about (a quote must hold them); words that name the talks are not.
 */
function titleWordsAsked(
  q: ParsedQuestion,
  subject: Mention | undefined,
  narrowed: readonly string[],
  title: string,
): string[] {
  if (q.kind !== "said" || subject?.kind !== "person") return [];
  const about = aboutPhraseTerms(q).filter((t) => q.hard.includes(t));
  if (about.length === 0 || about.some((t) => narrowed.includes(t))) return [];
  return titlePredicateTerms(title, about);
}

/** Reads the question against the chosen briefing. */
export function answerContext(
  env: AnswerEnv,
  q: ParsedQuestion,
  e: Entry,
  many: boolean,
  answerIn: AnswerContext["answerIn"],
): AnswerContext {
  const index = env.corpus.index;
  const b = e.briefing;
  const tag = sourceTag(b, many);
  // the subject is the first person or party named; other names become topic words
  // words that picked this briefing (in its title, place, format) do not pick a fact within it
  const head = e.facts.filter(
    (f) =>
      f.section === "title" ||
      f.section === "location" ||
      f.section === "format" ||
      f.section === "date",
  );
  const listKind = q.kind in SECTION_OF || q.kind === "summary";
  // "the outcome of the march fish talks": words naming the talks pick no fact of a list; nor
  // are the names of this briefing's people or sides before a word of talks what someone said
  // ("what did Gorbachev say at the second Reagan-Gorbachev summit"), unless they follow
  // "about" ("what did Obama say about the nuclear security summit")
  const namesTalks = (t: string) =>
    q.talkNames.includes(t) &&
    (listKind ||
      (q.kind === "who" &&
        q.mentions.some((m) => mentionTerms(q, m).includes(t) && namesNoSide(q, m))) ||
      (q.kind === "said" &&
        !talkNameIsAbout(q, t) &&
        q.mentions.some(
          (m) => mentionTerms(q, m).includes(t) && e.names.some((n) => m.keys.includes(n.key)),
        )));
  const isSelector = (t: string) => head.some((f) => index.score(t, f) > 0) || namesTalks(t);
  // "who represented East Germany at Helsinki": a capital after "in"/"at" that the typed
  // question reads as the place is where, not whose
  const isPlace = (m: Mention) => {
    const at = q.terms[m.from]?.from;
    const before = at === undefined ? undefined : q.words[at - 1];
    return (
      m.kind === "party" && q.typed?.place !== undefined && (before === "in" || before === "at")
    );
  };
  // "who mediated between Tehran and Washington": the sides gone between are not the one asked
  let subject = q.mentions.find(
    (m) => (m.kind === "person" || m.kind === "party") && !isPlace(m) && !namesNoSide(q, m),
  );
  // "the result of the Iran talks": a name that only says which briefing is no subject
  if (subject && listKind && mentionTerms(q, subject).every(isSelector)) subject = undefined;
  const persons = new Set(subject?.kind === "person" ? subject.keys : []);
  const parties = new Set(subject?.kind === "party" ? subject.keys : []);
  const subjectTerms = subject ? mentionTerms(q, subject) : [];
  // other names count by their own name ("Tehran" → "iran"), as the facts spell them; a place
  // by the part of its location typed ("havana", not "havana cuba": facts name the city alone)
  // the place asked of what someone said is where, checked against the talks, not what about
  const placeOfWords = q.kind === "said" || q.kind === "position";
  const otherTerms = q.mentions
    .filter((m) => m !== subject && !(placeOfWords && (m.kind === "place" || isPlace(m))))
    // "the Reagan-Gorbachev summit": names that name the talks are no topic (see isSelector)
    .filter((m) => !mentionTerms(q, m).every(namesTalks))
    // "what did Carter tell Sadat": whom it was said to is not what it was about
    .filter((m) => !(q.kind === "said" && mentionTerms(q, m).every((t) => q.addressee.includes(t))))
    .flatMap((m) =>
      m.keys.length === 1 && m.kind !== "place" && !isPlace(m)
        ? nameTerms(m.keys[0] as string)
        : mentionTerms(q, m),
    );
  const allTopic = [...new Set([...q.hard, ...otherTerms])];
  // "what did Begin say about Jerusalem": a side named after "about" is what was said about,
  // spelt as typed or by its name, even when its name is in the briefing's title (Israel)
  const aboutNames =
    q.kind === "said" && subject?.kind === "person"
      ? q.mentions
          .filter((m) => m.kind === "party" && isAbout(q, m))
          .map((m) => ({
            terms: [...new Set([...m.keys.flatMap((k) => nameTerms(k)), ...mentionTerms(q, m)])],
            words: mentionWords(q, m),
            keys: m.keys,
            typed: mentionTerms(q, m),
          }))
      : [];
  const narrowed = allTopic.filter((t) => !isSelector(t));
  const topic = [...narrowed, ...titleWordsAsked(q, subject, narrowed, b.title)];
  // "what did X say when the talks collapsed", "… after the Iceland talks": words of a clause that
  // says when, which this briefing has; they may say which talks rather than what was said
  const whenClause = new Set(q.kind === "said" ? q.whenClause : []);
  const whenWords = topic.filter(
    (t) => whenClause.has(t) && e.facts.some((f) => index.score(t, f) > 0),
  );
  const base = topic.length > 0 ? TUNING.confidence.withTopic : TUNING.confidence.withoutTopic;

  const textTerms = new Map<number, Set<string>>();
  const inText = (f: Fact, t: string) => {
    let set = textTerms.get(f.id);
    if (!set) {
      set = new Set(terms(f.text));
      textTerms.set(f.id, set);
    }
    return set.has(t);
  };
  const relevance = (f: Fact, words: readonly string[]) => {
    let s = 0;
    for (const t of words) {
      const v = index.score(t, f);
      if (v > 0) s += v + (inText(f, t) ? TUNING.words.inText * index.idf(t) : 0);
    }
    for (const t of q.soft) s += TUNING.words.soft * index.score(t, f);
    return s;
  };
  const score = (f: Fact, kind: Kind = q.kind, words: readonly string[] = topic) => {
    let s = relevance(f, words) * (SECTION_WEIGHT[kind][f.section] ?? TUNING.words.otherSection);
    if (f.person && persons.has(f.person)) s += TUNING.facts.subjectPerson;
    if (f.party && parties.has(f.party)) s += TUNING.facts.subjectParty;
    return s;
  };
  const ranked = (facts: Fact[], kind: Kind = q.kind, words: readonly string[] = topic) =>
    facts
      .map((f) => ({ f, s: score(f, kind, words) }))
      .sort((x, y) => y.s - x.s || x.f.id - y.f.id);
  const section = (...names: Section[]) => e.facts.filter((f) => names.includes(f.section));
  const topical = (facts: Fact[], words: readonly string[] = topic) =>
    words.length === 0
      ? facts
      : facts.filter((f) => coverage(index, words, [f]) >= TUNING.coverage.answer);
  const bySubject = (facts: Fact[]) => {
    if (persons.size > 0) {
      // "did Shastri die in Tashkent": what happened to one person is told about them, not by
      // them, in a fact with every other word of the yes/no question; what a person said or
      // wants is theirs alone
      const people = q.mentions.filter((m) => m.kind === "person").length;
      // ("did Aoun accept the accord": the line recording his rejection, not only his quotes)
      const told =
        (q.kind === "general" || q.kind === "position") &&
        (q.yesNo || asksWhy(q)) &&
        people === 1 &&
        q.hard.length > 0;
      return facts.filter(
        (f) =>
          (f.person && persons.has(f.person)) ||
          (told &&
            f.section !== "quotes" &&
            coverage(index, subjectTerms, [f]) === 1 &&
            coverage(index, q.hard, [f]) === 1),
      );
    }
    if (parties.size > 0) {
      return facts.filter(
        (f) => (f.party && parties.has(f.party)) || coverage(index, subjectTerms, [f]) === 1,
      );
    }
    return facts;
  };

  return {
    q,
    e,
    b,
    many,
    index,
    corpus: env.corpus,
    tag,
    isSelector,
    subject,
    persons,
    parties,
    subjectTerms,
    allTopic,
    topic,
    whenWords,
    aboutNames,
    base,
    inText,
    relevance,
    ranked,
    section,
    topical,
    bySubject,
    decline: (text) => env.decline(text),
    answerIn,
  };
}
