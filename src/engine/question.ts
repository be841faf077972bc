// Reads a question: what kind it is, which dates, names and terms it contains, which words were
// misspelt (and corrected against the briefings' vocabulary) and which are not known at all.

import { casualDates, MONTH_ABBREVIATIONS, spellMonthNames } from "../text/dates.ts";
import {
  AUXILIARIES,
  concept,
  country,
  expandShorthands,
  FILLER_WORDS,
  type FuzzyVocabulary,
  isConcept,
  isFunctionWord,
  isRoleWord,
  isStopWord,
  isVerbOrModifier,
  type NormalToken,
  namePhraseCandidates,
  normalizeTokens,
  stem,
  surfaceTokens,
  TEMPORAL_CONNECTIVES,
} from "../text/index.ts";
import { isPersonNoun, type WordNetPos, wordNet } from "../text/wordnet.ts";
import { chatFrame } from "./chat-frame.ts";
import {
  contextOf,
  correctInContext,
  englishSpellings,
  heldAsWritten,
  isParticle,
  joinCompounds,
  mayCorrect,
  misspeltFiller,
  phrasalVerb,
  relatedInContext,
  splitJoinedName,
  splitJoinedWord,
} from "./correction.ts";
import type { EntityRegistry, Mention } from "./entities.ts";
import { isCueOf, readKind } from "./kind-reader.ts";
import { type ParsedWord, parseWords } from "./nlp.ts";
import { readPeriods } from "./periods.ts";
import { readRoundReference, type TalksTime } from "./round-reference.ts";
import { seatsAsStates } from "./seats.ts";
import { shortenSpelledNames, spelledOutByWordNet } from "./short-forms.ts";
import { ORDINAL_WORDS } from "./text-patterns.ts";
import type { TypedQuestion } from "./typed-question.ts";

/** What a question asks for; decides which sections answer it. */
export type Kind =
  | "who"
  | "said"
  | "position"
  | "when"
  | "where"
  | "howlong"
  | "outcome"
  | "next"
  | "background"
  | "points"
  | "summary"
  | "general";

/** A calendar day named in a question; `year` absent when the question did not say. */
export interface DayRef {
  year?: number;
  month: number;
  /** Absent for a whole month ("in December 2021"). */
  day?: number;
  text: string;
}

export interface ParsedQuestion {
  text: string;
  kind: Kind;
  days: DayRef[];
  terms: NormalToken[];
  /** The question's words after typo correction; `terms[i].from` indexes into it. */
  words: string[];
  mentions: Mention[];
  /** Content terms outside names that the answer should contain. */
  hard: string[];
  /** Terms that only shape the question (say, talks, outcome). */
  soft: string[];
  /** Words found nowhere in the briefings, even allowing for typos. */
  unknown: string[];
  /** Unknown words written with a capital inside the sentence: names the briefings lack. */
  unknownNames: string[];
  /** A yes/no question ("did Russia agree to …"): every content word matters. */
  yesNo: boolean;
  /** An unknown word where the question's subject stands ("what did Putin say"). */
  unknownSubject?: string;
  /** Misspellings corrected, as [typed, known]. */
  corrected: [string, string][];
  /**
   * Words the briefings lack read as a word WordNet relates to them ("shut" → "close"): the
   * answer must hold that word's term, or the question is declined naming the word typed.
   */
  related?: { typed: string; term: string }[];
  /**
   * Words that only shape the question, with the terms of their antonyms the briefings use
   * ("opened": close): an answer that holds one records the opposite of what was asked.
   */
  opposites?: { typed: string; terms: string[] }[];
  latest: boolean;
  earliest: boolean;
  /** "the second round", "the 3rd session": which round of a series, counted from the first. */
  ordinal?: number;
  /**
   * "the july meeting", "the feb and july rounds": the months (and years) naming the talks
   * asked about, read with the round references (`round-reference.ts`).
   */
  talksAt: TalksTime[];
  /** "how long had it been since the previous round": the time between two rounds is asked. */
  interval: boolean;
  /** "the previous round of …": the round before the latest. */
  previous: boolean;
  /** "when did they last meet", "before": an earlier event than the briefing itself. */
  past: boolean;
  /** "which countries took part": the parties are wanted. */
  partiesList: boolean;
  /** "how many …": the answer is a number. */
  count: boolean;
  /** "which talks…": a list of briefings is wanted. */
  listing: boolean;
  /** "how many fishing vessels": the term of the thing counted ("vessels"), when named. */
  counted?: string;
  /**
   * Names the briefings write in capitals that the question's words spell ("new start" → the
   * term of "New START"): they say which briefing more surely than the everyday words they are made of.
   */
  namePhrases: string[];
  /** Terms right before a word for the talks ("the march fish talks"): they name the talks. */
  talkNames: string[];
  /**
   * Terms of a clause that says when ("what did X say when the talks collapsed", "… after the
   * Iceland talks"): they pick the talks, not what the words were about.
   */
  whenClause: string[];
  /** Terms of the person told ("what did Carter tell Sadat"): to whom, not what about. */
  addressee: string[];
  /** The typed question (kind and constraints, names as the briefings spell them), once read. */
  typed?: TypedQuestion;
}

/** Concepts that say what kind of answer is wanted rather than what it is about. */
const SOFT_TERMS = new Set([
  "~say",
  "~meet",
  "~next",
  "~outcome",
  "~background",
  "~point",
  "~location",
  "~duration",
  "~attend",
  "~demand",
  "~begin",
]);

/** " … round", up to three words after the ordinal: "first strategic stability round". */
const ROUND =
  "( \\w+){0,3} (round|meeting|session|talks|dialogue|summit|conference|negotiations)\\b";

/** The ordinals a question's round is read by: "first" to "tenth", as the reader always has. */
const ROUND_ORDINALS = ORDINAL_WORDS.slice(0, 10);

/** Numbers as words, "one" to "ten": the n-th is at index n − 1. */
const ROUND_NUMBERS = "one two three four five six seven eight nine ten".split(" ");
/** "round two", "round 3", "session 2": a round given by its number after the noun. */
const NUMBERED_ROUND = new RegExp(
  `\\b(round|session)\\s+(${ROUND_NUMBERS.join("|")}|[1-9]|10)\\b(?![.,]\\d|\\s*(%|per\\b|percent))`,
  "gi",
);

/** The question with a round numbered after its noun read as an ordinal: "round two" → "second round". */
function ordinalRounds(text: string): string {
  return text.replace(NUMBERED_ROUND, (all, noun: string, n: string) => {
    const k = ROUND_NUMBERS.indexOf(n.toLowerCase());
    const ordinal = ROUND_ORDINALS[(k >= 0 ? k + 1 : Number.parseInt(n, 10)) - 1];
    return ordinal ? `${ordinal} ${noun}` : all;
  });
}

/** "after the first round", "since the second meeting": a round named as the one before. */
const AFTER_ORDINAL_ROUND = new RegExp(
  `\\b(?:after|since) the (${ROUND_ORDINALS.join("|")})${ROUND}`,
);

/** The ordinal before a word for a round ("second round" → 2), if any. */
function ordinalOf(lower: string): number | undefined {
  const m = lower.match(new RegExp(`\\b(${ROUND_ORDINALS.join("|")}|\\d+(?:st|nd|rd|th))${ROUND}`));
  if (!m?.[1]) return undefined;
  const k = ROUND_ORDINALS.indexOf(m[1]);
  return k >= 0 ? k + 1 : Number.parseInt(m[1], 10);
}

/** A date's words that can name a calendar day: a digit or a month. */
const DIGIT_OR_MONTH = new RegExp(`\\d|${MONTH_ABBREVIATIONS.join("|")}`, "i");

function parseDays(text: string): { days: DayRef[]; rest: string } {
  const days: DayRef[] = [];
  let rest = text;
  // only a date with a digit or a month name counts (below): without one, chrono has nothing
  // to find, and parsing costs milliseconds
  if (!DIGIT_OR_MONTH.test(text)) return { days, rest };
  for (const r of casualDates(text)) {
    const s = r.start;
    // "Thursday", "next week", "for several days" are no calendar day
    if (!DIGIT_OR_MONTH.test(r.text)) continue;
    if (!s.isCertain("month")) continue;
    // a month name alone inside a phrase ("at the end of the march session") is no date; it is
    // one with a day or a year, or asked as "in March" / "on March"
    if (!/\d/.test(r.text) && !/^(?:(?:in|on|during)\s+)?\p{L}+$/iu.test(r.text.trim())) continue;
    if (!/\d/.test(r.text) && !/^(in|on|during)\s/i.test(r.text.trim())) {
      const before = text.slice(Math.max(0, r.index - 8), r.index);
      if (!/\b(in|on|during|of)\s+$/i.test(before) && !/^\s*$/.test(before)) continue;
    }
    const year = s.isCertain("year") ? s.get("year") : undefined;
    const day = s.isCertain("day") ? s.get("day") : undefined;
    days.push({
      month: s.get("month") as number,
      ...(day ? { day } : {}),
      ...(year ? { year } : {}),
      text: r.text,
    });
    rest = rest.replace(r.text, " ");
  }
  return { days, rest };
}

/** What the question reader needs to know about the briefings' vocabulary. */
export interface Vocabulary {
  words: FuzzyVocabulary;
  /** The words of names (people, parties, places, formats), for correcting misspelt names first. */
  names: FuzzyVocabulary;
  hasTerm(term: string): boolean;
  /** Whether one fact holds both terms: a corrected word must fit the rest of the question. */
  together(a: string, b: string): boolean;
  /** Whether one fact holds all the terms: a word WordNet relates must fit all of the question. */
  holdsAll(terms: readonly string[]): boolean;
  /**
   * The words of a name the briefings spell out whose initials the token is ("mou"), looked for
   * in the briefings that have the question's other terms (`context`), if any.
   */
  acronym(token: string, context: readonly string[]): string[] | undefined;
  /** Whether the briefings write `letters` as a short form in capitals ("SDI", "HoR"). */
  writtenShort(letters: string): boolean;
  /** Whether a briefing that writes that short form spells its name out too. */
  definesShort(letters: string): boolean;
  entities: EntityRegistry;
}

function isFiller(token: string): boolean {
  if (/^(1[89]|20)\d\d$/.test(token)) return false; // a year is a subject: "what happened in 2014"
  return (
    FILLER_WORDS.has(token) || FILLER_WORDS.has(stem(token)) || /^\d+(st|nd|rd|th)?$/.test(token)
  );
}

const SUFFIXES = [
  "atories",
  "atory",
  "ship",
  "ness",
  "ment",
  "ity",
  "able",
  "ible",
  "ation",
  "ion",
  "ive",
  "al",
  "ly",
  "er",
  "ist",
  "ism",
];

/** Demonym endings and what a country name may end in instead ("Icelandic" → "Iceland"). */
const DEMONYM_ENDINGS: [string, string[]][] = [
  ["ic", ["", "ia"]],
  ["ish", ["", "ia", "land"]],
  ["ese", ["", "a", "o"]],
  ["ian", ["", "ia", "y", "a"]],
  ["ean", ["", "ea", "ia"]],
  ["an", ["", "a", "o"]],
  ["i", ["", "a", "an"]],
];

/** The name a demonym not in the list stands for, when the briefings name it ("Maltese" → "malta"). */
function countryForm(token: string, vocab: Vocabulary): string | undefined {
  for (const [ending, replacements] of DEMONYM_ENDINGS) {
    if (!token.endsWith(ending) || token.length - ending.length < 3) continue;
    const base = token.slice(0, -ending.length);
    for (const r of replacements) {
      const candidate = base + r;
      if (vocab.names.has(candidate)) return candidate;
    }
  }
  return undefined;
}

/** A known word that `token` is derived from by a common suffix, if any. */
function baseForm(token: string, vocab: Vocabulary): string | undefined {
  for (const suffix of SUFFIXES) {
    if (!token.endsWith(suffix)) continue;
    const base = token.slice(0, -suffix.length);
    if (base.length < 4) continue;
    for (const candidate of [base, `${base}e`]) {
      if (vocab.hasTerm(concept(stem(candidate)))) return candidate;
    }
  }
  return undefined;
}

/** Everyday words a compound ends in ("farmland", "shipyard"). */
const COMPOUND_TAILS = new Set(
  "land lands house houses work works field fields yard yards side line lines ship ships man men woman women wide power craft water waters ground grounds place places stock stocks load loads hold holds".split(
    " ",
  ),
);

/** A known compound that `token` (by its stem) begins ("farms" → "farmland"), if any. */
function compoundOf(token: string, vocab: Vocabulary): string | undefined {
  const base = stem(token);
  return vocab.words.extensions(base).find((word) => {
    const tail = word.slice(base.length);
    return tail.length >= 3 && (COMPOUND_TAILS.has(tail) || vocab.words.has(tail));
  });
}

/** "till when", "until when": a when-question that asks how long something lasted. */
const UNTIL_WHEN = /\b(?:till|until|til|untill)\s+when\b/;

/** "which city", "what venue": a where-question asking what a briefing's location names. */
const CITY_ASKED = /\b(which|what) (city|town|venue|place|hotel|building)\b/;

/** Verbs that only shape a how-long question: "how long did the round run / go on / take". */
export const DURATION_VERBS: ReadonlySet<string> = new Set([
  "run",
  "ran",
  "go",
  "went",
  "take",
  "took",
  "continue",
  "continued",
  "stretch",
  "last",
  "lasted",
  "on",
]);

/** "how many …": the answer is a number. */
const COUNT =
  /\bhow (many|much|big|large|high|far|wide|heavy)\b|\bnumber of\b|\bwhat (size|share|amount)\b/;

/** Kinds whose question word already says what is asked: a verb or modifier only shapes them. */
const FRAMED_KINDS: ReadonlySet<Kind> = new Set(["when", "where", "who", "howlong", "next"]);

const MAX_WORDS = 60;
const MAX_CHARS = 600;

/** Unknown words of one question looked up in WordNet: bounds a question's cost. */
const MAX_LEXICAL_LOOKUPS = 3;

/** Words for a side's people at talks ("Ukraine's team"), besides the fillers "delegation", "side". */
const SIDE_PEOPLE: ReadonlySet<string> = new Set(["team", "teams", "camp"]);

/** Words that open a clause saying when something was said or done. */
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["when", "while", "after", "before"]);

/** Verbs of telling someone: the name after them is whom it was said to. */
const TELLING: ReadonlySet<string> = new Set(["tell", "tells", "told", "telling"]);

/** First words of a yes/no question ("did Russia agree …"). */
const YES_NO: ReadonlySet<string> = new Set([...AUXILIARIES, "can", "would"]);

/** WordNet's parts of speech for a word as the parse reads it; undefined when the parse cannot tell. */
function posesOf(w: ParsedWord): WordNetPos[] | undefined {
  if (w.verb) return ["verb"];
  if (w.noun) return ["noun"];
  if (w.tags.has("Adjective")) return ["adj"];
  if (w.tags.has("Adverb")) return ["adv"];
  return undefined;
}

/** A token as the person typed it ("Lavrov" rather than "lavrov"), for messages. */
export function asTyped(token: string, text: string): string {
  if (text.length > MAX_CHARS) return token;
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.match(new RegExp(`\\b${escaped}\\b`, "i"))?.[0] ?? token;
}

/**
 * "pows", "pm": the words WordNet gives for a short form, when one fact holds them all ("prisoners
 * of war", "prime minister"); a short form in lower case is chat unless the briefings say so.
 */
function spelledOutHeld(token: string, vocab: Vocabulary): string[] | undefined {
  if (!/^[a-z]{2,6}$/.test(token)) return undefined;
  return spelledOutByWordNet(token).find((words) =>
    vocab.holdsAll(normalizeTokens(words).map((t) => t.term)),
  );
}

/** The country's token, as `surfaceTokens` reads "US" and "the us". */
const US_TOKEN = "unitedstates";

/** Auxiliaries of a question about the past. */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "did", "had"]);

/**
 * "when was the embassy seized again": a last "again" in a question about the past asks to be
 * reminded, unless it follows a meeting ("when did they meet again"), and so is dropped; it
 * never asks for what comes next.
 */
function withoutRemindingAgain(tokens: readonly string[]): readonly string[] {
  const n = tokens.length;
  if (n < 4 || tokens[n - 1] !== "again") return tokens;
  if (!tokens.slice(0, 4).some((w) => PAST_AUXILIARIES.has(w))) return tokens;
  if (concept(stem(tokens[n - 2] as string)) === "~meet") return tokens;
  return tokens.slice(0, -1);
}

/**
 * "us position on the talks", "did us agree": a lower-case "us" that begins the question or is
 * the subject after its opening auxiliary is the country, since the pronoun is never a subject.
 */
function countryUs(tokens: string[]): string[] {
  if (tokens[0] === "us") tokens[0] = US_TOKEN;
  else if (tokens[1] === "us" && AUXILIARIES.has(tokens[0] as string)) tokens[1] = US_TOKEN;
  return tokens;
}

/** Reads a question against the briefings' vocabulary. */
export function parseQuestion(text: string, vocab: Vocabulary): ParsedQuestion {
  // "at the end of 2018", "in the autumn of 94": the months a part of a year spans
  const periods = readPeriods(ordinalRounds(spellMonthNames(text.slice(0, MAX_CHARS))));
  const parsed = parseDays(periods.rest);
  const days: DayRef[] = [...periods.months, ...parsed.days];
  const rest = parsed.rest;
  // a question, not an essay: bound the work a pasted wall of text can cause
  // "the strategic defense initiative" where the briefings write only "SDI"; a misspelt word of
  // the name ("monitering") is read as the word it stands for before the name is looked for
  const known = (w: string) => (vocab.words.has(w) ? w : (vocab.words.closest(w) ?? w));
  // "islamabads position": a capital the briefings never use as a name stands for its state
  const seatVocabulary = {
    isName: (w: string) => vocab.names.has(w),
    hasTerm: (t: string) => vocab.hasTerm(t),
    isPossessive: (city: string) => new RegExp(`\\b${city}['’]s\\b`, "i").test(rest),
    isStance: (w: string) => isCueOf(w, "position"),
  };
  const tokens = seatsAsStates(
    expandShorthands(countryUs(surfaceTokens(rest).slice(0, MAX_WORDS))),
    seatVocabulary,
  );
  const surface = shortenSpelledNames(joinCompounds(withoutRemindingAgain(tokens), vocab), {
    writtenShort: (letters) => vocab.writtenShort(letters),
    spelledOut: (words, letters) =>
      vocab.definesShort(letters) ||
      vocab.holdsAll(normalizeTokens(words.map(known)).map((t) => t.term)),
    isVerb: (w) =>
      parseWords(text.slice(0, MAX_CHARS)).some((p) => p.normal === w && p.verb && !p.noun),
    hyphenated: (left, right) => rest.toLowerCase().includes(`${left}-${right}`),
  });
  const lower = surface.join(" ");
  // "the first of the two rounds", "the july mtg": words that only say which round is meant
  const round = readRoundReference(surface);
  // "which city hosted the talks": the city of the talks' location is their host ("which
  // country hosted" asks a side the location does not name, so hosting stays asked there)
  const hostOfCity = (term: string) =>
    kind === "where" && term === "~host" && CITY_ASKED.test(lower);
  // the whole question, as the typed question reads it: one parse serves both
  const kind = readKind(text.slice(0, MAX_CHARS));
  // "how long did the round run", "till when did it run": the verb of lasting only shapes them
  const lasting = kind === "howlong" || (kind === "when" && UNTIL_WHEN.test(lower));
  // "ok", "pls remind me", "according to": words that speak to the bot never say what is asked
  const chat = chatFrame(text.slice(0, MAX_CHARS));
  // a word of a name the briefings use is that name ("Chun Yung Woo"), never a chat particle
  const frame = { has: (w: string) => chat.frame.has(w) && !vocab.names.has(w) };
  const modal = chat.modal;
  const capitalised = new Set(
    (rest.match(/(?<![.?!]\s|^)\b[A-Z][\p{L}'’-]+/gu) ?? []).map((w) => surfaceTokens(w)[0] ?? ""),
  );
  // "the Saudi FM": a word of two letters is a short form only when typed in capitals ("im", "yo"
  // and "st" typed in lower case are chat, not names)
  const twoCapitals = new Set((rest.match(/\b[A-Z]{2}\b/g) ?? []).map((w) => w.toLowerCase()));

  // phrases ("turn down") are judged as a whole, single words one by one
  const inPhrase = new Set<number>();
  for (const t of normalizeTokens(surface)) {
    if (t.span > 1) for (let k = t.from; k < t.from + t.span; k++) inPhrase.add(k);
  }
  const corrected: [string, string][] = [];
  /** Words of talks no briefing uses ("sanctions" where none were imposed): never corrected. */
  const unusedConcepts = new Set<number>();
  /** Words found nowhere, even allowing for typos the vocabulary knows: corrected in context below. */
  const unknownAt = new Set<number>();
  const first = surface.map((token, i) => {
    if (inPhrase.has(i) || isStopWord(token) || vocab.names.has(token) || frame.has(token))
      return token;
    // "the feb round", "the earlier of the two": they say which round, never a subject
    if (round.words.has(token)) return token;
    // "were the militias supposed to …": a semi-modal says how the act is asked about; "who
    // headed the NDFP team": the word for a side's people is the who-question's own
    if (modal.has(token) || (kind === "who" && SIDE_PEOPLE.has(token))) return token;
    if (vocab.words.has(token)) return token;
    if (lasting && DURATION_VERBS.has(token)) return token;
    const term = concept(country(token) ?? stem(token));
    // the vocabulary of talks (synonym concepts) is never a subject the briefings lack
    if (vocab.hasTerm(term) || isFiller(token)) return token;
    if (isConcept(term)) {
      // a word of talks that no briefing uses ("sanctions" where none were imposed) is a subject
      // they lack; words that only shape the question are not, nor a role asked who holds
      if (!SOFT_TERMS.has(term) && kind !== "who" && !hostOfCity(term)) unusedConcepts.add(i);
      return token;
    }
    // "whether", "although": a function word frames the question and is never its subject
    if (isFunctionWord(token)) return token;
    // "where does China stand", "Borrell's verdict on …": a word that says what kind of answer is
    // wanted is no subject the briefings lack
    if (isCueOf(token, kind)) return token;
    // a misspelt name first, then a misspelt word; a word of English stays what it is
    const name = vocab.names.closest(token);
    if (name && mayCorrect(token, name)) {
      corrected.push([token, name]);
      return name;
    }
    // another form of a known word: "membership" → "member", "negotiable" → "negotiate"
    const base = countryForm(token, vocab) ?? baseForm(token, vocab);
    if (base) return base;
    const near = vocab.words.closest(token);
    if (near && mayCorrect(token, near)) {
      corrected.push([token, near]);
      return near;
    }
    // the first part of a compound the briefings use: "farms" → "farmland"
    const compound = compoundOf(token, vocab);
    if (compound) return compound;
    unknownAt.add(i);
    return token;
  });
  // a short form of a name the briefings spell out ("mou": Memorandum of Understanding), or two
  // words of a name written as one ("yojong": Kim Yo Jong)
  const shaping = (word: string, term: string) =>
    SOFT_TERMS.has(term) || isFiller(word) || DURATION_VERBS.has(word) || frame.has(word);
  const spelled = new Map<number, string[]>();
  for (const i of unknownAt) {
    const context = contextOf(first, i, vocab, shaping).map((c) => c.term);
    const short = (first[i] as string).length === 2 && !twoCapitals.has(first[i] as string);
    const words =
      (short ? undefined : vocab.acronym(first[i] as string, context)) ??
      spelledOutHeld(first[i] as string, vocab) ??
      splitJoinedName(first[i] as string, vocab) ??
      splitJoinedWord(first[i] as string, vocab);
    if (words) {
      spelled.set(i, words);
      unknownAt.delete(i);
    }
  }
  // what is still unknown: a misspelt question word ("lst"), or a short name or word that fits
  // the rest of the question ("jon bolton" → "john bolton"); the words next to it as read above
  for (const i of [...unknownAt]) {
    const token = first[i] as string;
    const filler = misspeltFiller(token, DURATION_VERBS);
    const fix = filler ?? correctInContext(first, i, vocab, unknownAt, shaping);
    if (!fix) continue;
    corrected.push([token, fix]);
    first[i] = fix;
    unknownAt.delete(i);
  }
  // a misspelt word of English that the briefings use in another form ("anounce": they say
  // "announcement"): read as that word when one fact holds it with another word of the question;
  // the word is kept for WordNet below when the briefings use none of its spellings
  const spellings = new Map<number, string[]>();
  for (const i of [...unknownAt]) {
    const token = first[i] as string;
    // two unknown words side by side are a name the briefings lack ("hun sen"), not typos
    if (capitalised.has(token) || unknownAt.has(i - 1) || unknownAt.has(i + 1)) continue;
    // a word WordNet has is a word of English the tagger's lexicon lacks ("meddling"), no typo
    const options = wordNet().lookUp(token) ? [] : englishSpellings(token);
    if (options.length === 0) continue;
    const context = contextOf(first, i, vocab, shaping);
    // a spelling that would only shape the question ("who reprsented moscow": the who-question's
    // verb of taking part) constrains no answer, so it needs no fact holding it with the rest
    const known = options.filter((c) => {
      const term = concept(stem(c));
      if (!vocab.hasTerm(term)) return false;
      return shaping(c, term) || context.some((t) => vocab.together(term, t.term));
    });
    if (known.length === 1) {
      corrected.push([token, known[0] as string]);
      first[i] = known[0] as string;
      unknownAt.delete(i);
    } else if (known.length === 0) spellings.set(i, options);
  }
  // what is still unknown may be a word the briefings say otherwise: WordNet's synonyms and
  // derived forms, with evidence that a fact holds the rest of the question (a few words at most)
  let lookedUp = 0;
  const related: { typed: string; term: string }[] = [];
  for (const i of [...unknownAt]) {
    const typed = first[i] as string;
    if (capitalised.has(typed)) continue;
    let word: string | undefined;
    const parsed = parseWords(text.slice(0, MAX_CHARS)).find((w) => w.normal === typed);
    for (const spelling of spellings.get(i) ?? [typed]) {
      if (lookedUp++ >= MAX_LEXICAL_LOOKUPS) break;
      first[i] = spelling;
      const lemma = spelling === typed && parsed && parsed.lemma !== typed ? [parsed.lemma] : [];
      word = relatedInContext(
        first,
        i,
        vocab,
        shaping,
        lemma,
        parsed ? posesOf(parsed) : undefined,
      );
      if (word) break;
    }
    first[i] = typed;
    if (lookedUp > MAX_LEXICAL_LOOKUPS && !word) break;
    if (!word) continue;
    corrected.push([typed, word]);
    related.push({ typed: asTyped(typed, text), term: concept(stem(word)) });
    first[i] = word;
    unknownAt.delete(i);
  }
  // "who came with Bhutto", "did they sign on": a known verb and the particle after it may be
  // one verb of WordNet's ("come with": accompany), a sense the verb alone does not have; read
  // as its synonym when one fact holds that with the rest of the question, as an unknown word is
  for (let i = 0; i + 1 < first.length && lookedUp < MAX_LEXICAL_LOOKUPS; i++) {
    const verb = first[i] as string;
    if (!isParticle(first[i + 1])) continue;
    if (unknownAt.has(i) || inPhrase.has(i) || isStopWord(verb) || capitalised.has(verb)) continue;
    if (vocab.names.has(verb)) continue;
    const parsed = parseWords(text.slice(0, MAX_CHARS)).find((w) => w.normal === verb);
    if (!parsed?.tags.has("Verb")) continue;
    const lemmas = parsed.lemma !== verb ? [parsed.lemma] : [];
    if (!phrasalVerb(verb, first[i + 1], lemmas, posesOf(parsed))) continue;
    if (heldAsWritten(first, i, vocab, shaping)) continue;
    lookedUp++;
    const word = relatedInContext(first, i, vocab, shaping, lemmas, posesOf(parsed));
    if (!word) continue;
    corrected.push([verb, word]);
    related.push({ typed: asTyped(`${verb} ${first[i + 1]}`, text), term: concept(stem(word)) });
    first[i] = word;
  }
  // "when was the next round due", "which american diplomat was there": in a question that
  // already says what it asks, a verb or modifier, or a role asked who holds, only shapes it;
  // a noun the briefings lack still makes it a question about something they lack
  const count = COUNT.test(lower);
  const yesNo = YES_NO.has(surface[0] ?? "");
  const framed = FRAMED_KINDS.has(kind) && !count && !yesNo;
  const shapingAt = new Set<number>();
  // "what role did Moscow play", "which stance did X adopt": the verb of a question asking for a
  // kind of answer ("role", "stance") only carries that noun
  const askedNoun =
    (surface[0] === "what" || surface[0] === "which") &&
    isFiller(surface[1] ?? "") &&
    AUXILIARIES.has(surface[2] ?? "");
  // the main verb comes right after the subject, before any preposition (the tagger reads "play"
  // in lower-case chat as a noun; WordNet says whether the word can be a verb)
  const isMainVerb = (at: number) => {
    const prepositions = parseWords(text.slice(0, MAX_CHARS))
      .filter((w) => w.tags.has("Preposition"))
      .map((w) => w.normal);
    return (
      !surface.slice(3, at).some((w) => prepositions.includes(w)) &&
      wordNet().lookUp(first[at] as string, [], ["verb"]) !== undefined
    );
  };
  for (const i of unknownAt) {
    const token = first[i] as string;
    if (framed && (isVerbOrModifier(token) || (kind === "who" && isRoleWord(token))))
      shapingAt.add(i);
    else if (askedNoun && i > 3 && isMainVerb(i)) shapingAt.add(i);
  }
  for (const i of shapingAt) unknownAt.delete(i);
  // "when was the office opened" when the briefings say it was closed: a word that only shapes
  // the question, or one they lack, still may not be answered by its opposite (WordNet's antonyms)
  const opposites: { typed: string; terms: string[] }[] = [];
  for (const i of new Set([...shapingAt, ...unknownAt, ...unusedConcepts])) {
    if (lookedUp++ >= MAX_LEXICAL_LOOKUPS) break;
    const token = first[i] as string;
    const parsed = parseWords(text.slice(0, MAX_CHARS)).find((w) => w.normal === token);
    const entry = wordNet().lookUp(
      token,
      parsed && parsed.lemma !== token ? [parsed.lemma] : [],
      parsed ? posesOf(parsed) : undefined,
    );
    const terms = (entry?.antonyms ?? [])
      .filter((a) => !a.includes("_"))
      .map((a) => concept(stem(a)))
      .filter((t) => vocab.hasTerm(t));
    if (terms.length > 0) opposites.push({ typed: asTyped(token, text), terms });
  }
  const unknown = first.filter((_, i) => unknownAt.has(i) || unusedConcepts.has(i));
  const fixed = first.flatMap((w, i) => spelled.get(i) ?? [w]);

  const terms = normalizeTokens(fixed);
  // "what did begin say", "who is rice": the word after an opening auxiliary is the subject, so a
  // participant's surname there is that person even when it is also an English word
  const opener = fixed.findIndex((w, i) => i <= 1 && AUXILIARIES.has(w));
  const subjectAt = opener >= 0 ? terms.findIndex((t) => t.from === opener + 1) : -1;
  // "what changed between the tunis and geneva rounds": the round compared with only anchors it
  const mentions = vocab.entities
    .spot(
      terms.map((t) => t.term),
      subjectAt >= 0 ? subjectAt : undefined,
    )
    .filter(
      (m) =>
        round.anchor === undefined ||
        !terms.slice(m.from, m.to).some((t) => fixed[t.from] === round.anchor),
    );
  const inMention = new Set<number>();
  for (const m of mentions) for (let k = m.from; k < m.to; k++) inMention.add(k);
  const mentionWordsAt = new Set<number>();
  for (const k of inMention) {
    const t = terms[k];
    if (t) for (let w = t.from; w < t.from + t.span; w++) mentionWordsAt.add(w);
  }
  const inMentionWord = (at: number) => mentionWordsAt.has(at);
  const unknownSet = new Set(unknown);
  const hard: string[] = [];
  const soft: string[] = [];
  terms.forEach((t, k) => {
    if (inMention.has(k)) return;
    const word = fixed[t.from] as string;
    if (t.span === 1 && unknownSet.has(word)) return;
    const shaping =
      t.span === 1 &&
      ((lasting && DURATION_VERBS.has(word)) ||
        // "who led Ukraine's team": the side's people are asked; the word for them is no topic
        (kind === "who" && SIDE_PEOPLE.has(word)) ||
        // "in what building", "on which day": the noun of the answer asked is no topic
        (FRAMED_KINDS.has(kind) && kind !== "next" && isCueOf(word, kind)) ||
        hostOfCity(t.term) ||
        // "according to the NDF" names whose word it is, not an accord
        (word === "according" && fixed[t.from + 1] === "to") ||
        // "policy towards China": a preposition the stop words lack is no subject to find, unless
        // it says which span of time is asked ("since the last round")
        (isFunctionWord(word) && !TEMPORAL_CONNECTIVES.has(word)));
    if (
      SOFT_TERMS.has(t.term) ||
      (t.span === 1 && (isFiller(word) || frame.has(word) || round.words.has(word))) ||
      shaping
    )
      soft.push(t.term);
    else if (vocab.hasTerm(t.term)) hard.push(t.term);
  });

  // "new start": words that spell a name the briefings write in capitals, outside the names spotted
  const namePhrases: string[] = [];
  for (const c of namePhraseCandidates(fixed)) {
    if (
      vocab.hasTerm(c.term) &&
      !Array.from({ length: c.n }, (_, k) => c.at + k).every(inMentionWord)
    )
      namePhrases.push(c.term);
  }

  // "the outcome of the march fish talks": the words just before "talks" say which talks; those
  // before a noun for a person ("Seoul's negotiator") say whose person, and those before a
  // participle that qualifies a noun ("the FMLN negotiating commission") whose body, not which
  // talks
  const talkNames: string[] = [];
  const qualifies = (at: number) =>
    (fixed[at] as string).endsWith("ing") &&
    fixed[at + 1] !== undefined &&
    !isStopWord(fixed[at + 1] as string);
  terms.forEach((t, k) => {
    if (t.term !== "~meet" || t.span !== 1) return;
    if (isPersonNoun(fixed[t.from] as string) || qualifies(t.from)) return;
    for (let j = k - 1, at = t.from - 1; j >= 0; j--, at--) {
      const prev = terms[j];
      if (!prev || prev.from + prev.span - 1 !== at || prev.term === "~meet") break;
      talkNames.push(prev.term);
      at = prev.from;
    }
  });

  // "what did X say when the talks collapsed": a clause that says when, after the main clause
  const clauseAt = fixed.findIndex(
    (w, i) => i >= 3 && i < fixed.length - 1 && TIME_CLAUSE_OPENERS.has(w),
  );
  const whenClause =
    clauseAt < 0 ? [] : [...new Set(terms.filter((t) => t.from > clauseAt).map((t) => t.term))];

  // "what did Carter tell Sadat": the name right after a verb of telling is whom it was said to
  const addressee = mentions
    .filter((m) => TELLING.has(fixed[(terms[m.from]?.from ?? 0) - 1] ?? ""))
    .flatMap((m) => terms.slice(m.from, m.to).map((t) => t.term));

  // "how many fishing vessels": the last of the words right after "how many" is what is counted
  let counted: string | undefined;
  const many = fixed.findIndex((w, i) => w === "many" && fixed[i - 1] === "how");
  if (many >= 0) {
    for (const t of terms) {
      if (t.from <= many || t.from > many + 2) continue;
      if (inMention.has(terms.indexOf(t)) || AUXILIARIES.has(fixed[t.from] ?? "")) break;
      counted = t.term;
    }
  }

  // the word after the first auxiliary is the subject: "what did X say", "who is X", "does X want"
  // (only near the start: in "which ports are covered" the subject comes before the verb)
  const aux = fixed.findIndex((w, i) => i <= 1 && AUXILIARIES.has(w));
  const subjectWord =
    aux >= 0 ? fixed.slice(aux + 1).find((w) => !isStopWord(w) && w !== "the") : undefined;
  const unknownSubject =
    subjectWord !== undefined && unknownSet.has(subjectWord)
      ? asTyped(subjectWord, text)
      : undefined;

  // of two rounds compared, the one asked about ("between the first and second round": the second)
  // "how long after the first round did they meet again": the round after the one named
  const after = round.interval ? lower.match(AFTER_ORDINAL_ROUND) : null;
  const ordinal = after
    ? ROUND_ORDINALS.indexOf(after[1] as string) + 2
    : round.compares
      ? round.ordinal
      : (ordinalOf(lower) ?? round.ordinal);
  return {
    text,
    kind,
    ...(unknownSubject ? { unknownSubject } : {}),
    days,
    terms,
    words: fixed,
    mentions,
    hard: [...new Set(hard)],
    talkNames,
    whenClause,
    addressee,
    namePhrases,
    ...(counted ? { counted } : {}),
    soft: [...new Set(soft)],
    unknown: unknown.map((w) => asTyped(w, text)),
    unknownNames: unknown.filter((w) => capitalised.has(w)).map((w) => asTyped(w, text)),
    corrected,
    ...(related.length > 0 ? { related } : {}),
    ...(opposites.length > 0 ? { opposites } : {}),
    count,
    yesNo,
    partiesList:
      /\b(which|what) (countries|nations|parties|states|sides|delegations|organi[sz]ations)\b/.test(
        lower,
      ),
    // the time since the round before is asked of the later round: the latest, unless the
    // question names the round by its place
    latest:
      (round.interval === true && !mentions.some((m) => m.kind === "place")) ||
      round.which === "latest" ||
      (!round.compares && new RegExp(`\\b(latest|most recent|last)${ROUND}`).test(lower)),
    ...(ordinal !== undefined ? { ordinal } : {}),
    earliest:
      (after === null && round.which === "earliest") ||
      (!round.compares && after === null && new RegExp(`\\b(first|earliest)${ROUND}`).test(lower)),
    talksAt: round.times,
    interval: round.interval === true,
    // "since the previous round" asks how long before this round, not about the one before
    previous:
      !round.interval && new RegExp(`\\b(previous|prior|earlier|preceding)${ROUND}`).test(lower),
    past:
      !round.interval &&
      /\blast (met|meet|time)\b|\bbefore\b|\bprevious(ly)?\b|\bearlier\b|\bprior\b/.test(lower),
    listing:
      /\b(which|what|list( the| all)?|all( the)?) (talks|meetings|briefings|rounds|sessions|negotiations|summits|conferences)\b/.test(
        lower,
      ),
  };
}
