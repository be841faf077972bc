// What a question's verbs and nouns ask for, by lemma: the project's own word knowledge about
// kinds of questions, kept as classes of words (not phrasings), one place to extend.
import type { TypedKind } from "../typed-question.ts";

/**
 * Lemmas (single words or two-word verbs with their particle) that say which kind of answer is
 * wanted when the question word alone does not ("what did they discuss", "will they meet again").
 * Checked in this order; the first class with a lemma in the question wins.
 */
export const KIND_LEXICON: readonly [TypedKind, readonly string[]][] = [
  ["background", ["why", "lead up", "backstory", "background", "history", "context", "get to"]],
  ["next", ["again", "resume", "continue", "return", "follow-up", "upcoming"]],
  [
    "points",
    ["discuss", "talk about", "raise", "bring up", "cover", "issue", "topic", "agenda", "table"],
  ],
  [
    "outcome",
    ["produce", "commit", "achieve", "deliver", "upshot", "result", "outcome", "get out"],
  ],
  ["where", ["venue", "location"]],
  ["who", ["job", "role"]],
  ["position", ["stand", "stance"]],
];
