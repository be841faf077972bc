// Porter stemming (the `stemmer` package) with a cache, since the same words recur constantly.
import { stemmer } from "stemmer";

const cache = new Map<string, string>();

/** The Porter stem of a lower-case token; numbers are returned unchanged. */
export function stem(token: string): string {
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    stemmed = /^\d/.test(token) ? token : stemmer(token);
    if (cache.size > 200_000) cache.clear(); // bound memory on adversarial input
    cache.set(token, stemmed);
  }
  return stemmed;
}
