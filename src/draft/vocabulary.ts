// Generic English news vocabulary the draft rules rely on: speech verbs, role words, position verbs,
// and a small gazetteer of states and organisations. Nothing here is specific to one article.

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

/** True for a form of a verb that introduces reported speech ("said", "stressed", "warns"). */
export function isSpeechVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_SPEECH.includes(w)) return true;
  return SPEECH_STEMS.some(
    (stem) =>
      w === stem ||
      w === `${stem}s` ||
      w === `${stem}es` ||
      w === `${stem}d` ||
      w === `${stem}ed` ||
      w === `${stem}ing` ||
      w === `${stem.replace(/e$/, "")}ing` ||
      w === `${stem.replace(/y$/, "i")}ed` ||
      w === `${stem.replace(/y$/, "i")}es`,
  );
}

/** Words that make a phrase a role ("Secretary", "Chancellor", "minister", "chief"). */
export const ROLE_KEYWORDS = new Set([
  "ambassador",
  "adviser",
  "advisor",
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
  "delegate",
  "diplomat",
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
  "finance",
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

const entry = (name: string, aliases: string[] = [], demonyms: string[] = []): GazetteerEntry => ({
  name,
  aliases,
  demonyms,
});

/** Common states and organisations of diplomatic news, with their usual metonyms and demonyms. */
export const GAZETTEER: GazetteerEntry[] = [
  entry("NATO", [
    "North Atlantic Treaty Organization",
    "the alliance",
    "the military alliance",
    "the Western alliance",
    "NATO allies",
  ]),
  entry("European Union", ["EU", "the EU", "the bloc"], ["European"]),
  entry("United Nations", ["UN", "U.N.", "the UN"]),
  entry("OSCE", [
    "Organization for Security and Cooperation in Europe",
    "Organization for Security and Co-operation in Europe",
  ]),
  entry("African Union", ["AU"]),
  entry("ASEAN", ["Association of Southeast Asian Nations"]),
  entry("Arab League"),
  entry("G7", ["Group of Seven"]),
  entry("G20", ["Group of 20"]),
  entry("IAEA", ["International Atomic Energy Agency"]),
  entry("World Health Organization", ["WHO"]),
  entry("International Monetary Fund", ["IMF"]),
  entry("World Bank"),
  entry("OPEC"),
  entry(
    "United States",
    ["US", "U.S.", "USA", "America", "Washington", "the White House", "White House"],
    ["American", "U.S."],
  ),
  entry("Russia", ["Russian Federation", "Moscow", "the Kremlin", "Kremlin"], ["Russian"]),
  entry("Ukraine", ["Kyiv", "Kiev"], ["Ukrainian"]),
  entry("Belarus", ["Minsk"], ["Belarusian"]),
  entry("Germany", ["Berlin"], ["German"]),
  entry("France", ["Paris", "the Elysee"], ["French"]),
  entry(
    "United Kingdom",
    ["UK", "U.K.", "Britain", "Great Britain", "London", "Downing Street"],
    ["British"],
  ),
  entry("Italy", ["Rome"], ["Italian"]),
  entry("Spain", ["Madrid"], ["Spanish"]),
  entry("Poland", ["Warsaw"], ["Polish"]),
  entry("Netherlands", ["The Hague"], ["Dutch"]),
  entry("Belgium", [], ["Belgian"]),
  entry("Austria", ["Vienna"], ["Austrian"]),
  entry("Switzerland", ["Bern"], ["Swiss"]),
  entry("Sweden", ["Stockholm"], ["Swedish"]),
  entry("Finland", ["Helsinki"], ["Finnish"]),
  entry("Norway", ["Oslo"], ["Norwegian"]),
  entry("Denmark", ["Copenhagen"], ["Danish"]),
  entry("Estonia", ["Tallinn"], ["Estonian"]),
  entry("Latvia", ["Riga"], ["Latvian"]),
  entry("Lithuania", ["Vilnius"], ["Lithuanian"]),
  entry("Hungary", ["Budapest"], ["Hungarian"]),
  entry("Romania", ["Bucharest"], ["Romanian"]),
  entry("Moldova", ["Chisinau"], ["Moldovan"]),
  entry("Georgia", ["Tbilisi"], ["Georgian"]),
  entry("Armenia", ["Yerevan"], ["Armenian"]),
  entry("Azerbaijan", ["Baku"], ["Azerbaijani"]),
  entry("Turkey", ["Türkiye", "Ankara"], ["Turkish"]),
  entry("Greece", ["Athens"], ["Greek"]),
  entry("Serbia", ["Belgrade"], ["Serbian"]),
  entry("Kosovo", ["Pristina"], ["Kosovar"]),
  entry("China", ["Beijing"], ["Chinese"]),
  entry("Japan", ["Tokyo"], ["Japanese"]),
  entry("South Korea", ["Seoul"], ["South Korean"]),
  entry("North Korea", ["Pyongyang"], ["North Korean"]),
  entry("India", ["New Delhi"], ["Indian"]),
  entry("Pakistan", ["Islamabad"], ["Pakistani"]),
  entry("Afghanistan", ["Kabul"], ["Afghan"]),
  entry("Iran", ["Tehran"], ["Iranian"]),
  entry("Iraq", ["Baghdad"], ["Iraqi"]),
  entry("Syria", ["Damascus"], ["Syrian"]),
  entry("Israel", ["Jerusalem"], ["Israeli"]),
  entry("Palestine", ["Palestinian Authority", "Ramallah"], ["Palestinian"]),
  entry("Egypt", ["Cairo"], ["Egyptian"]),
  entry("Saudi Arabia", ["Riyadh"], ["Saudi"]),
  entry("Qatar", ["Doha"], ["Qatari"]),
  entry("Canada", ["Ottawa"], ["Canadian"]),
  entry("Mexico", ["Mexico City"], ["Mexican"]),
  entry("Brazil", ["Brasilia"], ["Brazilian"]),
  entry("South Africa", ["Pretoria"], ["South African"]),
  entry("Australia", ["Canberra"], ["Australian"]),
];

const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );
const WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split(" ");

/** True for a month or weekday name, which is capitalised but never part of a person's name. */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase();
  return MONTHS.includes(w) || WEEKDAYS.includes(w);
}
