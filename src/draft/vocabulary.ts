// Generic English news vocabulary the draft rules rely on: speech verbs, role words, position verbs,
// and a small gazetteer of states and organisations (the draft's view of src/text/places.ts).
// Nothing here is specific to one article.
import { MONTHS, WEEKDAYS } from "../text/dates.ts";
import { MORE_DRAFT_PLACES, NATIONAL_OFFICES, PLACES } from "../text/places.ts";

/** Verb stems that introduce reported speech; inflections (-s, -ed, -ing) are matched by {@link isSpeechVerb}. */
const SPEECH_STEMS = [
  "accuse",
  "acknowledge",
  "add",
  "admit",
  "affirm",
  "agree",
  "announce",
  "answer",
  "argue",
  "ask",
  "assert",
  "assure",
  "call",
  "caution",
  "claim",
  "comment",
  "complain",
  "concede",
  "conclude",
  "confirm",
  "contend",
  "continue",
  "counter",
  "criticise",
  "criticize",
  "declare",
  "demand",
  "deny",
  "describe",
  "emphasise",
  "emphasize",
  "explain",
  "insist",
  "maintain",
  "note",
  "observe",
  "pledge",
  "point",
  "praise",
  "predict",
  "promise",
  "recall",
  "remark",
  "reiterate",
  "repeat",
  "reply",
  "say",
  "shout",
  "state",
  "stress",
  "suggest",
  "tell",
  "threaten",
  "tweet",
  "underline",
  "underscore",
  "urge",
  "vow",
  "warn",
  "welcome",
  "write",
];
const IRREGULAR_SPEECH = ["said", "says", "told", "tells", "wrote", "writes", "replied", "replies"];

/** Every form {@link isSpeechVerb} accepts, built once: a lookup per word, not a scan of the stems. */
const SPEECH_FORMS = new Set([
  ...IRREGULAR_SPEECH,
  ...SPEECH_STEMS.flatMap((stem) => [
    stem,
    `${stem}s`,
    `${stem}es`,
    `${stem}d`,
    `${stem}ed`,
    `${stem}ing`,
    `${stem.replace(/e$/, "")}ing`,
    `${stem.replace(/y$/, "i")}ed`,
    `${stem.replace(/y$/, "i")}es`,
  ]),
]);

/** True for a form of a verb that introduces reported speech ("said", "stressed", "warns"). */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_FORMS.has(word.toLowerCase());
}

/** Words that make a phrase a role ("Secretary", "Chancellor", "minister", "chief"). */
export const ROLE_KEYWORDS = new Set([
  "ambassador",
  "adviser",
  "advisor",
  "aide",
  "admiral",
  "captain",
  "colonel",
  "lieutenant",
  "counterpart",
  "coordinator",
  "emissary",
  "mediator",
  "sherpa",
  "analyst",
  "attorney",
  "ceo",
  "chair",
  "chairman",
  "chairwoman",
  "chairperson",
  "chancellor",
  "chief",
  "commander",
  "commissioner",
  "correspondent",
  "counterpart",
  "delegate",
  "diplomat",
  "interviewer",
  "director",
  "emir",
  "envoy",
  "foreign minister",
  "general",
  "governor",
  "head",
  "king",
  "leader",
  "mayor",
  "minister",
  "negotiator",
  "official",
  "pope",
  "premier",
  "presenter",
  "taoiseach",
  "tánaiste",
  "president",
  "prince",
  "queen",
  "representative",
  "secretary",
  "senator",
  "speaker",
  "spokesman",
  "spokesperson",
  "spokeswoman",
  "sultan",
  "tanaiste",
]);

/** Words that may stand inside a role phrase without being a role on their own. */
export const ROLE_MODIFIERS = new Set([
  "acting",
  "affairs",
  "assistant",
  "chief",
  "defence",
  "defense",
  "deputy",
  "economy",
  "energy",
  "executive",
  "external",
  "finance",
  "federal",
  "first",
  "foreign",
  "former",
  "general",
  "high",
  "home",
  "interior",
  "junior",
  "lead",
  "national",
  "of",
  "for",
  "prime",
  "security",
  "senior",
  "special",
  "state",
  "top",
  "trade",
  "under",
  "vice",
  "and",
  "the",
]);

/** Verb phrases by which a report states a party's position ("wants", "is demanding", "rejected"). */
export const POSITION_VERB =
  /^(?:wants?|wanted|demand(?:s|ed|ing)?|reject(?:s|ed|ing)?|refuse[sd]?|refusing|insist(?:s|ed|ing)?|seek(?:s|ing)?|sought|oppose[sd]?|opposing|propose[sd]?|proposing|offer(?:s|ed|ing)?|calls?|called|calling|urge[sd]?|urging|accuse[sd]?|support(?:s|ed|ing)?|back(?:s|ed|ing)?|favou?r(?:s|ed)?|aims?|aimed|expects?|expected|warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?|agree[sd]?|den(?:y|ies|ied))$/i;

/** Adjectives that state a position after "is/are" ("is open to", "are ready to"). */
export const POSITION_ADJECTIVE = /^(?:open|ready|willing|prepared|unwilling|determined|opposed)$/i;

/** A state, alliance or organisation that can be a side in talks. */
export interface GazetteerEntry {
  name: string;
  /** Other ways reports name it, including metonyms such as a capital ("Moscow", "the Kremlin"). */
  aliases: string[];
  /** Adjectives that mark a person as belonging to it ("Russian", "German"). */
  demonyms: string[];
}

/** Common states and organisations of diplomatic news, with their usual metonyms and demonyms. */
export const GAZETTEER: GazetteerEntry[] = [
  ...PLACES.filter((p) => p.draft),
  ...MORE_DRAFT_PLACES,
].map((p) => ({
  name: p.name,
  aliases: p.aliases,
  demonyms: p.demonyms,
}));

/** True for a month or weekday name, which is capitalised but never part of a person's name. */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase();
  return MONTHS.includes(w) || WEEKDAYS.includes(w);
}

/**
 * Titles only one state's officials bear, for a role that names no state ("Secretary of State
 * Antony Blinken"): the project's one list, in src/text/places.ts.
 */
export const NATIONAL_TITLES = NATIONAL_OFFICES;

/**
 * A role someone no longer holds ("former Kenyan president", "the late king"): their life story,
 * not the side they act for now (a former president may mediate for the African Union).
 */
export const FORMER = /^(?:a |the )?(?:former|ex-|late)\b/i;

/**
 * A word of a life story, not of an office: "Ukrainian-born", "Kyiv-based", "US-educated". The
 * place in it is where someone comes from or lives, not the side they act for.
 */
export const BIOGRAPHY_COMPOUND =
  /^[\p{L}.]+-(?:born|bred|raised|educated|trained|based|speaking|descended|origin)$/iu;

/** Words by which a role ties a person to another ("Putin's aide", "Kim's sister"): same side. */
export const RELATION_WORDS = new Set([
  "aide",
  "aides",
  "adviser",
  "advisor",
  "deputy",
  "staff",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "sister",
  "brother",
  "wife",
  "husband",
  "son",
  "daughter",
  "secretary",
  "envoy",
  "assistant",
  "team",
  "office",
  "camp",
]);

/** News agencies a report names as its source ("told Reuters", "(dpa)"): never people. */
export const NEWS_AGENCIES = new Set([
  "reuters",
  "afp",
  "ap",
  "dpa",
  "xinhua",
  "tass",
  "ria novosti",
  "interfax",
  "bloomberg",
  "yonhap",
  "kyodo",
  "anadolu",
  "kcna",
  "ansa",
  "efe",
  "apa",
]);
