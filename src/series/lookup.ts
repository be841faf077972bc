// Finding a series by what a person typed ("strategic stabilty dialog", "normandy"), typo-tolerant,
// and finding a series named inside a question.
import Fuse from "fuse.js";
import { allowedTypos, editDistance, isStopWord } from "../text/index.ts";
import { normalName, type Series } from "./identify.ts";

export type SeriesLookup =
  | { found: Series }
  /** Nothing, or several fit equally: the closest names to offer. */
  | { found?: undefined; suggestions: string[]; ambiguous: boolean };

/** Words that name what kind of talks, not which: "the Normandy format talks". */
const GENERIC = new Set(["format", "talks", "talk", "round", "rounds", "series", "meeting"]);

function words(text: string): string[] {
  return normalName(text)
    .split(" ")
    .filter((w) => w && !GENERIC.has(w) && !isStopWord(w));
}

/** A typed word fits a name's word: equal, its start ("dialog"), or within the typos its length allows. */
function fitsWord(typed: string, word: string): boolean {
  if (typed === word || (typed.length >= 5 && word.startsWith(typed))) return true;
  const limit = allowedTypos(Math.min(typed.length, word.length));
  return limit > 0 && editDistance(typed, word, limit) <= limit;
}

/** Every word typed fits a different word of the name, in any order. */
function fitsName(typed: readonly string[], name: readonly string[]): boolean {
  if (typed.length === 0) return false;
  const left = [...name];
  for (const t of typed) {
    const at = left.findIndex((w) => fitsWord(t, w));
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/**
 * The series a person means by `query`: its key, or its name with typos and without generic
 * words ("normandy" for "Normandy format"). Several that fit equally are ambiguous.
 */
export function lookupSeries(all: readonly Series[], query: string): SeriesLookup {
  const q = normalName(query);
  const exact = all.filter((s) => s.key === query.trim().toLowerCase() || normalName(s.name) === q);
  if (exact.length === 1) return { found: exact[0] as Series };
  const typed = words(query);
  // all of the name's words typed beat only some of them
  const fitting = all.filter((s) => fitsName(typed, words(s.name)));
  const whole = fitting.filter((s) => words(s.name).length === typed.length);
  const pick = whole.length > 0 ? whole : fitting;
  if (pick.length === 1) return { found: pick[0] as Series };
  // otherwise: the series sharing most of the typed words, then fuse.js's close spellings
  const sharing = all
    .map((s) => {
      const name = words(s.name);
      return { s, n: typed.filter((t) => name.some((w) => fitsWord(t, w))).length };
    })
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .map((x) => x.s.name);
  const fuse = new Fuse(
    all.map((s) => s.name),
    { threshold: 0.3, ignoreLocation: true },
  );
  const close =
    pick.length > 1
      ? pick.map((s) => s.name)
      : [...sharing, ...fuse.search(query).map((h) => h.item)];
  return { suggestions: [...new Set(close)].slice(0, 3), ambiguous: pick.length > 1 };
}

/**
 * The series whose name a question contains ("when did the Strategic Stabilty Dialogue last
 * meet"): every word of the name in the question, typos allowed; the longest name wins. Only a
 * series of at least one name word of four letters or more, so "the talks" names none.
 */
export function seriesNamedIn(all: readonly Series[], question: string): Series | undefined {
  const asked = words(question);
  let best: Series | undefined;
  let bestLength = 0;
  for (const s of all) {
    const name = words(s.name);
    if (name.length === 0 || !name.some((w) => w.length >= 4)) continue;
    if (!fitsName(name, asked)) continue;
    if (name.length > bestLength) {
      best = s;
      bestLength = name.length;
    }
  }
  return best;
}
