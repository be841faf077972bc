// The last word before an answer goes out: every hard constraint the question names (who spoke,
// which party, which month or year, which round) must hold for every fact the answer cites.
// An answer that breaks one is worse than a decline, so it becomes a decline that says why.
import { MONTHS } from "../text/dates.ts";
import {
  allowedTypos,
  concept,
  editDistance,
  isStopWord,
  stem,
  terms as termsOf,
} from "../text/index.ts";
import type { Entry } from "./entry.ts";
import { entityKey, type Fact } from "./facts.ts";
import type { InvertedIndex } from "./inverted-index.ts";
import { isAgentAt, mentionTerms, mentionWords } from "./matching.ts";
import type { ParsedQuestion } from "./question.ts";
import { NUMBER_TEXT, ORDINAL_WORDS, PLACE_TEXT } from "./text-patterns.ts";
import type { Citation } from "./types.ts";

/** Why an answer does not fit its question, worded for the person who asked. */
export interface Violation {
  reason: string;
}

/** Auxiliaries that open "what did X say": the words between one and the speech verb name X. */
const OPENERS = new Set(["did", "does", "do", "has", "have", "had", "will", "would"]);

/** Words before a noun: "the statement", "a joint statement", "their remarks". */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that"]);

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

const ROUND_ORDINAL = new RegExp(
  `\\b(${ORDINAL_WORDS.join("|")}|\\d+(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+){0,3}?(?:round|meeting|session|summit|conference|talks|dialogue)\\b`,
  "gi",
);

/** The fact a citation quotes, found again in its briefing. */
export function citedFact(c: Citation, entries: ReadonlyMap<string, Entry>): Fact | undefined {
  return entries.get(c.briefing)?.facts.find((f) => f.section === c.section && f.text === c.text);
}

/** Word positions [from, to) of the speaker in "what did X say", if the question has that shape. */
function speakerSpan(q: ParsedQuestion): [number, number] | undefined {
  // the speech word must be the verb ("what did X say"), not a noun ("sign the statement"):
  // a noun of speech comes after a determiner
  const verb = q.words.findIndex(
    (w, i) =>
      i > 0 &&
      concept(stem(w)) === "~say" &&
      !q.words.slice(Math.max(0, i - 3), i).some((d) => DETERMINERS.has(d)),
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
  const who = person
    ? mentionWords(q, person)
    : party
      ? mentionWords(q, party)
      : q.words
          .slice(from, to)
          .filter((w) => !NOT_A_SPEAKER.has(w))
          .join(" ");
  const terms = person ? mentionTerms(q, person) : party ? mentionTerms(q, party) : [];
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

interface MonthYear {
  month?: number;
  year: number;
}

/** The months and years the typed question names with a year: "in December 2019", "in 2019". */
function askedTimes(q: ParsedQuestion): MonthYear[] {
  const times: MonthYear[] = [];
  for (const d of q.typed?.dates ?? []) {
    if (d.year !== undefined) times.push({ year: d.year, ...(d.month && { month: d.month }) });
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
  const b = f.briefing;
  const from = Date.parse(b.date);
  const to = Date.parse(b.end_date ?? b.date);
  return asked.some((a) => {
    const start = Date.UTC(a.year, a.month === undefined ? 0 : a.month - 1, 1);
    const end = a.month === undefined ? Date.UTC(a.year + 1, 0, 1) : Date.UTC(a.year, a.month, 1);
    return from < end && to >= start;
  });
}

function describe(asked: readonly MonthYear[]): string {
  return capitalise(
    asked.map((a) => (a.month ? `${MONTHS[a.month - 1]} ${a.year}` : `${a.year}`)).join(" or "),
  );
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

/** "how many prisoners were exchanged in December 2019": a fact dated otherwise does not answer. */
function timeViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const asked = askedTimes(q);
  if (asked.length === 0) return undefined;
  // "what did X say in 2016": a quote or position is of its briefing's time
  if (q.kind === "said" || q.kind === "position" || q.kind === "who") {
    const first = facts[0] as Fact;
    return briefingIsOf(first, asked)
      ? undefined
      : { reason: `The briefings record nothing on that for ${describe(asked)}.` };
  }
  for (const f of facts) {
    // a position or a quote of these talks is of their time, whatever earlier year it names
    if (!TIMED_SECTIONS.has(f.section)) continue;
    if (statedTimes(f.text).length === 0 && !briefingIsOf(f, asked)) {
      return { reason: `The briefings record nothing on that for ${describe(asked)}.` };
    }
    const stated = f.section === "next_steps" && f.date ? [] : statedTimes(f.text);
    if (stated.length === 0) continue;
    // a month named in the fact must match when the question names one
    const monthly = stated.filter((s) => s.month !== undefined);
    const judged =
      monthly.length > 0 && asked.some((a) => a.month !== undefined) ? monthly : stated;
    if (!judged.some((s) => asked.some((a) => compatible(a, s)))) {
      return { reason: `The briefings record nothing on that for ${describe(asked)}.` };
    }
  }
  return undefined;
}

function capitalise(s: string): string {
  return s.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

function ordinalsIn(text: string): number[] {
  return [...text.matchAll(ROUND_ORDINAL)].map((m) => {
    const w = (m[1] as string).toLowerCase();
    const k = ORDINAL_WORDS.indexOf(w);
    return k >= 0 ? k + 1 : Number.parseInt(w, 10);
  });
}

/** "after the first round": the ordinal is where the question starts from, not what it asks about. */
const RELATIVE_ORDINAL = new RegExp(
  `\\b(after|following|since|before|preceding)\\s+the\\s+(${ORDINAL_WORDS.join("|")}|\\d+(st|nd|rd|th))\\b`,
  "i",
);

/** "the eighth round": an answer from another round, or announcing another one, does not answer it. */
function ordinalViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const n = q.typed?.ordinal;
  // "after the first round": the ordinal names the anchor, not the round asked about
  if (n === undefined || RELATIVE_ORDINAL.test(q.text)) return undefined;
  // "the first was held in Hua Hin": a fact that names the ordinal at all speaks of that round
  const word = new RegExp(`\\b(${ORDINAL_WORDS[n - 1] ?? "-"}|${n}(st|nd|rd|th))\\b`, "i");
  const named = facts.some((f) => word.test(f.text));
  const first = facts[0] as Fact;
  const ofBriefing = ordinalsIn(first.briefing.title);
  // a briefing that is another round by its own title
  const otherRound = ofBriefing.length > 0 && !ofBriefing.includes(n) && !named;
  // a next step announcing another round ("first meeting of the dialogue" for "the second")
  const stepOrdinals = first.section === "next_steps" ? ordinalsIn(first.text) : [];
  const otherStep = stepOrdinals.length > 0 && !stepOrdinals.includes(n);
  if (!otherRound && !otherStep) return undefined;
  return { reason: `The briefings have no ${ORDINAL_WORDS[n - 1] ?? `${n}th`} round on that.` };
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

/** "how many journalists attended": an answer without a number does not answer it. */
function numberViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (!q.count || q.kind === "howlong") return undefined;
  const first = facts[0] as Fact;
  if (NUMBER_TEXT.test(first.text)) return undefined;
  return { reason: "The briefings give no number for that." };
}

/** "where will they meet next": an answer that names no place does not answer it. */
function placeViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  if (q.kind !== "where") return undefined;
  const first = facts[0] as Fact;
  if (first.section === "location" || PLACE_TEXT.test(first.text)) return undefined;
  return { reason: "The briefings don't say where." };
}

/** Things counted that say nothing of what is counted ("how many people" are deaths, delegates …). */
const ANY_THING = new Set(["people", "person", "time", "thing", "one", "other"]);

/** "how many warheads": a number of some other thing does not answer it. */
function thingViolation(
  q: ParsedQuestion,
  facts: readonly Fact[],
  index: InvertedIndex,
): Violation | undefined {
  const thing = q.typed?.thing;
  if (q.typed?.kind !== "count" || thing === undefined) return undefined;
  // the words of the thing the briefings use at all: one the briefings lack is the question's
  // own missing word, reported by the coverage check
  const words = thing
    .split(" ")
    .filter((w) => !isStopWord(w) && !ANY_THING.has(w))
    .map((w) => concept(stem(w)))
    .filter((t) => index.has(t));
  if (words.length === 0) return undefined;
  if (facts.some((f) => words.some((t) => index.score(t, f) > 0))) return undefined;
  return { reason: `The briefings give no number of ${thing} there.` };
}

/** "who led the French delegation": a person of another side does not answer it. */
function sideViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const t = q.typed;
  if (q.kind !== "who" || t?.kind !== "who" || !t.party || t.speaker || q.count) return undefined;
  const party = q.mentions.find((m) => m.kind === "party");
  const first = party ? q.terms[party.from] : undefined;
  // "who did the EU leaders talk to": the side acting is not the side asked about
  if (!party || !first || isAgentAt(q, first.from)) return undefined;
  const person = facts[0] as Fact;
  if (person.section !== "participants" || person.party === undefined) return undefined;
  if (party.keys.includes(person.party)) return undefined;
  return { reason: `The briefings name nobody of ${t.party} for that.` };
}

/** "in Minsk": an answer from talks held elsewhere that does not name the place does not fit. */
function venueViolation(q: ParsedQuestion, facts: readonly Fact[]): Violation | undefined {
  const place = q.typed?.place;
  if (place === undefined) return undefined;
  const lower = place.toLowerCase();
  const first = facts[0] as Fact;
  const b = first.briefing;
  const fits = (text: string | undefined) => text?.toLowerCase().includes(lower) ?? false;
  if (fits(b.location) || fits(b.title) || facts.some((f) => fits(f.text))) return undefined;
  return { reason: `No briefing records that for ${place}.` };
}

/** The first constraint of the question that the cited facts break, if any. */
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
    numberViolation(q, facts) ??
    thingViolation(q, facts, index) ??
    sideViolation(q, facts) ??
    venueViolation(q, facts) ??
    placeViolation(q, facts) ??
    speakerViolation(q, facts, index, entries) ??
    partyViolation(q, facts, index) ??
    timeViolation(q, facts) ??
    ordinalViolation(q, facts)
  );
}
