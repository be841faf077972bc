// A second, untouched held-out exam: chat-style questions over the fictional briefings in tests/fixtures/holdout2.
// Written once before any run and never tuned against results; see tests/engine/holdout2.test.ts.

/** One exam question: `expect` substrings must all be in the answer text, `briefing` must be the first citation. */
export interface Holdout2Case {
  corpus: "holdout2";
  kind: string;
  question: string;
  answerable: boolean;
  expect?: string[];
  briefing?: string;
}

const ARCTIC = "2024-05-14-arctic-council-tromso";
const INDUS = "2023-09-19-indus-commission";
const ROUND1 = "2024-02-06-ras-doumeira-talks";
const ROUND2 = "2024-04-23-ras-doumeira-second-round";

/** An answerable question, with its expected substrings and (when one briefing alone answers it) that briefing. */
function a(kind: string, question: string, expect: string[], briefing?: string): Holdout2Case {
  return briefing === undefined
    ? { corpus: "holdout2", kind, question, answerable: true, expect }
    : { corpus: "holdout2", kind, question, answerable: true, expect, briefing };
}

/** A question the briefings do not cover: the engine must decline. */
function d(question: string): Holdout2Case {
  return { corpus: "holdout2", kind: "decline", question, answerable: false };
}

/** The second held-out question set. */
export const holdout2Set: Holdout2Case[] = [
  // who
  a("who", "who chaired the arctic council meeting in tromso", ["Hellesøy"], ARCTIC),
  a("who", "who spoke for russia at the arctic ministerial", ["Khrushchenko"], ARCTIC),
  a("who", "who's the pakistani indus commissioner", ["Siddiqui"], INDUS),
  a("who", "who mediated between djibouti and eritrea", ["Asante-Mensah"]),
  a("who", "who headed the eritrean delegation in the first round", ["Gebrehiwot"], ROUND1),
  a("who", "who is hawa farah", ["Red Crescent"], ROUND2),
  a("who", "who represented the world bank at the indus talks", ["Vogt"], INDUS),
  a("who", "who is the incoming arctic chair", ["Denmark"], ARCTIC),
  a("who", "who led the saami council", ["Somby"], ARCTIC),

  // what X said
  a("said", "what did hellesoy say", ["four times faster"], ARCTIC),
  a("said", "what did chrushchenko say", ["military security"], ARCTIC),
  a("said", "what did thornhil say", ["only a wish"], ARCTIC),
  a("said", "what did the saami council president say", ["reindeer"], ARCTIC),
  a("said", "what did chabra say", ["inside the treaty"], INDUS),
  a("said", "what did gebrehiwot say in the second round", ["honest"], ROUND2),
  a("said", "what did khawa farah say", ["Eleven names"], ROUND2),
  a("said", "what did asmara say in the first round", ["Draw the line first"], ROUND1),

  // what X said about a topic
  a("said-topic", "what did siddiqi say about the spillway", ["is a tap"], INDUS),
  a(
    "said-topic",
    "what did khayre say about the missing soldiers",
    ["where their sons are"],
    ROUND1,
  ),
  a("said-topic", "what did the mediator say at the signing", ["metre by metre"], ROUND2),
  a("said-topic", "what did pakistan say about flood warnings", ["save lives"], INDUS),
  a("said-topic", "what did denmark say about shipping", ["Safe shipping"], ARCTIC),
  a("said-topic", "what did asante mensah say after the first day", ["Nine hours"], ROUND1),

  // positions
  a("position", "what does pakistan want on the pondage", ["4 million cubic metres"], INDUS),
  a("position", "did russia back the military paragraph", ["military activity"], ARCTIC),
  a(
    "position",
    "did eritrea accept au monitors in the first round",
    ["before the border is drawn"],
    ROUND1,
  ),
  a("position", "what did djibouti demand in february", ["soldiers"], ROUND1),
  a("position", "what does washington want on black carbon", ["yearly reporting"], ARCTIC),
  a("position", "whats india's view on the dhanwari design", ["within the limits"], INDUS),
  a("position", "what does the saami council want", ["permanent seat"], ARCTIC),
  a("position", "what's the au's stance on the dispute", ["not by force"], ROUND1),

  // when
  a("when", "when was the arctic ministerial", ["2024-05-14"], ARCTIC),
  a("when", "when did the indus commision meet", ["2023-09-19"], INDUS),
  a("when", "when was the second round of the ras doumeira talks", ["2024-04-23"], ROUND2),
  a("when", "when was the first round of ras doumeira talks", ["2024-02-06"], ROUND1),
  a("when", "when is the prisoner exchange", ["2024-05-15"], ROUND2),
  a("when", "when's the next indus commission meeting", ["2024-05-28"], INDUS),
  a("when", "when does the boundary commission first sit", ["2024-06-10"], ROUND2),
  a("when", "when was the arctic council founded", ["1996"], ARCTIC),
  a("when", "when was the indus commission set up", ["1960"], INDUS),
  a("when", "when were the border clashes at ras doumeira", ["2008"], ROUND1),

  // where
  a("where", "where did the indus commissioners meet", ["New Delhi"], INDUS),
  a("where", "where's the next arctic ministerial", ["Nuuk"], ARCTIC),
  a("where", "where will the prisoner swap happen", ["Moulhoulé"], ROUND2),
  a("where", "where is the 120th indus meeting", ["Lahore"], INDUS),
  a("where", "where was the indus waters treaty signed", ["Karachi"], INDUS),

  // how long
  a("how-long", "how long did the tromso session go on", ["six and a half hours"], ARCTIC),
  a("how-long", "how long did the first round in addis last", ["nine hours"], ROUND1),
  a("how-long", "how long was the indus meeting", ["two days"], INDUS),

  // outcomes
  a("outcome", "any agreement on the dhanwari spillway?", ["No agreement"], INDUS),
  a("outcome", "what came out of the second round", ["boundary commission"], ROUND2),
  a(
    "outcome",
    "did the first round produce a deal on the border",
    ["No agreement on the border line"],
    ROUND1,
  ),
  a("outcome", "what was adopted in tromsø", ["Tromsø Declaration"], ARCTIC),

  // next steps
  a("next", "what comes next after the ras doumeira second round", ["Prisoner exchange"], ROUND2),
  a("next", "what happens next with the monitoring network", ["Ilulissat"], ARCTIC),
  a("next", "whats next after the first round in addis", ["second round"], ROUND1),

  // key points with numbers
  a("points", "how many stations will the permafrost network have", ["120"], ARCTIC),
  a("points", "by how much will black carbon be cut", ["30 percent"], ARCTIC),
  a("points", "how many djiboutian soldiers are missing", ["13"], ROUND1),
  a("points", "how many au observers will eritrea accept", ["40"], ROUND2),
  a("points", "how big is the dhanwari project", ["850 MW"], INDUS),
  a("points", "from when to when is flood data shared", ["10 October"], INDUS),
  a("points", "how many names did eritrea hand over", ["11"], ROUND2),

  // background
  a("background", "who mediated before the au got involved", ["Qatar"], ROUND1),
  a("background", "when did norway take over the arctic chair", ["2022"], ARCTIC),

  // across briefings
  a("cross", "which meetings happened in april 2024", ["2024-04-23"], ROUND2),
  a("cross", "the most recent round of the au ras doumeira talks", ["2024-04-23"], ROUND2),
  a("cross", "which talks were held in new delhi", ["Indus"], INDUS),
  a("cross", "what talks were on 14 may 2024", ["Arctic"], ARCTIC),
  a("cross", "list the meetings in 2023", ["Indus"], INDUS),

  // declines: unknown people
  d("what did sergei lavrov say about the arctic"),
  d("who is ahmed farouk"),
  d("what did boris johnson say"),
  d("who is the un special envoy for yemen"),
  // declines: unknown places
  d("what happened in reykjavik"),
  d("any talks in nairobi?"),
  d("when was the kigali round"),
  // declines: known person, topic never mentioned
  d("what did hellesoy say about ukraine"),
  d("what did siddiqui say about kashmir"),
  d("did khaireh mention the red sea shipping attacks"),
  d("what did thornhill say about china"),
  d("what did gebrehiwot say about ethiopia"),
  // declines: unrelated trivia
  d("what's the capital of eritrea"),
  d("who won the 2022 world cup"),
  d("how tall is mount kilimanjaro"),
  d("what is the population of djibouti"),
  d("what's the weather in tromso"),
  // declines: plausible-sounding but absent facts
  d("what did the arctic council decide about deep sea mining"),
  d("when will the dhanwari dam be finished"),
  d("how much did the world bank pay for the dhanwari project"),
  d("did greenland ask for independence at the ministerial"),
  d("how many troops does eritrea have"),
  d("what are india's plans for the brahmaputra"),
  d("what sanctions did the au impose on eritrea"),
];
