// An inverted index over facts with BM25 weights, updated incrementally: adding a briefing appends
// to posting arrays, removing one only forgets its facts (dead postings are compacted lazily).
// Terms are interned to numbers and a fact keeps its terms as an Int32Array: less memory, and
// far less for the garbage collector to trace at 10,000 briefings.
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

  get size(): number {
    return this.facts.size;
  }

  /** Indexes a fact by its `terms`, which it then replaces by `termIds`. */
  add(fact: Fact): void {
    this.facts.set(fact.id, fact);
    const ids = new Int32Array(fact.terms.length);
    let i = 0;
    for (const term of fact.terms) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.postings.length;
        this.termIds.set(term, id);
        this.postings.push(undefined);
      }
      ids[i++] = id;
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
    fact.termIds = ids;
    fact.terms = NO_TERMS;
    this.totalLength += ids.length;
  }

  remove(fact: Fact): void {
    if (!this.facts.delete(fact.id)) return;
    this.totalLength -= fact.termIds.length;
    for (const id of new Set(fact.termIds)) {
      const p = this.postings[id];
      if (!p) continue;
      p.dead++;
      if (p.dead === p.ids.length) this.postings[id] = undefined;
    }
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
      const norm = tf + K1 * (1 - B + (B * fact.termIds.length) / avg);
      visit(fact, (idf * tf * (K1 + 1)) / norm);
    }
  }

  /** BM25 of one term in one fact (0 when absent). */
  score(term: string, fact: Fact): number {
    const id = this.termIds.get(term);
    if (id === undefined) return 0;
    let tf = 0;
    for (const t of fact.termIds) if (t === id) tf++;
    if (tf === 0) return 0;
    const avg = this.totalLength / Math.max(1, this.facts.size);
    const norm = tf + K1 * (1 - B + (B * fact.termIds.length) / avg);
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
