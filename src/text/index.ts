// The text toolkit: tokens, stems, synonyms, demonyms, edit distance and typo-tolerant lookup.
export { type Acronym, acronymsOf, initialsOf } from "./acronyms.ts";
export { country } from "./demonyms.ts";
export { editDistance, levenshteinDistance } from "./edit-distance.ts";
export {
  canBeVerb,
  isEnglishWord,
  isFunctionWord,
  isOwnEnglishWord,
  isRoleWord,
  isVerbOrModifier,
} from "./english.ts";
export { AUXILIARIES, DETERMINERS, TEMPORAL_CONNECTIVES } from "./function-words.ts";
export { allowedTypos, FuzzyVocabulary } from "./fuzzy.ts";
export { namePhraseCandidates, namePhrases, namePhraseTerm } from "./name-phrases.ts";
export {
  type NormalToken,
  normalizeTokens,
  surfaceTokens,
  terms,
  termsOf,
  termsOfText,
  WordCollector,
} from "./normalize.ts";
export { locationParts, seatMisspelt, shortFormsOfName, stateOfSeat } from "./places.ts";
export { expandShorthand } from "./shorthand.ts";
export { isSwap, oneEditAway } from "./spelling.ts";
export { stem } from "./stem.ts";
export { FILLER_WORDS, isStopWord, STOP_WORDS } from "./stopwords.ts";
export { concept, isConcept, joinPhrases } from "./synonyms.ts";
export { tokenize } from "./tokenize.ts";
export { typographic } from "./typography.ts";
