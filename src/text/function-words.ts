// Closed classes of English words that question readers test a word against. One list each, so
// that the engine's readers (question, constraints, polarity) agree on what a determiner is.

/** Words before a noun: "the statement", "a joint statement", "their remarks". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "this",
  "that",
]);

/** Auxiliaries that open a question before its main verb ("when did China agree"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "did",
  "does",
  "do",
  "is",
  "was",
  "were",
  "are",
  "has",
  "have",
  "will",
]);

/**
 * The first words of the prepositions of two words that end in "to" ("according to", "owing
 * to", "prior to"): a closed class of English, which the tagger reads as a verb or an adjective.
 */
export const PREPOSITION_HEADS: ReadonlySet<string> = new Set([
  "according",
  "owing",
  "due",
  "prior",
  "pursuant",
  "thanks",
]);

/**
 * Prepositions and conjunctions of time ("since the last round", "until the vote"): a closed class
 * of English whose word says which span is asked, so a question keeps it as a word to find.
 */
export const TEMPORAL_CONNECTIVES: ReadonlySet<string> = new Set([
  "since",
  "until",
  "till",
  "while",
  "before",
  "after",
  "during",
]);
