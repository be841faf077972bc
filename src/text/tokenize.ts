// Splits text into lower-case word tokens: no punctuation, quotes, possessives or diacritics.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const POSSESSIVE = /['’‘`]s\b/g;
const NON_WORD = /[^a-z0-9]+/;

/** Lower-cases, strips diacritics and possessives, and splits on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  const plain = text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
  return plain
    .replace(POSSESSIVE, "")
    .replace(/['’‘`]/g, "")
    .split(NON_WORD)
    .filter((t) => t.length > 0);
}
