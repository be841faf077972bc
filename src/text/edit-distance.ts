// Edit distance, the one implementation: the engine's typo-tolerant lookup (fuzzy.ts), the
// validator's did-you-mean (briefing/suggest.ts) and the draft's spelling variants (draft/people.ts).

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and adjacent
 * transpositions, each one edit), stopping above `max`: returns `max + 1` as soon as the words
 * are more than `max` apart. Without `max`, the exact distance. Case-sensitive: callers fold case.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  return distance(a, b, max, true);
}

/**
 * Levenshtein distance (insertions, deletions and substitutions only: two swapped adjacent
 * letters cost two edits), stopping above `max` like {@link editDistance}. Case-sensitive.
 */
export function levenshteinDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  return distance(a, b, max, false);
}

/**
 * The three rows, reused from call to call (grown when a longer word comes): a typo lookup
 * compares a word with thousands of candidates, and fresh rows each time were most of its garbage.
 */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Three rolling rows of the dynamic programme; a row whose every cell exceeds `max` ends it. */
function distance(a: string, b: string, max: number, transpositions: boolean): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if ((rows[0] as Int32Array).length <= n) rows = [0, 1, 2].map(() => new Int32Array(2 * (n + 1)));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) {
    prev2[j] = 0;
    prev[j] = j;
    cur[j] = 0;
  }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (
        transpositions &&
        i > 1 &&
        j > 1 &&
        ai === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const done = prev2;
    prev2 = prev;
    prev = cur;
    cur = done;
  }
  return prev[n] as number;
}
