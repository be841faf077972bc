// Did-you-mean helpers: the closest field name (edit distance) and the closest person or party (fuse.js).
import Fuse from "fuse.js";
import { editDistance } from "../text/edit-distance.ts";

/**
 * The candidate closest to `word` by edit distance (case-insensitive), or undefined when none is
 * close enough to be a plausible typo (more than a third of the letters differ, at least 2 allowed).
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const target = word.toLowerCase();
  const limit = Math.max(2, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // unbounded: the closest candidate wins even when it is too far to suggest
    const distance = editDistance(target, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** One name a speaker may be written as, and the canonical name to suggest for it. */
export interface NameEntry {
  spelling: string;
  canonical: string;
}

/** The canonical name whose spelling is closest to `query` (fuse.js fuzzy match), if any is close. */
export function closestName(query: string, entries: readonly NameEntry[]): string | undefined {
  if (entries.length === 0) return undefined;
  const fuse = new Fuse(entries, { keys: ["spelling"], threshold: 0.45, ignoreLocation: true });
  const hit = fuse.search(query)[0];
  if (hit) return hit.item.canonical;
  // Fuse misses short typos inside long names; fall back to edit distance over the spellings.
  const spelling = closestWord(
    query,
    entries.map((e) => e.spelling),
  );
  return entries.find((e) => e.spelling === spelling)?.canonical;
}
