// What compromise's lexicon (about 24,000 English words and names, each with its part of
// speech) says about a word typed in a question: whether it is a word of English in its own
// right (not to be "corrected" into a name) and whether it is a function word (never a subject).
import nlp from "compromise";

type Lexicon = Record<string, string | string[]>;
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;

/** Tags of names and abbreviations: a word tagged only so is a name, not a word of English. */
const NAME_TAGS = new Set([
  "MaleName",
  "FemaleName",
  "FirstName",
  "LastName",
  "Person",
  "Honorific",
  "Abbreviation",
  "City",
  "Country",
  "Region",
  "Place",
  "ProperNoun",
  "Organization",
  "SportsTeam",
  "Demonym",
  "Currency",
  "Emoticon",
]);

/** Parts of speech that only link or frame words: a question word of these is no subject. */
const FUNCTION_TAGS = new Set([
  "Conjunction",
  "Preposition",
  "Determiner",
  "Pronoun",
  "QuestionWord",
  "Modal",
  "Reflexive",
]);

function tagsOf(word: string): readonly string[] {
  const tags = Object.hasOwn(LEXICON, word) ? LEXICON[word] : undefined;
  if (tags === undefined) return [];
  return typeof tags === "string" ? tags.split(",") : tags;
}

/**
 * True when compromise's lexicon knows the lower-case word as a word of English (a verb, noun,
 * adjective …), not only as a name: "ache", "finish", "won" are; "jon", "bart" are names.
 */
export function isEnglishWord(word: string): boolean {
  return tagsOf(word).some((t) => !NAME_TAGS.has(t));
}

/** True for a function word by the lexicon ("whether", "although", "via"): it frames a question. */
export function isFunctionWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags.every((t) => FUNCTION_TAGS.has(t));
}
