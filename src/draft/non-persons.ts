// Names that are not people, though they look like names: places, buildings, documents and groups
// ("Maximos Mansion", "Northern Ireland Protocol", "White House"), adjectives of a group ("Nordic
// states", "Western officials"), the dateline's place and region, news agencies, names cut at an
// initial ("George P" of "George P. Shultz … Center"), names after "the" ("the Gare du Nord"), and
// two surnames joined ("Trump-Kim summit").

import { isEnglishWord } from "../text/english.ts";
import { entityNamed, stateOfCapital } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";
import { personTagged } from "./mentions.ts";
import type { Token } from "./tokens.ts";
import { NEWS_AGENCIES } from "./vocabulary.ts";

/** The last word of a building, place, office or document's name. */
const PLACE_OR_DOCUMENT =
  /^(?:Department|Ministry|House|Mansion|Palace|Center|Centre|Hotel|Street|Square|Island|Islands|Airport|Hall|Building|Embassy|Residence|Estate|Castle|Park|Bridge|Lake|River|Sea|Valley|Mountains?|Protocol|Framework|Brake|Assembly|Parliament|Senate|Congress|Province|Region|Strait|Gulf|Peninsula|Desert|Bay|Port|Harbour|Harbor|Base|Capitol|Institute|School|University|Library|Museum|Stadium|Guesthouse|Garden|Gardens|Villa|Compound|Pavilion|Mosque|Cathedral|Memorial|Monument|Cemetery|Plaza|Avenue|Boulevard|Resort|Arena|Theatre|Theater)$/;

/** A region's first word: "Northern Ireland", "South Caucasus", "Western Balkans". */
const REGION_WORD =
  /^(?:Northern|Southern|Eastern|Western|North|South|East|West|Central|Upper|Lower|Middle|Near|Far)$/;

/** Plural nouns after which a capitalised word is the adjective of a group: "Nordic states". */
const GROUP_NOUN =
  /^(?:states|countries|nations|allies|leaders|officials|diplomats|powers|partners|governments|capitals|media|troops|forces|sanctions|negotiations|talks|neighbours|neighbors|members|delegations|companies|banks|markets)$/i;

/** Nouns after which a capitalised word names a broadcaster or paper: "told Kan radio". */
const MEDIA_NOUN = /^(?:radio|television|TV|newspaper|daily|channel|broadcaster|magazine)$/i;

/** What the drafter knows is not a person in this article: the dateline's words, its agency. */
export interface NotPeople {
  /** Words of the dateline in lower case ("arlington", "virginia"). */
  datelineWords: ReadonlySet<string>;
  /** Words of the full names the article gives ("Condoleezza", "Rice"): names wherever they stand. */
  nameWords?: ReadonlySet<string>;
}

/** Prepositions of place: "in Adelaide", "at Laurel Lodge" name a place, not a person. */
const PLACE_PREPOSITION = /^(?:in|at|near|inside|outside)$/;

/**
 * `notAPerson`: the name mention is a place, building, document, group or agency, not a person
 * (see the file comment). `tokens` are its sentence's, `known` everything else the article names.
 */
export function notAPerson(m: Mention, tokens: Token[], known: NotPeople): boolean {
  if (m.kind !== "name") return false;
  const words = m.text.split(/\s+/);
  const last = words.at(-1) ?? "";
  const first = words[0] ?? "";
  if (PLACE_OR_DOCUMENT.test(last) || REGION_WORD.test(first)) return true;
  if (entityNamed(m.text) || stateOfCapital(m.text)) return true;
  if (NEWS_AGENCIES.has(m.text.toLowerCase())) return true;
  if (words.length === 1 && known.datelineWords.has(m.text.toLowerCase())) return true;
  // "George P" of "George P. Shultz National Foreign Affairs Training Center" (but "Andrei V.
  // Kozyrev" is a person): the capitalised words after the initial name a building
  if (/^\p{Lu}\.?$/u.test(last) && words.length > 1) {
    let k = m.last + 1;
    while (k < tokens.length && k < m.last + 9 && /^\p{Lu}/u.test(tokens[k]?.text ?? "")) k++;
    if (k > m.last + 1 && PLACE_OR_DOCUMENT.test(tokens[k - 1]?.text ?? "")) return true;
  }
  const next = tokens[m.last + 1];
  // "the Kremlin's large St George's Hall": a possessive name that opens a building's name
  if (
    /['’]s$/u.test(tokens[m.last]?.text ?? "") &&
    /^\s*$/.test(tokens[m.last]?.post ?? "") &&
    PLACE_OR_DOCUMENT.test(next?.text ?? "")
  )
    return true;
  if (!m.role && !/['’]s?$/u.test(tokens[m.last]?.text ?? "")) {
    // "built in Adelaide", "a round table in Laurel Lodge": a name after a preposition of place
    if (PLACE_PREPOSITION.test(tokens[m.first - 1]?.text ?? "")) return true;
    // "left for the Gare du Nord", "crossing the Channel": a person's name takes no article
    if (tokens[m.first - 1]?.text === "the") return true;
    // "Virginia-class submarines", "the Jackson-Vanik amendment": a compound before its noun
    if (
      words.length === 1 &&
      m.text.includes("-") &&
      next &&
      /^\s*$/.test(tokens[m.last]?.post ?? "") &&
      /^\p{Ll}/u.test(next.text) &&
      !next.tags.has("Verb") &&
      !next.tags.has("Adverb")
    )
      return true;
    // "Support would continue …", "Everything will be rebuilt": a word of English opening the
    // sentence, which neither compromise nor the article's full names make a name
    const token = tokens[m.first];
    if (
      words.length === 1 &&
      m.first === 0 &&
      token &&
      !personTagged(token) &&
      !token.tags.has("ProperNoun") &&
      !known.nameWords?.has(m.text) &&
      isEnglishWord(m.text.toLowerCase())
    )
      return true;
  }
  // "the Nordic states", "Western officials": an adjective before a group, not a name; "Kan
  // radio": a broadcaster's
  if (
    words.length === 1 &&
    !m.role &&
    next &&
    /^\s*$/.test(tokens[m.last]?.post ?? "") &&
    (GROUP_NOUN.test(next.text) || MEDIA_NOUN.test(next.text))
  )
    return true;
  return false;
}

/**
 * "Trump-Kim": a name made of other people's surnames joined by a hyphen (a summit's or a pair's
 * label), given the words of the article's full names.
 */
export function joinedSurnames(name: string, nameWords: ReadonlySet<string>): boolean {
  const parts = name.split("-");
  return !name.includes(" ") && parts.length > 1 && parts.every((p) => nameWords.has(p));
}
