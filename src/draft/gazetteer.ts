// Looks words and phrases up in the gazetteer of states and organisations.
import { GAZETTEER, type GazetteerEntry } from "./vocabulary.ts";

const byForm = new Map<string, GazetteerEntry>();
const demonyms = new Map<string, GazetteerEntry>();
for (const entry of GAZETTEER) {
  for (const form of [entry.name, ...entry.aliases]) byForm.set(form.toLowerCase(), entry);
  for (const form of entry.demonyms) demonyms.set(form.toLowerCase(), entry);
}

/** Drops a possessive ending: "Russia's" → "Russia", "Moscow’s" → "Moscow". */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, "");
}

/** The state or organisation a name, alias or metonym stands for ("Moscow" → Russia). */
export function entityNamed(form: string): GazetteerEntry | undefined {
  return byForm.get(withoutPossessive(form).toLowerCase());
}

/** The state a demonym belongs to ("Russian" → Russia). */
export function entityOfDemonym(word: string): GazetteerEntry | undefined {
  return demonyms.get(word.toLowerCase());
}

/** All names, aliases and metonyms, longest first, for scanning running text. */
export function entityForms(): Array<{ form: string; entry: GazetteerEntry }> {
  return [...byForm.entries()]
    .map(([form, entry]) => ({ form, entry }))
    .sort((a, b) => b.form.length - a.form.length);
}
