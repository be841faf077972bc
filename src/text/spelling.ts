// Spelling variants one edit away from a typed word, for correcting short words that the
// typo-tolerant vocabulary leaves alone ("begn" → "begin", "ache" → "aceh", "comit" → "commit").

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Every word one edit from `word` that keeps its first letter: a letter dropped, added or
 * changed, or two neighbours swapped (a swap is one edit, as in {@link editDistance}). Lower case
 * a–z only; about 54 × length words, each once.
 */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1)); // dropped
    if (tail.length > 1) out.add(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    for (const c of LETTERS) {
      out.add(head + c + tail); // added
      if (tail.length > 0 && c !== tail[0]) out.add(head + c + tail.slice(1)); // changed
    }
  }
  // a swap of the first two letters keeps neither first letter: "ache" ↔ "aceh" is within
  out.delete(word);
  return [...out];
}

/** True when `b` is `a` with two neighbouring letters swapped ("ache" → "aceh"). */
export function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
