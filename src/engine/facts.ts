// Splits a briefing into facts: the smallest citable pieces (a quote, a point, a participant),
// each with the index terms it is found by and the people and parties it is about.
import type { Briefing, Participant } from "../briefing/types.ts";
import { MONTHS } from "../text/dates.ts";
import {
  locationParts,
  namePhrases,
  surfaceTokens,
  terms,
  termsOfText,
  WordCollector,
} from "../text/index.ts";
import type { Section } from "./types.ts";

/** One citable piece of a briefing. */
export interface Fact {
  id: number;
  briefing: Briefing;
  section: Section;
  /** Verbatim text from the briefing (for participants: name and role). */
  text: string;
  speaker?: string;
  /**
   * Index terms: the text's, plus those it should be found by (speaker, side, context). The
   * index reads them once and keeps them in its own compact form.
   */
  terms: string[];
  /** Where the index keeps the fact's term numbers (set by the index). */
  termStart: number;
  termCount: number;
  /** Entity key of the person it is by or about. */
  person?: string;
  /** Entity key of the party it is by or about. */
  party?: string;
  /** For next steps: the step's date (its first day). */
  date?: string;
  /** For next steps over several days: the last day. */
  endDate?: string;
  participant?: Participant;
  /** For party positions: the party's name as written. */
  partyName?: string;
  context?: string;
}

/** An entity name as index terms, for spotting it in questions. */
export interface EntityName {
  key: string;
  kind: "person" | "party" | "place" | "format";
  terms: string[];
}

const NONE: string[] = [];

/** Every fact gets all fields in one order: one object shape, fast property access everywhere. */
function makeFact(
  id: number,
  briefing: Briefing,
  section: Section,
  text: string,
  factTerms: string[],
  more: Partial<Fact>,
): Fact {
  const fact = {
    id,
    briefing,
    section,
    text,
    terms: factTerms,
    termStart: 0,
    termCount: 0,
    speaker: more.speaker,
    person: more.person,
    party: more.party,
    date: more.date,
    endDate: more.endDate,
    participant: more.participant,
    partyName: more.partyName,
    context: more.context,
  };
  return fact as Fact;
}

/** Entity key from a name: kind and normalised terms, so "the US" and "United States" meet. */
export function entityKey(kind: EntityName["kind"], name: string): string {
  let byName = keyMemo.get(kind);
  if (byName === undefined) {
    byName = new Map();
    keyMemo.set(kind, byName);
  }
  let key = byName.get(name);
  if (key === undefined) {
    key = `${kind}:${joinedTerms(name)}`;
    // names recur across briefings; one string per name also makes later map look-ups cheap
    if (byName.size > 50_000) byName.clear();
    byName.set(name, key);
  }
  return key;
}

const keyMemo = new Map<EntityName["kind"], Map<string, string>>();
const joinedMemo = new Map<string, string>();

/** A name's terms joined by spaces, one shared string per name. */
function joinedTerms(name: string): string {
  let s = joinedMemo.get(name);
  if (s === undefined) {
    s = terms(name).join(" ");
    if (joinedMemo.size > 50_000) joinedMemo.clear();
    joinedMemo.set(name, s);
  }
  return s;
}

/** Section concept terms: a fact is also found by what its section is ("next", "outcome"). */
const SECTION_TERMS: Partial<Record<Section, string[]>> = {
  next_steps: ["~next"],
  outcomes: ["~outcome"],
  background: ["~background"],
  points: ["~point"],
  participants: ["~attend"],
  location: ["~location"],
  date: ["~meet"],
  quotes: ["~say"],
};

/**
 * One answer of a briefing's resolver (an entity key, a participant's index, or none), recorded
 * in call order by a build so that a restore can replay them instead of resolving names again.
 */
export type Resolved = string | number | undefined;

interface Resolver {
  keyOf(kind: EntityName["kind"], name: string): string;
  personOf(name: string): string;
  partyOf(side: string): string;
  participantOf(name: string): Participant | undefined;
  partyIfNamed(name: string): string | undefined;
}

/** A name and its aliases as joined terms. */
function variantsOf(name: string, aliases: readonly string[] | undefined): string[] {
  const out = [joinedTerms(name)];
  if (aliases) for (const a of aliases) out.push(joinedTerms(a));
  return out;
}

function resolver(b: Briefing): Resolver {
  const people = (b.participants ?? []).map((p) => ({
    p,
    key: entityKey("person", p.name),
    variants: variantsOf(p.name, p.aliases),
    last: terms(p.name).at(-1),
  }));
  const parties = (b.parties ?? []).map((party) => ({
    key: entityKey("party", party.name),
    variants: variantsOf(party.name, party.aliases),
  }));
  const findPerson = (name: string) => {
    const t = terms(name);
    const joined = joinedTerms(name);
    return (
      people.find((x) => x.variants.includes(joined)) ??
      people.find((x) => x.last !== undefined && x.last === t.at(-1))
    );
  };
  return {
    keyOf: entityKey,
    personOf: (name) => findPerson(name)?.key ?? entityKey("person", name),
    participantOf: (name) => findPerson(name)?.p,
    partyIfNamed: (name) => {
      const joined = joinedTerms(name);
      return parties.find((x) => x.variants.includes(joined))?.key;
    },
    partyOf: (side) => {
      const joined = joinedTerms(side);
      const exact = parties.find((x) => x.variants.includes(joined));
      if (exact) return exact.key;
      const sideTerms = new Set(terms(side));
      const partial = parties.find((x) =>
        x.variants.some((v) => v.split(" ").every((t) => sideTerms.has(t))),
      );
      return partial?.key ?? entityKey("party", side);
    },
  };
}

/** A resolver that records every answer of `inner` in `out`. */
function recording(b: Briefing, inner: Resolver, out: Resolved[]): Resolver {
  const keep = <T extends Resolved>(v: T): T => {
    out.push(v);
    return v;
  };
  return {
    keyOf: (kind, name) => keep(inner.keyOf(kind, name)),
    personOf: (name) => keep(inner.personOf(name)),
    partyOf: (side) => keep(inner.partyOf(side)),
    partyIfNamed: (name) => keep(inner.partyIfNamed(name)),
    participantOf: (name) => {
      const p = inner.participantOf(name);
      out.push(p ? (b.participants ?? []).indexOf(p) : undefined);
      return p;
    },
  };
}

/** A resolver that answers what a recording resolver recorded, in the same order. */
function replaying(b: Briefing, recorded: readonly Resolved[]): Resolver {
  let at = 0;
  const next = (): Resolved => {
    if (at >= recorded.length) throw new Error(`replay: too few answers for ${b.id}`);
    return recorded[at++];
  };
  const key = () => {
    const v = next();
    if (typeof v !== "string") throw new Error(`replay: expected a key for ${b.id}`);
    return v;
  };
  return {
    keyOf: key,
    personOf: key,
    partyOf: key,
    partyIfNamed: () => {
      const v = next();
      return typeof v === "string" ? v : undefined;
    },
    participantOf: () => {
      const v = next();
      return typeof v === "number" ? b.participants?.[v] : undefined;
    },
  };
}

/**
 * Finds the briefing's aliases in a fact's terms and returns the terms of the names they stand
 * for, so that a fact saying "Tehran" is found by "Iran" and one saying "Grushko" by "Alexander".
 */
function aliasExpander(b: Briefing): (factTerms: readonly string[]) => string[] {
  const byFirst = new Map<string, { alias: string[]; name: string[] }[]>();
  const entries = [
    ...(b.parties ?? []).map((p) => ({ name: p.name, aliases: p.aliases ?? [] })),
    ...(b.participants ?? []).map((p) => ({ name: p.name, aliases: p.aliases ?? [] })),
  ];
  for (const { name, aliases } of entries) {
    const nameTerms = terms(name);
    const nameJoined = joinedTerms(name);
    for (const a of aliases) {
      const alias = terms(a);
      const first = alias[0];
      if (!first || joinedTerms(a) === nameJoined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ alias, name: nameTerms });
      byFirst.set(first, list);
    }
  }
  if (byFirst.size === 0) return () => NONE;
  return (factTerms) => {
    let out = NONE;
    for (let i = 0; i < factTerms.length; i++) {
      const list = byFirst.get(factTerms[i] as string);
      if (list === undefined) continue;
      for (const { alias, name } of list) {
        let k = 1;
        while (k < alias.length && factTerms[i + k] === alias[k]) k++;
        if (k < alias.length) continue;
        for (const n of name) {
          if (factTerms.includes(n)) continue;
          if (out === NONE) out = [];
          out.push(n);
        }
      }
    }
    return out;
  };
}

/** The buffer {@link extractFacts} writes term numbers into, grown as needed and kept. */
let termIdScratch = new Int32Array(4096);

/**
 * The facts of one briefing (ids assigned from `nextId`), the entity names it introduces, the
 * words of its texts, and what its names resolved to. Given `replay` (a build's `resolved`), the
 * facts get no index terms and no names or words are collected: a restore from a snapshot takes
 * those from the snapshot and needs only the facts' other fields. Given `termId` (the index's
 * numbering), the facts' terms are written as numbers into `termIds` (each fact's run from its
 * `termStart`, `termCount` long) instead of into a list per fact: no list to make and drop.
 * `termIds` is a buffer shared by every such call, valid until the next one: the index copies
 * the runs out at once (a typed array made per briefing cost more than the copy).
 */
export function extractFacts(
  b: Briefing,
  nextId: () => number,
  replay?: readonly Resolved[],
  termId?: (term: string) => number,
): {
  facts: Fact[];
  names: EntityName[];
  words: Set<string>;
  resolved: Resolved[];
  termIds?: Int32Array;
} {
  const withTerms = replay === undefined;
  const resolved: Resolved[] = [];
  const r = replay ? replaying(b, replay) : recording(b, resolver(b), resolved);
  const facts: Fact[] = [];
  const names: EntityName[] = [];
  const expand = withTerms ? aliasExpander(b) : () => NONE;
  const collector = new WordCollector();
  const words = collector.words;
  let ids = termId === undefined ? undefined : termIdScratch;
  let idCount = 0;
  const putIds = (list: readonly string[]) => {
    const to = ids as Int32Array;
    if (idCount + list.length > to.length) {
      ids = new Int32Array(Math.max(to.length * 2, idCount + list.length));
      ids.set(to);
      termIdScratch = ids;
    }
    const out = ids as Int32Array;
    const number = termId as (term: string) => number;
    for (let k = 0; k < list.length; k++) out[idCount++] = number(list[k] as string);
  };
  const add = (section: Section, text: string, extra: string[], more: Partial<Fact> = {}) => {
    if (!withTerms) {
      facts.push(makeFact(nextId(), b, section, text, NONE, more));
      return;
    }
    // the text's words go into `words` as its terms are made
    const own = termsOfText(text, collector);
    const expanded = expand(own);
    const phrases = namePhrases(text);
    const sectionTerms = SECTION_TERMS[section] ?? NONE;
    if (ids === undefined) {
      facts.push(
        makeFact(
          nextId(),
          b,
          section,
          text,
          own.concat(expanded, phrases, extra, sectionTerms),
          more,
        ),
      );
      return;
    }
    const start = idCount;
    putIds(own);
    putIds(expanded);
    putIds(phrases);
    putIds(extra);
    putIds(sectionTerms);
    const fact = makeFact(nextId(), b, section, text, NONE, more);
    fact.termStart = start;
    fact.termCount = idCount - start;
    facts.push(fact);
  };
  const nameVariants = (kind: EntityName["kind"], key: string, list: readonly string[]) => {
    if (!withTerms) return;
    for (const n of list) {
      const t = terms(n);
      if (t.length > 0) names.push({ key, kind, terms: t });
    }
  };

  // "the MRC": the initials of a long capitalised name find it too
  const acronyms = (name: string) => {
    if (!withTerms) return NONE;
    const found = acronymsOf(name);
    for (const a of found) words.add(a);
    return found;
  };
  const titleTerms = withTerms ? terms(b.title) : NONE;
  add("title", b.title, acronyms(b.title).flatMap(terms));
  const when = b.end_date ? `${b.date} to ${b.end_date}` : b.date;
  // "the March talks": the month names of its days find the briefing too
  const months = withTerms ? monthNames(b.date, b.end_date) : NONE;
  for (const m of months) words.add(m);
  add(
    "date",
    when,
    withTerms
      ? [...titleTerms, ...(b.format ? terms(b.format) : []), ...terms(months.join(" "))]
      : NONE,
  );
  if (b.location) {
    add("location", b.location, titleTerms);
    nameVariants("place", r.keyOf("place", b.location), [b.location, ...locationParts(b.location)]);
  }
  if (b.format) {
    add("format", b.format, [...titleTerms, ...acronyms(b.format).flatMap(terms)]);
    nameVariants("format", r.keyOf("format", b.format), [b.format]);
  }
  add("summary", b.summary, []);

  for (const p of b.participants ?? []) {
    const key = r.keyOf("person", p.name);
    const party = p.side ? r.partyOf(p.side) : undefined;
    const text = p.role ? `${p.name}, ${p.role}` : p.name;
    const extra = withTerms
      ? [...(p.side ? terms(p.side) : []), ...(p.aliases ?? []).flatMap(terms)]
      : NONE;
    add("participants", text, extra, { person: key, participant: p, ...(party ? { party } : {}) });
    const last = p.name.split(/\s+/).at(-1) ?? p.name;
    nameVariants("person", key, [p.name, last, ...(p.aliases ?? [])]);
  }
  for (const party of b.parties ?? []) {
    const key = r.keyOf("party", party.name);
    const initials = acronyms(party.name);
    nameVariants("party", key, [party.name, ...(party.aliases ?? []), ...initials]);
    const partyTerms = withTerms
      ? [...terms(party.name), ...(party.aliases ?? []).flatMap(terms), ...initials.flatMap(terms)]
      : NONE;
    for (const position of party.positions ?? []) {
      add("parties", position, partyTerms, { party: key, partyName: party.name });
    }
  }
  // the terms a quote is also found by, once per speaker
  const speakerTerms = new Map<string, string[]>();
  for (const q of b.quotes ?? []) {
    const participant = r.participantOf(q.speaker);
    // a speaker may be a party itself ("E3", "the Kremlin"): then no person said it
    const speakingParty = participant ? undefined : r.partyIfNamed(q.speaker);
    const party = participant?.side ? r.partyOf(participant.side) : speakingParty;
    const person = speakingParty ? undefined : r.personOf(q.speaker);
    if (!participant && person) {
      const last = q.speaker.split(/\s+/).at(-1) ?? q.speaker;
      nameVariants("person", person, [q.speaker, last]);
    }
    let bySpeaker = withTerms ? speakerTerms.get(q.speaker) : NONE;
    if (!bySpeaker) {
      bySpeaker = [
        ...terms(q.speaker),
        ...(participant ? [participant.name, ...(participant.aliases ?? [])].flatMap(terms) : []),
        ...(participant?.side ? terms(participant.side) : []),
      ];
      speakerTerms.set(q.speaker, bySpeaker);
    }
    const extra = withTerms ? [...bySpeaker, ...(q.context ? terms(q.context) : [])] : NONE;
    add("quotes", q.text, extra, {
      speaker: q.speaker,
      ...(person ? { person } : {}),
      ...(participant ? { participant } : {}),
      ...(party ? { party } : {}),
      ...(q.context ? { context: q.context } : {}),
    });
  }
  for (const text of b.points ?? []) add("points", text, []);
  for (const text of b.outcomes ?? []) add("outcomes", text, []);
  for (const step of b.next_steps ?? []) {
    add(
      "next_steps",
      step.text,
      [],
      step.date ? { date: step.date, ...(step.end_date ? { endDate: step.end_date } : {}) } : {},
    );
  }
  for (const text of b.background ?? []) add("background", text, []);
  if (!withTerms) return { facts, names, words, resolved };
  for (const q of b.quotes ?? [])
    if (q.context) for (const w of surfaceTokens(q.context)) words.add(w);
  return ids === undefined
    ? { facts, names, words, resolved }
    : { facts, names, words, resolved, termIds: ids };
}

/** The month names of an ISO date and an optional end date ("2023-03-13" → ["march"]). */
function monthNames(date: string, end?: string): string[] {
  const out = new Set<string>();
  for (const d of [date, end]) {
    const m = d ? MONTHS[Number.parseInt(d.slice(5, 7), 10) - 1] : undefined;
    if (m) out.add(m);
  }
  return [...out];
}

/** Small words a name's initials skip ("Organization for Security and Co-operation in Europe"). */
const NAME_LINKS = new Set(["of", "the", "and", "for", "on", "in", "de", "du", "des", "&"]);
const ORDINAL_LEAD =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$/i;
const GENERIC_TAIL =
  /^(summit|summits|talks|meeting|round|session|conference|council|secretariat|negotiations|dialogue)$/i;

/**
 * The initials of each run of at least three capitalised words in a name, lower-case, also without
 * a leading ordinal or a trailing word for the meeting ("Fourth Mekong River Commission Summit" →
 * "fmrcs", "mrcs", "mrc"); names of two words make no acronym worth trusting.
 */
export function acronymsOf(name: string): string[] {
  const out = new Set<string>();
  const runs: string[][] = [];
  let run: string[] = [];
  for (const w of name.split(/[\s,;:()]+/)) {
    if (/^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}$/u.test(w)) run.push(w);
    else if (NAME_LINKS.has(w.toLowerCase()) && run.length > 0) continue;
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  for (const r of runs) {
    const starts = r.length > 1 && ORDINAL_LEAD.test(r[0] as string) ? [0, 1] : [0];
    const ends =
      r.length > 1 && GENERIC_TAIL.test(r.at(-1) as string) ? [r.length, r.length - 1] : [r.length];
    for (const a of starts) {
      for (const z of ends) {
        if (z - a < 3) continue;
        out.add(
          r
            .slice(a, z)
            .map((w) => (w[0] as string).toLowerCase())
            .join(""),
        );
      }
    }
  }
  return [...out];
}
