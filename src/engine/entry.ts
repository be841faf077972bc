// A briefing as the engine holds it (its facts and names), and a draft answer before the
// question and scope are attached.
import type { Briefing } from "../briefing/types.ts";
import type { EntityName, Fact, Resolved } from "./facts.ts";
import type { InvertedIndex } from "./inverted-index.ts";
import type { Citation } from "./types.ts";
/** An indexed briefing: its facts, its names and its words. */
export interface Entry {
  briefing: Briefing;
  facts: Fact[];
  names: EntityName[];
  words: string[];
  nameWords: string[];
  /** What the briefing's names resolved to (kept for a snapshot; absent once restored). */
  resolved?: Resolved[];
}

/** A briefing's own lists of names and words, as a snapshot gives them back. */
export interface EntryLists {
  names: EntityName[];
  words: string[];
  nameWords: string[];
}

/**
 * An entry restored from a snapshot: its facts and lists are made only when first needed
 * (answering from it, scoring its facts, removing it), each once.
 */
export function lazyEntry(briefing: Briefing, facts: () => Fact[], lists: () => EntryLists): Entry {
  let made: Fact[] | undefined;
  let got: EntryLists | undefined;
  const get = () => {
    got ??= lists();
    return got;
  };
  return {
    briefing,
    get facts() {
      made ??= facts();
      return made;
    },
    get names() {
      return get().names;
    },
    get words() {
      return get().words;
    },
    get nameWords() {
      return get().nameWords;
    },
  };
}

/** What an answer attempt produced before the question and scope are attached. */
export interface Draft {
  answered: boolean;
  text: string;
  confidence: number;
  citations: Citation[];
  suggestions?: string[];
  /** On a decline: the question's words or names the briefings lack. */
  missing?: string[];
}

/** A draft that answers. */
export function answered(text: string, citations: Citation[], confidence: number): Draft {
  return { answered: true, text, citations, confidence };
}

/** Words quoted for a decline: “a”, “b” (four at most, then "and more"). */
export function listWords(words: readonly string[]): string {
  const unique = [...new Set(words)];
  const shown = unique.slice(0, 4).map((w) => `“${w}”`);
  return unique.length > 4 ? `${shown.join(", ")} and more` : shown.join(", ");
}

/** What choosing a briefing and answering from it read of the engine's index. */
export interface Corpus {
  readonly index: InvertedIndex;
  readonly entries: ReadonlyMap<string, Entry>;
  /** entity key → ids of the briefings naming it (as participant, party, place or format) */
  readonly entityBriefings: ReadonlyMap<string, ReadonlySet<string>>;
  /** The entry of a briefing slot of the index (see `InvertedIndex.slotOf`). */
  entryAt(slot: number): Entry | undefined;
  /** The date of a briefing slot's briefing as a number (YYYYMMDD), for comparing dates fast. */
  dateAt(slot: number): number;
}
