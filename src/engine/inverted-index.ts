// An inverted index over facts with BM25 weights, updated incrementally: adding a briefing appends
// to posting arrays, removing one only forgets its facts (dead postings are compacted lazily).
import type { Fact } from "./facts.ts";

const K1 = 1.2;
const B = 0.75;

interface Posting {
  ids: number[];
  tfs: number[];
  /** Entries whose fact was removed, not yet compacted away. */
  dead: number;
}

export class InvertedIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly facts = new Map<number, Fact>();
  private totalLength = 0;

  get size(): number {
    return this.facts.size;
  }

  add(fact: Fact): void {
    this.facts.set(fact.id, fact);
    this.totalLength += fact.terms.length;
    // one pass, no per-fact map: a repeated term in the same fact bumps the last entry's tf
    for (const term of fact.terms) {
      let p = this.postings.get(term);
      if (!p) {
        p = { ids: [], tfs: [], dead: 0 };
        this.postings.set(term, p);
      }
      const last = p.ids.length - 1;
      if (last >= 0 && p.ids[last] === fact.id) p.tfs[last] = (p.tfs[last] as number) + 1;
      else {
        // facts are added one at a time, so an earlier occurrence can only be the last entry
        p.ids.push(fact.id);
        p.tfs.push(1);
      }
    }
  }

  remove(fact: Fact): void {
    if (!this.facts.delete(fact.id)) return;
    this.totalLength -= fact.terms.length;
    for (const term of new Set(fact.terms)) {
      const p = this.postings.get(term);
      if (!p) continue;
      p.dead++;
      if (p.dead === p.ids.length) this.postings.delete(term);
    }
  }

  /** Number of facts containing the term. */
  df(term: string): number {
    const p = this.postings.get(term);
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
    const p = this.postings.get(term);
    if (!p) return;
    if (p.dead > 0 && p.dead * 4 > p.ids.length) this.compact(p);
    const idf = this.idf(term);
    const avg = this.totalLength / Math.max(1, this.facts.size);
    for (let i = 0; i < p.ids.length; i++) {
      const fact = this.facts.get(p.ids[i] as number);
      if (!fact) continue;
      const tf = p.tfs[i] as number;
      const norm = tf + K1 * (1 - B + (B * fact.terms.length) / avg);
      visit(fact, (idf * tf * (K1 + 1)) / norm);
    }
  }

  /** BM25 of one term in one fact (0 when absent). */
  score(term: string, fact: Fact): number {
    let tf = 0;
    for (const t of fact.terms) if (t === term) tf++;
    if (tf === 0) return 0;
    const avg = this.totalLength / Math.max(1, this.facts.size);
    const norm = tf + K1 * (1 - B + (B * fact.terms.length) / avg);
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
