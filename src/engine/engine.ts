// The briefing engine: indexes briefings into facts and answers questions from them, choosing the
// briefing first and then the facts of the section the question asks for, or declining honestly.
import type { Briefing } from "../briefing/types.ts";
import {
  acronymsOf,
  FuzzyVocabulary,
  isEnglishWord,
  isStopWord,
  locationParts,
  surfaceTokens,
  terms,
  termsOf,
  tokenize,
} from "../text/index.ts";
import { answerContext } from "./answers/context.ts";
import { type AnswerEnv, answerIn } from "./answers/index.ts";
import {
  heldIn,
  misplaced,
  nthOfSeries,
  rankScored,
  scoreBriefings,
  sectionFit,
  talksTimes,
  topScored,
  yearsAsked,
} from "./briefing-choice.ts";
import {
  coversDay,
  earliest,
  latest,
  sameDay,
  secondLatest,
  suggestionsFor,
  surnameOf,
} from "./choose.ts";
import { citeBriefing, citeFact, humanDate, quoteLine, stepLine } from "./compose.ts";
import {
  AT_TALKS,
  backgroundStatesAskedTime,
  citesAskedTime,
  type Violation,
  violatedConstraint,
} from "./constraints.ts";
import { EntityRegistry, type EntityRow } from "./entities.ts";
import type { Corpus } from "./entry.ts";
import {
  answered,
  type Draft,
  type Entry,
  type EntryLists,
  lazyEntry,
  listWords,
} from "./entry.ts";
import { type EntityName, entityKey, extractFacts, type Fact, type Resolved } from "./facts.ts";
import { type OwnNames, readFollowUp, topicOf } from "./follow-up.ts";
import { type IndexState, InvertedIndex } from "./inverted-index.ts";
import {
  coversContent,
  fits,
  heldAt,
  mentionIn,
  mentionWords,
  sidesOf,
  subjectList,
  subjectWords,
} from "./matching.ts";
import { warmParser } from "./nlp.ts";
import { type DayRef, type ParsedQuestion, parseQuestion } from "./question.ts";
import { type Tokenised, tokenise } from "./tokenise.ts";
import { type TypedQuestion, typeQuestion } from "./typed-question.ts";
import type { Answer, AskOptions, QuestionAnswerer, Subject } from "./types.ts";
import { TUNING } from "./weights.ts";

export type { EntryLists } from "./entry.ts";

/** A change to the set of briefings, as the loader's library reports it. */
export interface BriefingChange {
  upserted: Briefing[];
  removed: string[];
}

/** The engine: answers questions, and follows changes to the briefings incrementally. */
export interface Engine extends QuestionAnswerer {
  /** Adds, replaces and removes briefings without rebuilding the others. */
  update(change: BriefingChange): void;
  /** Number of briefings indexed. */
  size(): number;
  /** Number of facts indexed, over every briefing. */
  factCount(): number;
  /** Up to three questions the briefings (in scope, if given) can answer. */
  suggestions(scope?: readonly string[]): string[];
  /** How a question reads: its kind and every constraint it names, names as the briefings spell them. */
  read(question: string): TypedQuestion;
}

/** Briefings whose acronyms a question word is looked up in, at most: a bound per question. */
const ACRONYM_BRIEFINGS = 20;
/** Facts holding a word looked at for it written as a short form, at most: a bound per word. */
const SHORT_FORM_FACTS = 20;
/** Suggestions whose check is kept, at most (then the record starts again): bounded memory. */
const SUGGESTION_CHECKS_MAX = 4096;

/** Builds an engine over briefings. */
/** Letters of a short form read in another order: shorter ones meet too many names. */
const MIN_REORDERED_ACRONYM = 3;

/** A word's letters in alphabetical order: two short forms of the same letters meet. */
function sortedLetters(word: string): string {
  return [...word].sort().join("");
}

export function createEngine(briefings: readonly Briefing[]): Engine {
  return new BriefingEngine(briefings);
}

/**
 * What tokenising the briefings produced, for a snapshot: the index, the vocabularies and name
 * registry as a whole, and per briefing (in the order given) its own lists and resolved names.
 */
export interface EngineState {
  index: IndexState;
  /** Number of briefings. */
  count: number;
  /** Per briefing, on export: everything that is its own, and its number of facts. */
  entry(k: number): EntryLists & { resolved: Resolved[]; facts: number };
  /**
   * Per briefing, on restore: its number of facts now; its resolved names and lists when its
   * facts or lists are first needed.
   */
  restoredEntry?(k: number): { facts: number; read: () => EntryLists & { resolved: Resolved[] } };
  /** The typo vocabulary of words, and of names: word and count. */
  words: Iterable<[string, number]>;
  names: Iterable<[string, number]>;
  entities: Iterable<EntityRow>;
  /** Per entity key, the positions of the briefings naming it. */
  entityBriefings: Iterable<[string, number[]]>;
}

const NO_WORDS: readonly string[] = [];

/**
 * A person's quotes across the briefings, as `quotesBy` keeps them: each quote's briefing slot,
 * its speaker's role terms, and its term numbers, copied one quote after another into `terms`
 * (`starts`, `counts`). Read in one sequential pass, not a jump into the index's pool per quote:
 * a recurring person's thousands of quotes lie all over it.
 */
interface PersonQuotes {
  slots: Int32Array;
  terms: Int32Array;
  starts: Int32Array;
  counts: Int32Array;
  roles: (readonly string[])[];
}

const NO_QUOTES: PersonQuotes = {
  slots: new Int32Array(0),
  terms: new Int32Array(0),
  starts: new Int32Array(0),
  counts: new Int32Array(0),
  roles: [],
};

/** Whether the run of `terms` from `start` (`count` numbers) holds the term number. */
function runHolds(terms: Int32Array, start: number, count: number, termId: number): boolean {
  const end = start + count;
  for (let i = start; i < end; i++) if (terms[i] === termId) return true;
  return false;
}

export class BriefingEngine implements Engine {
  private readonly index = new InvertedIndex();
  private readonly entities = new EntityRegistry();
  private readonly words = new FuzzyVocabulary();
  private readonly names = new FuzzyVocabulary();
  /** Per briefing, its acronyms, read when a question first needs them. */
  private readonly acronymTables = new WeakMap<Briefing, Map<string, string>>();
  private readonly entries = new Map<string, Entry>();
  /** entity key → ids of the briefings naming it (as participant, party, place or format) */
  private readonly entityBriefings = new Map<string, Set<string>>();
  /** Per briefing slot of the index, its entry. */
  private readonly slotEntries: (Entry | undefined)[] = [];
  /** Per briefing slot, its briefing's date as YYYYMMDD (ISO dates sort as these numbers do). */
  private readonly slotDates: number[] = [];
  /** What choosing a briefing and answering from it read of the engine. */
  private readonly corpus: Corpus = {
    index: this.index,
    entries: this.entries,
    entityBriefings: this.entityBriefings,
    entryAt: (slot) => this.slotEntries[slot],
    dateAt: (slot) => this.slotDates[slot] as number,
  };
  /** What answering from a chosen briefing reads of the engine. */
  private readonly answering: AnswerEnv = {
    corpus: this.corpus,
    decline: (text) => this.decline(text),
  };
  private nextId = 0;
  /**
   * Read per question, kept until the briefings change: every entry in order, the latest one,
   * the entries by the days of the year they cover, and people's quotes.
   */
  /** Names by kind of entity, as `namesOf` reads them; cleared when the briefings change. */
  private readonly namesByKind = new Map<string, string[]>();
  private ownFormatWords: Map<string, string> | undefined;
  private cached:
    | {
        all: Entry[];
        newest: Entry | undefined;
        byDay?: DayIndex;
        /** Per person (entity key), their quotes. */
        quotes?: { poolGeneration: number; byPerson: Map<string, PersonQuotes> };
        /** Facts with a date of their own (next steps), by month 1–12. */
        datedByMonth?: Map<number, Fact[]>;
      }
    | undefined;
  /** False once an update changed the briefings the engine was built over. */
  private pristine = true;

  /**
   * Builds over the briefings, or, given the state a build over the very same briefings
   * exported, restores from it without tokenising (throws when the state does not fit).
   */
  constructor(briefings: readonly Briefing[], restored?: EngineState) {
    if (restored) this.restore(briefings, restored);
    else for (const b of briefings) this.add(b);
    this.index.settle();
    warmParser();
  }

  /** The state to snapshot, or undefined once updates changed the briefings (or it was restored). */
  exportState(): EngineState | undefined {
    if (!this.pristine) return undefined;
    const entries = [...this.entries.values()];
    const position = new Map(entries.map((e, k) => [e.briefing.id, k]));
    return {
      index: this.index.exportState(),
      count: entries.length,
      entry: (k) => {
        const e = entries[k] as Entry;
        return {
          resolved: e.resolved as Resolved[],
          facts: e.facts.length,
          names: e.names,
          words: e.words,
          nameWords: e.nameWords,
        };
      },
      words: [...this.words.entries()],
      names: [...this.names.entries()],
      entities: this.entities.exportRows(),
      entityBriefings: [...this.entityBriefings].map(([key, ids]) => [
        key,
        [...ids].map((id) => position.get(id) as number),
      ]),
    };
  }

  /**
   * Restores from a snapshot's state. Facts are not extracted here: each briefing's facts are
   * made (with the fact ids the build gave them) when a question or an update first needs them,
   * so a restart is ready without making every fact of every briefing.
   */
  private restore(briefings: readonly Briefing[], state: EngineState): void {
    this.pristine = false;
    if (state.count !== briefings.length) throw new Error("restore: briefing count differs");
    const factCounts = new Int32Array(briefings.length);
    const ids: string[] = [];
    let first = 0;
    for (let k = 0; k < briefings.length; k++) {
      const b = briefings[k] as Briefing;
      const restoredEntry = state.restoredEntry?.(k);
      if (!restoredEntry) throw new Error("restore: no entries in the state");
      const { facts, read } = restoredEntry;
      let stored: ReturnType<typeof read> | undefined;
      const lists = () => {
        stored ??= read();
        return stored;
      };
      const from = first;
      factCounts[k] = facts;
      first += facts;
      ids.push(b.id);
      const made = () => this.restoredFacts(b, from, lists().resolved);
      this.entries.set(b.id, lazyEntry(b, made, lists));
    }
    if (this.entries.size !== briefings.length) throw new Error("restore: duplicate briefing ids");
    this.nextId = first;
    this.index.restore(state.index, ids, factCounts, (slot) => {
      void this.slotEntries[slot]?.facts;
    });
    for (const e of this.entries.values()) this.placeEntry(e);
    for (const [w, n] of state.words) this.words.addCount(w, n);
    for (const [w, n] of state.names) this.names.addCount(w, n);
    this.entities.restoreRows(state.entities);
    for (const [key, positions] of state.entityBriefings) {
      const ids = new Set<string>();
      for (const k of positions) {
        const b = briefings[k];
        if (!b) throw new Error("restore: briefing out of range");
        ids.add(b.id);
      }
      this.entityBriefings.set(key, ids);
    }
  }

  size(): number {
    return this.entries.size;
  }

  factCount(): number {
    return this.index.size;
  }

  /**
   * After a restore: makes the facts of up to `count` more briefings (those no question needed
   * yet); false once every briefing's facts are made. Answers are the same either way.
   */
  makeRestoredFacts(count: number): boolean {
    return this.index.makePending(count);
  }

  /** A restored briefing's facts, made as the build made them (ids from `from` on), indexed. */
  private restoredFacts(b: Briefing, from: number, resolved: readonly Resolved[]): Fact[] {
    let id = from;
    const { facts } = extractFacts(b, () => id++, resolved);
    this.index.adopt(facts);
    return facts;
  }

  /** Notes an entry under its briefing's slot in the index. */
  private placeEntry(e: Entry): void {
    const slot = this.index.slotOf(e.briefing.id);
    if (slot === undefined) return;
    this.slotEntries[slot] = e;
    const d = e.briefing.date;
    this.slotDates[slot] =
      Number(d.slice(0, 4)) * 10_000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
  }

  /** Every entry, in the order of the entries map, and the latest (kept until a change). */
  private everything(): { all: Entry[]; newest: Entry | undefined } {
    if (!this.cached) {
      const all = [...this.entries.values()];
      this.cached = { all, newest: latest(all) };
    }
    return this.cached;
  }

  /**
   * The entries of a pool whose days include one of the days asked (as `coversDay`), in pool
   * order. For the whole corpus only the entries of those months are tested.
   */
  private onDays(pool: Entry[], days: DayRef[]): Entry[] {
    const covers = (e: Entry) => days.some((d) => coversDay(e.briefing, d));
    const cached = this.everything() as NonNullable<BriefingEngine["cached"]>;
    // a day no calendar has ("30 February") compares as text with dates: test every entry
    const odd = days.some(
      (d) =>
        !(d.month >= 1 && d.month <= 12) ||
        (d.day !== undefined && !(d.day >= 1 && d.day <= (MONTH_DAYS[d.month - 1] as number))),
    );
    if (pool !== cached.all || odd) return pool.filter(covers);
    if (!cached.byDay) cached.byDay = dayIndex(cached.all);
    const { byDay, long, position } = cached.byDay;
    // a day of the year ("01-12") when every day asked has one, else a whole month ("01")
    const keys = new Set(
      days.map((d) => {
        const mm = String(d.month).padStart(2, "0");
        return d.day === undefined ? mm : `${mm}-${String(d.day).padStart(2, "0")}`;
      }),
    );
    const lists = [...keys].map((k) => byDay.get(k) ?? []);
    if (lists.length === 1 && long.length === 0) return (lists[0] as Entry[]).filter(covers);
    // several lists: their union, back in pool order
    const chosen = new Set<Entry>(long);
    for (const list of lists) for (const e of list) chosen.add(e);
    return [...chosen]
      .filter(covers)
      .sort((a, b) => (position.get(a) as number) - (position.get(b) as number));
  }

  update(change: BriefingChange): void {
    this.pristine = false;
    this.cached = undefined;
    this.namesByKind.clear();
    this.ownFormatWords = undefined;
    this.suggestionChecks.clear();
    for (const id of change.removed) this.remove(id);
    for (const b of change.upserted) {
      this.remove(b.id);
      this.add(b);
    }
    this.index.settle();
  }

  /**
   * Makes the index's posting lists for the briefings added through {@link addBuilt} (the index
   * would make them on the first question otherwise).
   */
  finishBuild(): void {
    this.index.settle();
  }

  private add(b: Briefing): void {
    this.addTokenised(
      b,
      tokenise(
        b,
        () => this.nextId++,
        (term) => this.index.internTerm(term),
      ),
    );
  }

  /**
   * Adds a briefing tokenised elsewhere (a build worker): `make` gives its facts, with ids from
   * the engine's own counter, in the order {@link tokenise} made them.
   */
  addBuilt(
    b: Briefing,
    make: (nextId: () => number, termId: (term: string) => number) => Tokenised,
  ): void {
    this.addTokenised(
      b,
      make(
        () => this.nextId++,
        (term) => this.index.internTerm(term),
      ),
    );
  }

  private addTokenised(b: Briefing, t: Tokenised): void {
    this.cached = undefined;
    this.namesByKind.clear();
    this.ownFormatWords = undefined;
    this.suggestionChecks.clear();
    const { facts, names, words, nameWords, resolved, termIds } = t;
    if (termIds) for (const f of facts) this.index.addIds(f, termIds, f.termStart, f.termCount);
    else for (const f of facts) this.index.add(f);
    for (const w of words) this.words.add(w);
    for (const w of nameWords) if (w.length > 1 && !isStopWord(w)) this.names.add(w);
    this.entities.add(names);
    let previous: string | undefined;
    for (const n of names) {
      // a name's variants come one after another under one key: one set operation for them
      if (n.key === previous) continue;
      previous = n.key;
      let set = this.entityBriefings.get(n.key);
      if (!set) {
        set = new Set();
        this.entityBriefings.set(n.key, set);
      }
      set.add(b.id);
    }
    const entry: Entry = { briefing: b, facts, names, words, nameWords, resolved };
    this.entries.set(b.id, entry);
    this.placeEntry(entry);
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.cached = undefined;
    this.namesByKind.clear();
    this.ownFormatWords = undefined;
    this.suggestionChecks.clear();
    const slot = this.index.slotOf(id);
    if (slot !== undefined) this.slotEntries[slot] = undefined;
    for (const f of entry.facts) this.index.remove(f);
    for (const w of entry.words) this.words.remove(w);
    for (const w of entry.nameWords) if (w.length > 1 && !isStopWord(w)) this.names.remove(w);
    this.entities.remove(entry.names);
    for (const n of entry.names) {
      const set = this.entityBriefings.get(n.key);
      set?.delete(id);
      if (set?.size === 0) this.entityBriefings.delete(n.key);
    }
    this.entries.delete(id);
  }

  /** Set while suggestions are being tried, so that trying one never suggests again. */
  private tryingSuggestions = false;
  /**
   * Whether a suggestion (with the scope it was tried in) is answered, kept until the briefings
   * change: a decline near a briefing tries the same few questions every time.
   */
  private readonly suggestionChecks = new Map<string, boolean>();

  /**
   * Questions to offer after a decline, each asked first and kept only if it is answered: the
   * question's own speaker or side without the constraint that failed ("What did Begin say?"),
   * then the briefing's usual questions.
   */
  private answerableSuggestions(
    q: ParsedQuestion,
    near: Entry,
    allowed: Set<string> | undefined,
    first: readonly string[] = [],
  ): string[] {
    const generic = suggestionsFor(near.briefing);
    if (this.tryingSuggestions) return generic;
    // the failed check's own offer first ("Did China agree to cut subsidies?")
    const own: string[] = [...first];
    const speaker = q.typed?.speaker;
    const surname = speaker ? surnameOf(speaker) : undefined;
    if (surname) own.push(`What did ${surname} say at the talks on ${near.briefing.date}?`);
    else if (q.typed?.party)
      own.push(`What was ${q.typed.party}'s position on ${near.briefing.date}?`);
    const out: string[] = [];
    this.tryingSuggestions = true;
    try {
      for (const s of [...own, ...generic]) {
        if (out.length >= 3 || out.includes(s)) continue;
        if (this.answersSuggestion(s, allowed)) out.push(s);
      }
    } finally {
      this.tryingSuggestions = false;
    }
    return out;
  }

  private answersSuggestion(suggestion: string, allowed: Set<string> | undefined): boolean {
    const key = allowed ? `${suggestion}\n${[...allowed].join("\n")}` : suggestion;
    let answered = this.suggestionChecks.get(key);
    if (answered === undefined) {
      answered = this.answer(this.parse(suggestion), allowed).answered;
      if (this.suggestionChecks.size >= SUGGESTION_CHECKS_MAX) this.suggestionChecks.clear();
      this.suggestionChecks.set(key, answered);
    }
    return answered;
  }

  suggestions(scope?: readonly string[]): string[] {
    const pool = scope?.length
      ? scope.map((id) => this.entries.get(id)).filter((e): e is Entry => e !== undefined)
      : [];
    const entry = pool.length ? latest(pool) : this.everything().newest;
    return entry ? suggestionsFor(entry.briefing) : [];
  }

  read(question: string): TypedQuestion {
    return this.parse(question).typed as TypedQuestion;
  }

  /**
   * Names of one kind of entity (places: their first part), as the briefings spell them; read
   * once per change of the briefings (every typed question asks for them).
   */
  private namesOf(kind: EntityName["kind"]): string[] {
    const known = this.namesByKind.get(kind);
    if (known) return known;
    const out = new Set<string>();
    for (const key of this.entityBriefings.keys()) {
      if (!key.startsWith(`${kind}:`)) continue;
      const name = this.nameOf(key);
      if (name) out.add(name);
    }
    const names = [...out];
    this.namesByKind.set(kind, names);
    return names;
  }

  /** The place these typed words name: a briefing's location or one part of it ("Nairobi"). */
  private placeNamed(words: string): string | undefined {
    const typed = surfaceTokens(words).join(" ");
    const same = (p: string) => surfaceTokens(p).join(" ") === typed;
    const whole = this.namesOf("place").find(same);
    if (whole) return whole;
    for (const key of this.entityBriefings.keys()) {
      if (!key.startsWith("place:")) continue;
      for (const id of this.entityBriefings.get(key) ?? []) {
        const location = this.entries.get(id)?.briefing.location;
        const part = location ? locationParts(location).find(same) : undefined;
        if (part) return part;
      }
    }
    return undefined;
  }

  /** The series one of whose own words the question uses ("the permanent council"). */
  private formatNamed(words: readonly string[]): string | undefined {
    const own = this.formatOwnWords();
    const hits = new Map<string, number>();
    for (const w of new Set(words)) {
      const f = own.get(w);
      if (f !== undefined) hits.set(f, (hits.get(f) ?? 0) + 1);
    }
    const scored = [...hits].sort((x, y) => y[1] - x[1]);
    if (scored.length === 0 || scored[1]?.[1] === scored[0]?.[1]) return undefined;
    return scored[0]?.[0];
  }

  /**
   * The words of one series only ("permanent" of "OSCE Permanent Council"), each with its series:
   * no name of a party or place ("nato" is a party). Read once per change of the briefings.
   */
  private formatOwnWords(): Map<string, string> {
    if (this.ownFormatWords) return this.ownFormatWords;
    const formats = this.namesOf("format").map((f) => ({ f, words: surfaceTokens(f) }));
    const count = new Map<string, number>();
    for (const x of formats)
      for (const w of new Set(x.words)) count.set(w, (count.get(w) ?? 0) + 1);
    const own = new Map<string, string>();
    for (const x of formats) {
      for (const w of x.words) {
        if (
          w.length >= 3 &&
          count.get(w) === 1 &&
          !isStopWord(w) &&
          // a word for talks ("talks", "summit") is every series' word, however few spell it
          termsOf([w])[0] !== "~meet" &&
          !this.entityBriefings.has(`party:${w}`) &&
          !this.entityBriefings.has(`place:${w}`)
        )
          own.set(w, x.f);
      }
    }
    this.ownFormatWords = own;
    return own;
  }

  /** The name of an entity as a briefing naming it spells it (a place: its first part). */
  private nameOf(key: string): string | undefined {
    const ids = this.entityBriefings.get(key);
    if (!ids) return undefined;
    for (const id of ids) {
      const b = this.entries.get(id)?.briefing;
      if (!b) continue;
      const kind = key.slice(0, key.indexOf(":")) as EntityName["kind"];
      if (kind === "person") {
        const p = b.participants?.find((x) => entityKey("person", x.name) === key);
        if (p) return p.name;
      } else if (kind === "party") {
        const p = b.parties?.find((x) => entityKey("party", x.name) === key);
        if (p) return p.name;
      } else if (kind === "place" && b.location && entityKey("place", b.location) === key) {
        return b.location.split(",")[0]?.trim();
      } else if (kind === "format" && b.format && entityKey("format", b.format) === key) {
        return b.format;
      }
    }
    return undefined;
  }

  /** Whether one fact holds both terms (read along the rarer term's postings). */
  private together(a: string, b: string): boolean {
    const [rare, other] = this.index.df(a) <= this.index.df(b) ? [a, b] : [b, a];
    return this.index.somePosting(rare, (fact) => this.index.score(other, fact) > 0);
  }

  /** Whether one fact holds every term (read along the rarest term's postings). */
  private holdsAll(terms: readonly string[]): boolean {
    if (terms.length === 0) return false;
    const rare = terms.reduce((a, b) => (this.index.df(b) < this.index.df(a) ? b : a));
    const others = terms.filter((t) => t !== rare);
    return this.index.somePosting(rare, (fact) =>
      others.every((t) => this.index.score(t, fact) > 0),
    );
  }

  /**
   * The words of the name whose acronym a question word is ("mou" → memorandum of
   * understanding), from the facts of the briefings that have the rarest of the question's other
   * terms (at most {@link ACRONYM_BRIEFINGS}; every briefing when there are no more than that).
   * A word of English is none. Each briefing's acronyms are read once, when first looked at.
   */
  private acronym(token: string, context: readonly string[]): string[] | undefined {
    if (token.length < 2 || token.length > 8 || !/^[a-z]+$/.test(token) || isEnglishWord(token))
      return undefined;
    let rarest: string | undefined;
    for (const t of context) {
      const df = this.index.df(t);
      if (df > 0 && (rarest === undefined || df < this.index.df(rarest))) rarest = t;
    }
    const candidates = new Set<Briefing>();
    if (rarest !== undefined) {
      this.index.somePosting(rarest, (f) => {
        candidates.add(f.briefing);
        return candidates.size >= ACRONYM_BRIEFINGS;
      });
    } else if (this.entries.size <= ACRONYM_BRIEFINGS) {
      for (const e of this.entries.values()) candidates.add(e.briefing);
    }
    for (const b of candidates) {
      const name = this.acronymsOf(b).get(token);
      if (name) return tokenize(name);
    }
    // "the PNC" for the National Civil Police: a name translated from a language that puts its
    // adjectives after the noun keeps the letters of its short form in another order; read as
    // the one name of a briefing whose initials are those letters
    if (token.length < MIN_REORDERED_ACRONYM) return undefined;
    const letters = sortedLetters(token);
    for (const b of candidates) {
      const names = new Set<string>();
      for (const [acronym, name] of this.acronymsOf(b)) {
        if (acronym.length === token.length && sortedLetters(acronym) === letters) names.add(name);
      }
      if (names.size === 1) return tokenize([...names][0] as string);
    }
    return undefined;
  }

  /**
   * The briefing of the first fact that writes `letters` as a short form, with two capitals or
   * more ("SDI", "HoR"), among the first {@link SHORT_FORM_FACTS} facts that hold the word.
   */
  private shortFormBriefing(letters: string): Briefing | undefined {
    const term = terms(letters)[0];
    if (term === undefined || !this.words.has(letters)) return undefined;
    const written = new RegExp(`(?<![\\p{L}\\p{N}])${letters}(?![\\p{L}\\p{N}])`, "iu");
    let looked = 0;
    let found: Briefing | undefined;
    this.index.somePosting(term, (f) => {
      const m = written.exec(f.text);
      if (m !== null && (m[0].match(/\p{Lu}/gu)?.length ?? 0) >= 2) found = f.briefing;
      return found !== undefined || ++looked >= SHORT_FORM_FACTS;
    });
    return found;
  }

  /** A briefing's acronyms (acronym → the name as written), read from its facts once. */
  private acronymsOf(b: Briefing): Map<string, string> {
    let table = this.acronymTables.get(b);
    if (!table) {
      table = new Map();
      for (const f of this.entries.get(b.id)?.facts ?? []) {
        for (const a of acronymsOf(f.text)) if (!table.has(a.acronym)) table.set(a.acronym, a.name);
      }
      this.acronymTables.set(b, table);
    }
    return table;
  }

  private parse(question: string): ParsedQuestion {
    const q = parseQuestion(question, {
      words: this.words,
      names: this.names,
      hasTerm: (t) => this.index.has(t),
      together: (a, b) => this.together(a, b),
      holdsAll: (terms) => this.holdsAll(terms),
      acronym: (token, context) => this.acronym(token, context),
      writtenShort: (letters) => this.shortFormBriefing(letters) !== undefined,
      definesShort: (letters) => {
        const b = this.shortFormBriefing(letters);
        return b !== undefined && this.acronymsOf(b).has(letters);
      },
      entities: this.entities,
    });
    // the constraints every answer is checked against
    q.typed = typeQuestion(q, {
      nameOf: (key) => this.nameOf(key),
      placeNamed: (words) => this.placeNamed(words),
      formatNamed: (words) => this.formatNamed(words),
    });
    return q;
  }

  ask(question: string, options: AskOptions = {}): Answer {
    // outside a conversation a question is answered exactly as it always was
    if (!options.followUp) return this.askAlone(question, options);
    const previous = options.followUp.previous;
    const followed = previous ? this.askFollowUp(question, previous, options.scope) : undefined;
    if (followed) return followed;
    const answer = this.askAlone(question, options);
    return { ...answer, about: this.aboutOf(question, answer) };
  }

  /** A follow-up read against the previous answer's subject; undefined when it reads alone. */
  private askFollowUp(
    question: string,
    previous: Subject,
    scope: readonly string[] | undefined,
  ): Answer | undefined {
    const reading = readFollowUp(question, previous, (text) => this.ownNames(text));
    switch (reading.type) {
      case "alone":
        return undefined;
      case "ambiguous": {
        const who = reading.people.join(" or ");
        const what = reading.pronoun
          ? `“${reading.pronoun}” could be ${who}`
          : `That could be about ${who}`;
        const topic = topicOf(question) ?? previous.topic;
        return {
          question,
          answered: false,
          text: `${what} (all in the previous answer). Ask again with the name.`,
          confidence: 0,
          citations: [],
          suggestions: reading.people
            .slice(0, 3)
            .map((p) => `What did ${p} say${topic ? ` about ${topic}` : ""}?`),
          // the subject stays as it was: the next question may name one of them
          about: previous,
        };
      }
      case "else":
        return this.withContext(
          question,
          previous,
          reading.took,
          this.otherQuotes(reading, previous),
          `what did ${reading.speaker} say?`,
        );
      case "round": {
        const { draft, took } = this.inRound(reading);
        return this.withContext(question, previous, took, draft, reading.question);
      }
      case "ask": {
        const q = this.parse(reading.question);
        // "they" means the talks answered about: only that briefing; a person is looked for
        // there first, then (as a channel's pins allow) everywhere
        let draft = reading.briefing ? this.answer(q, new Set([reading.briefing])) : undefined;
        const strict = reading.briefing !== undefined && reading.took === previous.title;
        if (!draft?.answered && !strict)
          draft = this.askAlone(reading.question, scope ? { scope } : {});
        return this.withContext(question, previous, reading.took, draft as Draft, reading.question);
      }
    }
  }

  /**
   * The answer to a follow-up: it says what it took from the previous answer when that changed
   * it (asked alone, the question would have had another answer).
   */
  private withContext(
    question: string,
    previous: Subject,
    took: string,
    draft: Draft,
    resolved: string,
  ): Answer {
    const answer = finish(question, draft);
    const alone = this.askAlone(question, {});
    const about = this.aboutOf(resolved, answer, previous);
    if (!took || alone.text === answer.text) return { ...answer, about };
    return {
      ...answer,
      text: `${took} (from your previous question):\n${answer.text}`,
      fromContext: took,
      about,
    };
  }

  /** How many people and sides a text names, and whether it names a place, series or day. */
  private ownNames(text: string): OwnNames {
    const q = this.parse(text);
    let people = 0;
    let parties = 0;
    let setting = q.days.length > 0;
    for (const m of q.mentions) {
      if (m.kind === "person") people++;
      else if (m.kind === "party") parties++;
      else setting = true;
    }
    return { people, parties, setting };
  }

  /** "what else did he say": the person's quotes in that briefing not cited before. */
  private otherQuotes(reading: { speaker: string; briefing: string }, previous: Subject): Draft {
    const entry = this.entries.get(reading.briefing);
    if (!entry) return this.decline("That briefing is no longer loaded.");
    const cited = new Set(previous.cited ?? []);
    const quotes = entry.facts.filter(
      (f) =>
        f.section === "quotes" &&
        (f.participant?.name ?? f.speaker) === reading.speaker &&
        !cited.has(f.text),
    );
    if (quotes.length === 0) {
      return this.decline(
        `${entry.briefing.title} has no other quote from ${reading.speaker}.`,
        undefined,
        entry,
      );
    }
    const shown = quotes.slice(0, TUNING.maxList);
    // the briefing after the last quote, as the engine's other answers cite theirs
    const text = `${shown.map((f) => quoteLine(f)).join("\n")} [${entry.briefing.title}, ${entry.briefing.date}]`;
    return answered(text, shown.map(citeFact), 0.8);
  }

  /** "what about the next round": the previous question, in the next (or previous) round. */
  private inRound(reading: { step: "next" | "previous"; question: string; briefing: string }): {
    draft: Draft;
    took: string;
  } {
    const from = this.entries.get(reading.briefing)?.briefing;
    const format = from?.format?.toLowerCase();
    if (!from || !format) {
      return {
        draft: this.decline("The previous answer's briefing is not part of a series."),
        took: "",
      };
    }
    const rounds = this.everything()
      .all.filter((e) => e.briefing.format?.toLowerCase() === format)
      .sort(
        (a, b) =>
          a.briefing.date.localeCompare(b.briefing.date) ||
          a.briefing.id.localeCompare(b.briefing.id),
      );
    const at = rounds.findIndex((e) => e.briefing.id === from.id);
    const target = rounds[reading.step === "next" ? at + 1 : at - 1];
    const which = reading.step === "next" ? "next" : "previous";
    if (!target) {
      const none = reading.step === "next" ? "later" : "earlier";
      return {
        draft: this.decline(
          `The briefings have no ${none} round of the ${from.format} than ${humanDate(from.date)}.`,
          undefined,
          this.entries.get(from.id),
        ),
        took: "",
      };
    }
    const took = `The ${which} round of the ${from.format} (${longDate(target.briefing.date)})`;
    return {
      draft: this.answer(this.parse(reading.question), new Set([target.briefing.id])),
      took,
    };
  }

  /**
   * What an answer was about: the person it quoted or named (several: none is "he"), the side
   * the question asked about, the one briefing it came from, its topic. A declined follow-up
   * keeps what the previous answer was about where it has nothing of its own.
   */
  private aboutOf(question: string, answer: Answer, previous?: Subject): Subject {
    const q = this.parse(question);
    const people = new Set<string>();
    for (const c of answer.citations) {
      const b = this.entries.get(c.briefing)?.briefing;
      const named = (p: { name: string; aliases?: string[] | undefined }) =>
        c.section === "quotes"
          ? c.speaker === p.name ||
            (c.speaker !== undefined && (p.aliases ?? []).includes(c.speaker))
          : c.section === "participants" && c.text.startsWith(p.name);
      const p = b?.participants?.find(named);
      if (p) people.add(p.name);
      else if (c.section === "quotes" && c.speaker) people.add(c.speaker);
    }
    const mentioned = (kind: string) =>
      [
        ...new Set(
          q.mentions.filter((m) => m.kind === kind).map((m) => this.nameOf(m.keys[0] ?? "")),
        ),
      ].filter((n): n is string => n !== undefined);
    const persons = mentioned("person");
    const topic = topicOf(question);
    // "Russia's position on NATO enlargement": the side asked about, not the one in the topic
    const parties = mentioned("party").filter(
      (p) => !topic?.toLowerCase().includes(p.toLowerCase()),
    );
    if (people.size === 0 && persons.length === 1) people.add(persons[0] as string);
    const briefings = [...new Set(answer.citations.map((c) => c.briefing))];
    const briefing =
      briefings.length === 1 ? this.entries.get(briefings[0] as string)?.briefing : undefined;
    const cited = answer.citations.map((c) => c.text);
    const about: Subject = {
      question,
      kind: q.kind,
      ...(people.size === 1 && { speaker: [...people][0] as string }),
      ...(people.size > 1 && { speakers: [...people] }),
      ...(parties.length === 1 && persons.length === 0 && { party: parties[0] as string }),
      ...(briefing && { briefing: briefing.id, title: briefing.title }),
      ...(topic && { topic }),
      ...(cited.length > 0 && { cited }),
    };
    if (!previous) return about;
    // "what else did he say" twice: the quotes shown before stay shown
    if (about.speaker === previous.speaker && about.briefing === previous.briefing) {
      about.cited = [...new Set([...(previous.cited ?? []), ...cited])];
    }
    if (answer.answered) return about;
    return {
      ...previous,
      ...about,
      ...(about.speaker === undefined &&
        about.speakers === undefined &&
        previous.speaker && { speaker: previous.speaker }),
    };
  }

  /** A question asked on its own (no conversation): the engine's answer since the first version. */
  private askAlone(question: string, options: AskOptions): Answer {
    const q = this.parse(question);
    const scope = options.scope?.filter((id) => this.entries.has(id));
    if (options.scope) {
      if (scope && scope.length > 0) {
        const scoped = this.answer(q, new Set(scope));
        if (scoped.answered) return finish(question, scoped, "scoped");
      }
      return finish(question, this.answer(q, undefined), "all");
    }
    return finish(question, this.answer(q, undefined));
  }

  // ---- answering ------------------------------------------------------------------------

  private answer(q: ParsedQuestion, allowed: Set<string> | undefined): Draft {
    if (this.entries.size === 0) return this.decline("There are no briefings loaded yet.");
    if (q.unknownNames.length > 0) {
      return this.decline(
        `The briefings don't mention ${listWords(q.unknownNames)}.`,
        allowed,
        undefined,
        q.unknownNames,
      );
    }
    if (q.terms.length === 0 && q.days.length === 0 && q.unknown.length === 0) {
      return this.decline("Ask me a question about the briefings.", allowed);
    }
    if (q.unknownSubject) {
      return this.decline(
        `The briefings don't mention ${listWords([q.unknownSubject])}.`,
        allowed,
        undefined,
        [q.unknownSubject],
      );
    }
    // "did Russia agree to stop shelling Odesa": a yes/no question hinges on every word
    if (q.yesNo && q.unknown.length > 0) {
      return this.decline(
        `The briefings don't cover ${listWords(q.unknown)}.`,
        allowed,
        undefined,
        q.unknown,
      );
    }
    // a question mostly about words no briefing contains is about something they lack
    const content = q.hard.length + q.mentions.length + q.unknown.length;
    if (q.unknown.length > 0 && q.unknown.length * 2 >= content) {
      return this.decline(
        `The briefings don't cover ${listWords(q.unknown)}.`,
        allowed,
        undefined,
        q.unknown,
      );
    }

    let pool = allowed
      ? [...allowed].map((id) => this.entries.get(id)).filter((e): e is Entry => e !== undefined)
      : this.everything().all;
    // set when no briefing is of the time asked: then the facts cited must state it themselves
    let undatedDays: string | undefined;
    // "what level has Iran enriched to since April 2021": a day that starts a period is not the
    // day of the talks; the fact cited must state it instead
    const since = q.days.length > 0 && q.days.every((d) => startsPeriod(q.text, d));
    if (since) undatedDays = q.days.map((d) => d.text).join(" or ");
    else if (q.days.length > 0) {
      const onDay = this.onDays(pool, q.days);
      if (onDay.length === 0) {
        // "what is planned for 11 April": the steps due that day; not for who said what, nor for
        // what was agreed or how many ("what was agreed at the sixth round in March 2007" is not
        // answered by the step that announced that round)
        const planned = !NOT_PLANS.has(q.kind);
        const stepsOnDay = planned ? this.stepsOn(pool, q.days) : [];
        if (stepsOnDay.length > 0) return this.listFacts(stepsOnDay, "On that day:");
        // "how many boats were exchanged in September 2022": an event of that time that a
        // briefing of another date records; the time constraint is checked on the answer
        const recorded = pool.some((e) => backgroundStatesAskedTime(q, e));
        const days = q.days.map((d) => d.text.replace(/^(on|in)\s+/i, "")).join(" or ");
        if (!recorded)
          return this.decline(`No briefing is dated ${days}.`, allowed, undefined, [days]);
        undatedDays = days;
      } else pool = onDay;
    }
    // "the april round", "the 2005 round": the talks held then, when the briefings have them
    const times = talksTimes(q);
    if (times.length > 0) {
      const then = pool.filter((e) => heldIn(e.briefing, times));
      if (then.length > 0) pool = then;
    }
    // the whole corpus needs no membership set: building one per question costs more than the rest
    const whole = pool.length === this.entries.size;
    const poolIds = whole ? undefined : new Set(pool.map((e) => e.briefing.id));
    const briefScore = scoreBriefings(this.corpus, q, poolIds);

    const places = q.mentions.filter((m) => m.kind === "place" || m.kind === "format");
    const named = q.hard.length > 0 || q.mentions.length > 0 || q.namePhrases.length > 0;
    const broad = q.kind === "summary" || q.kind === "general";
    // lists of briefings: "which talks were on 13 January", "what happened in Geneva"
    if (
      q.listing ||
      (q.days.length > 0 && !named && broad) ||
      (places.length > 0 &&
        q.mentions.length === places.length &&
        q.hard.length === 0 &&
        broad &&
        !q.latest &&
        !q.earliest &&
        // "what happened at the third round of X": one round asked, checked like any answer
        q.typed?.ordinal === undefined)
    ) {
      // the newest few of the briefings that fit (a list shows no more), and how many fit
      const ranked = named
        ? topScored(briefScore, TUNING.choice.orderedTie, TUNING.maxList, "newest")
        : { top: pool, count: pool.length };
      if (ranked.count === 0) return this.decline("No briefing matches that.", allowed);
      if (ranked.count > 1 || q.listing) return this.listBriefings(q, ranked.top);
    }

    let chosen: Entry | undefined = nthOfSeries(q, pool, briefScore);
    const years = yearsAsked(q);
    const counted = chosen !== undefined;
    if (chosen) {
      // "the second round": chosen by its place in the series
    } else if (!named) chosen = q.earliest ? earliest(pool) : latest(pool);
    else {
      // among briefings that answer about equally well, the latest (or the first, if asked)
      const ratio =
        q.latest || q.earliest || q.previous ? TUNING.choice.orderedTie : TUNING.choice.tie;
      // the latest (first, previous) of those briefings, found in one pass however many there are
      const byDate = (): Entry | undefined =>
        q.earliest
          ? topScored(briefScore, ratio, 1, "oldest").top[0]
          : q.previous
            ? secondLatest(topScored(briefScore, ratio, 2, "newest").top)
            : topScored(briefScore, ratio, 1, "newest").top[0];
      let { top, count } = topScored(briefScore, ratio, TUNING.choice.fitCandidates);
      // "what did X say in pretoria": of briefings that fit about equally, those held at the place
      // asked, when the question is about what was done at talks ("signed in havana" in a
      // when-question may be another event, which a briefing held elsewhere records)
      const place = AT_TALKS.has(q.kind) ? q.typed?.place : undefined;
      const here = place && count > 1 ? top.filter((e) => heldAt(e.briefing, place)) : [];
      if (here.length > 0) {
        top = here;
        count = here.length;
      }
      // "the six-party talks in 2005": of briefings that fit about equally, those held then
      const then =
        years.length > 0 && count > 1 ? top.filter((e) => heldIn(e.briefing, years)) : [];
      if (then.length > 0) {
        top = then;
        count = then.length;
      }
      chosen = count > 1 ? undefined : top[0];
      // "what do the rebels demand": of briefings naming the same things, those with one fact
      // in the section asked for that matches the question's words
      if (count > 1 && !q.latest && !q.earliest && !q.previous) {
        const fits = top.map((e) => ({ e, fit: sectionFit(this.corpus, q, e) }));
        const best = Math.max(...fits.map((x) => x.fit));
        if (best > 0) chosen = latest(fits.filter((x) => x.fit >= best - 1e-9).map((x) => x.e));
      }
      if (count > 1 && !chosen) chosen = here.length > 0 ? latest(here) : byDate();
      // when that one lacks a name or most content words, the next best briefings may have them
      if (chosen && !fits(this.index, q, chosen) && !q.latest && !q.earliest && !q.previous) {
        chosen = rankScored(briefScore, 0, 5).find((e) => fits(this.index, q, e)) ?? chosen;
      }
    }
    if (!chosen) {
      return this.decline(
        `The briefings don't cover ${subjectWords(q)}.`,
        allowed,
        undefined,
        subjectList(q),
      );
    }
    // "the government's position": a side named by a word that another briefing's side was
    // read as is this briefing's side of that name
    q = sidesOf(q, chosen);

    // every name in the question must occur in this briefing
    const missing = q.mentions.filter((m) => !mentionIn(this.index, q, m, chosen));
    if (missing.length > 0) {
      const words = missing.map((m) => mentionWords(q, m));
      return this.decline(
        `The briefings don't connect ${listWords(words)} with the rest of the question.`,
        allowed,
        chosen,
        words,
      );
    }
    // "the talks in Warsaw": a name used as a place must be where the talks were
    const wrongVenue = misplaced(this.corpus, q, chosen);
    if (wrongVenue.length > 0) {
      const where = listWords(wrongVenue.map((m) => mentionWords(q, m)));
      return this.decline(
        `No briefing covers talks held in ${where}.`,
        allowed,
        undefined,
        wrongVenue.map((m) => mentionWords(q, m)),
      );
    }
    // and most of its content words
    if (!coversContent(this.index, q, chosen)) {
      return this.decline(
        `The briefings don't cover ${subjectWords(q)}.`,
        allowed,
        chosen,
        subjectList(q),
      );
    }
    const many = pool.length > 1 || this.entries.size > 1;
    // an answer must satisfy every constraint of the question; one that breaks one is declined
    let violation: Violation | undefined;
    const checked = (d: Draft, asked: ParsedQuestion = q): Draft => {
      if (!d.answered) return d;
      const v =
        violatedConstraint(asked, d.citations, this.index, this.entries) ??
        (undatedDays !== undefined && !citesAskedTime(asked, d.citations, this.entries)
          ? { reason: `No briefing is dated ${undatedDays}.` }
          : undefined);
      if (!v) return d;
      violation ??= v;
      return this.decline(v.reason, allowed, chosen);
    };
    let draft = checked(answerIn(this.answering, q, chosen, many));
    if (!draft.answered && named && !q.latest && !q.earliest && !q.previous && !counted) {
      // the chosen briefing lacks the fact (no quote of that person on that topic, no dated
      // fact): the next best briefings that have the question's names may have it
      for (const e of rankScored(briefScore, 0, TUNING.choice.fallbacks + 1)) {
        if (e === chosen || !fits(this.index, q, e) || misplaced(this.corpus, q, e).length > 0)
          continue;
        const asked = sidesOf(q, e);
        const other = checked(answerIn(this.answering, asked, e, many), asked);
        if (other.answered) {
          draft = other;
          break;
        }
      }
    }
    if (!draft.answered) {
      const text = violation?.reason ?? draft.text;
      const suggestions = this.answerableSuggestions(q, chosen, allowed, violation?.suggest);
      return { ...draft, text, suggestions };
    }
    // "what did Lavrov say about sanctions" when several briefings have such a statement: the
    // answer comes from the most relevant, then the most recent, and says how many others fit
    if (q.kind === "said" && q.days.length === 0 && !counted) {
      draft.text += this.othersAlso(q, draft, poolIds, many);
    }
    // every typo guessed and every word ignored makes the answer less certain
    const { perCorrection, perUnknown, floor, ceiling } = TUNING.confidence;
    const penalty = perCorrection * q.corrected.length + perUnknown * q.unknown.length;
    draft.confidence = clamp(draft.confidence - penalty, floor, ceiling);
    return draft;
  }

  /**
   * For a quote of a person on a topic: "; 37 other briefings also have statements by NAME on
   * “TOPIC”", counting the other briefings (in the pool) with a quote of that person that covers
   * the topic as the answer's does. Empty when no other briefing has one.
   */
  private othersAlso(
    q: ParsedQuestion,
    draft: Draft,
    poolIds: ReadonlySet<string> | undefined,
    many: boolean,
  ): string {
    const cited = draft.citations[0];
    if (cited?.section !== "quotes") return "";
    const from = this.entries.get(cited.briefing);
    if (!from) return "";
    const c = answerContext(this.answering, q, from, many, (q2, e2, m2) =>
      answerIn(this.answering, q2, e2, m2),
    );
    if (c.persons.size === 0 || c.topic.length === 0) return "";
    const quote = from.facts.find(
      (f) => f.section === "quotes" && f.text === cited.text && f.person && c.persons.has(f.person),
    );
    if (!quote) return "";
    // quoteCoverage(index, topic, f) >= 0.5, with each word's weight and number read once, and
    // the person's quotes as typed arrays (their briefing slots and term runs)
    const topic = c.topic;
    const weights = topic.map((t) => this.index.idf(t));
    const ids = topic.map((t) => this.index.termId(t) ?? -1);
    let total = 0;
    for (const w of weights) total += w;
    // flags by briefing slot, not sets: a recurring person's quotes lie in thousands of briefings
    const slots = this.index.slotCount;
    let allowed: Uint8Array | undefined;
    if (poolIds) {
      allowed = new Uint8Array(slots);
      for (const id of poolIds) {
        const slot = this.index.slotOf(id);
        if (slot !== undefined) allowed[slot] = 1;
      }
    }
    const own = this.index.slotOf(from.briefing.id);
    const other = new Uint8Array(slots);
    let n = 0;
    for (const key of c.persons) {
      const { slots: at, terms, starts, counts, roles } = this.quotesBy(key);
      for (let k = 0; k < at.length; k++) {
        const slot = at[k] as number;
        if (slot === own || other[slot] === 1 || (allowed && allowed[slot] !== 1)) continue;
        let found = 0;
        for (let j = 0; j < topic.length; j++) {
          const termId = ids[j] as number;
          if (
            (termId >= 0 && runHolds(terms, starts[k] as number, counts[k] as number, termId)) ||
            (roles[k] as readonly string[]).includes(topic[j] as string)
          )
            found += weights[j] as number;
        }
        if ((total === 0 ? 1 : found / total) >= TUNING.coverage.otherStatements) {
          other[slot] = 1;
          n++;
        }
      }
    }
    if (n === 0) return "";
    const name = quote.participant?.name ?? quote.speaker ?? mentionWords(q, c.subject);
    return `\n${n} other briefing${n === 1 ? " also has" : "s also have"} statements by ${name} on ${subjectWords(q, c.topic)}.`;
  }

  /**
   * Every quote by a person (entity key) as typed arrays: its briefing's slot, a copy of its run
   * of terms, its speaker's role terms. Built for every person in one pass over the facts
   * when first needed (a person's quotes lie in thousands of briefings: one pass costs less than
   * a walk per person), kept until the briefings change or their runs move.
   */
  private quotesBy(key: string): PersonQuotes {
    const cached = this.everything() as NonNullable<BriefingEngine["cached"]>;
    if (!cached.quotes || cached.quotes.poolGeneration !== this.index.poolGeneration) {
      const building = new Map<
        string,
        { slots: number[]; starts: number[]; counts: number[]; roles: (readonly string[])[] }
      >();
      for (const e of cached.all) {
        const slot = this.index.slotOf(e.briefing.id);
        if (slot === undefined) continue;
        for (const f of e.facts) {
          if (f.section !== "quotes" || f.person === undefined) continue;
          let list = building.get(f.person);
          if (!list) {
            list = { slots: [], starts: [], counts: [], roles: [] };
            building.set(f.person, list);
          }
          list.slots.push(slot);
          list.starts.push(f.termStart);
          list.counts.push(f.termCount);
          list.roles.push(f.participant?.role ? terms(f.participant.role) : NO_WORDS);
        }
      }
      const byPerson = new Map<string, PersonQuotes>();
      for (const [person, list] of building) {
        let length = 0;
        for (const c of list.counts) length += c;
        const terms = new Int32Array(length);
        const starts = new Int32Array(list.counts.length);
        let at = 0;
        for (let k = 0; k < list.counts.length; k++) {
          const count = list.counts[k] as number;
          terms.set(this.index.termsAt(list.starts[k] as number, count), at);
          starts[k] = at;
          at += count;
        }
        byPerson.set(person, {
          slots: Int32Array.from(list.slots),
          terms,
          starts,
          counts: Int32Array.from(list.counts),
          roles: list.roles,
        });
      }
      cached.quotes = { poolGeneration: this.index.poolGeneration, byPerson };
    }
    return cached.quotes.byPerson.get(key) ?? NO_QUOTES;
  }

  private listBriefings(q: ParsedQuestion, entries: Entry[]): Draft {
    const sorted = [...entries]
      .sort((a, b) => b.briefing.date.localeCompare(a.briefing.date))
      .slice(0, TUNING.maxList);
    const withSummary = q.kind === "summary" || q.kind === "general";
    const lines = sorted.map((e) => {
      const b = e.briefing;
      const where = b.location ? `, ${b.location}` : "";
      return `${b.title} (${humanDate(b.date)}${where})${withSummary && sorted.length <= 3 && !q.listing ? `: ${b.summary}` : ""}`;
    });
    const citations = sorted.map((e) => citeBriefing(e.briefing, "title", e.briefing.title));
    return answered(lines.join("\n"), citations, 0.8);
  }

  private listFacts(facts: Fact[], head: string): Draft {
    const lines = facts
      .slice(0, TUNING.maxList)
      .map((f) => `${stepLine(f)} [${f.briefing.title}, ${f.briefing.date}]`);
    return answered(
      `${head}\n${lines.join("\n")}`,
      facts.slice(0, TUNING.maxList).map(citeFact),
      0.7,
    );
  }

  private stepsOn(pool: Entry[], days: DayRef[]): Fact[] {
    const onDay = (f: Fact) =>
      f.date !== undefined && days.some((d) => sameDay(f.date as string, d));
    const cached = this.everything() as NonNullable<BriefingEngine["cached"]>;
    if (pool !== cached.all) return pool.flatMap((e) => e.facts.filter(onDay));
    // the whole corpus: only the dated facts of the months asked, not every fact
    if (!cached.datedByMonth) {
      const byMonth = new Map<number, Fact[]>();
      for (const e of cached.all) {
        for (const f of e.facts) {
          if (f.date === undefined) continue;
          const month = Number(f.date.slice(5, 7));
          const list = byMonth.get(month);
          if (list) list.push(f);
          else byMonth.set(month, [f]);
        }
      }
      cached.datedByMonth = byMonth;
    }
    const months = [...new Set(days.map((d) => d.month))];
    return months.flatMap((m) => cached.datedByMonth?.get(m) ?? []).filter(onDay);
  }

  /** A decline; `missing` names the words or names of the question the briefings lack. */
  private decline(
    text: string,
    allowed?: Set<string>,
    near?: Entry,
    missing?: readonly string[],
  ): Draft {
    const suggestions = near
      ? suggestionsFor(near.briefing)
      : this.suggestions(allowed ? [...allowed] : undefined);
    return {
      answered: false,
      text,
      confidence: 0,
      citations: [],
      suggestions,
      ...(missing && missing.length > 0 && { missing: [...new Set(missing)] }),
    };
  }
}

/** Kinds of question that ask what was said or done, which a step still due does not answer. */
const NOT_PLANS: ReadonlySet<string> = new Set([
  "said",
  "position",
  "who",
  "outcome",
  "background",
  "howlong",
]);

/** Entries by the days of the year ("01-12") and months ("01") their days touch, in order. */
interface DayIndex {
  byDay: Map<string, Entry[]>;
  /** Entries lasting more than a month: tested for every day asked. */
  long: Entry[];
  position: Map<Entry, number>;
}

const DAY_MS = 86_400_000;
/** Days per month; a 29 February is tested against every entry (it exists in some years only). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Every entry under each month and each day of the year (month and day, any year) from its
 * date to its end date: a superset of the entries `coversDay` accepts for that day or month.
 */
function dayIndex(all: readonly Entry[]): DayIndex {
  const byDay = new Map<string, Entry[]>();
  const long: Entry[] = [];
  const position = new Map<Entry, number>();
  const put = (key: string, e: Entry) => {
    const list = byDay.get(key);
    if (!list) byDay.set(key, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  };
  for (let k = 0; k < all.length; k++) {
    const e = all[k] as Entry;
    position.set(e, k);
    const from = Date.parse(`${e.briefing.date}T00:00:00Z`);
    const to = Date.parse(`${e.briefing.end_date ?? e.briefing.date}T00:00:00Z`);
    if (!(to >= from) || to - from > 31 * DAY_MS) {
      long.push(e);
      continue;
    }
    for (let t = from; t <= to; t += DAY_MS) {
      const iso = new Date(t).toISOString();
      put(iso.slice(5, 7), e);
      put(iso.slice(5, 10), e);
    }
  }
  return { byDay, long, position };
}

/** Whether a day of the question follows "since": the start of a period, not a day of talks. */
function startsPeriod(question: string, day: DayRef): boolean {
  const at = question.toLowerCase().indexOf(day.text.toLowerCase());
  return at >= 0 && /\bsince\s+(the\s+)?$/.test(question.toLowerCase().slice(0, at));
}

function finish(question: string, d: Draft, scope?: "scoped" | "all"): Answer {
  return {
    question,
    answered: d.answered,
    text: d.text,
    confidence: Math.round(d.confidence * 100) / 100,
    citations: d.citations,
    suggestions: d.suggestions ?? [],
    ...(!d.answered && d.missing && { missing: d.missing }),
    ...(scope ? { scope } : {}),
  };
}

/** 2022-01-10 → 10 January 2022. */
function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
