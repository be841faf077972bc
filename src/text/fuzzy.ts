// Typo-tolerant lookup of a word in a vocabulary, fast because only a candidate set is compared:
// words with the same first letter and a similar length (a misspelt first letter is rare).

/** Optimal string alignment distance (edits, with adjacent transpositions), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}

/** How many typos a word of this length may carry and still be recognised. */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0; // "Iran" must not become "Iraq"
  if (length <= 7) return 1;
  return 2;
}

function bucketKey(word: string, length: number): number {
  return word.charCodeAt(0) * 1024 + Math.min(length, 1023);
}

/** A multiset of words with typo-tolerant lookup; words can be added and removed incrementally. */
export class FuzzyVocabulary {
  private readonly counts = new Map<string, number>();
  /** first letter and length (as one number) → words */
  private readonly buckets = new Map<number, Set<string>>();

  add(word: string): void {
    const n = this.counts.get(word) ?? 0;
    this.counts.set(word, n + 1);
    if (n === 0) this.bucket(word, true)?.add(word);
  }

  /** Every word with its count, in the order they were first added. */
  entries(): IterableIterator<[string, number]> {
    return this.counts.entries();
  }

  /** Adds a word `n` times at once (a restore from {@link entries}). */
  addCount(word: string, n: number): void {
    const had = this.counts.get(word) ?? 0;
    this.counts.set(word, had + n);
    if (had === 0) this.bucket(word, true)?.add(word);
  }

  remove(word: string): void {
    const n = this.counts.get(word);
    if (n === undefined) return;
    if (n > 1) {
      this.counts.set(word, n - 1);
      return;
    }
    this.counts.delete(word);
    this.bucket(word, false)?.delete(word);
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /** The closest known word within the allowed typos (ties: the more frequent), or undefined. */
  closest(word: string): string | undefined {
    const max = allowedTypos(word.length);
    if (max === 0 || /\d/.test(word)) return undefined;
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestCount = 0;
    for (let len = word.length - max; len <= word.length + max; len++) {
      const bucket = this.buckets.get(bucketKey(word, len));
      if (!bucket) continue;
      for (const candidate of bucket) {
        if (candidate.length < 4) continue; // too short to tell a typo from another word
        const d = editDistance(word, candidate, max);
        if (d > max) continue;
        const c = this.counts.get(candidate) ?? 0;
        if (d < bestDistance || (d === bestDistance && c > bestCount)) {
          best = candidate;
          bestDistance = d;
          bestCount = c;
        }
      }
    }
    return best;
  }

  private bucket(word: string, create: boolean): Set<string> | undefined {
    const key = bucketKey(word, word.length);
    let set = this.buckets.get(key);
    if (!set && create) {
      set = new Set();
      this.buckets.set(key, set);
    }
    return set;
  }
}
