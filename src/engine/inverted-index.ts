// An inverted index over facts with BM25 weights, updated incrementally: adding a briefing appends
// to posting arrays, removing one only forgets its facts (dead postings are compacted lazily).
// Terms are interned to numbers, and every fact's term numbers live in one shared Int32Array
// (a fact keeps only where its run starts and how long it is): at 10,000 briefings that saves
// hundreds of megabytes and most of the garbage collector's work.
import type { Fact } from "./facts.ts";

const K1 = 1.2;
const B = 0.75;
const NO_TERMS: string[] = [];

interface Posting {
  ids: number[];
  tfs: number[];
  /** Entries whose fact was removed, not yet compacted away. */
  dead: number;
}

export class InvertedIndex {
  private readonly termIds = new Map<string, number>();
  private readonly postings: (Posting | undefined)[] = [];
  private readonly facts = new Map<number, Fact>();
  private totalLength = 0;
  /** Every fact's term numbers, one run per fact. */
  private pool = new Int32Array(1 << 16);
  private used = 0;
  /** Entries of the pool that belong to removed facts. */
  private deadTerms = 0;

  get size(): number {
    return this.facts.size;
  }

  /** Indexes a fact by its `terms`, which it then replaces by a run in the shared pool. */
  add(fact: Fact): void {
    this.facts.set(fact.id, fact);
    const n = fact.terms.length;
    this.reserve(n);
    const start = this.used;
    let i = start;
    for (const term of fact.terms) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.postings.length;
        this.termIds.set(term, id);
        this.postings.push(undefined);
      }
      this.pool[i++] = id;
      let p = this.postings[id];
      if (!p) {
        p = { ids: [], tfs: [], dead: 0 };
        this.postings[id] = p;
      }
      // facts are added one at a time, so an earlier occurrence can only be the last entry
      const last = p.ids.length - 1;
      if (last >= 0 && p.ids[last] === fact.id) p.tfs[last] = (p.tfs[last] as number) + 1;
      else {
        p.ids.push(fact.id);
        p.tfs.push(1);
      }
    }
    this.used = i;
    fact.termStart = start;
    fact.termCount = n;
    fact.terms = NO_TERMS;
    this.totalLength += n;
  }

  remove(fact: Fact): void {
    if (!this.facts.delete(fact.id)) return;
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
      if (p.dead === p.ids.length) this.postings[id] = undefined;
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

  /** Drops the runs of removed facts (rare: only after many updates). */
  private compactPool(): void {
    const next = new Int32Array(Math.max(1 << 16, (this.used - this.deadTerms) * 2));
    let at = 0;
    for (const fact of this.facts.values()) {
      next.set(this.pool.subarray(fact.termStart, fact.termStart + fact.termCount), at);
      fact.termStart = at;
      at += fact.termCount;
    }
    this.pool = next;
    this.used = at;
    this.deadTerms = 0;
  }

  private posting(term: string): Posting | undefined {
    const id = this.termIds.get(term);
    return id === undefined ? undefined : this.postings[id];
  }

  /** Number of facts containing the term. */
  df(term: string): number {
    const p = this.posting(term);
    return p ? p.ids.length - p.dead : 0;
  }

  has(term: string): boolean {
    return this.df(term) > 0;
  }

  idf(term: string): number {
    const n = this.facts.size;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Calls `visit(fact, bm25)` for every fact containing the term. */
  forEachPosting(term: string, visit: (fact: Fact, score: number) => void): void {
    const p = this.posting(term);
    if (!p) return;
    if (p.dead > 0 && p.dead * 4 > p.ids.length) this.compact(p);
    const idf = this.idf(term);
    const avg = this.totalLength / Math.max(1, this.facts.size);
    for (let i = 0; i < p.ids.length; i++) {
      const fact = this.facts.get(p.ids[i] as number);
      if (!fact) continue;
      const tf = p.tfs[i] as number;
      const norm = tf + K1 * (1 - B + (B * fact.termCount) / avg);
      visit(fact, (idf * tf * (K1 + 1)) / norm);
    }
  }

  /** BM25 of one term in one fact (0 when absent). */
  score(term: string, fact: Fact): number {
    const id = this.termIds.get(term);
    if (id === undefined) return 0;
    let tf = 0;
    const end = fact.termStart + fact.termCount;
    for (let i = fact.termStart; i < end; i++) if (this.pool[i] === id) tf++;
    if (tf === 0) return 0;
    const avg = this.totalLength / Math.max(1, this.facts.size);
    const norm = tf + K1 * (1 - B + (B * fact.termCount) / avg);
    return (this.idf(term) * tf * (K1 + 1)) / norm;
  }

  private compact(p: Posting): void {
    const ids: number[] = [];
    const tfs: number[] = [];
    for (let i = 0; i < p.ids.length; i++) {
      const id = p.ids[i] as number;
      if (this.facts.has(id)) {
        ids.push(id);
        tfs.push(p.tfs[i] as number);
      }
    }
    p.ids = ids;
    p.tfs = tfs;
    p.dead = 0;
  }
}
