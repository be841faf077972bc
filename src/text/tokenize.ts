// Splits text into lower-case word tokens: no punctuation, quotes, possessives or diacritics.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const POSSESSIVE = /['’‘`]s\b/g;
const NON_WORD = /[^a-z0-9]+/;
const NON_ASCII = /[^\u0020-\u007e]/;
const APOSTROPHE = /['’‘`]/;
const APOSTROPHES = /['’‘`]/g;

/** Lower-cases, strips diacritics and possessives, and splits on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  // most text is ASCII: skip Unicode normalisation for it
  const plain = (
    NON_ASCII.test(text) ? text.normalize("NFKD").replace(COMBINING_MARKS, "") : text
  ).toLowerCase();
  const bare = APOSTROPHE.test(plain)
    ? plain.replace(POSSESSIVE, "").replace(APOSTROPHES, "")
    : plain;
  const parts = bare.split(NON_WORD);
  // split leaves an empty string at either end when the text starts or ends with punctuation
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length > 0 && parts[0] === "") parts.shift();
  return parts;
}
