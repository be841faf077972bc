// Finding briefings from what people type: autocomplete and did-you-mean (on id, title and date)
// and list filtering (on title, format, participants, tags and location), through term indexes
// so that each lookup's cost is bounded by the words typed, not by the briefings' text. The
// indexes are built in slices that give the event loop back, so a large library never holds up
// other channels while they are built.
import type { Briefing } from "../briefing/types.ts";
import type { BriefingChoice } from "../chat/types.ts";
import { MAX_QUERY_WORDS } from "./input-limits.ts";
import { type Budget, FUZZY_BUDGET, normalise, TermIndex, termsOf } from "./terms.ts";

/** How much a match on each field counts when ranking choices. */
const CHOICE_WEIGHTS = { id: 2, title: 1.5, date: 1 } as const;

/** Building the indexes gives the event loop back after this many milliseconds of work. */
const SLICE_MS = 10;

/** Below this many candidates left, `filter` checks each one's terms instead of the postings. */
const FEW_CANDIDATES = 2000;

interface BriefingTerms {
  /** Terms `list` filters on. */
  list: string[];
  /** Terms of id, title and date with their weights, for choices. */
  choice: [string, number][];
  /** Id and title, normalised, for the plain part-of pass of choices. */
  idAndTitle: string;
}

interface Indexes {
  list: TermIndex<Briefing>;
  choice: TermIndex<Briefing>;
}

/** Term indexes over one set of briefings; rebuilt (in slices) only when the set changes. */
export class BriefingMatcher {
  #briefings: readonly Briefing[] = [];
  #newest: Briefing[] | undefined;
  #generation = 0;
  #indexes: Indexes | undefined;
  #building: Promise<Indexes> | undefined;
  /** Each briefing's terms, kept while the briefing object lives, so a rebuild re-reads only new ones. */
  readonly #terms = new WeakMap<Briefing, BriefingTerms>();

  #sync(briefings: readonly Briefing[]) {
    const same =
      briefings.length === this.#briefings.length &&
      briefings.every((b, i) => b === this.#briefings[i]);
    if (same) return;
    this.#briefings = [...briefings];
    this.#newest = undefined;
    this.#generation++;
    this.#indexes = undefined;
    this.#building = undefined;
  }

  #termsOf(b: Briefing): BriefingTerms {
    let terms = this.#terms.get(b);
    if (!terms) {
      const list = new Set<string>();
      const addAll = (text: string | undefined) => {
        if (text) for (const t of termsOf(text)) list.add(t);
      };
      addAll(b.title);
      addAll(b.format);
      addAll(b.location);
      for (const tag of b.tags ?? []) addAll(tag);
      for (const p of b.participants ?? []) {
        addAll(p.name);
        for (const alias of p.aliases ?? []) addAll(alias);
      }
      // One entry per term, with the weight of the best field that has it.
      const choice = new Map<string, number>();
      const weigh = (text: string, weight: number) => {
        for (const t of termsOf(text)) if ((choice.get(t) ?? 0) < weight) choice.set(t, weight);
      };
      weigh(b.id, CHOICE_WEIGHTS.id);
      weigh(b.title, CHOICE_WEIGHTS.title);
      weigh(b.date, CHOICE_WEIGHTS.date);
      terms = {
        list: [...list],
        choice: [...choice],
        idAndTitle: `${normalise(b.id)}\n${normalise(b.title)}`,
      };
      this.#terms.set(b, terms);
    }
    return terms;
  }

  #newestFirst(): Briefing[] {
    this.#newest ??= newestFirst(this.#briefings);
    return this.#newest;
  }

  /** The indexes of the current briefings: ready, being built, or started now. */
  #ready(): Promise<Indexes> {
    if (this.#indexes) return Promise.resolve(this.#indexes);
    if (!this.#building) {
      const building = this.#build(this.#generation, this.#briefings);
      building.catch(() => {
        if (this.#building === building) this.#building = undefined;
      });
      this.#building = building;
    }
    return this.#building;
  }

  /**
   * Builds the indexes; runs synchronously until its first slice is used up, so a small library
   * is indexed at once. Records the result when the briefings have not changed meanwhile.
   */
  async #build(generation: number, briefings: readonly Briefing[]): Promise<Indexes> {
    const list = new TermIndex<Briefing>();
    const choice = new TermIndex<Briefing>();
    let sliceStart = performance.now();
    for (let i = 0; i < briefings.length; i++) {
      const b = briefings[i] as Briefing;
      const terms = this.#termsOf(b);
      for (const t of terms.list) list.add(t, b);
      for (const [t, weight] of terms.choice) choice.add(t, b, weight);
      if (i % 32 === 31 && performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    list.freeze();
    choice.freeze();
    const built = { list, choice };
    if (generation === this.#generation) this.#indexes = built;
    return built;
  }

  /**
   * Briefings closest to `query` on id, title and date, best first; newest first when empty.
   * What people type while autocompleting is usually part of an id or title: those come first
   * (newest first), then briefings ranked by how many of the query's words match their id,
   * title and date terms (exactly, in part, or with a typo).
   */
  async choices(briefings: readonly Briefing[], query: string, limit: number) {
    this.#sync(briefings);
    const indexes = await this.#ready();
    return this.#choose(query, limit, indexes);
  }

  /**
   * The same without waiting, for autocomplete: while the indexes are still being built, only
   * the part-of pass answers (and the build is started).
   */
  choicesNow(briefings: readonly Briefing[], query: string, limit: number): BriefingChoice[] {
    this.#sync(briefings);
    if (!this.#indexes) this.#ready().catch(() => {});
    return this.#choose(query, limit, this.#indexes);
  }

  #choose(query: string, limit: number, indexes: Indexes | undefined): BriefingChoice[] {
    const q = normalise(query).replace(/\s+/g, " ").trim();
    if (!q) return this.#newestFirst().slice(0, limit).map(toChoice);
    const found: Briefing[] = [];
    for (const b of this.#newestFirst()) {
      if (found.length >= limit) break;
      const idAndTitle = this.#terms.get(b)?.idAndTitle ?? normalise(`${b.id}\n${b.title}`);
      if (idAndTitle.includes(q)) found.push(b);
    }
    if (found.length < limit && indexes) {
      const words = [...new Set(termsOf(q))].slice(0, MAX_QUERY_WORDS);
      const budget: Budget = { cells: FUZZY_BUDGET };
      const scores = new Map<Briefing, number>();
      for (const word of words) {
        const best = new Map<Briefing, number>();
        for (const { quality, carriers } of indexes.choice.lookup(word, budget)) {
          for (let i = 0; i < carriers.items.length; i++) {
            const b = carriers.items[i] as Briefing;
            const score = quality * (carriers.weights[i] as number);
            if ((best.get(b) ?? 0) < score) best.set(b, score);
          }
        }
        for (const [b, score] of best) scores.set(b, (scores.get(b) ?? 0) + score);
      }
      const taken = new Set(found);
      const ranked = [...scores]
        .filter(([b]) => !taken.has(b))
        .sort(([a, x], [b, y]) => y - x || newer(a, b));
      for (const [b] of ranked.slice(0, limit - found.length)) found.push(b);
    }
    return found.map(toChoice);
  }

  /**
   * Briefings matching every word (on title, format, participants' names and aliases, tags and
   * location; in part or with a typo), newest first. A word of several terms (`nato-russia`)
   * matches when each of its terms does.
   */
  async filter(briefings: readonly Briefing[], words: readonly string[]): Promise<Briefing[]> {
    this.#sync(briefings);
    if (words.length === 0) return [...this.#newestFirst()];
    const terms = [...new Set(words.flatMap(termsOf))];
    if (terms.length === 0) return [];
    const { list } = await this.#ready();
    const budget: Budget = { cells: FUZZY_BUDGET };
    let kept: Set<Briefing> | undefined;
    for (const term of terms) {
      const matches = list.lookup(term, budget);
      const found = new Set<Briefing>();
      if (kept && kept.size < FEW_CANDIDATES) {
        // Few candidates left: check their own terms rather than every carrier of a common term.
        const matched = new Set(matches.map((m) => m.term));
        for (const b of kept) if (this.#termsOf(b).list.some((t) => matched.has(t))) found.add(b);
      } else {
        for (const { carriers } of matches) {
          for (const b of carriers.items) if (!kept || kept.has(b)) found.add(b);
        }
      }
      kept = found;
      if (kept.size === 0) return [];
    }
    return this.#newestFirst().filter((b) => kept?.has(b));
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function toChoice(b: Briefing): BriefingChoice {
  return { id: b.id, title: b.title, date: b.date };
}

/** Negative when `a` sorts before `b`: newer date first, then id. */
function newer(a: Briefing, b: Briefing): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Newest first by date, then by id. */
export function newestFirst(briefings: readonly Briefing[]): Briefing[] {
  return [...briefings].sort(newer);
}
