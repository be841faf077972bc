// What compromise's lexicon (about 24,000 English words and names, each with its part of
// speech) says about a word typed in a question: whether it is a word of English in its own
// right (not to be "corrected" into a name) and whether it is a function word (never a subject).
// compromise is loaded on the first word asked about (most questions never ask): `--help` and
// the commands that do not answer questions never load it.
import { createRequire } from "node:module";

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | undefined;

function theLexicon(): Lexicon {
  if (!lexicon) {
    const nlp = createRequire(import.meta.url)("compromise") as {
      model(): { one: { lexicon: Lexicon } };
    };
    lexicon = nlp.model().one.lexicon;
  }
  return lexicon;
}

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

/**
 * Parts of speech of words that say how or when rather than what: modifiers and past forms of
 * verbs. A bare verb form is left out (the lexicon files "dam", "wrap" and "list" under
 * Infinitive, and they are as often nouns), and so is a gerund ("the shelling", "the signing").
 */
const VERB_OR_MODIFIER_TAGS = new Set([
  "Adjective",
  "Adverb",
  "Comparative",
  "Superlative",
  "PastTense",
  "Participle",
]);

/** Regular endings and what the word without them may end in ("reaction" → "react"). */
const ENDINGS: readonly [string, readonly string[]][] = [
  ["ations", ["ate", "e", ""]],
  ["ation", ["ate", "e", ""]],
  ["ions", ["", "e"]],
  ["ion", ["", "e"]],
  ["ments", [""]],
  ["ment", [""]],
  ["ness", [""]],
  ["ing", ["", "e"]],
  ["ies", ["y"]],
  ["ied", ["y"]],
  ["ers", ["", "e"]],
  ["er", ["", "e"]],
  ["ed", ["", "e"]],
  ["es", ["", "e"]],
  ["ly", [""]],
  ["s", [""]],
];

function ownTags(word: string): readonly string[] {
  const known = theLexicon();
  const tags = Object.hasOwn(known, word) ? known[word] : undefined;
  if (tags === undefined) return [];
  return typeof tags === "string" ? tags.split(",") : tags;
}

/** The lexicon's tags of the word, or of the word it regularly derives from ("reactions"). */
function tagsOf(word: string): readonly string[] {
  const own = ownTags(word);
  if (own.length > 0) return own;
  for (const [ending, bases] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    // a plural's -s never follows an s ("acess" is no plural of "aces"; "classes" takes -es)
    if (ending === "s" && word.endsWith("ss")) continue;
    for (const b of bases) {
      const tags = ownTags(word.slice(0, -ending.length) + b);
      if (tags.some((t) => !NAME_TAGS.has(t))) return tags;
    }
  }
  return [];
}

/**
 * True when compromise's lexicon knows the lower-case word, or the word it regularly derives
 * from, as a word of English (a verb, noun, adjective …), not only as a name: "ache", "finish",
 * "reactions" are; "jon", "bart" are names.
 */
export function isEnglishWord(word: string): boolean {
  return tagsOf(word).some((t) => !NAME_TAGS.has(t));
}

/**
 * True when compromise's lexicon has the lower-case word itself as a word of English, not only
 * a word it may derive from ("postion" is no "post" + "-ion").
 */
export function isOwnEnglishWord(word: string): boolean {
  return ownTags(word).some((t) => !NAME_TAGS.has(t));
}

/** True for a function word by the lexicon ("whether", "although", "via"): it frames a question. */
export function isFunctionWord(word: string): boolean {
  const tags = ownTags(word);
  return tags.length > 0 && tags.every((t) => FUNCTION_TAGS.has(t));
}

/**
 * True when the lexicon knows the word only as a modifier or an inflected verb ("due",
 * "supposed", "collapsed"),
 * never as a noun or a name: in a question that already says what it asks (when, who, where)
 * such a word says how it is asked, not what about.
 */
export function isVerbOrModifier(word: string): boolean {
  const tags = ownTags(word);
  if (tags.length > 0) return tags.every((t) => VERB_OR_MODIFIER_TAGS.has(t));
  // a regular past form of a verb the lexicon knows: "postponed"
  return /ed$/.test(word) && tagsOf(word).includes("Infinitive");
}

/** True when the lexicon knows the word as a verb's base form ("release", "hand"), whatever else it is. */
export function canBeVerb(word: string): boolean {
  return ownTags(word).includes("Infinitive");
}

/** True for a word the lexicon knows as a person's role or trade ("diplomat", "mediator"). */
export function isRoleWord(word: string): boolean {
  return tagsOf(word).includes("Actor");
}
