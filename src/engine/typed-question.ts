// The typed question: what kind of answer a question wants and every constraint it names (who
// spoke, which side, place, series, dates, which round, a relation to other talks, the thing
// counted, the role asked about), with names as the briefings spell them. Built from the read
// question (typos corrected, names resolved) and the verbs' lemmas from an NLP parse.
import { concept, stem } from "../text/index.ts";
import { PLACES, seatsOf } from "../text/places.ts";
import { isAgentAt, namesNoSide } from "./matching.ts";
import { nlp, type ParsedWord, parseWords } from "./nlp.ts";
import type { ParsedQuestion } from "./question.ts";

export type TypedKind =
  | "who"
  | "said"
  | "position"
  | "when"
  | "where"
  | "howLong"
  | "outcome"
  | "next"
  | "background"
  | "count"
  | "points"
  | "summary"
  | "list";

/** A calendar date or part of one the question names. */
export interface DateConstraint {
  year?: number;
  month?: number;
  day?: number;
}

export interface TypedQuestion {
  kind: TypedKind;
  /** The person whose words, role or identity is asked about. */
  speaker?: string;
  /** The side asked about or speaking. */
  party?: string;
  /** Other people the question names. */
  people?: string[];
  /** Where the talks were held. */
  place?: string;
  /** The series or forum. */
  format?: string;
  dates?: DateConstraint[];
  /** "the second round" → 2. */
  ordinal?: number;
  which?: "latest" | "earliest" | "previous";
  /** "after Geneva", "before the summit": the anchor as typed. */
  relation?: { type: "after" | "before"; anchor: string };
  /** What "how many" counts, singular. */
  thing?: string;
  /** The role a who-question asks about, as a verb lemma. */
  role?: Role;
}

export type Role = "lead" | "chair" | "host" | "represent" | "attend";

/** Verb lemmas (and role nouns) by the role they ask about. */
const ROLE_LEMMAS: Record<Role, readonly string[]> = {
  lead: ["lead", "head", "chief", "leader", "led"],
  chair: ["chair", "preside", "chairman", "chairwoman", "chairperson", "moderate"],
  host: ["host"],
  represent: ["represent", "negotiate", "speak", "sign"],
  attend: ["attend", "participate", "take part", "join", "present"],
};

/** How the entity keys of a question become names as the briefings spell them. */
export interface NameBook {
  nameOf(key: string): string | undefined;
  /** The place (as the briefings' locations name it) that these typed words are, if any. */
  placeNamed(words: string): string | undefined;
  /** The series whose distinctive words (not a name of a party, person or place) the question uses. */
  formatNamed(words: readonly string[], text?: string): string | undefined;
}

/** Kinds whose answer is a person's words or a person: the person named is the one asked about. */
const ABOUT_A_PERSON: ReadonlySet<TypedKind> = new Set(["said", "who"]);

/** The kind from what the reader found and how the question opens. */
function typedKind(q: ParsedQuestion, lower: string): TypedKind {
  if (q.listing) return "list";
  const opens = (w: string) => new RegExp(`^(?:\\W*\\w+\\W+){0,2}?${w}\\b`).test(lower);
  const next = q.soft.includes("~next") || q.hard.includes("~next");
  if (q.kind === "howlong") return "howLong";
  if (q.count) return "count";
  if ((q.kind === "when" || q.kind === "where") && next) return "next";
  // "who said X": the answer is a person
  if (opens("who") && q.kind === "said") return "who";
  switch (q.kind) {
    case "who":
    case "said":
    case "position":
    case "when":
    case "where":
    case "outcome":
    case "next":
    case "background":
    case "points":
    case "summary":
      return q.kind;
    default:
      return "summary";
  }
}

/** Irregular pasts of role verbs. */
const ROLE_PASTS: Readonly<Record<string, string>> = { led: "lead" };

/** The role a who-question asks about, from the lemmas of its verbs and nouns (the one parse). */
function roleOf(text: string): Role | undefined {
  const words = parseWords(text);
  // "which leader played host": the noun after the question word is who is wanted; a role
  // named elsewhere is the one asked about
  const asked = words.findIndex((w) => w.normal === "which" || w.normal === "what") + 1;
  const others = asked > 0 ? words.filter((_, i) => i !== asked) : words;
  return rolesIn(others) ?? rolesIn(words);
}

function rolesIn(words: readonly ParsedWord[]): Role | undefined {
  const lemmas = new Set<string>();
  for (const w of words) {
    lemmas.add(w.normal);
    lemmas.add(w.lemma);
    const past = ROLE_PASTS[w.normal];
    if (past) lemmas.add(past);
  }
  const pairs = new Set(words.slice(1).map((w, i) => `${words[i]?.lemma} ${w.normal}`));
  for (const [role, entries] of Object.entries(ROLE_LEMMAS) as [Role, readonly string[]][]) {
    if (entries.some((w) => lemmas.has(w) || pairs.has(w))) return role;
  }
  return undefined;
}

/** Words that end the thing counted: auxiliaries, verbs' helpers and prepositions. */
const AFTER_THING = new Set(
  "did does do were was are is have has had will would can could of from in at on with near for by to".split(
    " ",
  ),
);

/** A noun's singular: "troops" → "troop", "parties" → "party", "people" → "person". */
function singular(noun: string): string {
  if (noun === "people") return "person";
  if (/ies$/.test(noun)) return `${noun.slice(0, -3)}y`;
  if (/(ch|sh|x|ss)es$/.test(noun)) return noun.slice(0, -2);
  if (/[^su]s$/.test(noun) && !/is$/.test(noun)) return noun.slice(0, -1);
  return noun;
}

/** "how many working groups": the noun phrase counted (up to three words), its head singular. */
function thingOf(text: string): string | undefined {
  const words = parseWords(text);
  const at = words.findIndex(
    (w, i) =>
      w.normal === "how" && (words[i + 1]?.normal === "many" || words[i + 1]?.normal === "much"),
  );
  if (at < 0) return undefined;
  const kept: string[] = [];
  // the parse tells the thing's last noun from the verb after it ("how many states take part")
  for (const w of words.slice(at + 2)) {
    if (AFTER_THING.has(w.normal) || kept.length === 3) break;
    if (kept.length > 0 && w.verb && !w.noun) break;
    kept.push(w.normal);
  }
  const head = kept.pop();
  if (head === undefined) return undefined;
  return [...kept, singular(head)].join(" ");
}

function relationOf(lower: string): TypedQuestion["relation"] {
  const m = lower.match(/\b(after|before)\s+((?:the\s+)?[\p{L}\d][\p{L}\d' -]*?)\s*[?.!]*$/u);
  if (!m?.[1] || !m[2]) return undefined;
  // "before the nato meeting take place": the anchor ends where its clause's verb begins
  let anchor = m[2].trim();
  const verb = (nlp(anchor).verbs().out("array") as string[])[0];
  if (verb) {
    const at = anchor.indexOf(` ${verb.toLowerCase()}`);
    if (at > 0) anchor = anchor.slice(0, at).trim();
  }
  return { type: m[1] as "after" | "before", anchor };
}

/** Capitals, seats and buildings of government by their lower-case words ("washington"). */
const SEATS: ReadonlyMap<string, string> = new Map(
  seatsOf(PLACES).map(([words, written]) => [words, written]),
);

/**
 * "the summit in Washington": after "in" or "at" a capital or seat of government is where the
 * talks were, even when no briefing was held there (then no briefing answers), not its state.
 */
function seatNamed(typedWords: string): string | undefined {
  return SEATS.get(typedWords.toLowerCase());
}

/**
 * "the embassy in Tehran", "Algeria's ambassador in Tehran": a noun for no meeting right before
 * "in" or "at" says that a capital where no briefing was held is where that thing is, not where
 * the talks were (then the city is the state's, as anywhere else).
 */
function isThingAt(q: ParsedQuestion, at: number): boolean {
  const word = q.words[at];
  if (word === undefined || concept(stem(word)) === "~meet") return false;
  // the parse reads the question as typed: a corrected word by its typed form ("ambasador")
  const typed = q.corrected.find(([, fixed]) => fixed === word)?.[0] ?? word;
  const parsed = parseWords(q.text).find((w) => w.normal === typed);
  return parsed?.noun === true && !parsed.verb;
}

/** Types a question the reader has read; names come out as the briefings spell them. */
export function typeQuestion(q: ParsedQuestion, names: NameBook): TypedQuestion {
  const lower = q.text.toLowerCase().trim();
  const kind = typedKind(q, lower);
  const typed: TypedQuestion = { kind };
  const relation = relationOf(lower);
  // words inside "after Geneva" name another meeting, not a constraint on this one
  const anchorFrom = relation ? lower.lastIndexOf(relation.anchor) : -1;
  const wordAt = (i: number) => q.words[i] ?? "";
  const inAnchor = (wordIndex: number) =>
    anchorFrom >= 0 &&
    relation !== undefined &&
    relation.anchor.split(/\s+/).includes(wordAt(wordIndex)) &&
    lower.indexOf(wordAt(wordIndex), anchorFrom) >= anchorFrom;
  const persons: { name: string; agent: boolean }[] = [];
  for (const m of q.mentions) {
    const key = m.keys[0];
    const first = q.terms[m.from];
    const last = q.terms[m.to - 1];
    if (!key || !first || !last) continue;
    if (inAnchor(first.from)) continue;
    const name = names.nameOf(key);
    if (!name) continue;
    const typedWords = q.words.slice(first.from, last.from + last.span).join(" ");
    const before = q.words[first.from - 1];
    // "the talks in Paris": a capital that is where talks were held is the place, not its country
    const place =
      m.kind === "party" && (before === "in" || before === "at")
        ? (names.placeNamed(typedWords) ??
          (isThingAt(q, first.from - 2) ? undefined : seatNamed(typedWords)))
        : undefined;
    if (place) {
      typed.place ??= place;
    } else if (m.kind === "person") {
      if (!persons.some((p) => p.name === name)) {
        persons.push({ name, agent: isAgentAt(q, first.from) });
      }
    } else if (m.kind === "party") {
      // "who headed the Saudi team in the China talks": China names the talks, not the side
      if (!namesNoSide(q, m)) typed.party ??= name;
    }
    // a place named by one part of its location ("the nairobi talks"): that part, as spelt
    else if (m.kind === "place") typed.place ??= names.placeNamed(typedWords) ?? name;
    else if (m.kind === "format") typed.format ??= name;
  }
  // the one asked about: in "who did Sherman meet" nobody named; with two people, neither
  const asked =
    ABOUT_A_PERSON.has(kind) && persons.length > 0 && !(kind === "who" && persons[0]?.agent)
      ? persons[0]
      : undefined;
  const multiple = persons.length > 1 && kind !== "said";
  if (asked && !multiple) typed.speaker = asked.name;
  const others = persons.filter((p) => p !== asked || multiple).map((p) => p.name);
  if (others.length > 0) typed.people = others;
  if (typed.format === undefined) {
    const format = names.formatNamed(
      q.words.filter((_, i) => !inAnchor(i)),
      relation ? lower.slice(0, anchorFrom) : lower,
    );
    if (format) typed.format = format;
  }
  const dates: DateConstraint[] = q.days.map((d) => ({
    ...(d.year !== undefined && { year: d.year }),
    month: d.month,
    ...(d.day !== undefined && { day: d.day }),
  }));
  for (const w of q.words) {
    if (/^(19|20)\d\d$/.test(w) && !dates.some((d) => d.year === Number(w))) {
      dates.push({ year: Number(w) });
    }
  }
  if (dates.length > 0) typed.dates = dates;
  if (q.ordinal !== undefined) typed.ordinal = q.ordinal;
  if (q.latest || /\b(latest|most recent|newest)\b/.test(lower)) typed.which = "latest";
  else if ((q.earliest && q.ordinal === undefined) || /\b(earliest|oldest)\b/.test(lower)) {
    typed.which = "earliest";
  } else if (q.previous) typed.which = "previous";
  if (relation) typed.relation = relation;
  if (kind === "count") {
    const thing = thingOf(q.text.slice(0, 600));
    if (thing) typed.thing = thing;
  }
  if (kind === "who") {
    const role = roleOf(q.text.slice(0, 600));
    if (role) typed.role = role;
  }
  return typed;
}
