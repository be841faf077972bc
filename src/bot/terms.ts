// A small term index for the bot's briefing lookups (list filters, show suggestions, autocomplete):
// words typed are matched against the distinct terms of the briefings (exactly, as a part, or
// with a typo or two), never against every briefing's text, and fuzzy matching has a work budget,
// so a lookup's cost stays bounded whatever is typed and however many briefings there are.

const NOT_ASCII = /[^ -~\t\n\r]/;

/** Lower case, accents removed: `Genève` → `geneve`. */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  return NOT_ASCII.test(lower) ? lower.normalize("NFKD").replace(/\p{M}+/gu, "") : lower;
}

/** The terms of a text: runs of letters and digits, normalised. */
export function termsOf(text: string): string[] {
  const lower = normalise(text);
  const parts = NOT_ASCII.test(lower) ? lower.split(/[^\p{L}\p{N}]+/u) : lower.split(/[^a-z0-9]+/);
  return parts.filter(Boolean);
}

/** Words longer than this are matched exactly (as a part of a term) only, never fuzzily. */
export const MAX_FUZZY_WORD = 32;

/** Edit-distance cells (word length × term length) one lookup may compute before it stops fuzzing. */
export const FUZZY_BUDGET = 400_000;

/** Typos tolerated in a word of this length: none under 4 letters, 1 up to 7, then 2. */
export function typosFor(length: number): number {
  if (length < 4 || length > MAX_FUZZY_WORD) return 0;
  return length < 8 ? 1 : 2;
}

/** How well a term matches a word: 1 equal, then starts with, contains, and with typos. */
export const QUALITY = { equal: 1, prefix: 0.85, part: 0.7, typo: 0.5 } as const;

/** A shared budget of edit-distance work, so many words together stay bounded too. */
export interface Budget {
  cells: number;
}

/** What carries a term: the items, and each one's weight (its best field), in step. */
export interface Carriers<T> {
  items: T[];
  weights: number[];
}

/** A term that matches a word: how well, and what carries it. */
export interface TermMatch<T> {
  term: string;
  quality: number;
  carriers: Carriers<T>;
}

/** An index from terms to what carries them, with a weight per carrier. */
export class TermIndex<T> {
  readonly #postings = new Map<string, Carriers<T>>();
  #terms: string[] | undefined;
  #masks: Int32Array | undefined;

  /** Records that `item` carries `term` with `weight`; once per term and item. */
  add(term: string, item: T, weight = 1): void {
    let carriers = this.#postings.get(term);
    if (!carriers) {
      carriers = { items: [], weights: [] };
      this.#postings.set(term, carriers);
      this.#terms = undefined;
    }
    carriers.items.push(item);
    carriers.weights.push(weight);
  }

  get size(): number {
    return this.#postings.size;
  }

  /** Prepares the list of terms that lookups scan (done once after the last `add`). */
  freeze(): void {
    this.#scanList();
  }

  /**
   * Every term that matches `word`, with the match quality and the term's carriers. Words under 3
   * characters match terms that start with them; longer ones also match inside a term; from 4
   * characters, terms within {@link typosFor} edits of (a part of) the term match too, while
   * `budget` lasts.
   */
  lookup(word: string, budget: Budget): TermMatch<T>[] {
    const found: TermMatch<T>[] = [];
    const exact = this.#postings.get(word);
    if (exact) found.push({ term: word, quality: QUALITY.equal, carriers: exact });
    const { terms, masks } = this.#scanList();
    const typos = typosFor(word.length);
    const wordMask = letterMask(word);
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as string;
      if (term === word) continue;
      let quality = 0;
      if (term.startsWith(word)) quality = QUALITY.prefix;
      else if (word.length >= 3 && term.includes(word)) quality = QUALITY.part;
      else if (
        typos > 0 &&
        term.length >= word.length - typos &&
        missingLetters(wordMask, masks[i] as number) <= typos &&
        budget.cells > 0
      ) {
        budget.cells -= word.length * term.length;
        if (withinEdits(word, term, typos)) quality = QUALITY.typo;
      }
      if (quality > 0) {
        const carriers = this.#postings.get(term);
        if (carriers) found.push({ term, quality, carriers });
      }
    }
    return found;
  }

  #scanList(): { terms: string[]; masks: Int32Array } {
    if (!this.#terms || !this.#masks) {
      this.#terms = [...this.#postings.keys()];
      this.#masks = Int32Array.from(this.#terms, letterMask);
    }
    return { terms: this.#terms, masks: this.#masks };
  }
}

/** One bit per letter a–z, and one for anything else. */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 97;
    mask |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
  }
  return mask;
}

/** How many different letters of the word the term lacks: each costs at least one edit. */
function missingLetters(wordMask: number, termMask: number): number {
  let missing = wordMask & ~termMask;
  let count = 0;
  while (missing) {
    missing &= missing - 1;
    count++;
  }
  return count;
}

/**
 * Whether `word` is within `k` edits (insertions, deletions, substitutions) of some part of
 * `term` (Sellers' algorithm: the match may start and end anywhere in the term), in
 * O(|word|·|term|) time.
 */
export function withinEdits(word: string, term: string, k: number): boolean {
  const m = word.length;
  if (m <= k) return true;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  for (let j = 1; j <= term.length; j++) {
    cur[0] = 0;
    const t = term.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitute = (prev[i - 1] as number) + (word.charCodeAt(i - 1) === t ? 0 : 1);
      cur[i] = Math.min(substitute, (prev[i] as number) + 1, (cur[i - 1] as number) + 1);
    }
    if ((cur[m] as number) <= k) return true;
    [prev, cur] = [cur, prev];
  }
  return false;
}
