// Looks words and phrases up in the gazetteer of states and organisations.
import { GAZETTEER, type GazetteerEntry } from "./vocabulary.ts";

const byForm = new Map<string, GazetteerEntry>();
const demonyms = new Map<string, GazetteerEntry>();
for (const entry of GAZETTEER) {
  for (const form of [entry.name, ...entry.aliases]) byForm.set(form.toLowerCase(), entry);
  for (const form of entry.demonyms) demonyms.set(form.toLowerCase(), entry);
}

/** Forms of at most three letters written in capitals ("UN", "AU", "WHO"), in lower case. */
const SHORT_ACRONYMS = new Set(
  GAZETTEER.flatMap((e) => [e.name, ...e.aliases])
    .filter((f) => /^\p{Lu}{2,3}$/u.test(f))
    .map((f) => f.toLowerCase()),
);

/** Drops a possessive ending: "Russia's" → "Russia", "Moscow’s" → "Moscow". */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, "");
}

/** The state or organisation a name, alias or metonym stands for ("Moscow" → Russia). */
export function entityNamed(form: string): GazetteerEntry | undefined {
  const bare = withoutPossessive(form);
  // A short acronym only as written: "UN", "EU", "WHO", not "Un" of "Kim Jong Un" or "Who".
  if (SHORT_ACRONYMS.has(bare.toLowerCase()) && bare !== bare.toUpperCase()) return undefined;
  return byForm.get(bare.toLowerCase());
}

/** The state a demonym belongs to ("Russian" → Russia). */
export function entityOfDemonym(word: string): GazetteerEntry | undefined {
  return demonyms.get(word.toLowerCase());
}

/** A gazetteer form split into words, and its place in the longest-first order. */
export interface EntityForm {
  form: string;
  words: string[];
  entry: GazetteerEntry;
  rank: number;
}

/** All names, aliases and metonyms, longest first, built once. */
const forms: EntityForm[] = [...byForm.entries()]
  .map(([form, entry]) => ({ form, entry }))
  .sort((a, b) => b.form.length - a.form.length)
  .map(({ form, entry }, rank) => ({ form, words: form.split(" "), entry, rank }));

/** The forms by their first word, each list longest first. */
const formsByFirstWord = new Map<string, EntityForm[]>();
for (const f of forms) {
  const first = f.words[0] ?? "";
  const list = formsByFirstWord.get(first);
  if (list) list.push(f);
  else formsByFirstWord.set(first, [f]);
}

/** All names, aliases and metonyms, longest first, for scanning running text. */
export function entityForms(): readonly EntityForm[] {
  return forms;
}

/**
 * The forms that may start at a word, longest first: those whose first word is the word as
 * written or without its possessive ending ("Russia's" may be the one-word form "russia").
 * A lookup by word, so scanning a text costs the same whatever the gazetteer's size.
 */
export function entityFormsStartingWith(word: string): readonly EntityForm[] {
  const lower = word.toLowerCase();
  const bare = withoutPossessive(word).toLowerCase();
  if (SHORT_ACRONYMS.has(bare) && withoutPossessive(word) !== withoutPossessive(word).toUpperCase())
    return [];
  const asWritten = formsByFirstWord.get(lower) ?? [];
  if (bare === lower) return asWritten;
  const withoutEnding = formsByFirstWord.get(bare) ?? [];
  if (withoutEnding.length === 0) return asWritten;
  if (asWritten.length === 0) return withoutEnding;
  return [...asWritten, ...withoutEnding].sort((a, b) => a.rank - b.rank);
}

/** Capitals and seats as the gazetteer writes them ("Beijing", "Mexico City"), lower case, to their state. */
const capitals = new Map<string, GazetteerEntry>();
for (const entry of GAZETTEER) {
  for (const alias of entry.aliases) {
    // "US", "EU": initials, not places; "the Kremlin": a metonym, not a city
    if (alias === alias.toUpperCase() || /^\p{Ll}/u.test(alias)) continue;
    capitals.set(alias.toLowerCase(), entry);
  }
}

/** The state whose capital or seat a place name is ("BEIJING", "Beijing" → China), if any. */
export function stateOfCapital(place: string): GazetteerEntry | undefined {
  return capitals.get(place.toLowerCase());
}
