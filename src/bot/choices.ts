// Fuzzy matching of briefings by id, title and date (autocomplete, did-you-mean), and list filtering.
import Fuse from "fuse.js";
import type { Briefing } from "../briefing/types.ts";
import type { BriefingChoice } from "./types.ts";

/** Keeps one fuse.js index per set of briefings; rebuilt only when the set changes. */
export class BriefingMatcher {
  #briefings: readonly Briefing[] = [];
  #byIdFuse: Fuse<Briefing> | undefined;
  #listFuse: Fuse<Briefing> | undefined;

  #sync(briefings: readonly Briefing[]) {
    const same =
      briefings.length === this.#briefings.length &&
      briefings.every((b, i) => b === this.#briefings[i]);
    if (same) return;
    this.#briefings = [...briefings];
    this.#byIdFuse = undefined;
    this.#listFuse = undefined;
  }

  /** Briefings closest to `query` on id, title and date, best first; newest first when empty. */
  choices(briefings: readonly Briefing[], query: string, limit: number): BriefingChoice[] {
    this.#sync(briefings);
    const q = query.trim();
    if (!q) return newestFirst(this.#briefings).slice(0, limit).map(toChoice);
    // What people type while autocompleting is usually part of an id, title or date: a plain
    // substring pass answers that quickly; fuse.js fills up with typo-tolerant matches.
    const needle = q.toLowerCase();
    const exact = this.#briefings.filter(
      (b) => b.id.includes(needle) || b.title.toLowerCase().includes(needle),
    );
    const found = newestFirst(exact).slice(0, limit);
    if (found.length < limit) {
      for (const hit of this.#idIndex().search(q, { limit: limit * 2 })) {
        if (found.length >= limit) break;
        if (!found.includes(hit.item)) found.push(hit.item);
      }
    }
    return found.map(toChoice);
  }

  #idIndex(): Fuse<Briefing> {
    if (!this.#byIdFuse) {
      this.#byIdFuse = new Fuse(this.#briefings, {
        keys: [
          { name: "id", weight: 2 },
          { name: "title", weight: 1.5 },
          { name: "date", weight: 1 },
        ],
        threshold: 0.4,
        ignoreLocation: true,
      });
    }
    return this.#byIdFuse;
  }

  /** Briefings matching every word (fuzzy on title, format, participants, tags), newest first. */
  filter(briefings: readonly Briefing[], words: readonly string[]): Briefing[] {
    this.#sync(briefings);
    if (words.length === 0) return newestFirst(this.#briefings);
    if (!this.#listFuse) {
      this.#listFuse = new Fuse(this.#briefings, {
        keys: ["title", "format", "participants.name", "participants.aliases", "tags", "location"],
        threshold: 0.3,
        ignoreLocation: true,
      });
    }
    const fuse = this.#listFuse;
    let kept: Set<Briefing> | undefined;
    for (const word of words) {
      const found = new Set(fuse.search(word).map((h) => h.item));
      kept = kept ? new Set([...kept].filter((b) => found.has(b))) : found;
    }
    return newestFirst([...(kept ?? [])]);
  }
}

function toChoice(b: Briefing): BriefingChoice {
  return { id: b.id, title: b.title, date: b.date };
}

/** Newest first by date, then by id. */
export function newestFirst(briefings: readonly Briefing[]): Briefing[] {
  return [...briefings].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
