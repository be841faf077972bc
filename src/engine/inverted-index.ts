// An inverted index over facts with BM25 weights, updated incrementally: adding a briefing appends
// to posting arrays, removing one only forgets its facts (dead postings are compacted lazily).
// Terms are interned to numbers, and every fact's term numbers live in one shared Int32Array
// (a fact keeps only where its run starts and how long it is): at 10,000 briefings that saves
// hundreds of megabytes and most of the garbage collector's work.
import type { Fact } from "./facts.ts";

const K1 = 1.2;
const B = 0.75;
const NO_TERMS: string[] = [];

/**
 * The index as flat arrays, for a snapshot: the term table, every fact's term count (facts in
 * the order they were added; their runs lie one after another in `pool`), and per term its
 * posting entries `ids`/`tfs` from `postingStarts[t]` to `postingStarts[t + 1]`.
 */
export interface IndexState {
  terms: string[];
  termCounts: Int32Array;
  pool: Int32Array;
  postingStarts: Int32Array;
  postingIds: Int32Array;
  postingTfs: Int32Array;
}

/**
 * Briefing slots touched while scoring one question: a flag per slot and the list of slots, so
 * that clearing costs what was touched, not the corpus.
 */
export class SlotList {
  flag = new Uint8Array(0);
  list = new Int32Array(0);
  size = 0;

  /** Empties the list and makes room for `slots` slots. */
  reset(slots: number): void {
    for (let i = 0; i < this.size; i++) this.flag[this.list[i] as number] = 0;
    this.size = 0;
    if (this.flag.length < slots) {
      this.flag = new Uint8Array(slots * 2);
      this.list = new Int32Array(slots * 2);
    }
  }

  add(slot: number): void {
    if (this.flag[slot] === 1) return;
    this.flag[slot] = 1;
    this.list[this.size++] = slot;
  }
}

interface Posting {
  /**
   * Fact ids and term frequencies, the first `n` entries in use. A build makes them as views
   * of one shared buffer with an eighth more room (a restore, exactly full); an append past
   * the room copies the list into a buffer of its own, twice as long.
   */
  ids: Int32Array;
  tfs: Int32Array;
  n: number;
  /** Entries whose fact was removed, not yet compacted away. */
  dead: number;
  /** Its live entries per briefing, once scored (dropped when the list changes). */
  runs: Runs | undefined;
}

/**
 * A posting list per briefing: for each briefing slot (in list order) the shortest of its
 * facts holding the term once, and each fact holding it more often. BM25 falls as a fact gets
 * longer, so these give the same per-briefing maximum as every entry, in a list about as long
 * as the number of briefings instead of the number of facts.
 */
interface Runs {
  slots: Int32Array;
  tfs: Int32Array;
  lengths: Int32Array;
}

/** Posting lists shorter than this are read entry by entry. */
const RUNS_FROM = 256;
/** Entries all cached runs may hold together (12 bytes each); beyond, the cache starts again. */
const RUNS_BUDGET = 4_000_000;

export class InvertedIndex {
  private readonly termIds = new Map<string, number>();
  private readonly postings: (Posting | undefined)[] = [];
  /**
   * Facts by id (undefined once removed). Ids only grow, so id order is the order facts were
   * added in; an array indexed by id costs a fraction of a map's work at 840,000 facts.
   */
  private readonly facts: (Fact | undefined)[] = [];
  private live = 0;
  /**
   * Facts from this id on are in the pool but not yet in the posting lists: a build adds them
   * all first and then makes every posting list at once ({@link settle}).
   */
  private pendingFrom = 0;
  /**
   * After a restore: makes the facts of the briefing in a slot (the engine extracts them and
   * hands them to {@link adopt}); `pending` flags the slots whose facts are not made yet, and
   * `restoredStarts` holds each restored fact's run start in the pool. Until made, a restored
   * fact's place in `facts` is a hole that {@link isLive} still counts as live.
   */
  private make: ((slot: number) => void) | undefined;
  private pending = new Uint8Array(0);
  private restoredStarts = new Int32Array(0);
  private totalLength = 0;
  /** Every fact's term numbers, one run per fact. */
  private pool: Int32Array<ArrayBufferLike> = new Int32Array(1 << 16);
  private used = 0;
  /** Entries of the pool that belong to removed facts. */
  private deadTerms = 0;
  /**
   * Per fact id: the slot of its briefing (-1 once removed) and its number of terms, so that
   * scoring a term's postings per briefing reads two typed arrays instead of fact objects.
   */
  private factSlot = new Int32Array(1 << 16).fill(-1);
  private factLength = new Int32Array(1 << 16);
  /** Briefing id → slot (a small number, reused once the briefing's facts are all removed). */
  private readonly slots = new Map<string, number>();
  /** Per slot: the briefing id and its number of live facts. */
  private slotIds: (string | undefined)[] = [];
  private slotFacts: number[] = [];
  private readonly freeSlots: number[] = [];
  private lastBriefing: string | undefined;
  private lastSlot = -1;
  /** Posting lists with cached runs, and their entries in all. */
  private withRuns: Posting[] = [];
  private runsEntries = 0;

  get size(): number {
    return this.live;
  }

  /** Changes whenever a briefing gets or loses its slot (for caches of slots). */
  get slotGeneration(): number {
    return this.generation;
  }
  private generation = 0;

  /** Number of briefing slots in use or free (the size of a per-slot array). */
  get slotCount(): number {
    return this.slotIds.length;
  }

  /** The slot of a briefing with indexed facts, or undefined. */
  slotOf(briefingId: string): number | undefined {
    return this.slots.get(briefingId);
  }

  /** The briefing id in a slot. */
  slotBriefing(slot: number): string | undefined {
    return this.slotIds[slot];
  }

  /** Notes a new fact's briefing slot and length. */
  private place(fact: Fact, n: number): void {
    const id = fact.id;
    if (id >= this.factSlot.length) {
      let size = this.factSlot.length * 2;
      while (size <= id) size *= 2;
      const slots = new Int32Array(size).fill(-1);
      slots.set(this.factSlot);
      this.factSlot = slots;
      const lengths = new Int32Array(size);
      lengths.set(this.factLength);
      this.factLength = lengths;
    }
    const b = fact.briefing.id;
    // a briefing's facts come one after another: the slot of the last one is usually it
    let slot = b === this.lastBriefing ? this.lastSlot : this.slots.get(b);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.slotIds.length;
      this.slots.set(b, slot);
      this.slotIds[slot] = b;
      this.slotFacts[slot] = 0;
      this.generation++;
    }
    this.slotFacts[slot] = (this.slotFacts[slot] as number) + 1;
    this.lastBriefing = b;
    this.lastSlot = slot;
    this.factSlot[id] = slot;
    this.factLength[id] = n;
  }

  /** Forgets a removed fact's slot (and frees the slot with its briefing's last fact). */
  private unplace(fact: Fact): void {
    const slot = this.factSlot[fact.id] as number;
    this.factSlot[fact.id] = -1;
    if (slot < 0) return;
    const left = (this.slotFacts[slot] as number) - 1;
    this.slotFacts[slot] = left;
    if (left === 0) {
      this.slots.delete(this.slotIds[slot] as string);
      this.slotIds[slot] = undefined;
      this.freeSlots.push(slot);
      this.lastBriefing = undefined;
      this.generation++;
    }
  }

  /** The number of a term, made when the index does not know it yet. */
  internTerm(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postings.length;
      this.termIds.set(term, id);
      this.postings.push(undefined);
    }
    return id;
  }

  /** Term numbers of the fact being added (reused: facts are added one at a time). */
  private scratch = new Int32Array(256);

  /** Indexes a fact by its `terms`, which it then replaces by a run in the shared pool. */
  add(fact: Fact): void {
    const factTerms = fact.terms;
    const n = factTerms.length;
    if (this.scratch.length < n) this.scratch = new Int32Array(n * 2);
    const ids = this.scratch;
    for (let k = 0; k < n; k++) ids[k] = this.internTerm(factTerms[k] as string);
    this.addIds(fact, ids, 0, n);
  }

  /**
   * Indexes a fact by the term numbers `ids[from, from + n)` (see {@link internTerm}), as
   * {@link add} does by its terms: a build that tokenised elsewhere sends numbers, not strings.
   */
  addIds(fact: Fact, termIds: Int32Array, from: number, n: number): void {
    const factId = fact.id;
    if (factId < this.facts.length) throw new Error(`index: fact ${factId} added out of order`);
    // (ids skipped by a failed tokenise stay holes)
    while (this.facts.length < factId) this.facts.push(undefined);
    this.facts.push(fact);
    this.live++;
    this.place(fact, n);
    this.reserve(n);
    const start = this.used;
    const pool = this.pool;
    for (let k = 0; k < n; k++) pool[start + k] = termIds[from + k] as number;
    this.used = start + n;
    fact.termStart = start;
    fact.termCount = n;
    fact.terms = NO_TERMS;
    this.totalLength += n;
  }

  /**
   * Brings the posting lists up to date with the facts added since the last time. Every reader
   * of posting lists calls it first; the engine calls it when a build or an update is done, so
   * that the first question does not pay for it.
   */
  settle(): void {
    if (this.pendingFrom >= this.facts.length) return;
    const from = this.pendingFrom;
    this.pendingFrom = this.facts.length;
    if (this.postingEntries === 0) this.makePostings(from);
    else for (let id = from; id < this.facts.length; id++) this.appendPostings(id);
  }

  /** Posting entries ever made (an empty index makes its lists in one pass). */
  private postingEntries = 0;

  /**
   * Makes every posting list at once from the runs of the facts from `from` on, into an index
   * that has none yet: count each term's facts, then fill one shared pair of typed arrays. The
   * same lists, entry for entry, as appending fact by fact.
   */
  private makePostings(from: number): void {
    const terms = this.postings.length;
    const pool = this.pool;
    const facts = this.facts;
    const starts = new Int32Array(terms + 1);
    // per term, the last fact that counted it: a term repeated in a fact is one entry
    const lastFact = new Int32Array(terms).fill(-1);
    for (let id = from; id < facts.length; id++) {
      const f = facts[id];
      if (f === undefined) continue;
      const end = f.termStart + f.termCount;
      for (let i = f.termStart; i < end; i++) {
        const t = pool[i] as number;
        if (lastFact[t] !== id) {
          lastFact[t] = id;
          starts[t + 1] = (starts[t + 1] as number) + 1;
        }
      }
    }
    // each list gets an eighth more room, so that updates append in place: copying the longest
    // lists (hundreds of thousands of entries) on the first update after a build costs seconds
    const counts = starts.slice(1);
    for (let t = 0; t < terms; t++) {
      const count = counts[t] as number;
      starts[t + 1] = (starts[t] as number) + count + (count >> 3);
    }
    const ids = new Int32Array(starts[terms] as number);
    const tfs = new Int32Array(ids.length);
    const next = starts.slice(0, terms);
    lastFact.fill(-1);
    for (let id = from; id < facts.length; id++) {
      const f = facts[id];
      if (f === undefined) continue;
      const end = f.termStart + f.termCount;
      for (let i = f.termStart; i < end; i++) {
        const t = pool[i] as number;
        if (lastFact[t] === id) {
          const at = (next[t] as number) - 1;
          tfs[at] = (tfs[at] as number) + 1;
        } else {
          lastFact[t] = id;
          const at = next[t] as number;
          ids[at] = id;
          tfs[at] = 1;
          next[t] = at + 1;
        }
      }
    }
    let total = 0;
    for (let t = 0; t < terms; t++) {
      const a = starts[t] as number;
      const z = starts[t + 1] as number;
      const n = counts[t] as number;
      total += n;
      if (n > 0)
        this.postings[t] = {
          ids: ids.subarray(a, z),
          tfs: tfs.subarray(a, z),
          n,
          dead: 0,
          runs: undefined,
        };
    }
    this.postingEntries += total;
  }

  /** Appends one added fact (by id) to the posting lists of its terms. */
  private appendPostings(factId: number): void {
    const fact = this.facts[factId];
    if (fact === undefined) return;
    const pool = this.pool;
    const end = fact.termStart + fact.termCount;
    for (let i = fact.termStart; i < end; i++) {
      const id = pool[i] as number;
      let p = this.postings[id];
      if (p === undefined) {
        p = { ids: new Int32Array(4), tfs: new Int32Array(4), n: 0, dead: 0, runs: undefined };
        this.postings[id] = p;
      }
      p.runs = undefined;
      // facts are added one at a time, so an earlier occurrence can only be the last entry
      const last = p.n - 1;
      if (last >= 0 && p.ids[last] === factId) p.tfs[last] = (p.tfs[last] as number) + 1;
      else {
        if (p.n === p.ids.length) grow(p);
        p.ids[p.n] = factId;
        p.tfs[p.n] = 1;
        p.n++;
        this.postingEntries++;
      }
    }
  }

  /**
   * The index as flat arrays (see {@link IndexState}). Compacts first, so that every run and
   * posting entry belongs to a live fact and the facts' runs follow one another.
   */
  exportState(): IndexState {
    this.makeAll();
    this.settle();
    if (this.deadTerms > 0) this.compactPool();
    const facts = this.liveFacts();
    const termCounts = new Int32Array(facts.length);
    let at = 0;
    for (let k = 0; k < facts.length; k++) {
      const f = facts[k] as Fact;
      if (f.termStart !== at) {
        // runs out of order (a fact replaced earlier): rewrite the pool in fact order
        this.deadTerms = 1;
        this.compactPool();
        return this.exportState();
      }
      termCounts[k] = f.termCount;
      at += f.termCount;
    }
    const terms = [...this.termIds.keys()];
    const postingStarts = new Int32Array(terms.length + 1);
    let entries = 0;
    for (let t = 0; t < this.postings.length; t++) {
      const p = this.postings[t];
      if (p && p.dead > 0) this.compact(p);
      entries += p ? p.n : 0;
    }
    const postingIds = new Int32Array(entries);
    const postingTfs = new Int32Array(entries);
    let e = 0;
    for (let t = 0; t < this.postings.length; t++) {
      postingStarts[t] = e;
      const p = this.postings[t];
      if (!p) continue;
      postingIds.set(p.ids.subarray(0, p.n), e);
      postingTfs.set(p.tfs.subarray(0, p.n), e);
      e += p.n;
    }
    postingStarts[this.postings.length] = e;
    return {
      terms,
      termCounts,
      pool: this.pool.slice(0, this.used),
      postingStarts,
      postingIds,
      postingTfs,
    };
  }

  /**
   * Restores an empty index from a state exported over the same briefings, in the same order:
   * briefing `k` (id `ids[k]`) gets slot `k` and the next `factCounts[k]` fact ids. The facts
   * themselves are made only when first needed: `make(slot)` has the engine extract that
   * briefing's facts and {@link adopt} them (a restart over 10,000 briefings does not make
   * 840,000 fact objects before its first answer). Throws when the state does not fit.
   */
  restore(
    state: IndexState,
    ids: readonly string[],
    factCounts: Int32Array,
    make: (slot: number) => void,
  ): void {
    if (this.facts.length > 0 || this.slotIds.length > 0) {
      throw new Error("restore: the index is not empty");
    }
    const { terms, termCounts, pool, postingStarts, postingIds, postingTfs } = state;
    const total = factCounts.reduce((sum, n) => sum + n, 0);
    if (termCounts.length !== total || ids.length !== factCounts.length) {
      throw new Error("restore: fact count differs");
    }
    if (postingStarts.length !== terms.length + 1) throw new Error("restore: term count differs");
    if (
      postingStarts[terms.length] !== postingIds.length ||
      postingIds.length !== postingTfs.length
    )
      throw new Error("restore: posting arrays differ in length");
    const size = Math.max(1 << 16, total);
    this.factSlot = new Int32Array(size).fill(-1);
    this.factLength = new Int32Array(size);
    this.restoredStarts = new Int32Array(total);
    let at = 0;
    let id = 0;
    for (let slot = 0; slot < ids.length; slot++) {
      const n = factCounts[slot] as number;
      this.slots.set(ids[slot] as string, slot);
      this.slotIds[slot] = ids[slot];
      this.slotFacts[slot] = n;
      for (let end = id + n; id < end; id++) {
        const length = termCounts[id] as number;
        this.factSlot[id] = slot;
        this.factLength[id] = length;
        this.restoredStarts[id] = at;
        at += length;
      }
    }
    if (at !== pool.length) throw new Error("restore: term pool length differs");
    this.generation++;
    this.pending = new Uint8Array(ids.length).fill(1);
    this.make = make;
    this.live = total;
    for (let t = 0; t < terms.length; t++) {
      this.termIds.set(terms[t] as string, t);
      const from = postingStarts[t] as number;
      const to = postingStarts[t + 1] as number;
      this.postings.push(
        to > from
          ? {
              ids: postingIds.subarray(from, to),
              tfs: postingTfs.subarray(from, to),
              n: to - from,
              dead: 0,
              runs: undefined,
            }
          : undefined,
      );
    }
    this.pool = pool;
    this.used = at;
    this.totalLength = at;
    this.deadTerms = 0;
    // restored facts are holes in `facts` until made; facts added later follow them
    for (let k = 0; k < total; k++) this.facts.push(undefined);
    this.pendingFrom = this.facts.length;
    this.postingEntries = postingIds.length;
  }

  /**
   * Takes in a restored briefing's facts, made by the engine with the ids the restore gave them
   * (in order): each gets its run in the pool. Throws when they are not the facts restored.
   */
  adopt(facts: readonly Fact[]): void {
    const first = facts[0];
    if (!first) return;
    const slot = this.factSlot[first.id] as number;
    if (slot < 0 || this.pending[slot] !== 1 || facts.length !== this.slotFacts[slot]) {
      throw new Error("restore: the facts made do not fit the snapshot");
    }
    for (const f of facts) {
      if (this.factSlot[f.id] !== slot) throw new Error("restore: a fact id does not fit");
      f.termStart = this.restoredStarts[f.id] as number;
      f.termCount = this.factLength[f.id] as number;
      f.terms = NO_TERMS;
      this.facts[f.id] = f;
    }
    this.pending[slot] = 0;
  }

  /** The live fact with this id, made first when it was restored and not needed until now. */
  private factOf(id: number): Fact | undefined {
    const fact = this.facts[id];
    if (fact !== undefined || !this.make) return fact;
    const slot = this.factSlot[id];
    if (slot === undefined || slot < 0 || this.pending[slot] !== 1) return undefined;
    this.make(slot);
    return this.facts[id];
  }

  /** Restored briefings below this slot have been offered to `make` by {@link makePending}. */
  private pendingCursor = 0;

  /**
   * Makes the facts of up to `count` restored briefings whose facts are not made yet; false
   * once none are left (a server finishes a restore this way while it waits for questions).
   */
  makePending(count: number): boolean {
    const make = this.make;
    if (!make) return false;
    for (let made = 0; this.pendingCursor < this.pending.length && made < count; ) {
      const slot = this.pendingCursor++;
      if (this.pending[slot] !== 1) continue;
      make(slot);
      made++;
    }
    if (this.pendingCursor < this.pending.length) return true;
    this.make = undefined;
    return false;
  }

  /** Makes every restored fact not made yet (before the pool is rewritten or exported). */
  private makeAll(): void {
    const make = this.make;
    if (!make) return;
    for (let slot = 0; slot < this.pending.length; slot++) {
      if (this.pending[slot] === 1) make(slot);
    }
    this.make = undefined;
  }

  /** Whether a fact id is indexed and not removed (made or not). */
  private isLive(id: number): boolean {
    return id < this.factSlot.length && (this.factSlot[id] as number) >= 0;
  }

  remove(fact: Fact): void {
    if (this.facts[fact.id] !== fact) return;
    this.settle();
    this.facts[fact.id] = undefined;
    this.live--;
    this.unplace(fact);
    this.totalLength -= fact.termCount;
    this.deadTerms += fact.termCount;
    const seen = new Set<number>();
    for (let i = fact.termStart; i < fact.termStart + fact.termCount; i++) {
      const id = this.pool[i] as number;
      if (seen.has(id)) continue;
      seen.add(id);
      const p = this.postings[id];
      if (!p) continue;
      p.dead++;
      p.runs = undefined;
      if (p.dead === p.n) this.postings[id] = undefined;
    }
    if (this.deadTerms > 1 << 20 && this.deadTerms * 2 > this.used) this.compactPool();
  }

  private reserve(n: number): void {
    if (this.used + n <= this.pool.length) return;
    let size = this.pool.length * 2;
    while (size < this.used + n) size *= 2;
    const bigger = new Int32Array(size);
    bigger.set(this.pool.subarray(0, this.used));
    this.pool = bigger;
  }

  /** Changes whenever facts' runs move in the pool (for caches of `termStart`). */
  get poolGeneration(): number {
    return this.poolMoves;
  }
  private poolMoves = 0;

  /** Drops the runs of removed facts (rare: only after many updates). */
  private compactPool(): void {
    this.makeAll();
    this.poolMoves++;
    const next = new Int32Array(Math.max(1 << 16, (this.used - this.deadTerms) * 2));
    let at = 0;
    for (const fact of this.liveFacts()) {
      next.set(this.pool.subarray(fact.termStart, fact.termStart + fact.termCount), at);
      fact.termStart = at;
      at += fact.termCount;
    }
    this.pool = next;
    this.used = at;
    this.deadTerms = 0;
  }

  /** The facts not removed, in the order they were added. */
  private liveFacts(): Fact[] {
    const out: Fact[] = [];
    for (const f of this.facts) if (f !== undefined) out.push(f);
    return out;
  }

  private posting(term: string): Posting | undefined {
    this.settle();
    const id = this.termIds.get(term);
    return id === undefined ? undefined : this.postings[id];
  }

  /** Number of facts containing the term. */
  df(term: string): number {
    const p = this.posting(term);
    return p ? p.n - p.dead : 0;
  }

  has(term: string): boolean {
    return this.df(term) > 0;
  }

  idf(term: string): number {
    const n = this.live;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Whether `test` holds for one of the term's facts, read in posting order and stopping at the
   * first that does (a question's checks need one fact, not the whole list of a common term).
   */
  somePosting(term: string, test: (fact: Fact) => boolean): boolean {
    const p = this.posting(term);
    if (!p) return false;
    if (p.dead > 0 && p.dead * 4 > p.n) this.compact(p);
    for (let i = 0; i < p.n; i++) {
      const fact = this.factOf(p.ids[i] as number);
      if (fact && test(fact)) return true;
    }
    return false;
  }

  /** Calls `visit(fact, bm25)` for every fact containing the term. */
  forEachPosting(term: string, visit: (fact: Fact, score: number) => void): void {
    const p = this.posting(term);
    if (!p) return;
    if (p.dead > 0 && p.dead * 4 > p.n) this.compact(p);
    const idf = this.idf(term);
    const avg = this.totalLength / Math.max(1, this.live);
    for (let i = 0; i < p.n; i++) {
      const fact = this.factOf(p.ids[i] as number);
      if (!fact) continue;
      const tf = p.tfs[i] as number;
      const norm = tf + K1 * (1 - B + (B * fact.termCount) / avg);
      visit(fact, (idf * tf * (K1 + 1)) / norm);
    }
  }

  /**
   * Per briefing slot, the best `weight` × BM25 of the term in one of the briefing's facts:
   * raises `best[slot]` (the same number {@link forEachPosting} gives, times the weight), for
   * slots `allow` flags (every slot when undefined), and adds each slot raised to `touched`.
   * One pass over the posting list with typed arrays: no fact objects, no maps.
   */
  bestPerBriefing(
    term: string,
    weight: number,
    best: Float64Array,
    allow: Uint8Array | undefined,
    touched: SlotList,
  ): void {
    const p = this.posting(term);
    if (!p) return;
    if (p.dead > 0 && p.dead * 4 > p.n) this.compact(p);
    const idf = this.idf(term);
    const avg = this.totalLength / Math.max(1, this.live);
    if (p.n >= RUNS_FROM) {
      const { slots, tfs, lengths } = this.runsOf(p);
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i] as number;
        if (allow !== undefined && allow[slot] !== 1) continue;
        const tf = tfs[i] as number;
        const norm = tf + K1 * (1 - B + (B * (lengths[i] as number)) / avg);
        const s = weight * ((idf * tf * (K1 + 1)) / norm);
        if ((best[slot] as number) < s) {
          best[slot] = s;
          touched.add(slot);
        }
      }
      return;
    }
    const { ids, tfs, n } = p;
    const factSlot = this.factSlot;
    const factLength = this.factLength;
    for (let i = 0; i < n; i++) {
      const id = ids[i] as number;
      const slot = factSlot[id] as number;
      if (slot < 0 || (allow !== undefined && allow[slot] !== 1)) continue;
      const tf = tfs[i] as number;
      const norm = tf + K1 * (1 - B + (B * (factLength[id] as number)) / avg);
      const s = weight * ((idf * tf * (K1 + 1)) / norm);
      if ((best[slot] as number) < s) {
        best[slot] = s;
        touched.add(slot);
      }
    }
  }

  /** The posting list per briefing (see {@link Runs}), cached until the list changes. */
  private runsOf(p: Posting): Runs {
    if (p.runs) return p.runs;
    const { ids, tfs, n: entries } = p;
    const factSlot = this.factSlot;
    const factLength = this.factLength;
    // at most one entry per posting: fill typed arrays of that size, then keep what was used
    const outSlots = new Int32Array(entries);
    const outTfs = new Int32Array(entries);
    const outLengths = new Int32Array(entries);
    let n = 0;
    let current = -1;
    let shortest = -1;
    for (let i = 0; i < entries; i++) {
      const id = ids[i] as number;
      const slot = factSlot[id] as number;
      if (slot < 0) continue;
      if (slot !== current) {
        if (shortest >= 0) {
          outSlots[n] = current;
          outTfs[n] = 1;
          outLengths[n++] = shortest;
        }
        current = slot;
        shortest = -1;
      }
      const tf = tfs[i] as number;
      const length = factLength[id] as number;
      if (tf !== 1) {
        outSlots[n] = slot;
        outTfs[n] = tf;
        outLengths[n++] = length;
      } else if (shortest < 0 || length < shortest) shortest = length;
    }
    if (shortest >= 0) {
      outSlots[n] = current;
      outTfs[n] = 1;
      outLengths[n++] = shortest;
    }
    const runs: Runs = {
      slots: outSlots.slice(0, n),
      tfs: outTfs.slice(0, n),
      lengths: outLengths.slice(0, n),
    };
    if (this.runsEntries + n > RUNS_BUDGET) {
      // a bound on memory however many different words are asked about
      for (const q of this.withRuns) q.runs = undefined;
      this.withRuns = [];
      this.runsEntries = 0;
    }
    p.runs = runs;
    this.withRuns.push(p);
    this.runsEntries += n;
    return runs;
  }

  /** The number of a term, or undefined when no fact ever had it. */
  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** The term numbers of the fact whose run starts at `start` (`count` terms), as a view. */
  termsAt(start: number, count: number): Int32Array {
    return this.pool.subarray(start, start + count);
  }

  /** BM25 of one term in one fact (0 when absent). */
  score(term: string, fact: Fact): number {
    const id = this.termIds.get(term);
    if (id === undefined) return 0;
    let tf = 0;
    const end = fact.termStart + fact.termCount;
    for (let i = fact.termStart; i < end; i++) if (this.pool[i] === id) tf++;
    if (tf === 0) return 0;
    const avg = this.totalLength / Math.max(1, this.live);
    const norm = tf + K1 * (1 - B + (B * fact.termCount) / avg);
    return (this.idf(term) * tf * (K1 + 1)) / norm;
  }

  private compact(p: Posting): void {
    let live = 0;
    for (let i = 0; i < p.n; i++) if (this.isLive(p.ids[i] as number)) live++;
    const ids = new Int32Array(Math.max(4, live));
    const tfs = new Int32Array(ids.length);
    let n = 0;
    for (let i = 0; i < p.n; i++) {
      const id = p.ids[i] as number;
      if (this.isLive(id)) {
        ids[n] = id;
        tfs[n++] = p.tfs[i] as number;
      }
    }
    p.ids = ids;
    p.tfs = tfs;
    p.n = n;
    p.dead = 0;
  }
}

/** Gives a posting list its own buffers with room for as many entries again. */
function grow(p: Posting): void {
  const size = Math.max(4, p.n * 2);
  const ids = new Int32Array(size);
  ids.set(p.ids.subarray(0, p.n));
  const tfs = new Int32Array(size);
  tfs.set(p.tfs.subarray(0, p.n));
  p.ids = ids;
  p.tfs = tfs;
}
