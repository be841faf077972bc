// The text toolkit: tokens, stems, synonyms, demonyms, edit distance and typo-tolerant lookup.
export { country } from "./demonyms.ts";
export { editDistance, levenshteinDistance } from "./edit-distance.ts";
export { allowedTypos, FuzzyVocabulary } from "./fuzzy.ts";
export { type NormalToken, normalizeTokens, surfaceTokens, terms, termsOf } from "./normalize.ts";
export { stem } from "./stem.ts";
export { FILLER_WORDS, isStopWord, STOP_WORDS } from "./stopwords.ts";
export { concept, isConcept, joinPhrases } from "./synonyms.ts";
export { tokenize } from "./tokenize.ts";
export { typographic } from "./typography.ts";
