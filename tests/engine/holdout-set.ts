// Held-out questions over tests/fixtures/holdout, written before reading the engine's code or its own evaluation set.

/** One held-out question and what a right answer must contain. */
export interface HoldoutCase {
  /** Kind of question, for per-kind accuracy (answerable kinds, or `decline-*`). */
  kind: string;
  question: string;
  /** Whether the holdout briefings answer it; when false the engine must decline. */
  answerable: boolean;
  /** Substrings (case-insensitive) that must all appear in the answer text; verbatim in the briefing. */
  expect?: string[];
  /** Briefing id the first citation must point to, when only one briefing is right. */
  briefing?: string;
  /** Always the holdout folder; kept so outcomes print like the team's evaluation. */
  corpus: "holdout";
}

const K = "2023-02-07-six-party-talks-beijing";
const E = "2023-03-14-eu-uk-trade-round";
const D1 = "2023-01-19-doha-ceasefire-mediation";
const D2 = "2023-03-15-doha-ceasefire-mediation";

function yes(kind: string, question: string, expect: string[], briefing?: string): HoldoutCase {
  return briefing === undefined
    ? { kind, question, answerable: true, expect, corpus: "holdout" }
    : { kind, question, answerable: true, expect, briefing, corpus: "holdout" };
}

function no(kind: string, question: string): HoldoutCase {
  return { kind: `decline-${kind}`, question, answerable: false, corpus: "holdout" };
}

/** The held-out set: fixed before the first run; do not tune it to the engine. */
export const holdoutSet: HoldoutCase[] = [
  // who
  yes("who", "who chaired the six party talks", ["Liang Zhiwen"], K),
  yes("who", "who led the north korean delegation in beijing", ["Ri Song-chol"], K),
  yes("who", "who was the us envoy at the korea talks", ["Margaret Holloway"], K),
  yes("who", "who negotiated for the eu on fish and vet checks", ["Marchetti"], E),
  yes("who", "who is the uk trade minister", ["Graham Whitcombe"], E),
  yes("who", "who mediated the doha talks", ["Khalid Al-Mansouri"]),
  yes("who", "who headed the karvelian delegation in the second round", ["Vesna Kostadinova"], D2),
  yes("who", "who led the government side in the first doha round", ["Trbovi"], D1),
  yes("who", "who is ingrid solvang", ["UN Special Envoy for Karvelia"]),
  yes("who", "who represented japan", ["Kenji Moriyama"], K),
  yes("who", "who was the irish observer at the trade round", ["Bhriain"], E),
  yes("who", "who is the leader of the ostra rebels", ["Youssef Darwish"]),

  // what did X say (about Y), with misspellings, transliterations, parties and capitals
  yes("said", "what did holoway say", ["modest but real beginning"], K),
  yes("said", "what did ri songchol say about sanctions", ["sanctions noose"], K),
  yes("said", "what did lee song-chul say", ["sanctions noose"], K),
  yes("said", "what did marcheti say about the vet deal", ["first good news for farmers"], E),
  yes("said", "what did whitcomb say about fish", ["sign away our waters"], E),
  yes("said", "what did the uk minister say about the veterinary checks", ["cheaper sausages"], E),
  yes("said", "what did khaled al-mansoori say", ["Seventy-two hours"], D1),
  yes("said", "what did terbovich say about the highway", ["guns sit on our highway"], D1),
  yes("said", "what did darwich say about the pause", ["A pause is not peace"], D1),
  yes("said", "what did darwish say about the 30 day ceasefire", ["Thirty days is a test"], D2),
  yes("said", "what did solvang say about the observers", ["Sixty observers"], D2),
  yes("said", "what did the un envoy say about selvan", ["before the children there forget"], D1),
  yes("said", "what did tokyo say", ["abduction issue"], K),
  yes("said", "what did dublin say", ["keeps checks off our island"], E),
  yes("said", "what did ekvall say about the quota", ["rubber-stamp"], E),
  yes("said", "what did kostadinowa say at the signing", ["tired of burying their sons"], D2),
  yes("said", "what did envoy liang say at the end", ["returned to the table"], K),
  yes("said", "what did park say about food aid", ["bargaining chip"], K),

  // positions
  yes("position", "what does pyongyang want", ["sanctions are eased"], K),
  yes("position", "what is seoul offering", ["200,000 tonnes"], K),
  yes("position", "what is china's position", ["nuclear activity"], K),
  yes("position", "does russia back the chinese proposal", ["support"], K),
  yes("position", "what does london want on the sand eel quota", ["30 per cent"], E),
  yes("position", "what is the eu stance on fishing", ["five more years"], E),
  yes("position", "what does ireland want", ["no new checks"], E),
  yes("position", "what do the olm rebels demand", ["political prisoners"], D1),
  yes("position", "will britain accept eu animal health rules", ["consultation right"], E),
  yes("position", "what does the karvelian government demand from the rebels", ["withdraw"]),

  // when: talks, next steps
  yes("when", "when were the six party talks in beijing", ["2023-02-07"], K),
  yes("when", "when did the eu uk trade round take place", ["2023-03-14"], E),
  yes("when", "when does the ceasefire in karvelia start", ["2023-03-20"], D2),
  yes("when", "when is the first prisoner exchange flight", ["2023-03-24"], D2),
  yes("when", "when does the aid working group meet for the first time", ["2023-03-02"], K),
  yes(
    "when",
    "when do the legal teams swap the first text of the vet agreement",
    ["2023-04-20"],
    E,
  ),
  yes("when", "when is the next fishing round in london", ["2023-05-09"], E),
  yes("when", "when did the humanitarian pause begin", ["2023-01-21"], D1),
  yes("when", "when was the first doha round", ["2023-01-19"], D1),

  // when: background facts with years
  yes("background", "when did the six-party talks begin", ["2003"], K),
  yes("background", "when did north korea first test a nuclear bomb", ["2006"], K),
  yes("background", "when did the uk leave the eu", ["2020"], E),
  yes("background", "when did the karvelia war start", ["2019"], D1),
  yes("background", "when did the geneva ceasefire collapse", ["2021"], D1),
  yes("background", "since when has selvan been under siege", ["2022"], D1),
  yes("background", "when was the kaesong liaison office shut", ["2020"], K),
  yes("background", "when does the fishing quota transition end", ["2026"], E),
  yes("background", "when did karvelia declare independence", ["1991"], D2),

  // where
  yes("where", "where were the korea talks held", ["Beijing"], K),
  yes("where", "where did the eu and uk negotiate", ["Brussels"], E),
  yes("where", "where will the joint military committee meet", ["Varno"], D2),
  yes("where", "where does the aid working group meet", ["Panmunjom"], K),

  // how long / how many
  yes("how-long", "how long did the six party round last", ["seven hours"], K),
  yes("how-long", "how long did the proximity talks in doha take", ["nine hours"], D1),
  yes("how-long", "how long is the karvelia ceasefire", ["30"], D2),
  yes("how-long", "how long was the humanitarian pause", ["72-hour"], D1),
  yes("how-long", "how many days did the trade round last", ["two days"], E),
  yes("points", "how many un observers will be deployed", ["60"], D2),
  yes("points", "how many prisoners will be swapped", ["450"], D2),
  yes("points", "how much food aid did south korea offer", ["200,000 tonnes"], K),
  yes("points", "what share of vet checks would go away", ["80 per cent"], E),

  // outcomes and next steps
  yes(
    "outcome",
    "what was the outcome of the six party talks",
    ["working group on humanitarian aid"],
    K,
  ),
  yes("outcome", "did the eu and uk reach a deal on fish", ["sand eel"], E),
  yes("outcome", "what came out of the second doha round", ["30-day ceasefire"], D2),
  yes("outcome", "was a full ceasefire agreed in january", ["full ceasefire"], D1),
  yes("next", "what happens next after the korea talks", ["Panmunjom"], K),
  yes("next", "what are the next steps in the karvelia mediation", ["ceasefire takes effect"], D2),
  yes("next", "whats next for the veterinary agreement", ["veterinary agreement"], E),

  // across briefings
  yes("cross", "which talks were held on 15 march 2023", [
    "Second Doha round",
    "EU-UK trade round",
  ]),
  yes("cross", "what talks happened on feb 7 2023", ["Six-party talks"], K),
  yes("cross", "what happened in doha", ["Karvelia"]),
  yes("cross", "what happened in brussels", ["veterinary"], E),
  yes("cross", "latest round of the doha mediation", ["2023-03-15"], D2),
  yes("cross", "any talks in january 2023", ["2023-01-19"], D1),

  // must be declined: known person, unknown topic
  no("topic", "what did liang say about taiwan"),
  no("topic", "what did whitcombe say about steel tariffs"),
  no("topic", "what did darwish say about oil revenues"),
  no("topic", "what did holloway say about iran"),
  no("topic", "what did marchetti say about gibraltar"),
  no("topic", "what did ri say about the olympics"),
  no("topic", "what did the talks say about climate change"),
  no("topic", "what does india think about the sanctions"),
  // unknown people
  no("person", "what did antonio guterres say"),
  no("person", "what did emmanuel macron say about fish"),
  no("person", "what did kim jong un say"),
  no("person", "what did stoltenberg say"),
  no("person", "who is the french president"),
  // unknown places
  no("place", "what happened in nairobi"),
  no("place", "what was agreed in oslo"),
  no("place", "how long did the talks in vienna last"),
  no("place", "what does turkey want"),
  // unrelated trivia
  no("trivia", "when did the berlin wall fall"),
  no("trivia", "whats the capital of australia"),
  no("trivia", "who won the world cup in 2022"),
  no("trivia", "when is the next g7 summit"),
  no("trivia", "whats the weather in doha tomorrow"),
  no("trivia", "recipe for hummus"),
  no("trivia", "who chaired the security council meeting"),
];
