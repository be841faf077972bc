// Porter stemming (the `stemmer` package) with a cache, since the same words recur constantly.
// British spellings (-ise, -our, -tre, -ence) are read the American way first, since Porter's
// rules know only the latter and the two spellings must meet, and
// a noun in -ition meets its verb ("recognition", "recognise" → "recogn"), as Porter's rules do
// for -ation ("negotiation", "negotiate" → "negoti") but not for -ition.
import { stemmer } from "stemmer";

const cache = new Map<string, string>();

/** The endings of the -ise family and their -ize forms: "recognised" → "recognized". */
const BRITISH_ISE = /^(\p{L}{4,})is(e|ed|es|ing|ation|ations|er|ers)$/u;

/** The -yse family: "analysed" → "analyzed", "paralyse" → "paralyze". */
const BRITISH_YSE = /^(\p{L}{3,})ys(e|ed|es|ing)$/u;

/** -our for -or: "colour", "favourable", "behaviour"; three letters before it ("four", "hour" stay). */
const BRITISH_OUR = /^(\p{L}{3,})our(s|ed|ing|able|ably|ite|ites|ful)?$/u;

/** -tre for -ter: "centre", "metres", "theatre", "centred". */
const BRITISH_TRE = /^(\p{L}{2,})tre(s)?$/u;
const BRITISH_TRED = /^(\p{L}{2,})tred$/u;

/** -mme for -m: "programme", "programmes". */
const BRITISH_MME = /^(\p{L}{4,})mme(s)?$/u;

/**
 * -ence where American English writes -ense: a closed family, since most -ence words are the
 * same in both ("conference", "presence").
 */
const BRITISH_ENCE = /^(def|off|lic|pret)ence(s)?$/u;

/**
 * The token spelled the American way ("organisation" → "organization", "defence" → "defense",
 * "colour" → "color", "centre" → "center"), so that a question and a briefing written in the two
 * spellings meet.
 */
function americanSpelling(token: string): string {
  return token
    .replace(BRITISH_ISE, "$1iz$2")
    .replace(BRITISH_YSE, "$1yz$2")
    .replace(BRITISH_OUR, "$1or$2")
    .replace(BRITISH_TRE, "$1ter$2")
    .replace(BRITISH_TRED, "$1tered")
    .replace(BRITISH_MME, "$1m$2")
    .replace(BRITISH_ENCE, "$1ense$2");
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
