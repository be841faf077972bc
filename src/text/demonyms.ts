// Demonyms and common country short forms, mapped to the country's own token, so that
// "the Russian delegation" finds "Russia" and "the Americans" finds "United States".
// The words are those of the project's one table of places (places.ts).
import { PLACES } from "./places.ts";

const COUNTRY = new Map<string, string>();
for (const p of PLACES) for (const word of p.words) COUNTRY.set(word, p.token);

// Tokens that are already a country's own token and must not be stemmed.
// (every country a demonym maps to is its own token too, so "Norway" and "Norwegian" meet)
const OWN = new Set(["unitedstates", "unitedkingdom", "saudiarabia", ...COUNTRY.values()]);

/** The country token for a demonym or short form (`russian` → `russia`), or undefined. */
export function country(token: string): string | undefined {
  return OWN.has(token) ? token : COUNTRY.get(token);
}
