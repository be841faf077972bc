// The last word before an answer goes out: every hard constraint the question names (who spoke,
// which party, which month or year, which round) must hold for every fact the answer cites.
// An answer that breaks one is worse than a decline, so it becomes a decline that says why.
import { MONTHS } from "../text/dates.ts";
import {
  AUXILIARIES,
  allowedTypos,
  concept,
  country,
  DETERMINERS,
  editDistance,
  isEnglishWord,
  isStopWord,
  stem,
  terms as termsOf,
} from "../text/index.ts";
import { PLACES } from "../text/places.ts";
import { wordNet } from "../text/wordnet.ts";
import { chatFrame } from "./chat-frame.ts";
import type { Mention } from "./entities.ts";
import { type Entry, listWords } from "./entry.ts";
import { entityKey, type Fact } from "./facts.ts";
import type { InvertedIndex } from "./inverted-index.ts";
import {
  DOCUMENT_NOUNS,
  heldAt,
  isAgentAt,
  mentionTerms,
  mentionWords,
  namesNoSide,
  sideIsHosted,
} from "./matching.ts";
import { parseWords } from "./nlp.ts";
import {
  type AskedAct,
  askedAct,
  askedEventOutcome,
  namedOnlyAsToCome,
  namesActAnyForm,
  plannedRecord,
  plansEvent,
  recordsAct,
} from "./planned.ts";
import {
  askedStems,
  asYesNo,
  presupposedAssent,
  presupposedDissent,
  stanceToward,
} from "./polarity.ts";
import type { ParsedQuestion } from "./question.ts";
import {
  DATED_TEXT,
  DURATION_TEXT,
  NUMBER_TEXT,
  ORDINAL_WORDS,
  PLACE_TEXT,
  roundOrdinalsIn,
  statesLength,
} from "./text-patterns.ts";
import type { Citation } from "./types.ts";

/** Numbers as words, "one" to "twelve": stage n is at index n − 1. */
const ORDINAL_NUMBERS: readonly string[] = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** Why an answer does not fit its question, worded for the person who asked. */
export interface Violation {
  reason: string;
  /** Questions near this one that the briefings may answer (each is checked before it is offered). */
  suggest?: string[];
  /**
   * The briefing asked about records the opposite of what the question takes for granted: other
   * briefings are not searched for a line that seems to fit.
   */
  settled?: boolean;
}

/** Auxiliaries that open "what did X say": the words between one and the speech verb name X. */
const OPENERS = new Set(["did", "does", "do", "has", "have", "had", "will", "would"]);

/** Words in a speaker phrase that say nothing about who spoke. */
const NOT_A_SPEAKER = new Set([
  "the",
  "a",
  "an",
  "they",
  "there",
  "anyone",
  "anybody",
  "someone",
  "it",
  "he",
  "she",
]);

const MONTH_YEAR = new RegExp(
  `\\b(${MONTHS.join("|")})(?:\\s+\\d{1,2},?)?\\s+(1[89]\\d\\d|20\\d\\d)\\b`,
  "gi",
);
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/** The fact a citation quotes, found again in its briefing. */
export function citedFact(c: Citation, entries: ReadonlyMap<string, Entry>): Fact | undefined {
  return entries.get(c.briefing)?.facts.find((f) => f.section === c.section && f.text === c.text);
}

/** Word positions [from, to) of the speaker in "what did X say", if the question has that shape. */
/**
 * Concepts of the verb of a said-question: what someone said, proposed or demanded is recorded
 * as their words or stated positions ("what did China propose" is not answered by "China
 * declined to attend").
 */
const SPEECH_ACTS: ReadonlySet<string> = new Set(["~say", "~propose", "~demand"]);

/** Whether a line has one of `names` as the doer of a verb of speech, proposal or demand. */
function proposedBy(text: string, names: readonly string[]): boolean {
  const words = termsOf(text);
  return words.some(
    (w, i) =>
      names.includes(w) &&
      words
        .slice(i + 1, i + 3)
        .some((v) => SPEECH_ACTS.has(v) || SPEECH_ACTS.has(concept(stem(v)))),
  );
}

function speakerSpan(q: ParsedQuestion): [number, number] | undefined {
  // the speech word must be the verb ("what did X say"), not a noun ("sign the statement"):
  // a noun of speech comes after a determiner, but one right after the auxiliary opens the
  // speaker ("what did the Labour party say")
  const verb = q.words.findIndex(
    (w, i) =>
      i > 0 &&
      SPEECH_ACTS.has(concept(stem(w))) &&
      !DOCUMENT_NOUNS.has(w) &&
      ![i - 3, i - 2, i - 1].some(
        (j) =>
          j >= 0 && DETERMINERS.has(q.words[j] as string) && !OPENERS.has(q.words[j - 1] ?? ""),
      ),
  );
  if (verb < 0) return undefined;
  let open = -1;
  for (let i = verb - 1; i >= 0; i--) {
    if (OPENERS.has(q.words[i] as string)) {
      open = i;
      break;
    }
  }
  if (open < 0 || verb - open < 2) return undefined;
  const words = q.words.slice(open + 1, verb).filter((w) => !NOT_A_SPEAKER.has(w));
  return words.length > 0 ? [open + 1, verb] : undefined;
}

/** "what did Grossi say": quotes by that speaker (or that party's people), nothing else. */
function speakerViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
  entries: ReadonlyMap<string, Entry>,
): Violation | undefined {
  if (q.kind !== "said") return undefined;
  const span = speakerSpan(q);
  if (!span) return undefined;
  const [from, to] = span;
  const inSpan = q.mentions.filter((m) => {
    const first = q.terms[m.from];
    return first !== undefined && first.from >= from && first.from < to;
  });
  // the typed question's speaker, where the speaker stands; else a person named there
  const speakerKey = q.typed?.speaker ? entityKey("person", q.typed.speaker) : undefined;
  const person =
    inSpan.find(
      (m) => m.kind === "person" && speakerKey !== undefined && m.keys.includes(speakerKey),
    ) ?? inSpan.find((m) => m.kind === "person");
  const spanTerms = q.terms
    .filter((t) => t.from >= from && t.from < to && !isStopWord(q.words[t.from] ?? ""))
    .map((t) => t.term);
  const partyKey = q.typed?.party ? entityKey("party", q.typed.party) : undefined;
  const party =
    inSpan.find((m) => m.kind === "party" && partyKey !== undefined && m.keys.includes(partyKey)) ??
    inSpan.find((m) => m.kind === "party");
  const spoken = (f: Fact) => {
    if (person)
      return f.section === "quotes" && f.person !== undefined && person.keys.includes(f.person);
    if (party) {
      return (
        (f.section === "quotes" || f.section === "parties") &&
        f.party !== undefined &&
        party.keys.includes(f.party)
      );
    }
    // a role ("the Norwegian envoy") or a name the briefings hold only in their text: a quote
    // whose speaker's name, role and side hold a word of it ("Steinmeier" is not Lavrov)
    if (f.section !== "quotes") return false;
    const p = f.participant;
    const described = new Set(
      termsOf(
        [f.speaker ?? "", p?.name ?? "", p?.role ?? "", p?.side ?? "", ...(p?.aliases ?? [])].join(
          " ",
        ),
      ),
    );
    // typed names may be misspelt ("tony blare", "carl bild"): a word within the typo allowance
    const near = (t: string) =>
      described.has(t) ||
      [...described].some(
        (d) => editDistance(t, d, allowedTypos(t.length)) <= allowedTypos(t.length),
      );
    return spanTerms.some(near);
  };
  if (spoken(facts[0] as Fact)) return undefined;
  // "what did the final act say about frontiers": a text's words are its content, not a quote
  if (!person && DOCUMENT_NOUNS.has(q.words[to - 1] ?? "")) return undefined;
  const terms = person ? mentionTerms(q, person) : party ? mentionTerms(q, party) : [];
  // "what did China propose" answered by "China proposed a summit": a line that has them propose
  if (terms.length > 0 && proposedBy((facts[0] as Fact).text, terms)) return undefined;
  const who = person
    ? mentionWords(q, person)
    : party
      ? mentionWords(q, party)
      : q.words
          .slice(from, to)
          .filter((w) => !NOT_A_SPEAKER.has(w))
          .join(" ");
  // say where the name does occur, so the reader knows the briefings were searched
  const where = whereMentioned(q, facts, terms, from, to, index, entries);
  return {
    reason: `No statement by ${who} is recorded in the briefings${where ? `; ${who} is mentioned in ${where}, but not as a speaker` : ""}.`,
  };
}

function whereMentioned(
  q: ParsedQuestion,
  facts: readonly Fact[],
  nameTerms: readonly string[],
  from: number,
  to: number,
  index: InvertedIndex,
  entries: ReadonlyMap<string, Entry>,
): string | undefined {
  const terms =
    nameTerms.length > 0
      ? nameTerms
      : q.terms.filter((t) => t.from >= from && t.from < to).map((t) => t.term);
  if (terms.length === 0) return undefined;
  const briefing = facts[0]?.briefing;
  const entry = briefing ? entries.get(briefing.id) : undefined;
  const hit = entry?.facts.find((f) => terms.every((t) => index.score(t, f) > 0));
  if (!hit) return undefined;
  return `the ${hit.section.replace("_", " ")} of “${hit.briefing.title}”`;
}

export interface MonthYear {
  month?: number;
  year: number;
}

/**
 * The months and years the typed question names with a year: "in December 2019", "in 2019"
 * (a part of a year, "the end of 2018", comes as its months: see periods.ts).
 */
export function askedTimes(q: ParsedQuestion): MonthYear[] {
  const times: MonthYear[] = [];
  for (const d of q.typed?.dates ?? []) {
    if (d.year === undefined) continue;
    times.push({ year: d.year, ...(d.month && { month: d.month }) });
  }
  return times;
}

/** The months and years a fact's text names. */
function statedTimes(text: string): MonthYear[] {
  const times: MonthYear[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    times.push({ month: MONTHS.indexOf((m[1] as string).toLowerCase()) + 1, year: Number(m[2]) });
  }
  for (const m of text.matchAll(YEAR)) times.push({ year: Number(m[1]) });
  return times;
}

/** Sections whose items are dated by the times they name, not by the talks. */
const TIMED_SECTIONS: ReadonlySet<string> = new Set([
  "background",
  "points",
  "outcomes",
  "summary",
]);

/** Whether the days of a fact's briefing fall in a month or year asked. */
function briefingIsOf(f: Fact, asked: readonly MonthYear[]): boolean {
  return heldWithin(f.briefing, asked);
}

/** Whether the days of a briefing fall in a month or year asked. */
export function heldWithin(b: Fact["briefing"], asked: readonly MonthYear[]): boolean {
  const from = Date.parse(b.date);
  const to = Date.parse(b.end_date ?? b.date);
  return asked.some((a) => {
    const start = Date.UTC(a.year, a.month === undefined ? 0 : a.month - 1, 1);
    const end = a.month === undefined ? Date.UTC(a.year + 1, 0, 1) : Date.UTC(a.year, a.month, 1);
    return from < end && to >= start;
  });
}

function describe(asked: readonly MonthYear[]): string {
  const month = (m: number) => capitalise(MONTHS[m - 1] as string);
  // "the end of 2018" is read as three months of one year: "October to December 2018"
  const first = asked[0];
  const last = asked[asked.length - 1];
  const run =
    asked.length > 2 &&
    asked.every(
      (a, i) =>
        a.year === first?.year && a.month !== undefined && a.month === (first.month ?? 0) + i,
    );
  if (run && first?.month && last?.month) {
    return `${month(first.month)} to ${month(last.month)} ${first.year}`;
  }
  return asked.map((a) => (a.month ? `${month(a.month)} ${a.year}` : `${a.year}`)).join(" or ");
}

function compatible(asked: MonthYear, stated: MonthYear): boolean {
  if (asked.year !== stated.year) return false;
  return asked.month === undefined || stated.month === undefined || asked.month === stated.month;
}

/** Years the background of a briefing names, read once per briefing (a cheap filter). */
const backgroundYearsOf = new WeakMap<Entry, ReadonlySet<number>>();

/** Whether a briefing's background names a month or year the question asks about. */
export function backgroundStatesAskedTime(q: ParsedQuestion, e: Entry): boolean {
  let years = backgroundYearsOf.get(e);
  if (!years) {
    const found = new Set<number>();
    for (const f of e.facts) {
      if (f.section !== "background") continue;
      for (const m of f.text.matchAll(YEAR)) found.add(Number(m[1]));
    }
    years = found;
    backgroundYearsOf.set(e, years);
  }
  const asked = askedTimes(q);
  if (!asked.some((a) => years.has(a.year))) return false;
  return e.facts.some((f) => f.section === "background" && states(f, asked));
}

/** Whether every fact an answer cites names, in its own text, a month or year asked about. */
export function citesAskedTime(
  q: ParsedQuestion,
  citations: readonly Citation[],
  entries: ReadonlyMap<string, Entry>,
): boolean {
  const asked = askedTimes(q);
  return citations.every((c) => {
    const f = citedFact(c, entries);
    return f !== undefined && states(f, asked);
  });
}

/** Whether a fact's own text names one of the months or years asked. */
function states(f: Fact, asked: readonly MonthYear[]): boolean {
  return statedTimes(f.text).some((s) => asked.some((a) => compatible(a, s)));
}

/** Days a text names: "18 October 1994", "October 18", "on 21 October". */
const DAY_TEXT = new RegExp(
  `\\b(?:(\\d{1,2})\\s+(${MONTHS.join("|")})|(${MONTHS.join("|")})\\s+(\\d{1,2})\\b)(?:,?\\s+(\\d{4}))?`,
  "gi",
);

/**
 * The day asked ("on 21 October 1994"), as typed, when every quote cited gives in its context
 * only other days: "at the White House on 18 October 1994" was not said on the 21st.
 */
function saidOnAnotherDay(q: ParsedQuestion, facts: readonly Fact[]): string | undefined {
  const days = q.days.filter((d) => d.day !== undefined);
  if (q.kind !== "said" || days.length === 0 || q.days.length !== days.length) return undefined;
  const quotes = facts.filter((f) => f.section === "quotes");
  if (quotes.length === 0 || quotes.length !== facts.length) return undefined;
  const saidOther = (f: Fact) => {
    const year = Number(f.briefing.date.slice(0, 4));
    const given = [...(f.context ?? "").matchAll(DAY_TEXT)].map((m) => ({
      day: Number(m[1] ?? m[4]),
      month: MONTHS.indexOf(((m[2] ?? m[3]) as string).toLowerCase()) + 1,
      year: m[5] ? Number(m[5]) : year,
    }));
    if (given.length === 0) return false;
    return !given.some((g) =>
      days.some(
        (d) =>
          d.day === g.day && d.month === g.month && (d.year === undefined || d.year === g.year),
      ),
    );
  };
  if (!quotes.every(saidOther)) return undefined;
  return days.map((d) => capitalise(d.text.replace(/^(on|in)\s+/i, ""))).join(" or ");
}

/** "how many prisoners were exchanged in December 2019": a fact dated otherwise does not answer. */
function timeViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
): Violation | undefined {
  const asked = askedTimes(q);
  if (asked.length === 0) return undefined;
  // "what did Clinton say on 21 October": a quote whose context gives another day was said then
  const otherDay = saidOnAnotherDay(q, facts);
  if (otherDay) return { reason: `The briefings record no statement of that on ${otherDay}.` };
  // "what did X say in 2016": a quote or position is of its briefing's time
  if (q.kind === "said" || q.kind === "position" || q.kind === "who") {
    const first = facts[0] as Fact;
    // "who met Kim in Pyongyang in June 1994": a background line telling who did it at the time
    // asked answers, whatever the talks' own date
    const toldThen =
      q.kind === "who" &&
      TIMED_SECTIONS.has(first.section) &&
      statesAsIs(first.text, asked) &&
      holdsWhoVerb(q, first, index);
    return toldThen || briefingIsOf(first, asked)
      ? undefined
      : { reason: `The briefings record nothing on that for ${describe(asked)}.` };
  }
  for (const [i, f] of facts.entries()) {
    // "what came out of the talks in April 1998": once the first item is of the time asked, the
    // other results of talks of that time are too, whatever later day they name (a referendum
    // in May)
    if (i > 0 && f.section !== "background" && briefingIsOf(f, asked)) continue;
    // a position, quote, place or participant of these talks is of their time, whatever earlier
    // year it names: "where was the summit in 1987" is not answered by the summit of 1986
    if (!TIMED_SECTIONS.has(f.section)) {
      if (f.section === "next_steps" || briefingIsOf(f, asked)) continue;
      return { reason: `The briefings record nothing on that for ${describe(asked)}.` };
    }
    if (statedTimes(f.text).length === 0 && !briefingIsOf(f, asked)) {
      return { reason: `The briefings record nothing on that for ${describe(asked)}.` };
    }
    if (f.section === "next_steps" && f.date) continue;
    if (statedTimes(f.text).length === 0) continue;
    if (!statesAsIs(f.text, asked)) {
      return { reason: `The briefings record nothing on that for ${describe(asked)}.` };
    }
  }
  return undefined;
}

/**
 * Whether a line holds the verb of "who" + verb ("who facilitated the talks"): a line telling of
 * the time asked tells who did it only with the act ("the 5+2 meeting in Berlin in June 2016"
 * says nothing of who attended). True when the question has no such verb ("who was there").
 */
export function holdsWhoVerb(q: ParsedQuestion, f: Fact, index: InvertedIndex): boolean {
  const at = q.words.indexOf("who");
  const word = q.words[at + 1];
  if (at < 0 || word === undefined || AUXILIARIES.has(word) || isStopWord(word)) return true;
  const t = q.terms.find((x) => x.from === at + 1 && x.span === 1);
  return t === undefined || index.score(t.term, f) > 0;
}

/**
 * Whether a text names a time asked; a month it names must be the one asked when the question
 * names one ("in June 1994" is not "July 1994", though both are of 1994).
 */
export function statesAsIs(text: string, asked: readonly MonthYear[]): boolean {
  const stated = statedTimes(text);
  const monthly = stated.filter((s) => s.month !== undefined);
  const judged = monthly.length > 0 && asked.some((a) => a.month !== undefined) ? monthly : stated;
  return judged.some((s) => asked.some((a) => compatible(a, s)));
}

function capitalise(s: string): string {
  return s.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** "after the first round": the ordinal is where the question starts from, not what it asks about. */
const RELATIVE_ORDINAL = new RegExp(
  `\\b(after|following|since|before|preceding)\\s+the\\s+(${ORDINAL_WORDS.join("|")}|\\d+(st|nd|rd|th))\\b`,
  "i",
);

/** "the eighth round": an answer from another round, or announcing another one, does not answer it. */
function ordinalViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  entries: ReadonlyMap<string, Entry>,
): Violation | undefined {
  const n = q.typed?.ordinal;
  // "after the first round": the ordinal names the anchor, not the round asked about
  if (n === undefined || RELATIVE_ORDINAL.test(q.text)) return undefined;
  // "the first was held in Hua Hin": a fact that names the ordinal at all speaks of that round;
  // for a length, the sentence naming it must state one ("an eighth round was to begin" gives
  // no length of the eighth round, whatever else the summary says lasted)
  const word = new RegExp(`\\b(${ORDINAL_WORDS[n - 1] ?? "-"}|${n}(st|nd|rd|th))\\b`, "i");
  // what happened at a round is not told by a line that names it as still to come ("no date
  // was set for a third round"); when and what next may be
  const past = q.kind !== "next" && q.kind !== "when";
  const speaksOf = (sentence: string) =>
    word.test(sentence) &&
    (q.kind !== "howlong" || statesLength(sentence)) &&
    !(past && namedOnlyAsToCome(sentence, word));
  const named = facts.some((f) => f.text.split(/(?<=[.;!?])\s+/).some(speaksOf));
  const first = facts[0] as Fact;
  const ofBriefing = roundOrdinalsIn(first.briefing.title);
  // a briefing that is another round by its own title
  const otherRound = ofBriefing.length > 0 && !ofBriefing.includes(n) && !named;
  // a next step announcing another round ("first meeting of the dialogue" for "the second")
  const stepOrdinals = first.section === "next_steps" ? roundOrdinalsIn(first.text) : [];
  const otherStep = stepOrdinals.length > 0 && !stepOrdinals.includes(n);
  const nth = ORDINAL_WORDS[n - 1] ?? `${n}th`;
  if (otherRound || otherStep) return { reason: `The briefings have no ${nth} round on that.` };
  // "the third Reagan–Gorbachev summit" when the series has two: no briefing is the third, and
  // one that names no ordinal is a round by its place in the series
  const format = first.briefing.format?.toLowerCase();
  if (named || ofBriefing.length > 0 || !format) return undefined;
  let rounds = 0;
  for (const e of entries.values()) if (e.briefing.format?.toLowerCase() === format) rounds++;
  if (rounds >= n) return undefined;
  const held = rounds === 1 ? "one meeting" : `${rounds} meetings`;
  return {
    reason: `The briefings hold ${held} of the ${first.briefing.format} series; none is the ${nth}.`,
  };
}

/** An ordinal and the noun after it: "first phase", "2nd day", "third session". */
const ORDINAL_NOUN = new RegExp(
  `\\b(${ORDINAL_WORDS.join("|")}|\\d+(?:st|nd|rd|th))\\s+(\\p{L}+?)s?\\b`,
  "giu",
);

/** Nouns for talks and their rounds: a briefing is one, and says which by its date and title. */
const TALKS_WORDS: ReadonlySet<string> = new Set(
  "round meeting session summit conference talk dialogue negotiation".split(" "),
);
/** The same, and a visit: "the second visit" is said of talks too. */
const TALKS_NOUNS: ReadonlySet<string> = new Set([...TALKS_WORDS, "visit"]);

function ordinalNouns(text: string): { n: string; noun: string }[] {
  return [...text.toLowerCase().matchAll(ORDINAL_NOUN)].map((m) => {
    const w = m[1] as string;
    const k = ORDINAL_WORDS.indexOf(w);
    return { n: k >= 0 ? String(k + 1) : String(Number.parseInt(w, 10)), noun: m[2] as string };
  });
}

/**
 * "how long was the first phase": a fact about another phase ("the second phase lasted seven
 * days") does not answer it: the fact names the noun asked with another ordinal, never with the
 * one asked.
 */
function ordinalPartViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (RELATIVE_ORDINAL.test(q.text)) return undefined;
  // rounds of talks are told apart by their briefings (see ordinalViolation)
  const asked = ordinalNouns(q.text).filter((a) => !TALKS_NOUNS.has(a.noun));
  if (asked.length === 0) return undefined;
  for (const f of facts) {
    const stated = ordinalNouns(f.text);
    for (const a of asked) {
      const same = stated.filter((s) => s.noun === a.noun);
      if (same.length > 0 && !same.some((s) => s.n === a.n)) {
        const nth = ORDINAL_WORDS[Number(a.n) - 1] ?? `${a.n}th`;
        return { reason: `The briefings say nothing of the ${nth} ${a.noun} on that.` };
      }
    }
  }
  return undefined;
}

/** Nouns of a stance: the word before one, possessive or not, says whose ("Jordan's position"). */
const STANCE_NOUNS = new Set(["position", "stance", "view", "views", "stand", "attitude", "line"]);

/**
 * The word a said- or position-question asks about when it names no participant or party the
 * briefings know: "what did chernenko think of sdi", "what was jordans position". The word must
 * be one the briefings use; its position in the question (after the opening auxiliary, or
 * before a noun of stance) makes it the one whose words are asked for.
 */
function unknownSubject(q: ParsedQuestion): { word: string; term: string; at: number } | undefined {
  // a said-question's speaker is checked by the speaker check, typos allowed
  if (q.kind !== "position") return undefined;
  if (q.mentions.some((m) => m.kind === "person" || m.kind === "party")) return undefined;
  const aux = q.words.findIndex((w, i) => i <= 1 && OPENERS_AND_BE.has(w));
  const stance = q.words.findIndex((w, i) => i > 0 && STANCE_NOUNS.has(w));
  const at = aux >= 0 && !DETERMINERS.has(q.words[aux + 1] ?? "") ? aux + 1 : stance - 1;
  const word = q.words[at];
  if (at < 0 || word === undefined || isStopWord(word) || NOT_A_SPEAKER.has(word)) return undefined;
  const t = q.terms.find((x) => x.from === at && x.span === 1);
  if (!t || t.term.startsWith("~") || !q.hard.includes(t.term)) return undefined;
  return { word: asTypedWord(q, at), term: t.term, at };
}

/** Opening words of "what did X think", "where does X stand", "what was X's position". */
const OPENERS_AND_BE = new Set([...OPENERS, "is", "was", "are", "were"]);

/** The word as typed, without a possessive ending ("jordans" → "jordan"). */
function asTypedWord(q: ParsedQuestion, at: number): string {
  const w = (q.words[at] ?? "").replace(/[^\p{L}\p{N}]/gu, "");
  const typed = q.text.match(new RegExp(`\\b${w}`, "iu"))?.[0] ?? w;
  const bare = typed.replace(/['’]?s$/i, "");
  return bare !== typed && stem(bare) === stem(typed) ? bare : typed;
}

/** Concepts and stems of verbs by which a line gives someone's view ("Dahl called …"). */
const VIEW_VERBS = new Set([
  "~say",
  "~warn",
  "~reject",
  "~demand",
  "critic",
  "condemn",
  "welcom",
  "prais",
  "support",
  "back",
]);

/**
 * "China declined to attend": a refusal to take part is no view on what the talks were about,
 * and one who stayed away proposed nothing there.
 */
const STAYED_AWAY =
  /\b(declined|refused|chose not|decided not|did not|didn't|failed)\s+(to\s+)?(attend|come|join|participate|take part|be present|go|send)\w*/gi;

/** Whether a text has the subject (a word `near` accepts) as the doer of a verb of view. */
function voicedBy(text: string, near: (term: string) => boolean): boolean {
  const words = termsOf(text.replace(STAYED_AWAY, " "));
  return words.some(
    (w, i) =>
      near(w) &&
      words.slice(i + 1, i + 3).some((v) => VIEW_VERBS.has(v) || VIEW_VERBS.has(concept(stem(v)))),
  );
}

/** Words that describe who a quote or position is by: speaker, role, side, party. */
function byWhom(f: Fact): Set<string> {
  const p = f.participant;
  const party = f.party ? f.party.slice(f.party.indexOf(":") + 1) : "";
  return new Set(
    termsOf(
      [f.speaker ?? "", f.partyName ?? "", party, p?.name ?? "", p?.role ?? "", p?.side ?? ""].join(
        " ",
      ),
    ),
  );
}

/**
 * "what did Chernenko think of SDI" when Chernenko is only in the background: a statement or
 * position needs to be by the one asked about, not a line that mentions them.
 */
function subjectViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
  entries: ReadonlyMap<string, Entry>,
): Violation | undefined {
  const subject = unknownSubject(q);
  if (!subject) return undefined;
  const first = facts[0] as Fact;
  const spoken = first.section === "quotes" || first.section === "parties";
  const near = (d: string) =>
    editDistance(subject.term, d, allowedTypos(subject.term.length)) <=
    allowedTypos(subject.term.length);
  if (spoken && [...byWhom(first)].some(near)) return undefined;
  // "Former minister Sven Dahl called the plan naive": a line whose subject, as its doer, speaks
  // or takes a stance is a view of theirs, wherever it is recorded
  if (facts.some((f) => voicedBy(f.text, near))) return undefined;
  const where = whereMentioned(
    q,
    facts,
    [subject.term],
    subject.at,
    subject.at + 1,
    index,
    entries,
  );
  return {
    reason: `No statement or position of ${subject.word} is recorded in the briefings${where ? `; ${subject.word} is mentioned in ${where}, but not as a speaker or a party` : ""}.`,
  };
}

/** "what is the E3's position": the party's own positions, quotes or facts that name it. */
function partyViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
): Violation | undefined {
  if (q.kind !== "position") return undefined;
  // only "what is X's position" with X the one name: with more, which is the subject is unclear
  const asked = q.typed?.party;
  if (q.mentions.length !== 1 || asked === undefined) return undefined;
  const party = q.mentions[0];
  if (party?.kind !== "party" || !party.keys.includes(entityKey("party", asked))) return undefined;
  const terms = mentionTerms(q, party);
  const byParty = (f: Fact) =>
    (f.party !== undefined && party.keys.includes(f.party)) ||
    (f.section !== "summary" && terms.every((t) => index.score(t, f) > 0));
  if (byParty(facts[0] as Fact)) return undefined;
  return { reason: `The briefings record no position of ${mentionWords(q, party)} on that.` };
}

/** "how much did the mission cost": a question of money. */
const MONEY_QUESTION =
  /\bhow much\b.*\b(cost|costs|spend|spent|pay|paid|fund|funded|funding|funds|budget|worth|price|money|finance|financing)\b/i;
/** A sum of money in a text: a currency, or an amount in millions ("9 million crowns"). */
const MONEY_TEXT =
  /[$€£¥]|\b(euros?|dollars?|pounds?|yuan|yen|roubles?|rubles?|francs?|crowns?|kronor|krona|lira|pesos?|rupees?|won|shekels?|dinars?|rials?|hryvnias?|zloty|usd|eur|budget|funding)\b|\d\s*(million|billion|bn)\b/i;

/** "how much time is left": an amount of time, which a unit alone may tell ("weeks, not months"). */
const TIME_AMOUNT_QUESTION = /\bhow much (more )?time\b/i;
const TIME_AMOUNT_TEXT = /\b(minutes|hours|days|weeks|months|years|decades)\b/i;

/** Whether a line tells the amount of time a "how much time" question asks by its unit alone. */
export function tellsTimeAmount(q: ParsedQuestion, text: string): boolean {
  return TIME_AMOUNT_QUESTION.test(q.text) && TIME_AMOUNT_TEXT.test(text);
}

/** "how much did the mission cost": whether the question asks for a sum of money. */
export function asksMoney(q: ParsedQuestion): boolean {
  return MONEY_QUESTION.test(q.text);
}

/** "how many journalists attended": an answer without a number does not answer it. */
function numberViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (!q.count || q.kind === "howlong") return undefined;
  const first = facts[0] as Fact;
  if (!NUMBER_TEXT.test(first.text) && !tellsTimeAmount(q, first.text))
    return { reason: "The briefings give no number for that." };
  // "nearly 30 years of conflict" is a number, not what the mission cost
  if (MONEY_QUESTION.test(q.text) && !facts.some((f) => MONEY_TEXT.test(f.text))) {
    return { reason: "The briefings give no sum of money for that." };
  }
  return undefined;
}

/**
 * "how many people died": a fact whose only numbers are years, dates or lengths of time ("four
 * months after", "on 10 January 1966") states no count (checked after the thing counted, whose
 * decline says more).
 */
function countViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (!q.count || q.kind === "howlong" || !/\bhow (many|much)\b/i.test(q.text)) return undefined;
  if (facts.some((f) => statesAmount(q, f.text) || tellsTimeAmount(q, f.text))) return undefined;
  return { reason: "The briefings give no number for that." };
}

/**
 * Whether a text states an amount a count question can be answered with: a number that is no
 * year, no day and no length of time, unless a length is what is asked ("how many days").
 */
export function statesAmount(q: ParsedQuestion, text: string): boolean {
  const last = q.typed?.thing?.split(" ").at(-1);
  return statesCount(text, last !== undefined && TIME_UNITS.has(stem(last)));
}

/** "where will they meet next": an answer that names no place does not answer it. */
function placeViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.kind !== "where") return undefined;
  const first = facts[0] as Fact;
  if (first.section === "location" || PLACE_TEXT.test(first.text)) return undefined;
  return { reason: "The briefings don't say where." };
}

/**
 * Words that tell when without a date: a day or time of day, a span ("within", "after", "by"), a
 * condition ("once 55 parties have ratified it"), or that no date was set.
 */
const TIME_WORDS =
  /\b(today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|midnight|noon|dawn|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|date[ds]?|dateline|deadline|time|day|week|month|year|hours?|immediately|immediate|once|after|before|until|till|upon|within|following|soon|later|earlier|since|during|when)\b|\d{1,2}[:.]\d\d|\b\d{1,2}\s*(am|pm|gmt|utc)\b/i;

/** Sections whose lines are not of the talks' day: words, stances, people, undated steps. */
const UNDATED_SECTIONS: ReadonlySet<Fact["section"]> = new Set([
  "quotes",
  "parties",
  "participants",
  "next_steps",
]);

/**
 * "when did the summit end", "what is the deadline for the treaty": a line with no date, no time
 * of day, no span and no condition does not say when (a quote or a position the question's words
 * picked); the talks' own date, a dated step and a line that says when in words all do.
 */
function undatedWhenViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.kind !== "when" && !(q.kind !== "said" && /\bdeadline\b/i.test(q.text))) return undefined;
  const first = facts[0] as Fact;
  // a line of the talks' own record (summary, outcomes, points) is of the talks' day
  if (!UNDATED_SECTIONS.has(first.section) || first.date !== undefined) return undefined;
  const text = first.text;
  if (DATED_TEXT.test(text) || DURATION_TEXT.test(text) || TIME_WORDS.test(text)) return undefined;
  return { reason: "The briefings don't say when." };
}

/**
 * Offices a "who was X's foreign minister" question asks about: the answer must hold the word.
 * Not "envoy" nor "chief": a head of delegation is the envoy or chief negotiator asked about.
 */
const OFFICE_TITLES: readonly string[] = [
  "minister",
  "secretary",
  "president",
  "premier",
  "chancellor",
  "ambassador",
  "commander",
  "governor",
  "mayor",
];
/** Words that make a title a lower rank of it ("Vice President" is not the president). */
const LOWER_RANKS: ReadonlySet<string> = new Set(["vice", "deputy", "under", "assistant"]);

/**
 * "who was India's foreign minister", "who is the army chief": the office is what is asked, so a
 * person whose role (or a line whose text) does not hold it, as written and not as a lower rank
 * of it, is someone else ("Foreign Secretary" is not the foreign minister asked about).
 */
function officeViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.kind !== "who") return undefined;
  const w = q.words;
  const copula = (w[0] === "who" && /^(is|was|are|were)$/.test(w[1] ?? "")) || w[0] === "whos";
  if (!copula) return undefined;
  const named = new Set<number>();
  for (const m of q.mentions)
    for (let k = m.from; k < m.to; k++) {
      const t = q.terms[k];
      if (t) for (let i = t.from; i < t.from + t.span; i++) named.add(i);
    }
  const asked = w.filter(
    (word, i) => !named.has(i) && OFFICE_TITLES.some((t) => word.startsWith(t)),
  );
  if (asked.length === 0) return undefined;
  const holds = (text: string) => {
    const words = text.toLowerCase().split(/[^\p{L}]+/u);
    return asked.every((a) =>
      words.some(
        (x, i) =>
          x.startsWith(a.replace(/s$/, "")) &&
          !(LOWER_RANKS.has(words[i - 1] ?? "") && !w.includes(words[i - 1] ?? "")),
      ),
    );
  };
  if (facts.some((f) => holds(f.text))) return undefined;
  return { reason: `The briefings don't say who was ${listWords(asked)}.` };
}

const SHARE_QUESTION =
  /\b(what|which|how big an?|how large an?) (share|percentage|proportion|fraction|percent)\b/i;
const SHARE_TEXT =
  /\bper ?cent\b|%|\b(half|halves|halved|halving|thirds?|quarters?|quartered|fifths?|tenths?|doubled|tripled|majority|minority|all|none)\b|\b\d+ (in|out of) (\d+|ten|a hundred)\b/i;

/**
 * "what share of national taxes does the region get": a share is answered by a percentage or a
 * fraction ("halved" too), not by a line that only counts something else ("the four annexes cover … wealth
 * sharing").
 */
function shareViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (!SHARE_QUESTION.test(q.text)) return undefined;
  if (facts.some((f) => SHARE_TEXT.test(f.text))) return undefined;
  return { reason: "The briefings give no share for that." };
}

/** Things counted that say nothing of what is counted ("how many people" are deaths, delegates …). */
const ANY_THING = new Set(["people", "person", "time", "thing", "one", "other"]);

/**
 * The terms of the thing a count question asks for ("how many warheads" → the warhead concept)
 * that the briefings use at all: one the briefings lack is the question's own missing word,
 * reported by the coverage check. None for a thing that says nothing ("how many people").
 */
export function thingTerms(q: ParsedQuestion, index: InvertedIndex): string[] {
  const thing = q.typed?.kind === "count" ? q.typed.thing : undefined;
  if (thing === undefined) return [];
  const words = thing
    .split(" ")
    .filter((w) => !isStopWord(w) && !ANY_THING.has(w))
    .map((w) => concept(stem(w)))
    .filter((t) => index.has(t));
  // "how many nuclear warheads": the head noun is the thing; "nuclear arms" are not warheads
  // ("how much north korean money" is a mass, said in dollars: any of its words)
  const head = concept(stem(thing.split(" ").pop() ?? ""));
  return words.includes(head) && /\bhow many\b/i.test(q.text) ? [head] : words;
}

/**
 * "how many journalists attended": the head noun of the thing counted when no briefing has it
 * at all (then no number of it is recorded); undefined when it is there or says nothing.
 */
export function thingNobodyCounts(q: ParsedQuestion, index: InvertedIndex): string | undefined {
  const thing = q.typed?.kind === "count" ? q.typed.thing : undefined;
  const head = thing?.split(" ").pop();
  if (thing === undefined || head === undefined || !/\bhow many\b/i.test(q.text)) return undefined;
  if (isStopWord(head) || ANY_THING.has(head)) return undefined;
  return index.has(concept(stem(head))) ? undefined : thing;
}

/** The question's terms, as facts' words are compared with them. */
export function questionTerms(q: ParsedQuestion): ReadonlySet<string> {
  return new Set(q.terms.map((t) => t.term));
}

/** "how many warheads": a number of some other thing does not answer it. */
function thingViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
): Violation | undefined {
  const thing = q.typed?.thing;
  if (q.typed?.kind !== "count" || thing === undefined) return undefined;
  const words = thingTerms(q, index);
  if (words.length === 0) return undefined;
  const named = facts.some((f) => words.some((t) => index.score(t, f) > 0));
  // "how many prisoners were released": "within 60 days" names prisoners but counts days, and
  // "3,000 troops and its weapons" counts troops: the number must be the thing's own
  const counts = /\bhow (many|much)\b/i.test(q.text)
    ? facts.some((f) => countsOneOf(f.text, words, questionTerms(q)))
    : named;
  if (counts) return undefined;
  return { reason: `The briefings give no number of ${thing}${named ? "" : " there"}.` };
}

/**
 * The clause of a text (between sentence ends and semicolons) that states a number of one of
 * the things: "the RPF gets five ministries" in "… will have 21 ministers; the RPF gets five
 * ministries".
 */
function countingClause(text: string, things: readonly string[], asked: ReadonlySet<string>) {
  return text
    .split(/(?<=[.!?])\s+|;\s*/)
    .find((c) => (things.length > 0 ? countsOneOf(c, things, asked) : statesCount(c, false)));
}

/** Whether a briefing writes a word of the question with a capital, as a name ("Homs"). */
function writtenAsName(word: string, e: Entry): boolean {
  if (word.length < 3 || isStopWord(word)) return false;
  const name = new RegExp(`\\b${word.charAt(0).toUpperCase()}${word.slice(1)}\\b`, "u");
  return e.facts.some((f) => name.test(f.text));
}

/** Words after a number that list what makes up the whole it counts: "among them", "including". */
const WHOLE_OF_PARTS = /\b(among them|among whom|of whom|including|such as)\b/i;

/** Words before a name that give where a number was counted: "killed in Syria". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "inside", "within", "across"]);

/**
 * "how many Indian soldiers were held by Pakistan" answered by "93,000 Pakistani soldiers were
 * held … in India", "how many ministries did the MRND get" by "the RPF gets five ministries",
 * "how many people were killed in Homs" by "5,000 people had been killed in Syria": the number
 * counts the same kind of thing but of another side or place. Whose (a side before the thing,
 * the side the question is about) and where (after "in") must agree where the line says them.
 */
function countedOfAnotherViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
  entries: ReadonlyMap<string, Entry>,
): Violation | undefined {
  const thing = q.typed?.thing;
  if (q.typed?.kind !== "count" || thing === undefined || !/\bhow many\b/i.test(q.text))
    return undefined;
  const first = facts[0] as Fact;
  // "how many people": any number of the line counts them
  const things = thingTerms(q, index);
  const clause = countingClause(first.text, things, questionTerms(q));
  if (clause === undefined) return undefined;
  const said = termsOf(clause);
  const where = `“${clause.trim()}” (${first.briefing.title}, ${first.briefing.date})`;
  // whose: "Indian soldiers" against "Pakistani soldiers" (a side's word right before the thing)
  const thingWords = thing.split(" ");
  const head = concept(stem(thingWords.at(-1) ?? ""));
  // as typed too ("chilean soldiers": the typed thing may have taken the side as the party)
  const typedBefore = q.words.flatMap((w, i) =>
    i > 0 && concept(stem(w)) === head ? [q.words[i - 1] as string] : [],
  );
  const askedSides = [...thingWords.slice(0, -1), ...typedBefore]
    .map((w) => country(w))
    .filter((c): c is string => c !== undefined);
  // the line's terms read a demonym as its country already ("Pakistani" → pakistan)
  const before = said.flatMap((t, i) => (concept(t) === head && i > 0 ? [said[i - 1]] : []));
  const sidesThere = before
    .map((t) => country(t ?? ""))
    .filter((c): c is string => c !== undefined);
  if (
    askedSides.length > 0 &&
    sidesThere.length > 0 &&
    !sidesThere.some((c) => askedSides.includes(c))
  ) {
    return { reason: `The briefings count that for another side only: ${where}.` };
  }
  // whose: the side the question is about, when the clause names the briefing's sides but not it
  const e = entries.get(first.briefing.id);
  const parties = e?.names.filter((n) => n.kind === "party") ?? [];
  const names = (n: { terms: string[] }) =>
    n.terms.length > 0 && n.terms.every((t) => said.includes(t));
  const asked = q.mentions.filter((m) => m.kind === "party");
  // whose: "how many delegates did the MLC bring" against "About 360 delegates took part, among
  // them the government and the MLC": a side named only in the list of what makes up the number
  // is a part of the whole counted, not whose number it is (unless the list gives it its own)
  if (asked.length === 1) {
    const askedTerms = mentionTerms(q, asked[0] as (typeof asked)[number]);
    const marker = clause.match(WHOLE_OF_PARTS);
    if (marker?.index !== undefined && askedTerms.length > 0) {
      const counted = clause.slice(0, marker.index);
      const listed = clause.slice(marker.index);
      const parts = new Set(termsOf(listed));
      const ownTerms = new Set(termsOf(counted));
      if (
        statesCount(counted, false) &&
        // "60,000 troops, including about 20,000 Americans": the part has its own number
        !statesCount(listed, false) &&
        askedTerms.every((t) => parts.has(t)) &&
        !askedTerms.every((t) => ownTerms.has(t))
      ) {
        return { reason: `The briefings count that only for all of the talks together: ${where}.` };
      }
    }
  }
  if (asked.length === 1 && parties.length > 0) {
    const keys = (asked[0] as (typeof asked)[number]).keys;
    const named = parties.filter(names);
    if (named.length > 0 && !named.some((n) => keys.includes(n.key))) {
      const askedTerms = mentionTerms(q, asked[0] as (typeof asked)[number]);
      if (!askedTerms.every((t) => said.includes(t))) {
        return { reason: `The briefings count that for another side only: ${where}.` };
      }
    }
  }
  // where: "in Homs" against "in Syria" (a word after "in" that the briefing writes as a name)
  const at = q.words.findIndex((w, i) => PLACE_PREPOSITIONS.has(w) && i > 0);
  const placeAt = at > 0 ? (q.words[at + 1] === "the" ? at + 2 : at + 1) : -1;
  const next = q.words[placeAt + 1];
  // a name ends its phrase ("in Homs during the pause"); "in the Bosnian war" names a war
  const placeWord =
    placeAt > 0 &&
    /^\p{L}+$/u.test(q.words[placeAt] ?? "") &&
    (next === undefined || isStopWord(next))
      ? q.words[placeAt]
      : undefined;
  // a name ("Homs": the briefing writes it with a capital, or a word no fact of it has) that the
  // counting clause lacks, other than the talks' own (title, place): the number is of somewhere
  // else ("killed in Syria"), or of everywhere; "in jail" is no name
  if (placeWord !== undefined && e) {
    const placeTerms = termsOf(placeWord);
    const b = first.briefing;
    const own = new Set(termsOf(`${b.title} ${b.location ?? ""}`));
    const known = placeTerms.length > 0 && placeTerms.every((t) => index.has(t));
    const absent = !e.facts.some((f) => placeTerms.every((t) => index.score(t, f) > 0));
    const name = writtenAsName(placeWord, e) || (absent && !isEnglishWord(placeWord));
    if (name && known && !placeTerms.some((t) => own.has(t) || said.includes(t))) {
      return { reason: `The briefings give no number of that for ${placeWord}: ${where}.` };
    }
  }
  return undefined;
}

/** Words that make a number of the question an amount: "24 billion dollars", "25 percent". */
const AMOUNT_WORDS = /^(million|billion|trillion|percent|per|%|dollars?|euros?|tons?|tonnes?)$/;

/**
 * "when did Washington agree to pay Iran the 24 billion dollars" answered by a line on 7.9 billion
 * dollars: an amount the question names ("24 billion", "25 percent tariffs on 250 billion") says
 * which thing it asks about; a line without that amount is about another one. Amounts of time
 * ("after 135 days") and numbers asked for ("how many") are left to the count checks.
 */
function namedAmountViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.count || /\bhow (many|much)\b/i.test(q.text)) return undefined;
  const amounts = q.words.filter(
    (w, i) =>
      /^\d[\d,.]*%?$/.test(w) && AMOUNT_WORDS.test(q.words[i + 1] ?? (w.endsWith("%") ? "%" : "")),
  );
  if (amounts.length === 0) return undefined;
  const plain = (n: string) => n.replace(/[,%]/g, "");
  const percent = (t: string | undefined) => t === "%" || t === "percent" || t === "per";
  // the number with its unit ("24 billion", "25 percent" or "25%"): "12 November" is no amount
  const inText = (n: string, text: string) => {
    const unit = n.endsWith("%") ? "%" : (q.words[q.words.indexOf(n) + 1] ?? "");
    const tokens = numberTokens(text);
    return tokens.some((t, i) => {
      if (plain(t) !== plain(n)) return false;
      const next = t.endsWith("%") ? "%" : tokens[i + 1];
      return percent(unit) ? percent(next) : stem(next ?? "") === stem(unit);
    });
  };
  const missing = amounts.filter((n) => !facts.some((f) => inText(n, f.text)));
  if (missing.length === 0) return undefined;
  const first = facts[0] as Fact;
  const named = missing.map((n) => {
    const unit = q.words[q.words.indexOf(n) + 1] ?? "";
    return AMOUNT_WORDS.test(unit) ? `${n} ${unit}` : n;
  });
  return {
    reason: `The nearest line of the briefings does not name ${listWords(named)}; it is on another amount (${first.briefing.title}, ${first.briefing.date}).`,
  };
}

/** Units of time: a number before one counts days or years, not the thing asked. */
const TIME_UNITS = new Set(
  ["second", "minute", "hour", "day", "week", "month", "year", "decade"].map((w) => stem(w)),
);

const NUMBER_WORD =
  /^(\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)$/;

const NO_TERMS: ReadonlySet<string> = new Set();

/** Nouns of a body or a set whose size a number after "of" gives: "a body of 45 members". */
const WHOLES: ReadonlySet<string> = new Set(
  "body group panel team list lists force contingent delegation committee council commission mission board bloc coalition set batch unit subcommittee".split(
    " ",
  ),
);

/**
 * Whether the number at i gives the size of a body or set the question does not name ("the small
 * body of 45 members" for "how many members does the committee have"), skipping "about", "up to".
 */
function ofAnotherWhole(
  tokens: readonly string[],
  i: number,
  asked: ReadonlySet<string>,
  term: (t: string) => string,
): boolean {
  if (asked.size === 0) return false;
  let k = i - 1;
  while (k >= 0 && /^(about|some|around|nearly|up|to|more|than|over|almost)$/.test(tokens[k] ?? ""))
    k--;
  if (tokens[k] !== "of") return false;
  const whole = tokens[k - 1];
  return whole !== undefined && WHOLES.has(whole) && !asked.has(term(whole));
}

/** Plural amounts that give no number: "hundreds", "thousands", "dozens". */
const VAGUE_AMOUNT = /^(hundreds|thousands|millions|billions|dozens)$/;

/** Words a number is part of: "1.5 million", "about 200", "50 per cent". */
const NUMBER_JOINERS = new Set([
  "million",
  "billion",
  "thousand",
  "hundred",
  "per",
  "cent",
  "percent",
]);

/** A text's words as numbers are read in it: "1,550", "30%", "ten". */
function numberTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\-–/()]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ""))
    .filter((t) => t.length > 0);
}

/**
 * Whether a text states a count at all: a number that is no year, no day of a month and no
 * length of time ("four months after", "a week"), unless a length of time is what is asked.
 */
function statesCount(text: string, timeAsked: boolean): boolean {
  const tokens = numberTokens(text);
  const isMonth = (t: string | undefined) => t !== undefined && MONTHS.includes(t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!NUMBER_WORD.test(t)) {
      // "half", "twice", "per cent": a share or a multiple is a number too
      if (/^(half|halve[sd]?|quarters?|twice|double|triple|percent)$/.test(t)) return true;
      continue;
    }
    if (isMonth(tokens[i + 1]) || isMonth(tokens[i - 1])) continue;
    if (/^(1[89]|20)\d\d$/.test(t) || /^\d{4}-\d\d-\d\d$/.test(t)) continue;
    let j = i + 1;
    while (j < tokens.length && NUMBER_JOINERS.has(tokens[j] as string)) j++;
    if (!timeAsked && TIME_UNITS.has(stem(tokens[j] ?? ""))) continue;
    return true;
  }
  return false;
}

/**
 * Whether a text states a number of one of the things (concept terms): the number is followed,
 * within a few words, by the thing ("840 arms", "14,700 troops"), or follows it ("organic police to
 * 9,100") without a unit of its own; a day of a month or a year is not a count, nor is a number of
 * days ("within 60 days").
 */
export function countsOneOf(
  text: string,
  things: readonly string[],
  asked: ReadonlySet<string> = NO_TERMS,
): boolean {
  const tokens = numberTokens(text);
  const lower = text.toLowerCase();
  const term = (t: string) => concept(stem(t));
  const isThing = (t: string | undefined) => t !== undefined && things.includes(term(t));
  const isMonth = (t: string | undefined) => t !== undefined && MONTHS.includes(t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!NUMBER_WORD.test(t)) continue;
    // a day of a month ("10 February", "February 10") or a year ("in 2005")
    if (isMonth(tokens[i + 1]) || isMonth(tokens[i - 1])) continue;
    if (/^(1[89]|20)\d\d$/.test(t)) continue;
    // "hundreds of political prisoners", "tens of thousands of detainees": a manner of speaking,
    // no number of them ("more than 400 political prisoners" is one)
    if (VAGUE_AMOUNT.test(t) && !NUMBER_WORD.test(tokens[i - 1] ?? "")) continue;
    // "the small body of 45 members" counts the body's members, not the committee's asked about
    if (ofAnotherWhole(tokens, i, asked, term)) continue;
    // "a 45-member small body": the number, joined to its noun, gives the size of the body
    if (
      asked.size > 0 &&
      lower.includes(`${t}-${tokens[i + 1]}`) &&
      tokens.slice(i + 2, i + 4).some((w) => WHOLES.has(w) && !asked.has(term(w)))
    )
      continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      (NUMBER_JOINERS.has(tokens[j] as string) || NUMBER_WORD.test(tokens[j] as string))
    )
      j++;
    // "50 percent reductions in nuclear arms", "55 per cent of emissions": a share, no number of arms
    if (t.endsWith("%") || ["per", "percent", "cent"].includes(tokens[j - 1] ?? "")) continue;
    // "1.5 billion dollars in energy and humanitarian aid", "100 billion dollars a year in
    // climate finance": a sum in a unit is of the noun phrase after its preposition
    if (measuredThing(tokens, j).some(isThing)) return true;
    // "50,000 tons of heavy fuel oil": a unit and "of" before the thing
    const of = tokens.slice(j, j + 3).indexOf("of");
    const after = tokens.slice(j, of >= 0 ? j + of + 4 : j + 4);
    const unit = after.findIndex((a) => TIME_UNITS.has(stem(a)));
    const thingAt = after.findIndex(isThing);
    if (thingAt >= 0 && (unit < 0 || thingAt < unit)) return true;
    if (unit >= 0 && !things.some((x) => TIME_UNITS.has(x))) continue;
    // the thing just before: "limited to 14,700 troops and organic police to 9,100"
    if (thingJustBefore(tokens, i, isThing)) return true;
  }
  return false;
}

/**
 * Whether one of the three words before a number is the thing ("organic police to 9,100", "the
 * peacekeeping contingent comprises 1,960"), unless it is a verb whose agent is the number ("was
 * backed by 80 countries" counts no backing).
 */
function thingJustBefore(
  tokens: readonly string[],
  i: number,
  isThing: (t: string | undefined) => boolean,
): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    if (isThing(tokens[k]) && tokens[k + 1] !== "by") return true;
  }
  return false;
}

/** Units a sum or a quantity is stated in: currencies and measures. */
const AMOUNT_UNITS: ReadonlySet<string> = new Set(
  "dollars dollar euros euro pounds yuan yen roubles rubles francs crowns kronor lira pesos rupees shekels dinars rials usd eur tons tonnes barrels litres liters".split(
    " ",
  ),
);

/** Prepositions that join an amount to what it is of: "dollars in aid", "tons of oil". */
const AMOUNT_OF: ReadonlySet<string> = new Set(["of", "in", "for"]);

/**
 * The words of the noun phrase an amount in a unit is of ("dollars [a year] in energy and
 * humanitarian aid" → energy, and, humanitarian, aid): after the unit, a rate ("a year") and a
 * preposition, up to the next function word other than "and". None when no unit follows.
 */
function measuredThing(tokens: readonly string[], j: number): string[] {
  if (!AMOUNT_UNITS.has(tokens[j] ?? "")) return [];
  let k = j + 1;
  // "a year", "per year", "annually"
  if ((tokens[k] === "a" || tokens[k] === "per") && TIME_UNITS.has(stem(tokens[k + 1] ?? "")))
    k += 2;
  else if (tokens[k] === "annually" || tokens[k] === "yearly") k++;
  if (!AMOUNT_OF.has(tokens[k] ?? "")) return [];
  const phrase: string[] = [];
  for (const t of tokens.slice(k + 1, k + 6)) {
    if (t !== "and" && isStopWord(t)) break;
    phrase.push(t);
  }
  return phrase;
}

/** "who led the French delegation": a person of another side does not answer it. */
function sideViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const t = q.typed;
  if (q.kind !== "who" || t?.kind !== "who" || !t.party || t.speaker || q.count) return undefined;
  const party = q.mentions.find((m) => m.kind === "party" && !namesNoSide(q, m));
  const first = party ? q.terms[party.from] : undefined;
  // "who did the EU leaders talk to": the side acting is not the side asked about; nor is a
  // country after "in" or "at" ("who led Maduro's delegation in Mexico"): that is where
  if (!party || !first || isAgentAt(q, first.from) || sideIsHosted(q)) return undefined;
  const before = q.words[first.from - 1];
  if (before === "in" || before === "at") return undefined;
  const person = facts[0] as Fact;
  if (person.section !== "participants" || person.party === undefined) return undefined;
  if (party.keys.includes(person.party)) return undefined;
  return { reason: `The briefings name nobody of ${t.party} for that.` };
}

/** Nouns for a side's people: the word before one names the side ("the Canadian delegation"). */
const SIDE_NOUNS = new Set(["delegation", "team", "side", "negotiators", "delegates", "camp"]);

/**
 * "who led the Canadian delegation", "who led Maduro's delegation": the word before a noun for a
 * side's people names that side; an answer must be a person whose name, role or side (or their
 * party's other names: "Maduro government") holds it. A side the reader already resolved to a
 * party is checked by the side check.
 */
function namedSideViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.kind !== "who" || q.count) return undefined;
  const at = q.words.findIndex((w, i) => i > 0 && SIDE_NOUNS.has(w));
  const word = q.words[at - 1];
  if (at < 1 || word === undefined || isStopWord(word) || DETERMINERS.has(word)) return undefined;
  const t = q.terms.find((x) => x.from === at - 1 && x.span === 1);
  if (!t || t.term.startsWith("~")) return undefined;
  if (q.mentions.some((m) => m.from <= q.terms.indexOf(t) && q.terms.indexOf(t) < m.to)) {
    return undefined;
  }
  const person = facts[0] as Fact;
  if (person.section !== "participants" || !person.participant) return undefined;
  const p = person.participant;
  const party = person.briefing.parties?.find(
    (x) => person.party !== undefined && entityKey("party", x.name) === person.party,
  );
  const described = termsOf(
    [p.name, p.role ?? "", p.side ?? "", ...(p.aliases ?? []), ...(party?.aliases ?? [])].join(" "),
  );
  const tol = allowedTypos(t.term.length);
  if (described.some((d) => d === t.term || editDistance(t.term, d, tol) <= tol)) return undefined;
  const side = asTypedWord(q, at - 1);
  return { reason: `The briefings name nobody of the ${side} ${q.words[at]} for that.` };
}

/** Kinds asking what happened at talks: a past venue in the background does not answer them. */
export const AT_TALKS: ReadonlySet<string> = new Set([
  "outcome",
  "said",
  "position",
  "who",
  "points",
]);

/**
 * "what did they agree in Barbados" when Barbados is only a past venue named in the background:
 * the background line is about other talks, not the ones asked about.
 */
function otherTalksViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (!AT_TALKS.has(q.kind) || q.typed?.place !== undefined) return undefined;
  const first = facts[0] as Fact;
  if (first.section !== "background") return undefined;
  const b = first.briefing;
  // "who was killed in San Salvador in March 1980": a time the talks are not of, which the line
  // states, asks about the event the line tells, where it happened
  const then = askedTimes(q);
  if (then.length > 0 && !heldWithin(b, then) && statesAsIs(first.text, then)) return undefined;
  for (let i = 1; i < q.words.length; i++) {
    const before = q.words[i - 1];
    const word = q.words[i] as string;
    if ((before !== "in" && before !== "at") || isStopWord(word) || MONTHS.includes(word)) continue;
    // a proper name in the fact ("Oslo and Barbados"), not "in principle"
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const name = first.text.match(new RegExp(`\\b${escaped}\\b`, "i"))?.[0];
    if (!name || !/^\p{Lu}/u.test(name)) continue;
    const held = `${b.location ?? ""} ${b.title}`.toLowerCase();
    if (held.includes(word)) continue;
    return {
      reason: `The briefings name ${name} only in the background of “${b.title}”; no talks held there are recorded.`,
    };
  }
  return undefined;
}

/** "in Minsk": an answer from talks held elsewhere that does not name the place does not fit. */
function venueViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const place = q.typed?.place;
  if (place === undefined) return undefined;
  const lower = place.toLowerCase();
  const first = facts[0] as Fact;
  const b = first.briefing;
  const fits = (text: string | undefined) => text?.toLowerCase().includes(lower) ?? false;
  // a quote's context or its speaker's role may say where it was said ("in Kabul on 29 February")
  const said = (f: Fact) => fits(f.text) || fits(f.context) || fits(f.participant?.role);
  if (heldAt(b, place) || facts.some(said)) return undefined;
  return { reason: `No briefing records that for ${place}.` };
}

/**
 * "who became prime minister after Shastri": the person the question names as what came before
 * (or after) is not who is asked for.
 */
function anchorPersonViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const relation = q.typed?.relation;
  if (q.typed?.kind !== "who" || relation === undefined) return undefined;
  const anchor = new Set(relation.anchor.toLowerCase().split(/\s+/));
  const isAnchor = (f: Fact) => {
    const p = f.participant;
    if (!p) return false;
    const names = [p.name, ...(p.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/\s+/));
    return names.some((n) => n.length > 2 && anchor.has(n));
  };
  if (!facts.every(isAnchor)) return undefined;
  return {
    reason: `The briefings don't say who came ${relation.type} ${relation.anchor}.`,
  };
}

/** Words asking what someone is: their line in the participants answers that. */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  "role",
  "position",
  "job",
  "title",
  "post",
  "office",
  "function",
  "capacity",
]);

/** Whether a person the question names stands only in a run of names before a word for talks. */
function namesTheTalks(
  words: readonly string[],
  named: readonly string[],
  person: string,
): boolean {
  const nameWords = new Set(named.flatMap((n) => n.toLowerCase().split(/[\s-]+/)));
  const own = new Set(person.toLowerCase().split(/[\s-]+/));
  const at = words.findIndex((w) => own.has(w));
  if (at < 0) return false;
  let i = at + 1;
  while (i < words.length && (nameWords.has(words[i] ?? "") || words[i] === "and")) i++;
  const next = words[i] ?? "";
  return TALKS_WORDS.has(next) || TALKS_WORDS.has(next.replace(/s$/, ""));
}

/**
 * "who did Nixon meet", "which cities did Nixon visit": an answer that only lists people the
 * question names besides the one asked about (who is not the answer to whom they met) restates
 * the question. "Who is X" and "what role did X have" ask about X: X is then the typed speaker.
 */
function restatedPeopleViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const named = q.typed?.people;
  if (!named || named.length === 0 || q.typed?.speaker !== undefined) return undefined;
  // "what role did Kuchma have", "what position does Kim Yo Jong hold": their own line answers
  if (q.words.some((w) => OFFICE_WORDS.has(w))) return undefined;
  // "the Kowalczyk–Okonkwo talks": names that only name the talks are not people asked about
  const asked = named.filter((n) => !namesTheTalks(q.words, named, n));
  if (asked.length === 0) return undefined;
  const keys = new Set(asked.map((n) => entityKey("person", n)));
  const restates = (f: Fact) =>
    f.section === "participants" && f.person !== undefined && keys.has(f.person);
  if (!facts.every(restates)) return undefined;
  return {
    reason: `The briefings don't say that; they list ${named.join(" and ")} only as taking part.`,
  };
}

/**
 * "when did China agree to cut subsidies" answered by "China refused to commit to cuts": a
 * question that takes an act of assent for granted is not answered by a record of the opposite;
 * the decline quotes that record and offers the yes/no question, which it does answer.
 */
function polarityViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const assent = presupposedAssent(q);
  if (assent === undefined) return dissentViolation(q, facts);
  const first = facts[0] as Fact;
  const asked = askedStems(q);
  const toward = stanceToward(first, asked);
  if (toward.stance !== "dissent") return undefined;
  // another side's assent ("the government insists on first agreeing …") is not the assent of
  // the one the answer's first line is about
  const sameSide = (f: Fact) =>
    first.party === undefined || f.party === undefined || f.party === first.party;
  if (facts.some((f) => sameSide(f) && stanceToward(f, asked).stance === "assent"))
    return undefined;
  const yesNo = asYesNo(q);
  return {
    reason: `No ${assent} is recorded; the briefings record the opposite: “${toward.clause}” (${first.briefing.title}, ${first.briefing.date}).`,
    ...(yesNo && { suggest: [yesNo] }),
  };
}

/**
 * "why did the opposition reject the agenda" answered by "the Coalition accepted the agenda":
 * the refusal the question takes for granted is not recorded; the side's line records assent,
 * and no line of that side records the refusal.
 */
function dissentViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const dissent = presupposedDissent(q);
  if (dissent === undefined) return undefined;
  const first = facts[0] as Fact;
  const asked = askedStems(q);
  const toward = stanceToward(first, asked);
  if (toward.stance !== "assent") return undefined;
  // a line of no side ("the opposition accepted it and the government rejected …") may record
  // another side's refusal; only the side's own lines tell against its assent
  const sameSide = (f: Fact) => first.party === undefined || f.party === first.party;
  if (facts.some((f) => sameSide(f) && stanceToward(f, asked).stance === "dissent"))
    return undefined;
  // a side's line opens with its verb ("Accepted the agenda"): say whose it is
  const side = first.briefing.parties?.find((p) => entityKey("party", p.name) === first.party);
  return {
    reason: `No ${dissent} is recorded; the briefings record the opposite: ${side ? `${side.name}: ` : ""}“${toward.clause}” (${first.briefing.title}, ${first.briefing.date}).`,
    settled: true,
  };
}

/**
 * "when did the protocol enter into force" answered by "the protocol enters into force 90 days
 * after 55 parties have ratified it": a question about an act done is not answered by a record
 * of the act as planned, wished or conditional, nor "what was decided at COP4" by the step that
 * plans COP4. A when-question keeps a plan that names its day ("signing on 15 September").
 */
function plannedViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const first = facts[0] as Fact;
  const where = `(${first.briefing.title}, ${first.briefing.date})`;
  const act = askedAct(q);
  if (act) {
    // "how many detainees were released" answered by a quote "tens of thousands of detainees
    // are waiting": someone's words with a number of the thing, not a record of the act asked
    // (a line of the briefing's own may word the act otherwise: "froze" for "frozen")
    if (q.count && first.section === "quotes" && !recordsAct(first, act)) {
      const by = first.speaker ? `${first.speaker}'s words` : "the words quoted";
      return {
        reason: `The briefings give no number for that; ${by} name the thing but not that it happened: “${first.text}” ${where}.`,
      };
    }
    const planned = plannedRecord(first, act);
    if (!planned || (q.kind === "when" && planned.dated)) return undefined;
    // a yes/no question is answered by the record of the act not done
    if (planned.negated && q.yesNo) return undefined;
    if (planned.negated) {
      return {
        reason: `The briefings record that as not done: “${planned.sentence}” ${where}.`,
      };
    }
    const future = asFuture(q);
    return {
      reason: `The briefings record that only as planned, not as done: “${planned.sentence}” ${where}.`,
      ...(future && { suggest: [future] }),
    };
  }
  // "when did the HoR and the HCS agree the constitutional basis" answered by the step "to agree
  // the constitutional basis … within 60 days": the decision asked as made is only planned there
  const decision =
    q.kind === "when" && first.section === "next_steps" ? askedAct(q, true) : undefined;
  const plannedDecision = decision ? plannedRecord(first, decision) : undefined;
  if (plannedDecision && !plannedDecision.dated && !plannedDecision.negated) {
    const future = asFuture(q);
    return {
      reason: `The briefings record that only as planned, not as done: “${plannedDecision.sentence}” ${where}.`,
      ...(future && { suggest: [future] }),
    };
  }
  const event = askedEventOutcome(q, first);
  if (!event) return undefined;
  const plan = plansEvent(first, event);
  if (!plan) return undefined;
  return {
    reason: `The briefings record that only as still to come, not its outcome: “${plan}” ${where}.`,
  };
}

/**
 * "when did the FARC hand over their last weapons" answered by the summary's day of the opening
 * of talks: a when-question about an act done takes no day from a summary that does not name the
 * act (in any of its forms, "took" for "take"); a summary that does gives its day or the talks'.
 */
function unrecordedActViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  // "why did the government reject the proposal": the reason for an act is not in a summary
  // that does not record the act
  if (q.words[0] === "why" && (facts[0] as Fact).section === "summary") {
    return unrecordedWhyViolation(q, facts[0] as Fact);
  }
  if (q.kind !== "when") return undefined;
  const first = facts[0] as Fact;
  // "when was the demarcation finshed": the act asked is no English word and none the briefings
  // have, even allowing for typos (a word they lack but English has is WordNet's to relate); no
  // line records it, so no day is its day
  const last = q.words.at(-1) ?? "";
  if (
    (q.words[1] === "was" || q.words[1] === "were") &&
    /(ed|en)$/.test(last) &&
    !isEnglishWord(last) &&
    q.unknown.some((u) => u.toLowerCase() === last)
  ) {
    return { reason: `The briefings don't say when anything was “${last}”.` };
  }
  if (first.section !== "summary") return undefined;
  const doer = personDoer(q);
  const act = askedAct(q) ?? (doer ? verbAfter(q, doer) : undefined);
  if (!act) return undefined;
  if (namesActAnyForm(first.text, act)) {
    // "when did Pakistan recognise Bangladesh" against "the agreement did not settle … the
    // recognition of Bangladesh": a summary that names the act only as not done gives no day
    const naming = first.text
      .split(/(?<=[.;!?])\s+/)
      .filter((sentence) => namesActAnyForm(sentence, act));
    const undone = naming.every((sentence) => deniesAct(sentence, act)) ? naming[0] : undefined;
    if (undone !== undefined && !q.words.some((w) => w === "not" || w.endsWith("n't"))) {
      return {
        reason: `The briefings record that only as not done: “${undone}” (${first.briefing.title}, ${first.briefing.date}).`,
      };
    }
    // "when did Boutros-Ghali sign the accords": the summary's signing is by others unless a
    // sentence that names the act names the person too
    if (!doer) return undefined;
    const names = mentionTerms(q, doer);
    const byThem = first.text
      .split(/(?<=[.;!?])\s+/)
      .some((s) => namesActAnyForm(s, act) && termsOf(s).some((t) => names.includes(t)));
    if (byThem) return undefined;
    return {
      reason: `The briefings don't record that ${mentionWords(q, doer)} did that: the summary of “${first.briefing.title}” names the act, but not by them.`,
    };
  }
  return {
    reason: `The briefings don't say when that happened: the summary of “${first.briefing.title}” (${first.briefing.date}) gives no day for it.`,
  };
}

/** Words that deny what follows them in a sentence: "did not settle", "never signed". */
const DENIALS: ReadonlySet<string> = new Set(["not", "no", "never", "without", "nor", "neither"]);

/** Whether a sentence names the act only after a word that denies it ("did not settle … the recognition"). */
function deniesAct(sentence: string, act: AskedAct): boolean {
  const words = sentence.toLowerCase().split(/[^\p{L}']+/u);
  const at = words.findIndex((w) => w !== "" && namesActAnyForm(w, act));
  if (at < 0) return false;
  return words.slice(0, at).some((w) => DENIALS.has(w) || w.endsWith("n't"));
}

/** Words that give a reason in a sentence: "because", "over", "citing", "in protest at" … */
const REASON_WORDS =
  /\b(because|since|over|citing|cited|saying|arguing|insisting|fearing|due to|owing to|in protest|so that|in order to|amid|demanding|unless)\b/i;

/** A sentence without its nouns of acts ("the unarmed opposition" is a side, not opposing). */
function withoutActNouns(sentence: string): string {
  return sentence.replace(/\b\p{L}+(?:tion|sion|ment|ance|ence)s?\b/gu, "");
}

/** A why-question answered by a summary that names neither its act nor, if one is named, its doer. */
function unrecordedWhyViolation(q: ParsedQuestion, summary: Fact): Violation | undefined {
  // the doer may be a side here: "why did the Kabila government reject …"
  const doer = personDoer(q, true);
  const act = askedAct({ ...q, kind: "when" }) ?? (doer ? verbAfter(q, doer) : undefined);
  if (!act) return undefined;
  const names = doer ? mentionTerms(q, doer) : [];
  const recording = summary.text
    .split(/(?<=[.;!?])\s+/)
    .filter(
      (s) =>
        namesActAnyForm(withoutActNouns(s), act) &&
        (names.length === 0 || termsOf(s).some((t) => names.includes(t))),
    );
  // the act recorded, its reason not: "… that RCD-Goma accepted but the government side did not"
  if (recording.length > 0) {
    if (recording.some((s) => REASON_WORDS.test(s))) return undefined;
    return {
      reason: `The briefings record that, but not why: “${recording[0]}” (${summary.briefing.title}, ${summary.briefing.date}).`,
    };
  }
  return {
    reason: `The briefings don't say why: the summary of “${summary.briefing.title}” does not record that act${doer ? ` by ${mentionWords(q, doer)}` : ""}.`,
  };
}

/**
 * "when did Kibaki visit …": the person named right after "did", the doer of the act asked (or,
 * with `sides`, the side: "why did the Kabila government reject …").
 */
function personDoer(q: ParsedQuestion, sides = false): Mention | undefined {
  const aux = q.words.indexOf("did");
  if (aux < 0) return undefined;
  // "did the Kabila government": a side after its article
  const at = sides && q.words[aux + 1] === "the" ? aux + 2 : aux + 1;
  return q.mentions.find(
    (m) => (m.kind === "person" || (sides && m.kind === "party")) && q.terms[m.from]?.from === at,
  );
}

/**
 * The verb right after the doer and the people joined to them ("did Garang and Taha initial the
 * CPA"), which lower-case chat leaves the tagger reading as a noun: a verb by WordNet.
 */
function verbAfter(q: ParsedQuestion, doer: Mention): AskedAct | undefined {
  let at = (q.terms[doer.to - 1]?.from ?? -1) + (q.terms[doer.to - 1]?.span ?? 1);
  for (const m of q.mentions) {
    const t = q.terms[m.from];
    const last = q.terms[m.to - 1];
    if (m.kind === "person" && t && last && q.words[at] === "and" && t.from === at + 1) {
      at = last.from + last.span;
    }
  }
  const word = q.words[at];
  if (!word || isStopWord(word) || wordNet().lookUp(word, [], ["verb"]) === undefined) {
    return undefined;
  }
  return { verbs: [stem(word)], lemmas: [word] };
}

/**
 * "how long did Williams stay on as envoy after Geneva" answered by "the forum met for a week":
 * the length of a person's act is stated by a line that names the act ("stayed", "served"), not
 * by the talks' length.
 */
function personLengthViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.kind !== "howlong" || !q.mentions.some((m) => m.kind === "person")) return undefined;
  // the act is the word after the people who did it ("did Williams stay on"): chat in lower case
  // misleads the tagger ("stay" read as a noun), the place in the question does not
  const did = q.words.indexOf("did");
  if (did < 0) return undefined;
  const named = new Set<number>();
  for (const m of q.mentions) {
    for (const t of q.terms.slice(m.from, m.to)) {
      for (let k = t.from; k < t.from + t.span; k++) named.add(k);
    }
  }
  let at = did + 1;
  while (at < q.words.length && (named.has(at) || q.words[at] === "and")) at++;
  const verb = q.words[at];
  if (at === did + 1 || verb === undefined || isStopWord(verb)) return undefined;
  // "how long did Merkel and Putin negotiate", "… meet alone": talking is the talks' own act,
  // whose length the talks' says
  if (q.words.slice(did + 1).some((w) => termsOf(w).includes("~meet"))) return undefined;
  const act = { verbs: [stem(verb)], lemmas: [verb] };
  if (facts.some((f) => namesActAnyForm(f.text, act))) return undefined;
  const first = facts[0] as Fact;
  return {
    reason: `The briefings don't say how long; the nearest line gives the length of something else: “${first.text.split(/(?<=[.!?])\s+/)[0]}” (${first.briefing.title}, ${first.briefing.date}).`,
  };
}

/** Why a line does not answer a question about an act done: it records the act only as planned, not done, or in someone's words. */
export function plannedReason(q: ParsedQuestion, f: Fact): string | undefined {
  return plannedViolation(q, [f])?.reason;
}

/** "when did X enter into force" → "When will X enter into force?": the plan's question. */
function asFuture(q: ParsedQuestion): string | undefined {
  const words = [...q.words];
  const aux = words.findIndex((w) => w === "did" || w === "was" || w === "were");
  if (aux < 1) return undefined;
  if (words[aux] === "did") words[aux] = "will";
  else {
    // "when was the treaty signed" → "when will the treaty be signed"
    const verb = parseWords(words.join(" ")).find(
      (w, i) => i > aux && w.verb && words.indexOf(w.normal, aux + 1) > aux + 1,
    );
    if (!verb) return undefined;
    words.splice(words.indexOf(verb.normal, aux + 1), 0, "be");
    words[aux] = "will";
  }
  const text = words.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}?`;
}

/** Words after which a said-question names its topic: "say about the strike on Odesa". */
const TOPIC_OPENERS: ReadonlySet<string> = new Set(["about", "regarding", "concerning"]);

/**
 * "what did Guterres say about the strike on Odesa" when no briefing uses the word "strike": a
 * quote of the speaker on something else does not answer it. The topic is what follows "about";
 * a word there that the briefings lack (and no typo of a word they have) cannot be in a quote,
 * so the quote (or its context) must hold the topic's other words ("handing the border").
 */
function unknownTopicViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.kind !== "said" || q.unknown.length === 0) return undefined;
  const about = q.words.findIndex((w) => TOPIC_OPENERS.has(w));
  if (about < 0) return undefined;
  const lacking = q.unknown.filter((u) => q.words.indexOf(u.toLowerCase()) > about);
  if (lacking.length === 0) return undefined;
  const known = q.terms
    .filter((t) => t.from > about && !isStopWord(q.words[t.from] ?? "") && t.term !== "~say")
    .map((t) => t.term);
  const holds = (text: string | undefined) => {
    const words = new Set(termsOf(text ?? "").map((w) => concept(w)));
    return known.some((t) => words.has(t));
  };
  // the topic's head: "the strike on Odesa" is about a strike; a gerund ("handing the border")
  // is an act whose object says what it is about
  const head = q.words.slice(about + 1).find((w) => !DETERMINERS.has(w));
  const headLacking =
    head !== undefined && !head.endsWith("ing") && lacking.some((u) => u.toLowerCase() === head);
  // a quote that holds the topic's other words answers; so does one whose context does ("on
  // what would happen if Ukraine took the border"), unless the head is what the briefings lack:
  // remarks "naming Odesa" are not on a strike on Odesa
  if (facts.some((f) => holds(f.text) || (!headLacking && holds(f.context)))) return undefined;
  const first = facts[0] as Fact;
  const who = first.participant?.name ?? first.speaker ?? first.partyName;
  const words = lacking.map((w) => `“${w}”`).join(", ");
  return {
    reason: `The briefings have no quote${who ? ` from ${who}` : ""} about ${words}; no briefing uses ${lacking.length > 1 ? "those words" : "that word"}.`,
  };
}

/**
 * "who led the Russian delegation in Istanbul" when no briefing names Istanbul: a word after "in"
 * or "at" that the briefings lack and that is no word of English is a place (or talks) they do
 * not record, so an answer from talks elsewhere does not fit.
 */
function unknownVenueViolation(q: ParsedQuestion): Violation | undefined {
  for (const typed of q.unknown) {
    const word = typed.toLowerCase();
    const at = q.words.indexOf(word);
    const before = q.words[at - 1];
    if (at < 1 || (before !== "in" && before !== "at") || isEnglishWord(word)) continue;
    // "in nothern Cyprus": a misspelt word before a name the briefings have is no place itself
    const after = q.words[at + 1];
    if (after !== undefined && !isStopWord(after)) continue;
    return { reason: `No briefing records talks in or at ${typed}; none names it.` };
  }
  return undefined;
}

/** Nouns of asking for a time: "the date of", "what day". */
const ASKING_WORDS: ReadonlySet<string> = new Set([
  "date",
  "dates",
  "day",
  "days",
  "time",
  "times",
  "start",
  "beginning",
  "end",
]);

/** Possessive determiners: "hold their summit". */
const POSSESSIVES: ReadonlySet<string> = new Set(["their", "its", "his", "her", "our"]);

/**
 * "when were the Mozambique elections finally held" answered by the day of the peace talks: the
 * talks' own day answers a when-question about the talks only. A noun of the question (not a
 * name, not a word for talks) that the talks' title, series, place and tags lack is some other
 * event, whose day the briefing does not give.
 */
function otherEventDayViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.kind !== "when") return undefined;
  const first = facts[0] as Fact;
  if (first.section !== "date") return undefined;
  const b = first.briefing;
  const own = new Set(
    termsOf([b.title, b.format ?? "", b.location ?? "", ...(b.tags ?? [])].join(" ")),
  );
  const named = new Set(q.mentions.flatMap((m) => mentionTerms(q, m)));
  const words = parseWords(q.words.join(" "));
  // a verb the tagger took for a noun: last ("the second round in Geneva run") or before its
  // object's determiner ("hold their summit")
  const isVerbHere = (i: number) => {
    const next = words[i + 1]?.normal;
    const object = next === undefined || DETERMINERS.has(next) || POSSESSIVES.has(next);
    return object && wordNet().lookUp(words[i]?.normal ?? "", [], ["verb"]) !== undefined;
  };
  // words that speak to the bot ("bot:", "@briefbot", "pls") are no event
  const frame = chatFrame(q.text).frame;
  const lower = q.text.toLowerCase();
  const chat = (w: string) =>
    frame.has(w) || lower.includes(`@${w}`) || /^(what|when|where|who|how)s$/.test(w);
  for (const [i, w] of words.entries()) {
    if (!w.noun || w.proper || isStopWord(w.normal) || ASKING_WORDS.has(w.normal)) continue;
    if (chat(w.normal)) continue;
    if (isVerbHere(i)) continue;
    const t = termsOf(w.normal)[0];
    if (!t || t.startsWith("~") || named.has(t) || own.has(t)) continue;
    if (DOCUMENT_NOUNS.has(w.normal)) continue;
    return {
      reason: `The briefings don't say when that was: “${b.title}” is dated ${b.date}, and its title does not name “${w.normal}”.`,
    };
  }
  return undefined;
}

/** A series named by a code of numbers joined by "+": "5+2", "P5+1", "E3+3", "ASEAN+3". */
const PLUS_CODE = /(?:^|[^\w+])(\w*\d?\+\d\w*)(?![\w+])/g;

/**
 * "who headed the US delegation at the 5+2 talks": a series named by its code must be the cited
 * briefing's (its title, series, tags or summary write the code), not other talks that have a US
 * delegation too.
 */
function seriesCodeViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const codes = [...q.text.toLowerCase().matchAll(PLUS_CODE)].map((m) => m[1] as string);
  if (codes.length === 0) return undefined;
  const b = (facts[0] as Fact).briefing;
  const own = [b.title, b.format ?? "", ...(b.tags ?? []), b.summary ?? ""]
    .join(" ")
    .toLowerCase()
    .replace(/\s*\+\s*/g, "+");
  const missing = codes.find((c) => !own.includes(c));
  if (missing === undefined) return undefined;
  return {
    reason: `The briefings record nothing on that for the ${missing} talks; “${b.title}” is other talks.`,
  };
}

/** Single-word names of states and of their seats ("germany", "berlin"), lower case. */
const PLACE_WORDS: ReadonlySet<string> = new Set(
  PLACES.flatMap((p) => [p.name, ...p.aliases])
    .filter((n) => !/\s/.test(n))
    .map((n) => n.toLowerCase()),
);

/**
 * "when is the next round in Berlin" when the briefings have Berlin only inside another name
 * ("the Berlin-plus package"): a state or capital after "in" or "at" that the reader found no
 * briefing's place or side in must be named, as a place, by the answer's lines or its talks.
 */
function unrecordedPlaceViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
): Violation | undefined {
  if (q.typed?.place !== undefined) return undefined;
  for (let i = 1; i < q.words.length; i++) {
    const word = q.words[i] as string;
    const before = q.words[i - 1];
    if ((before !== "in" && before !== "at") || !PLACE_WORDS.has(word)) continue;
    const after = q.words[i + 1];
    if (after !== undefined && !isStopWord(after)) continue;
    const mentioned = q.mentions.some((m) => {
      const a = q.terms[m.from];
      const b = q.terms[m.to - 1];
      return a !== undefined && b !== undefined && a.from <= i && i < b.from + b.span;
    });
    if (mentioned) continue;
    // as a word of its own, not the first part of a compound ("Berlin-plus")
    const named = new RegExp(`\\b${word}\\b(?![-‐])`, "i");
    const says = (f: Fact) =>
      named.test(f.text) ||
      named.test(f.context ?? "") ||
      named.test(`${f.briefing.location ?? ""} ${f.briefing.title}`);
    if (facts.some(says)) continue;
    const name = capitalise(word);
    return { reason: `The briefings record nothing on that in ${name}.` };
  }
  return undefined;
}

/** The places of the one table, by the engine's token for each ("sudan" → Sudan). */
const PLACE_BY_TOKEN: ReadonlyMap<string, (typeof PLACES)[number]> = new Map(
  PLACES.map((p) => [p.token, p]),
);

/** Whether a text names a place by its name, another name or its demonym, as a word. */
function namesPlace(text: string, place: (typeof PLACES)[number]): boolean {
  const lower = text.toLowerCase();
  return [place.name, ...place.aliases, ...place.demonyms, ...place.words].some((n) => {
    const at = lower.indexOf(n.toLowerCase());
    if (at < 0) return false;
    const end = at + n.length;
    return !/[\p{L}\d]/u.test(lower.charAt(at - 1)) && !/[\p{L}\d]/u.test(lower.charAt(end));
  });
}

/**
 * "when did the Security Council approve the Sudan peace mission" answered by a UN mission line
 * of talks on El Salvador: a state the question names (as a modifier, anywhere) that the cited
 * talks never name — not in their title, place, series, people or any line — makes the answer
 * one about other talks.
 */
function unnamedCountryViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  entries: ReadonlyMap<string, Entry>,
): Violation | undefined {
  for (const word of q.words) {
    const place = PLACE_BY_TOKEN.get(country(word) ?? word);
    if (place === undefined) continue;
    const briefings = new Set(facts.map((f) => f.briefing.id));
    const named = [...briefings].some((id) => {
      const e = entries.get(id);
      if (e === undefined) return true;
      const b = e.briefing;
      const own = `${b.title} ${b.location ?? ""} ${b.format ?? ""} ${b.summary ?? ""}`;
      if (namesPlace(own, place)) return true;
      return e.facts.some(
        (f) =>
          namesPlace(f.text, place) ||
          namesPlace(f.context ?? "", place) ||
          namesPlace(`${f.participant?.role ?? ""} ${f.participant?.side ?? ""}`, place) ||
          namesPlace(f.partyName ?? "", place),
      );
    });
    if (named) continue;
    return { reason: `The briefings record nothing on that for ${place.name}.` };
  }
  return undefined;
}

/** Nouns of a numbered stage of talks or a deal: "phase two", "round 3", "stage one". */
const STAGE = new RegExp(
  `\\b(phase|stage|round|tranche)\\s+(${ORDINAL_NUMBERS.join("|")}|\\d+)\\b`,
  "gi",
);

/** The number a stage is given by: "two" or "2" → 2. */
function stageNumber(word: string): number {
  const k = ORDINAL_NUMBERS.indexOf(word.toLowerCase());
  return k >= 0 ? k + 1 : Number.parseInt(word, 10);
}

/** The stages a text names, by noun: "Phase One" → phase 1; "the second phase" → phase 2. */
function stagesIn(text: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (noun: string, n: number) => {
    const set = out.get(noun) ?? new Set<number>();
    set.add(n);
    out.set(noun, set);
  };
  for (const m of text.matchAll(STAGE)) {
    add((m[1] as string).toLowerCase(), stageNumber(m[2] as string));
  }
  const ordinal = new RegExp(
    `\\b(${ORDINAL_WORDS.join("|")})\\s+(phase|stage|round|tranche)\\b`,
    "gi",
  );
  for (const m of text.matchAll(ordinal)) {
    add((m[2] as string).toLowerCase(), ORDINAL_WORDS.indexOf((m[1] as string).toLowerCase()) + 1);
  }
  return out;
}

/**
 * "when was the phase two deal signed" when the briefing is of Phase One and names no phase two:
 * a stage numbered after its noun is one the briefing must name, not another of the same noun.
 */
function stageViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  entries: ReadonlyMap<string, Entry>,
): Violation | undefined {
  // "what's next after phase one": a stage after "after" is where the question starts from
  const asked = [...q.text.matchAll(STAGE)].filter(
    (m) =>
      !/\b(after|following|since|before|preceding)\s+(the\s+)?$/i.test(q.text.slice(0, m.index)),
  );
  if (asked.length === 0) return undefined;
  const first = facts[0] as Fact;
  const entry = entries.get(first.briefing.id);
  const all = entry?.facts ?? [];
  const cited = stagesIn(facts.map((f) => f.text).join("\n"));
  const named = stagesIn([first.briefing.title, ...all.map((f) => f.text)].join("\n"));
  for (const m of asked) {
    const noun = (m[1] as string).toLowerCase();
    const n = stageNumber(m[2] as string);
    const stage = `${noun} ${m[2]}`;
    // the facts cited speak of that stage, or of no stage of that noun
    const here = cited.get(noun);
    if (here?.has(n)) {
      // "when was phase two signed" against "signed Phase One …; tariffs stay as leverage for
      // phase two": the sentences telling the act asked name another stage only
      const act = askedAct(q);
      const acted = act
        ? facts
            .flatMap((f) => f.text.split(/(?<=[.!?])\s+/))
            .filter((sentence) => namesActAnyForm(sentence, act))
        : [];
      const stages = acted.map((sentence) => stagesIn(sentence).get(noun));
      if (acted.length === 0 || stages.some((st) => st === undefined || st.has(n))) continue;
      const others = [...new Set(stages.flatMap((st) => [...(st ?? [])]))]
        .sort((a, b) => a - b)
        .map((k) => `${noun} ${ORDINAL_NUMBERS[k - 1] ?? k}`);
      return {
        reason: `The briefings record that for ${others.join(" and ")}, not for ${stage}: “${acted[0]}” (${first.briefing.title}, ${first.briefing.date}).`,
      };
    }
    if (!here) continue;
    // "Phase One was signed" does not date phase two, which the briefing names only as planned
    const elsewhere = all.find((f) => stagesIn(f.text).get(noun)?.has(n));
    if (elsewhere) {
      return {
        reason: `The briefings name ${stage} only as: “${elsewhere.text}” (${first.briefing.title}, ${first.briefing.date}).`,
      };
    }
    const there = [...(named.get(noun) ?? here)].sort((a, b) => a - b);
    const others = there.map((k) => `${noun} ${ORDINAL_NUMBERS[k - 1] ?? k}`);
    return {
      reason: `The briefings have no ${stage}; “${first.briefing.title}” records ${others.join(" and ")}.`,
    };
  }
  return undefined;
}

/** Concepts and stems of acts of stance: wanting, refusing, offering, urging, backing. */
const STANCE_ACTS: ReadonlySet<string> = new Set([
  "~demand",
  "~reject",
  "~propose",
  "~say",
  "~warn",
  "~aid",
  "~willing",
  "~guarantee",
  "~outcome",
  ...["favour", "favor", "prefer", "insist", "urge", "press", "hope", "believ", "welcom"],
  ...["condemn", "critic", "object", "accept", "agre", "oppos", "resist", "pledg", "vow"],
]);

/** Whether a fact's words hold an act of stance ("wants", "opposes", "pressed"). */
function takesStance(f: Fact): boolean {
  return termsOf(f.text).some((w) => STANCE_ACTS.has(w) || STANCE_ACTS.has(concept(w)));
}

/** Words after which a position question names its topic: "position on the ceasefire". */
const STANCE_TOPIC = new Set(["on", "about", "regarding", "concerning", "towards", "toward"]);

/**
 * "what was Norway's position on the ceasefire" answered by "Norway is a guarantor of the
 * process": a party's stance on something else is not its stance on the topic asked. The topic
 * is what follows "on" or "about" after the stance noun or verb; one of its words must be in a
 * fact cited.
 */
function stanceTopicViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
): Violation | undefined {
  if (q.kind !== "position" || q.typed?.party === undefined) return undefined;
  const on = q.words.findIndex((w, i) => i > 1 && STANCE_TOPIC.has(w));
  if (on < 0) return undefined;
  // a date or a place after "on"/"at" says when or where, not what about
  const topic = q.terms.filter(
    (t, k) =>
      t.from > on &&
      !isStopWord(q.words[t.from] ?? "") &&
      !MONTHS.includes(q.words[t.from] ?? "") &&
      q.hard.includes(t.term) &&
      !q.mentions.some((m) => k >= m.from && k < m.to),
  );
  if (topic.length === 0) return undefined;
  if (facts.some((f) => topic.some((t) => index.score(t.term, f) > 0))) return undefined;
  // a stance stated in other words ("opposes NATO military action", "pressed both leaders")
  // may be on the topic; a line with no act of stance ("Norway is a guarantor of the process")
  // says what the party is, not what it holds on the topic
  if (facts.some(takesStance)) return undefined;
  const words = q.words.slice(on + 1).join(" ");
  return {
    reason: `The briefings record no position of ${q.typed.party} ${q.words[on]} ${words}.`,
  };
}

/**
 * "japan's view of the summit" when no briefing names Japan: the word before a noun of stance is
 * whose stance is asked, and a word the briefings lack there is a holder they do not record.
 */
function unknownHolderViolation(q: ParsedQuestion): Violation | undefined {
  if (q.kind !== "position") return undefined;
  const at = q.words.findIndex((w, i) => i > 0 && STANCE_NOUNS.has(w));
  const holder = q.words[at - 1];
  if (at < 1 || holder === undefined) return undefined;
  // "maduro's govt position": a word after a name is part of the holder's phrase, not the holder
  const before = q.words[at - 2];
  if (before !== undefined && !isStopWord(before) && !/^(what|whats|how|hows)$/.test(before)) {
    return undefined;
  }
  const typed = q.unknown.find((u) => u.toLowerCase() === holder);
  if (typed === undefined) return undefined;
  const name = asTypedWord(q, at - 1);
  return { reason: `No statement or position of ${name} is recorded; no briefing names ${name}.` };
}

/** Words that open a position-question before its holder: "what was the", "whats". */
const HOLDER_OPENERS: ReadonlySet<string> = new Set([
  "what",
  "whats",
  "how",
  "hows",
  "is",
  "was",
  "were",
  "are",
  "the",
  "their",
]);

/**
 * "what was the House of Representatives' position on the new executive" when the briefings name
 * no such party: the words before a noun of stance say whose stance is asked; a line that holds
 * none of the holder's words and is by no one of that name is another's, not theirs.
 */
function unnamedHolderViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.kind !== "position" || q.mentions.some((m) => m.kind === "person" || m.kind === "party"))
    return undefined;
  const at = q.words.findIndex((w, i) => i > 0 && STANCE_NOUNS.has(w));
  if (at < 1) return undefined;
  let from = at;
  while (from > 0 && !HOLDER_OPENERS.has(q.words[from - 1] as string)) from--;
  if (from === 0) return undefined;
  const holder = q.words.slice(from, at).map((w) => w.replace(/['’]s?$/, ""));
  const words = holder.filter((w) => !isStopWord(w));
  // one word is left to the checks of a single unknown subject
  if (words.length < 2) return undefined;
  const terms = words.flatMap((w) => termsOf(w));
  const holds = (f: Fact) => {
    const own = new Set([...termsOf(f.text), ...byWhom(f)]);
    return terms.every((t) => own.has(t));
  };
  if (facts.some(holds)) return undefined;
  return { reason: `The briefings record no position of the ${holder.join(" ")} on that.` };
}

/** Roles of being at talks for a side: "who represented Canada", "who attended for Canada". */
const SIDE_ROLES: ReadonlySet<string> = new Set(["represent", "attend", "lead"]);

/**
 * "who represented Canada at the Obama–Castro meeting" when Canada is only named in the
 * background (it facilitated earlier talks): a country asked about that is no participant's side,
 * no party and no participant's role in the briefing had nobody at the talks, so a line that
 * merely names it does not answer.
 */
function absentSideViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const t = q.typed;
  if (q.kind !== "who" || t?.kind !== "who" || !t.role || !SIDE_ROLES.has(t.role)) return undefined;
  if (t.party !== undefined || q.count) return undefined;
  const b = (facts[0] as Fact).briefing;
  const present = new Set(
    termsOf(
      [
        ...(b.participants ?? []).flatMap((p) => [p.side ?? "", p.role ?? ""]),
        ...(b.parties ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])]),
      ].join(" "),
    ).map((w) => country(w) ?? w),
  );
  for (const [i, w] of q.words.entries()) {
    const side = country(w);
    if (side === undefined || present.has(side)) continue;
    const name = asTypedWord(q, i);
    return {
      reason: `The briefings name nobody for ${name} at “${b.title}”; ${name} is not among its participants' sides or parties.`,
    };
  }
  return undefined;
}

/** The first constraint of the question that the cited facts break, if any. */
/**
 * "when was the liaison office shut", read with WordNet as "close": the answer must say the
 * briefings' word, else the question was about something they do not say.
 */
function relatedWordViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
): Violation | undefined {
  const missing = (q.related ?? []).filter((r) => !facts.some((f) => index.score(r.term, f) > 0));
  if (missing.length === 0) return undefined;
  return { reason: `The briefings don't cover ${listWords(missing.map((r) => r.typed))}.` };
}

/** "when was the office opened", answered by "the office was closed": the opposite was asked. */
function oppositeWordViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
): Violation | undefined {
  for (const o of q.opposites ?? []) {
    if (o.terms.some((t) => facts.some((f) => index.score(t, f) > 0))) {
      return {
        reason: `The briefings record the opposite of “${o.typed}”, not that.`,
      };
    }
  }
  return undefined;
}

export function violatedConstraint(
  q: ParsedQuestion,
  citations: readonly Citation[],
  index: InvertedIndex,
  entries: ReadonlyMap<string, Entry>,
): Violation | undefined {
  const facts = citations
    .map((c) => citedFact(c, entries))
    .filter((f): f is Fact => f !== undefined);
  if (facts.length === 0) return undefined;
  return (
    relatedWordViolation(q, facts, index) ??
    oppositeWordViolation(q, facts, index) ??
    numberViolation(q, facts) ??
    namedAmountViolation(q, facts) ??
    thingViolation(q, facts, index) ??
    countViolation(q, facts) ??
    countedOfAnotherViolation(q, facts, index, entries) ??
    sideViolation(q, facts) ??
    namedSideViolation(q, facts) ??
    absentSideViolation(q, facts) ??
    venueViolation(q, facts) ??
    unknownVenueViolation(q) ??
    unrecordedPlaceViolation(q, facts) ??
    unnamedCountryViolation(q, facts, entries) ??
    seriesCodeViolation(q, facts) ??
    otherTalksViolation(q, facts) ??
    placeViolation(q, facts) ??
    anchorPersonViolation(q, facts) ??
    restatedPeopleViolation(q, facts) ??
    speakerViolation(q, facts, index, entries) ??
    unknownTopicViolation(q, facts) ??
    subjectViolation(q, facts, index, entries) ??
    polarityViolation(q, facts) ??
    plannedViolation(q, facts) ??
    unrecordedActViolation(q, facts) ??
    otherEventDayViolation(q, facts) ??
    personLengthViolation(q, facts) ??
    stanceTopicViolation(q, facts, index) ??
    unknownHolderViolation(q) ??
    unnamedHolderViolation(q, facts) ??
    partyViolation(q, facts, index) ??
    timeViolation(q, facts, index) ??
    ordinalViolation(q, facts, entries) ??
    ordinalPartViolation(q, facts) ??
    stageViolation(q, facts, entries) ??
    undatedWhenViolation(q, facts) ??
    officeViolation(q, facts) ??
    shareViolation(q, facts)
  );
}
