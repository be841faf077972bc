// The briefing engine: indexes briefings into facts and answers questions from them, choosing the
// briefing first and then the facts of the section the question asks for, or declining honestly.
import type { Briefing } from "../briefing/types.ts";
import { FuzzyVocabulary, isConcept, isStopWord, surfaceTokens, terms } from "../text/index.ts";
import {
  misplaced,
  nthOfSeries,
  rankScored,
  scoreBriefings,
  sectionFit,
} from "./briefing-choice.ts";
import { coversDay, earliest, latest, sameDay, secondLatest, suggestionsFor } from "./choose.ts";
import {
  briefingWhen,
  citeBriefing,
  citeFact,
  humanDate,
  participantLine,
  quoteLine,
  sourceTag,
  stepLine,
} from "./compose.ts";
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
import { extractFacts, type Fact, type Resolved } from "./facts.ts";
import { type IndexState, InvertedIndex } from "./inverted-index.ts";
import {
  coverage,
  fits,
  mentionIn,
  mentionTerms,
  mentionWords,
  nameTerms,
  quoteCoverage,
  subjectWords,
} from "./matching.ts";
import { type DayRef, type Kind, type ParsedQuestion, parseQuestion } from "./question.ts";
import {
  DATED_TEXT,
  DURATION_TEXT,
  LASTED_TEXT,
  NUMBER_TEXT,
  ordinalFit,
  PLACE_TEXT,
} from "./text-patterns.ts";
import type { Answer, AskOptions, QuestionAnswerer, Section } from "./types.ts";
import { MAX_LIST, SECTION_OF, SECTION_WEIGHT, SOFT_WEIGHT } from "./weights.ts";

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
  /** Up to three questions the briefings (in scope, if given) can answer. */
  suggestions(scope?: readonly string[]): string[];
}

/** Shaping words of a when-question that name an event of their own ("start", "set up"). */
const EVENT_TERMS: ReadonlySet<string> = new Set(["~begin", "~establish"]);
/** How many next-best briefings to try when the chosen one lacks the fact asked for. */
const FALLBACKS = 4;
/** Of the briefings that score about equally, this many are compared fact by fact. */
const FIT_CANDIDATES = 8;

/** Titles of office a who-question may ask about; the briefing must use the word itself. */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  "president presidents vice-president premier king queen prince princess emperor pope governor mayor senator chancellor ceo ambassador admiral commander".split(
    " ",
  ),
);

/** Abbreviated titles and the words of their long form. */
const TITLE_FORMS: Record<string, string[]> = {
  ceo: ["chief", "executive"],
};

/** Builds an engine over briefings. */
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
  /** Per briefing, on export: everything that is its own. */
  entry(k: number): EntryLists & { resolved: Resolved[] };
  /** Per briefing, on restore: its resolved names now, its lists when first needed. */
  restoredEntry?(k: number): { resolved: Resolved[]; lists: () => EntryLists };
  /** The typo vocabulary of words, and of names: word and count. */
  words: Iterable<[string, number]>;
  names: Iterable<[string, number]>;
  entities: Iterable<EntityRow>;
  /** Per entity key, the positions of the briefings naming it. */
  entityBriefings: Iterable<[string, number[]]>;
}

/** Surface tokens of short texts (names, sides, aliases recur in every briefing). */
const tokenMemo = new Map<string, readonly string[]>();

/** Adds the surface tokens of a text to a set. */
function addTokens(to: Set<string>, text: string): void {
  let tokens = tokenMemo.get(text);
  if (tokens === undefined) {
    tokens = surfaceTokens(text);
    if (text.length < 80) {
      if (tokenMemo.size > 50_000) tokenMemo.clear();
      tokenMemo.set(text, tokens);
    }
  }
  for (let i = 0; i < tokens.length; i++) to.add(tokens[i] as string);
}

export class BriefingEngine implements Engine {
  private readonly index = new InvertedIndex();
  private readonly entities = new EntityRegistry();
  private readonly words = new FuzzyVocabulary();
  private readonly names = new FuzzyVocabulary();
  private readonly entries = new Map<string, Entry>();
  /** entity key → ids of the briefings naming it (as participant, party, place or format) */
  private readonly entityBriefings = new Map<string, Set<string>>();
  /** What choosing a briefing and answering from it read of the engine. */
  private readonly corpus: Corpus = {
    index: this.index,
    entries: this.entries,
    entityBriefings: this.entityBriefings,
  };
  private nextId = 0;
  /** False once an update changed the briefings the engine was built over. */
  private pristine = true;

  /**
   * Builds over the briefings, or, given the state a build over the very same briefings
   * exported, restores from it without tokenising (throws when the state does not fit).
   */
  constructor(briefings: readonly Briefing[], restored?: EngineState) {
    if (restored) this.restore(briefings, restored);
    else for (const b of briefings) this.add(b);
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

  private restore(briefings: readonly Briefing[], state: EngineState): void {
    this.pristine = false;
    if (state.count !== briefings.length) throw new Error("restore: briefing count differs");
    const facts: Fact[] = [];
    for (let k = 0; k < briefings.length; k++) {
      const b = briefings[k] as Briefing;
      const restoredEntry = state.restoredEntry?.(k);
      if (!restoredEntry) throw new Error("restore: no entries in the state");
      const { resolved, lists } = restoredEntry;
      const extracted = extractFacts(b, () => this.nextId++, resolved);
      for (const f of extracted.facts) facts.push(f);
      this.entries.set(b.id, lazyEntry(b, extracted.facts, lists));
    }
    if (this.entries.size !== briefings.length) throw new Error("restore: duplicate briefing ids");
    this.index.restore(state.index, facts);
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

  update(change: BriefingChange): void {
    this.pristine = false;
    for (const id of change.removed) this.remove(id);
    for (const b of change.upserted) {
      this.remove(b.id);
      this.add(b);
    }
  }

  private add(b: Briefing): void {
    const { facts, names, words, resolved } = extractFacts(b, () => this.nextId++);
    for (const f of facts) this.index.add(f);
    for (const p of b.parties ?? []) {
      addTokens(words, p.name);
      for (const a of p.aliases ?? []) addTokens(words, a);
    }
    for (const p of b.participants ?? []) {
      if (p.side) addTokens(words, p.side);
      for (const a of p.aliases ?? []) addTokens(words, a);
    }
    for (const t of b.tags ?? []) addTokens(words, t);
    for (const w of words) if (w.length < 2 || isStopWord(w)) words.delete(w);
    for (const w of words) this.words.add(w);
    const nameWords = new Set<string>();
    for (const p of b.participants ?? []) {
      addTokens(nameWords, p.name);
      for (const a of p.aliases ?? []) addTokens(nameWords, a);
    }
    for (const p of b.parties ?? []) {
      addTokens(nameWords, p.name);
      for (const a of p.aliases ?? []) addTokens(nameWords, a);
    }
    for (const q of b.quotes ?? []) addTokens(nameWords, q.speaker);
    if (b.location) addTokens(nameWords, b.location);
    if (b.format) addTokens(nameWords, b.format);
    for (const w of nameWords) if (w.length > 1 && !isStopWord(w)) this.names.add(w);
    this.entities.add(names);
    for (const n of names) {
      let set = this.entityBriefings.get(n.key);
      if (!set) {
        set = new Set();
        this.entityBriefings.set(n.key, set);
      }
      set.add(b.id);
    }
    this.entries.set(b.id, {
      briefing: b,
      facts,
      names,
      words: [...words],
      nameWords: [...nameWords],
      resolved,
    });
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
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

  suggestions(scope?: readonly string[]): string[] {
    const pool = scope?.length
      ? scope.map((id) => this.entries.get(id)).filter((e): e is Entry => e !== undefined)
      : [];
    const entry = latest(pool.length ? pool : [...this.entries.values()]);
    return entry ? suggestionsFor(entry.briefing) : [];
  }

  ask(question: string, options: AskOptions = {}): Answer {
    const q = parseQuestion(question, {
      words: this.words,
      names: this.names,
      hasTerm: (t) => this.index.has(t),
      entities: this.entities,
    });
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
      return this.decline(`The briefings don't mention ${listWords(q.unknownNames)}.`, allowed);
    }
    if (q.terms.length === 0 && q.days.length === 0 && q.unknown.length === 0) {
      return this.decline("Ask me a question about the briefings.", allowed);
    }
    if (q.unknownSubject) {
      return this.decline(`The briefings don't mention ${listWords([q.unknownSubject])}.`, allowed);
    }
    // "did Russia agree to stop shelling Odesa": a yes/no question hinges on every word
    if (q.yesNo && q.unknown.length > 0) {
      return this.decline(`The briefings don't cover ${listWords(q.unknown)}.`, allowed);
    }
    // a question mostly about words no briefing contains is about something they lack
    const content = q.hard.length + q.mentions.length + q.unknown.length;
    if (q.unknown.length > 0 && q.unknown.length * 2 >= content) {
      return this.decline(`The briefings don't cover ${listWords(q.unknown)}.`, allowed);
    }

    let pool = allowed
      ? [...allowed].map((id) => this.entries.get(id)).filter((e): e is Entry => e !== undefined)
      : [...this.entries.values()];
    if (q.days.length > 0) {
      const onDay = pool.filter((e) => q.days.some((d) => coversDay(e.briefing, d)));
      if (onDay.length === 0) {
        const stepsOnDay = this.stepsOn(pool, q.days);
        if (stepsOnDay.length > 0) return this.listFacts(stepsOnDay, "On that day:");
        const days = q.days.map((d) => d.text.replace(/^(on|in)\s+/i, "")).join(" or ");
        return this.decline(`No briefing is dated ${days}.`, allowed);
      }
      pool = onDay;
    }
    // the whole corpus needs no membership set: building one per question costs more than the rest
    const whole = pool.length === this.entries.size;
    const poolIds = whole ? undefined : new Set(pool.map((e) => e.briefing.id));
    const inPool = (id: string) => poolIds === undefined || poolIds.has(id);
    const briefScore = scoreBriefings(this.corpus, q, inPool);

    const places = q.mentions.filter((m) => m.kind === "place" || m.kind === "format");
    const named = q.hard.length > 0 || q.mentions.length > 0;
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
        !q.earliest)
    ) {
      const ranked = named ? rankScored(this.corpus, briefScore, 0.6) : pool;
      if (ranked.length === 0) return this.decline("No briefing matches that.", allowed);
      if (ranked.length > 1 || q.listing) return this.listBriefings(q, ranked);
    }

    let chosen: Entry | undefined = nthOfSeries(q, pool, briefScore);
    const counted = chosen !== undefined;
    if (chosen) {
      // "the second round": chosen by its place in the series
    } else if (!named) chosen = q.earliest ? earliest(pool) : latest(pool);
    else {
      // among briefings that answer about equally well, the latest (or the first, if asked)
      const ratio = q.latest || q.earliest || q.previous ? 0.6 : 0.9;
      let ranked = rankScored(this.corpus, briefScore, ratio);
      // "what do the rebels demand": of briefings naming the same things, those with one fact
      // in the section asked for that matches the question's words
      if (ranked.length > 1 && !q.latest && !q.earliest && !q.previous) {
        const fits = ranked
          .slice(0, FIT_CANDIDATES)
          .map((e) => ({ e, fit: sectionFit(this.corpus, q, e) }));
        const best = Math.max(...fits.map((x) => x.fit));
        if (best > 0) ranked = fits.filter((x) => x.fit >= best - 1e-9).map((x) => x.e);
      }
      chosen = q.earliest ? earliest(ranked) : q.previous ? secondLatest(ranked) : latest(ranked);
      // when that one lacks a name or most content words, the next best briefings may have them
      if (chosen && !fits(this.index, q, chosen) && !q.latest && !q.earliest && !q.previous) {
        chosen =
          rankScored(this.corpus, briefScore, 0)
            .slice(0, 5)
            .find((e) => fits(this.index, q, e)) ?? chosen;
      }
    }
    if (!chosen) return this.decline(`The briefings don't cover ${subjectWords(q)}.`, allowed);

    // every name in the question must occur in this briefing
    const missing = q.mentions.filter((m) => !mentionIn(this.index, q, m, chosen));
    if (missing.length > 0) {
      const words = missing.map((m) => mentionWords(q, m));
      return this.decline(
        `The briefings don't connect ${listWords(words)} with the rest of the question.`,
        allowed,
        chosen,
      );
    }
    // "the talks in Warsaw": a name used as a place must be where the talks were
    const wrongVenue = misplaced(this.corpus, q, chosen);
    if (wrongVenue.length > 0) {
      const where = listWords(wrongVenue.map((m) => mentionWords(q, m)));
      return this.decline(`No briefing covers talks held in ${where}.`, allowed);
    }
    // and most of its content words
    if (q.hard.length > 0 && coverage(this.index, q.hard, chosen.facts) < 0.5) {
      return this.decline(`The briefings don't cover ${subjectWords(q)}.`, allowed, chosen);
    }
    const many = pool.length > 1 || this.entries.size > 1;
    let draft = this.answerIn(q, chosen, many);
    if (!draft.answered && named && !q.latest && !q.earliest && !q.previous && !counted) {
      // the chosen briefing lacks the fact (no quote of that person on that topic, no dated
      // fact): the next best briefings that have the question's names may have it
      for (const e of rankScored(this.corpus, briefScore, 0).slice(0, FALLBACKS + 1)) {
        if (e === chosen || !fits(this.index, q, e) || misplaced(this.corpus, q, e).length > 0)
          continue;
        const other = this.answerIn(q, e, many);
        if (other.answered) {
          draft = other;
          break;
        }
      }
    }
    if (!draft.answered) return { ...draft, suggestions: suggestionsFor(chosen.briefing) };
    // every typo guessed and every word ignored makes the answer less certain
    const penalty = 0.05 * q.corrected.length + 0.15 * q.unknown.length;
    draft.confidence = clamp(draft.confidence - penalty, 0.2, 0.97);
    return draft;
  }

  private answerIn(q: ParsedQuestion, e: Entry, many: boolean): Draft {
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
    // "the outcome of the march fish talks": words naming the talks pick no fact of a list
    const isSelector = (t: string) =>
      head.some((f) => this.index.score(t, f) > 0) || (listKind && q.talkNames.includes(t));
    let subject = q.mentions.find((m) => m.kind === "person" || m.kind === "party");
    // "the result of the Iran talks": a name that only says which briefing is no subject
    if (subject && listKind && mentionTerms(q, subject).every(isSelector)) subject = undefined;
    const persons = new Set(subject?.kind === "person" ? subject.keys : []);
    const parties = new Set(subject?.kind === "party" ? subject.keys : []);
    const subjectTerms = subject ? mentionTerms(q, subject) : [];
    // other names count by their own name ("Tehran" → "iran"), as the facts spell them
    const otherTerms = q.mentions
      .filter((m) => m !== subject)
      .flatMap((m) => (m.keys.length === 1 ? nameTerms(m.keys[0] as string) : mentionTerms(q, m)));
    const allTopic = [...new Set([...q.hard, ...otherTerms])];
    const narrowed = allTopic.filter((t) => !isSelector(t));
    const topic = narrowed;
    const base = topic.length > 0 ? 0.75 : 0.65;
    // "what did Stoltenberg say about the weather in Brussels": the unknown word was the topic
    if (q.unknown.length > 0 && topic.length === 0) {
      return this.decline(`The briefings don't cover ${listWords(q.unknown)}.`);
    }

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
        const v = this.index.score(t, f);
        if (v > 0) s += v + (inText(f, t) ? 0.5 * this.index.idf(t) : 0);
      }
      for (const t of q.soft) s += SOFT_WEIGHT * this.index.score(t, f);
      return s;
    };
    const score = (f: Fact, kind: Kind = q.kind, words: readonly string[] = topic) => {
      let s = relevance(f, words) * (SECTION_WEIGHT[kind][f.section] ?? 0.2);
      if (f.person && persons.has(f.person)) s += 4;
      if (f.party && parties.has(f.party)) s += 2;
      return s;
    };
    const ranked = (facts: Fact[], kind: Kind = q.kind, words: readonly string[] = topic) =>
      facts
        .map((f) => ({ f, s: score(f, kind, words) }))
        .sort((x, y) => y.s - x.s || x.f.id - y.f.id);
    const section = (...names: Section[]) => e.facts.filter((f) => names.includes(f.section));
    const topical = (facts: Fact[], words: readonly string[] = topic) =>
      words.length === 0 ? facts : facts.filter((f) => coverage(this.index, words, [f]) >= 0.5);
    const bySubject = (facts: Fact[]) => {
      if (persons.size > 0) return facts.filter((f) => f.person && persons.has(f.person));
      if (parties.size > 0) {
        return facts.filter(
          (f) => (f.party && parties.has(f.party)) || coverage(this.index, subjectTerms, [f]) === 1,
        );
      }
      return facts;
    };

    switch (q.kind) {
      case "said": {
        let quotes = section("quotes");
        let about = topic;
        let speakerName: string | undefined;
        if (persons.size === 0 && topic.length > 0) {
          // "what did the German chancellor say": a role that names one participant
          const matched = (f: Fact) => topic.filter((t) => this.index.score(t, f) > 0).length;
          const byRole = bySubject(section("participants"))
            .map((f) => ({ f, c: coverage(this.index, topic, [f]), n: matched(f) }))
            .filter((x) => (x.c >= 0.6 || x.n >= 2) && x.f.person)
            .sort((x, y) => y.n - x.n || y.c - x.c);
          const who = byRole[0];
          if (who && byRole.filter((x) => x.n === who.n && x.c === who.c).length === 1) {
            persons.add(who.f.person as string);
            speakerName = who.f.participant?.name;
            about = topic.filter((t) => this.index.score(t, who.f) === 0);
          }
        }
        if (persons.size > 0) quotes = quotes.filter((f) => f.person && persons.has(f.person));
        else if (parties.size > 0) quotes = quotes.filter((f) => f.party && parties.has(f.party));
        // a quote is found by its speaker's role too ("the envoy said about …")
        const fitting = quotes.filter((f) => quoteCoverage(this.index, about, f) >= 0.5);
        if (fitting.length === 0) {
          if (persons.size === 0) return this.answerIn({ ...q, kind: "position" }, e, many);
          // the person as the briefing names them, not as typed ("Gruschko")
          const known = section("participants").find((f) => f.person && persons.has(f.person));
          const who = known?.participant
            ? `${known.participant.name}${known.participant.role ? ` (${known.participant.role})` : ""}`
            : (speakerName ?? mentionWords(q, subject));
          return this.decline(
            `The briefings have no quote from ${who}${about.length ? ` about ${subjectWords(q, about)}` : ""}.`,
          );
        }
        const top = ranked(fitting, "said", about)
          .slice(0, about.length > 0 ? 1 : 3)
          .map((x) => x.f);
        return answered(top.map(quoteLine).join("\n") + tag, top.map(citeFact), base + 0.15);
      }
      case "who": {
        const people = section("participants");
        if (q.partiesList && !subject && b.parties?.length) {
          const names = b.parties.map((p) => p.name);
          return answered(
            `Parties: ${names.join(", ")}.${tag}`,
            names.map((n) => citeBriefing(b, "parties", n)),
            base + 0.1,
          );
        }
        // "who mediated before the AU got involved": someone in the background, not a participant
        if (q.past && !q.previous && !q.latest) {
          const asked = [...new Set(q.terms.map((t) => t.term))].filter(
            (t) => t !== "~meet" && !isStopWord(t),
          );
          const earlier = section("background")
            .map((f) => ({ f, n: asked.filter((t) => inText(f, t)).length }))
            .filter((x) => x.n > 0)
            .sort((x, y) => y.n - x.n || x.f.id - y.f.id);
          if (earlier[0]) return answered(earlier[0].f.text + tag, [citeFact(earlier[0].f)], base);
        }
        // "who is the president of X": a title no role or text of the briefing has is not there
        const titles = q.words.filter((w) => TITLE_WORDS.has(w));
        const hasTitle = (w: string) =>
          e.words.includes(w) || (TITLE_FORMS[w]?.every((part) => e.words.includes(part)) ?? false);
        if (titles.length > 0 && !titles.every(hasTitle)) {
          return this.decline(`The briefings don't say who is ${listWords(titles)}.`);
        }
        if (!subject && topic.length === 0) {
          const list = people.map(participantLine);
          if (list.length === 0) return this.decline("The briefing lists no participants.");
          return answered(`Participants: ${list.join("; ")}.${tag}`, people.map(citeFact), 0.8);
        }
        // "who negotiated for the EU": of the party's people, the one whose role says so
        const roleWords = q.soft.filter((t) => isConcept(t) && t !== "~say" && t !== "~attend");
        if (
          parties.size > 0 &&
          roleWords.length > 0 &&
          (topic.length === 0 || topical(people).length === 0)
        ) {
          const byRole = bySubject(people)
            .map((f) => ({ f, n: roleWords.filter((t) => this.index.score(t, f) > 0).length }))
            .filter((x) => x.n > 0)
            .sort((x, y) => y.n - x.n || x.f.id - y.f.id);
          const top = byRole.filter((x) => x.n === byRole[0]?.n).map((x) => x.f);
          if (top.length > 0 && top.length <= 2) {
            return answered(top.map(participantLine).join("; ") + tag, top.map(citeFact), base);
          }
        }
        const best = ranked(topical(people)).filter((x) => x.s > 0);
        if (best.length > 0) {
          const top = best
            .filter((x) => x.s >= (best[0]?.s ?? 0) * 0.85)
            .slice(0, 4)
            .map((x) => x.f);
          return answered(top.map(participantLine).join("; ") + tag, top.map(citeFact), base + 0.1);
        }
        const quotes = ranked(topical(section("quotes"))).filter((x) => x.s > 0);
        if (quotes[0]) return answered(quoteLine(quotes[0].f) + tag, [citeFact(quotes[0].f)], base);
        return this.decline(`The briefings don't say who ${subjectWords(q, topic)}.`);
      }
      case "when": {
        const dated = e.facts.filter(
          (f) =>
            f.section === "date" ||
            (f.section === "next_steps" && f.date) ||
            (f.section !== "title" && DATED_TEXT.test(f.text)),
        );
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
            ? coverage(this.index, open, [f]) >= 0.5
            : named.some((t) => this.index.score(t, f) > 0);
        if (event.length > 0 && named.length > 0 && !wantsNext) {
          const starts = dated
            .filter(
              (f) =>
                f.section !== "date" && event.some((t) => this.index.score(t, f) > 0) && about(f),
            )
            .map((f) => ({
              f,
              s: relevance(f, named) * (f.section === "next_steps" && f.date ? 1.3 : 1),
            }))
            .sort((x, y) => y.s - x.s || x.f.id - y.f.id);
          const first = starts[0]?.f;
          if (first) {
            const text = first.section === "next_steps" ? `Next: ${stepLine(first)}` : first.text;
            return answered(text + tag, [citeFact(first)], base);
          }
        }
        // "when did the talks end": nothing more specific than the briefing itself
        const aboutTalks = q.soft.includes("~meet") || q.hard.includes("~meet") || !q.soft.length;
        if (specific.length === 0 && !wantsNext && !q.past && aboutTalks) {
          const fact = e.facts.find((f) => f.section === "date");
          const where = b.location ? ` in ${b.location}` : "";
          return answered(
            `${b.title} took place${where} ${briefingWhen(b)}.`,
            [citeBriefing(b, "date", fact?.text ?? b.date)],
            base + 0.1,
          );
        }
        // "when did they meet before": an earlier event, not the briefing's own date
        if (q.past) {
          let earlier = dated.filter((f) => f.section !== "date" && f.section !== "next_steps");
          // "when did they last meet": an earlier meeting, not any earlier event
          const met = earlier.filter((f) => this.index.score("~meet", f) > 0);
          if (q.soft.includes("~meet") && met.length > 0) earlier = met;
          dated.splice(0, dated.length, ...earlier);
        }
        let candidates = topical(
          dated,
          words.filter((t) => t !== "~meet" && !isSelector(t)),
        );
        if (wantsNext) {
          const steps = candidates.filter((f) => f.section === "next_steps");
          candidates =
            steps.length > 0 ? steps : dated.filter((f) => f.section === "next_steps" && f.date);
        }
        const best = candidates
          .map((f) => ({ f, s: relevance(f, words) * (f.section === "date" ? 1.5 : 1) }))
          .sort((x, y) => y.s - x.s || x.f.id - y.f.id)[0];
        if (!best && specific.length > 0) {
          // "when does the deal expire": a fact that says when in its own words ("after 120 days")
          const other = e.facts.filter((f) => f.section !== "title" && f.section !== "date");
          const fit = ranked(topical(other, specific), "general", specific)[0];
          if (fit && fit.s > 0) {
            const text = fit.f.section === "next_steps" ? `Next: ${stepLine(fit.f)}` : fit.f.text;
            return answered(text + tag, [citeFact(fit.f)], base - 0.1);
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
          const text = f.section === "next_steps" ? `Next: ${stepLine(f)}` : f.text;
          return answered(text + tag, [citeFact(f)], base);
        }
        const fact = e.facts.find((f) => f.section === "date");
        const where = b.location ? ` in ${b.location}` : "";
        return answered(
          `${b.title} took place${where} ${briefingWhen(b)}.`,
          [citeBriefing(b, "date", fact?.text ?? b.date)],
          base + 0.1,
        );
      }
      case "where": {
        if (q.soft.includes("~next") || q.hard.includes("~next")) {
          const step = ranked(section("next_steps"), "next")[0];
          if (step) return answered(`Next: ${stepLine(step.f)}${tag}`, [citeFact(step.f)], base);
        }
        // "where is the 120th meeting": a numbered meeting a next step names, with its place
        const numbered = q.words.filter((w) => /^\d+(st|nd|rd|th)$/.test(w));
        if (numbered.length > 0) {
          const step = section("next_steps").find(
            (f) =>
              PLACE_TEXT.test(f.text) && numbered.some((w) => surfaceTokens(f.text).includes(w)),
          );
          if (step) return answered(`Next: ${stepLine(step)}${tag}`, [citeFact(step)], base);
        }
        // "where was the first summit" asked of the fourth: a fact about the first one
        if (ordinalFit(q.words, b.title) < 1) {
          const other = e.facts.filter(
            (f) =>
              ordinalFit(q.words, f.text) > 1 &&
              PLACE_TEXT.test(f.text) &&
              coverage(this.index, allTopic, [f]) >= 0.5,
          );
          const best = ranked(other, "general", allTopic)[0];
          if (best) {
            const text =
              best.f.section === "next_steps" ? `Next: ${stepLine(best.f)}` : best.f.text;
            return answered(text + tag, [citeFact(best.f)], base - 0.05);
          }
        }
        // "where will ships be inspected": a fact about something else than the talks' venue
        // (content words only: names say who met, not what happened where)
        const specific = topic.filter(
          (t) => q.hard.includes(t) && t !== "~meet" && t !== "~location",
        );
        if (specific.length > 0) {
          const other = e.facts.filter(
            (f) => !["title", "date", "location", "format"].includes(f.section),
          );
          // a fact that names a place ("meets in Marrow") answers where; a next step most likely
          const placed = (f: Fact) =>
            (PLACE_TEXT.test(f.text) ? 1.5 : 1) *
            (f.section === "next_steps" ? 1.2 : 1) *
            ordinalFit(q.words, f.text);
          const best = ranked(topical(other, specific), "general", specific)
            .map((x) => ({ f: x.f, s: x.s * placed(x.f) }))
            .sort((x, y) => y.s - x.s || x.f.id - y.f.id)[0];
          if (best && best.s > 0) {
            const text =
              best.f.section === "next_steps" ? `Next: ${stepLine(best.f)}` : best.f.text;
            return answered(text + tag, [citeFact(best.f)], base - 0.05);
          }
        }
        if (!b.location) return this.decline(`The briefing “${b.title}” gives no location.`);
        return answered(
          `${b.title} took place in ${b.location} ${briefingWhen(b)}.`,
          [citeBriefing(b, "location", b.location)],
          base + 0.15,
        );
      }
      case "howlong": {
        const durations = e.facts.filter(
          (f) => DURATION_TEXT.test(f.text) && f.section !== "next_steps",
        );
        // what else than the talks the question asks the length of ("the truce")
        const specific = topic.filter((t) => q.hard.includes(t) && t !== "~meet");
        const lasted = (f: Fact) => answered(f.text + tag, [citeFact(f)], base);
        if (specific.length > 0) {
          const best = ranked(topical(durations, specific), "howlong", specific).filter(
            (x) => x.s > 0,
          );
          // a fact stating it beats a remark about it
          const stated = best.find((x) => x.f.section !== "quotes") ?? best[0];
          if (stated) return lasted(stated.f);
        }
        // the talks' own length: a fact about the talks, else their dates
        // (named as the question names them: "the debate", "the talks"); "lasted" says it best
        const talks = ["~meet", ...allTopic.filter(isSelector)];
        const rank = (f: Fact) =>
          (LASTED_TEXT.test(f.text) ? 0 : 2) + (f.section === "summary" ? 1 : 0);
        const own = durations
          .filter((f) => f.section !== "quotes" && talks.some((t) => this.index.score(t, f) > 0))
          .sort((x, y) => rank(x) - rank(y));
        if (own[0]) return lasted(own[0]);
        if (b.end_date && b.end_date !== b.date) {
          const days = Math.round((Date.parse(b.end_date) - Date.parse(b.date)) / 86_400_000) + 1;
          return answered(
            `${b.title} lasted ${days} days, ${briefingWhen(b)}.`,
            [citeBriefing(b, "date", `${b.date} to ${b.end_date}`)],
            base,
          );
        }
        const best =
          ranked(durations, "general").find((x) => x.f.section !== "quotes") ??
          ranked(durations, "general")[0];
        if (best) return lasted(best.f);
        return this.decline(`The briefing “${b.title}” does not say how long it lasted.`);
      }
      case "outcome":
      case "next":
      case "background":
      case "points": {
        const own = SECTION_OF[q.kind];
        const mine = section(own);
        const fitting = topical(bySubject(mine));
        if (fitting.length > 0) {
          const list =
            topic.length > 0 || subject
              ? ranked(fitting)
                  .slice(0, 2)
                  .map((x) => x.f)
              : fitting.slice(0, MAX_LIST);
          const line = q.kind === "next" ? stepLine : (f: Fact) => f.text;
          return answered(list.map(line).join("\n") + tag, list.map(citeFact), base + 0.05);
        }
        if (mine.length === 0 && topic.length === 0) {
          if (q.kind === "outcome") {
            return answered(b.summary + tag, [citeBriefing(b, "summary", b.summary)], 0.5);
          }
          return this.decline(`The briefing “${b.title}” has no ${own.replace("_", " ")}.`);
        }
        return this.answerIn({ ...q, kind: "general" }, e, many);
      }
      case "position": {
        const facts = bySubject(e.facts.filter((f) => f.section !== "participants"));
        // with no topic, a party's stated positions and quotes say it best
        const own = facts.filter((f) => f.section === "parties" || f.section === "quotes");
        const fitting = topic.length === 0 && own.length > 0 ? own : topical(facts);
        if (fitting.length === 0) return this.answerIn({ ...q, kind: "general" }, e, many);
        const top = ranked(fitting)
          .slice(0, topic.length > 0 ? 3 : 4)
          .map((x) => x.f);
        const line = (f: Fact) =>
          f.section === "quotes"
            ? quoteLine(f)
            : f.partyName
              ? `${f.partyName}: ${f.text}`
              : f.text;
        return answered(top.map(line).join("\n") + tag, top.map(citeFact), base);
      }
      case "summary":
        if (topic.length === 0) {
          return answered(b.summary + tag, [citeBriefing(b, "summary", b.summary)], base);
        }
        return this.answerIn({ ...q, kind: "general" }, e, many);
      default: {
        if (topic.length === 0 && !subject) {
          // "how big is the X project": a number said about the thing the question names, even
          // when its words are the briefing's own title words
          const about = allTopic.filter((t) => t !== "~meet");
          if (q.count && about.length > 0) {
            const numbers = e.facts.filter(
              (f) =>
                NUMBER_TEXT.test(f.text) &&
                !["title", "date", "location", "format"].includes(f.section),
            );
            const best = ranked(topical(numbers, about), "general", about)[0];
            if (best && best.s > 0)
              return answered(best.f.text + tag, [citeFact(best.f)], base - 0.05);
          }
          return answered(b.summary + tag, [citeBriefing(b, "summary", b.summary)], 0.6);
        }
        const pool = bySubject(
          e.facts.filter((f) => f.section !== "title" && f.section !== "date"),
        );
        let fitting = topical(pool);
        // "how many …": a fact that states a number, else nothing answers it
        if (q.count && !/\bhow (many|much)\b/i.test(q.text)) {
          // "what share …": prefer facts that state a number
          if (fitting.some((f) => NUMBER_TEXT.test(f.text))) {
            fitting = fitting.filter((f) => NUMBER_TEXT.test(f.text));
          }
        } else if (q.count) {
          const counted = q.counted;
          // the thing counted must be in the fact with its number, the rest may be said otherwise
          fitting = counted
            ? pool.filter(
                (f) =>
                  NUMBER_TEXT.test(f.text) &&
                  this.index.score(counted, f) > 0 &&
                  coverage(this.index, topic, [f]) >= 0.3,
              )
            : pool.filter(
                (f) => NUMBER_TEXT.test(f.text) && coverage(this.index, topic, [f]) >= 0.34,
              );
          if (fitting.length === 0) {
            return this.decline(`The briefings give no number for ${subjectWords(q, topic)}.`);
          }
        }
        const best = ranked(fitting, "general")[0];
        if (!best || best.s <= 0) {
          return this.decline(`The briefings don't cover ${subjectWords(q, topic)}.`);
        }
        const f = best.f;
        const text =
          f.section === "quotes"
            ? quoteLine(f)
            : f.section === "participants"
              ? participantLine(f)
              : f.section === "next_steps"
                ? stepLine(f)
                : f.text;
        return answered(text + tag, [citeFact(f)], base - 0.05);
      }
    }
  }

  private listBriefings(q: ParsedQuestion, entries: Entry[]): Draft {
    const sorted = [...entries]
      .sort((a, b) => b.briefing.date.localeCompare(a.briefing.date))
      .slice(0, MAX_LIST);
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
      .slice(0, MAX_LIST)
      .map((f) => `${stepLine(f)} [${f.briefing.title}, ${f.briefing.date}]`);
    return answered(`${head}\n${lines.join("\n")}`, facts.slice(0, MAX_LIST).map(citeFact), 0.7);
  }

  private stepsOn(pool: Entry[], days: DayRef[]): Fact[] {
    return pool.flatMap((e) =>
      e.facts.filter((f) => f.date && days.some((d) => sameDay(f.date as string, d))),
    );
  }

  private decline(text: string, allowed?: Set<string>, near?: Entry): Draft {
    const suggestions = near
      ? suggestionsFor(near.briefing)
      : this.suggestions(allowed ? [...allowed] : undefined);
    return {
      answered: false,
      text,
      confidence: 0,
      citations: [],
      suggestions,
    };
  }
}

function finish(question: string, d: Draft, scope?: "scoped" | "all"): Answer {
  return {
    question,
    answered: d.answered,
    text: d.text,
    confidence: Math.round(d.confidence * 100) / 100,
    citations: d.citations,
    suggestions: d.suggestions ?? [],
    ...(scope ? { scope } : {}),
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
