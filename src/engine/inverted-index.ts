// An inverted index over facts with BM25 weights, updated incrementally (add or remove one
// briefing's facts without touching the rest).
import type { Fact } from "./facts.ts";

const K1 = 1.2;
const B = 0.75;

export class InvertedIndex {
  /** term → fact id → term frequency */
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly facts = new Map<number, Fact>();
  private totalLength = 0;

  get size(): number {
    return this.facts.size;
  }

  fact(id: number): Fact | undefined {
    return this.facts.get(id);
  }

  add(fact: Fact): void {
    this.facts.set(fact.id, fact);
    this.totalLength += fact.terms.length;
    for (const term of fact.terms) {
      let list = this.postings.get(term);
      if (!list) {
        list = new Map();
        this.postings.set(term, list);
      }
      list.set(fact.id, (list.get(fact.id) ?? 0) + 1);
    }
  }

  remove(fact: Fact): void {
    if (!this.facts.delete(fact.id)) return;
    this.totalLength -= fact.terms.length;
    for (const term of fact.terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      list.delete(fact.id);
      if (list.size === 0) this.postings.delete(term);
    }
  }

  /** Number of facts containing the term. */
  df(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  idf(term: string): number {
    const n = this.facts.size;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Calls `visit(fact, bm25)` for every fact containing the term. */
  forEachPosting(term: string, visit: (fact: Fact, score: number) => void): void {
    const list = this.postings.get(term);
    if (!list) return;
    const idf = this.idf(term);
    const avg = this.totalLength / Math.max(1, this.facts.size);
    for (const [id, tf] of list) {
      const fact = this.facts.get(id);
      if (!fact) continue;
      const norm = tf + K1 * (1 - B + (B * fact.terms.length) / avg);
      visit(fact, (idf * tf * (K1 + 1)) / norm);
    }
  }

  /** BM25 of one term in one fact (0 when absent). */
  score(term: string, fact: Fact): number {
    const tf = this.postings.get(term)?.get(fact.id);
    if (!tf) return 0;
    const avg = this.totalLength / Math.max(1, this.facts.size);
    const norm = tf + K1 * (1 - B + (B * fact.terms.length) / avg);
    return (this.idf(term) * tf * (K1 + 1)) / norm;
  }
}
