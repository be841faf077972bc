// Typo-tolerant lookup of a word in a vocabulary, fast because only a candidate set is compared:
// words with the same first letter and a similar length, and words that sound alike when the
// first letters differ (Kh/Ch/H, C/K, W/V, J/Y, Ph/F), through a transliteration-normalised key.
import { editDistance } from "./edit-distance.ts";

/** How many typos a word of this length may carry and still be recognised. */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0; // "Iran" must not become "Iraq"
  if (length <= 7) return 1;
  return 2;
}

/** Words this long or longer are compared by sound too when the first letter is right. */
const SAME_LETTER_MIN = 7;

function bucketKey(word: string, length: number): number {
  return word.charCodeAt(0) * 1024 + Math.min(length, 1023);
}

/**
 * A rough sound key: diacritics stripped, transliteration variants folded (tsch, tch → ch; kh, ch
 * → h; z → s; ph → f; an h after b, d, g, j, l, m, n, r dropped; w → v; ee → i, a final ew → u;
 * y, j → i; c, q → k), doubled letters single. "Chrushchenko" and "Khrushchenko" share it.
 */
export function soundKey(word: string): string {
  return (
    word
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      // German and English spellings of one sound: "Sachartschenko", "Zakharchenko"
      .replace(/t?sch|tch/g, "ch")
      .replace(/[kc]h/g, "h")
      .replace(/z/g, "s")
      // "Vajpayee" and "Vajpayi", "Getachew" and "Getachu"
      .replace(/ee/g, "i")
      .replace(/ew$/g, "u")
      .replace(/ph/g, "f")
      // an "h" after a consonant that makes no sound with it moves about in transliterations:
      // "Gandhi" and "Ghandi", "Bhutto" and "Butto"
      .replace(/([bdgjlmnr])h/g, "$1")
      .replace(/w/g, "v")
      .replace(/[yj]/g, "i")
      .replace(/[cq]/g, "k")
      .replace(/(.)\1+/g, "$1")
  );
}

/** Bucket of a sound key without its first letter: a wrong first letter keeps the rest. */
function tailKey(key: string): string {
  return `${key.slice(1, 3)}|${key.length}`;
}

/** A multiset of words with typo-tolerant lookup; words can be added and removed incrementally. */
export class FuzzyVocabulary {
  private readonly counts = new Map<string, number>();
  /** first letter and length (as one number) → words */
  private readonly buckets = new Map<number, Set<string>>();
  /** sound key's second and third letters and length → words (for a misspelt first letter) */
  private readonly tails = new Map<string, Set<string>>();

  add(word: string): void {
    const n = this.counts.get(word) ?? 0;
    this.counts.set(word, n + 1);
    if (n === 0) this.index(word);
  }

  /** Every word with its count, in the order they were first added. */
  entries(): IterableIterator<[string, number]> {
    return this.counts.entries();
  }

  /** Adds a word `n` times at once (a restore from {@link entries}). */
  addCount(word: string, n: number): void {
    const had = this.counts.get(word) ?? 0;
    this.counts.set(word, had + n);
    if (had === 0) this.index(word);
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
    const tail = tailKey(soundKey(word));
    const set = this.tails.get(tail);
    set?.delete(word);
    if (set?.size === 0) this.tails.delete(tail);
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /**
   * Known words of at least 6 letters that begin with `prefix` and are at most `extra` letters
   * longer ("farm" → "farmland", "farmers"), most frequent first; looks only at the few buckets
   * of that first letter and those lengths.
   */
  extensions(prefix: string, extra = 6): string[] {
    if (prefix.length < 4) return [];
    const found: string[] = [];
    for (let len = Math.max(prefix.length + 1, 6); len <= prefix.length + extra; len++) {
      for (const w of this.buckets.get(bucketKey(prefix, len)) ?? []) {
        if (w.startsWith(prefix)) found.push(w);
      }
    }
    return found.sort((a, b) => this.count(b) - this.count(a));
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
    return best ?? this.soundAlike(word, max);
  }

  /**
   * A known word whose sound key is within the allowed typos of the word's, when the first
   * letters differ ("chrushchenko" → "khrushchenko"); compared by key, so "ph"/"f" costs nothing.
   */
  private soundAlike(word: string, max: number): string | undefined {
    const key = soundKey(word);
    if (key.length < 5) return undefined;
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestCount = 0;
    for (let len = key.length - 1; len <= key.length + 1; len++) {
      // the key's first letter is the one in doubt: look up by the letters after it
      for (const shift of [0, 1, -1]) {
        const tail =
          shift === 0 ? key.slice(1, 3) : shift === 1 ? key.slice(2, 4) : `${key[0]}${key[1]}`;
        const bucket = this.tails.get(`${tail}|${len}`);
        if (!bucket) continue;
        for (const candidate of bucket) {
          // a word of the same first letter was compared letter by letter already; by sound it
          // may be nearer still ("vajpayi" → "vajpayee"), or, when short, sound the same
          // ("ghandi" → "gandhi")
          if (candidate.length < 5) continue;
          const other = soundKey(candidate);
          if (candidate[0] === word[0] && word.length < SAME_LETTER_MIN && other !== key) continue;
          // a first letter that differs even by sound costs a typo of the allowance
          const allowed = other[0] === key[0] ? max : max - 1;
          const d = editDistance(key, other, allowed);
          if (d > allowed) continue;
          const c = this.counts.get(candidate) ?? 0;
          if (d < bestDistance || (d === bestDistance && c > bestCount)) {
            best = candidate;
            bestDistance = d;
            bestCount = c;
          }
        }
      }
    }
    return best;
  }

  private index(word: string): void {
    this.bucket(word, true)?.add(word);
    const tail = tailKey(soundKey(word));
    let set = this.tails.get(tail);
    if (!set) {
      set = new Set();
      this.tails.set(tail, set);
    }
    set.add(word);
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
