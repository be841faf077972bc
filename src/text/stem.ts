// Porter stemming (the `stemmer` package) with a cache, since the same words recur constantly.
// British -ise spellings are read as -ize first, since Porter's rules know only the latter, and
// a noun in -ition meets its verb ("recognition", "recognise" → "recogn"), as Porter's rules do
// for -ation ("negotiation", "negotiate" → "negoti") but not for -ition.
import { stemmer } from "stemmer";

const cache = new Map<string, string>();

/** The endings of the -ise family and their -ize forms: "recognised" → "recognized". */
const BRITISH_ISE = /^(\p{L}{4,})is(e|ed|es|ing|ation|ations|er|ers)$/u;

/** The token with a British -ise ending spelled -ize ("organisation" → "organization"). */
function americanSpelling(token: string): string {
  return token.replace(BRITISH_ISE, "$1iz$2");
}

/** A Porter stem of a noun in -ition(s) with at least five letters before it: "recognit". */
const ITION = /^(\p{L}{5,})it$/u;
const ITION_WORD = /itions?$/;

/**
 * A stem of two letters cut from a longer word is another word's stem or a name's particle:
 * Porter makes "used" and "uses" "us" (the United States) and "died" "di" (Hasan di Tiro),
 * while "use" and "die" keep their e. Such a stem gets its e back ("-ying" its "ie": "dying"),
 * unless only a plural s was cut ("yes", "eus", "was" keep "ye", "eu", "wa").
 */
function fullShortStem(token: string, stemmed: string): string {
  if (stemmed.length > 2 || token.length <= stemmed.length || token === `${stemmed}s`)
    return stemmed;
  if (!/^\p{L}+$/u.test(stemmed)) return stemmed;
  return token.endsWith("ying") ? `${stemmed.slice(0, -1)}ie` : `${stemmed}e`;
}

/**
 * A noun in -ident(s) is a title or a person, not its verb: Porter makes "president" and
 * "presided" both "presid" (so a President read as someone who chaired), "resident" "reside".
 */
const IDENT_NOUN = /^(\p{L}{3,}ident)s?$/u;

/** The Porter stem of a lower-case token; numbers are returned unchanged. */
export function stem(token: string): string {
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    stemmed = /^\d/.test(token) ? token : fullShortStem(token, stemmer(americanSpelling(token)));
    if (ITION_WORD.test(token)) stemmed = stemmed.replace(ITION, "$1");
    const noun = IDENT_NOUN.exec(token);
    if (noun) stemmed = noun[1] as string;
    if (cache.size > 200_000) cache.clear(); // bound memory on adversarial input
    cache.set(token, stemmed);
  }
  return stemmed;
}
