// The engine's exam: questions as people type them in chat, with what a right answer must contain.
// Written against the briefings' text only, never against engine internals.

/** One question of the evaluation set and what a right answer looks like. */
export interface EvalCase {
  question: string;
  /** Whether the briefings answer it. */
  answerable: boolean;
  /** Case-insensitive substrings the answer text must ALL contain (for answerable ones): the answer itself (a quote fragment, a name, a date as YYYY-MM-DD or as written). */
  expect?: string[];
  /** Briefing id the first citation must come from, when it matters. */
  briefing?: string;
  /** Which corpus: "shipped" = only briefings/ ; "fixtures" = briefings/ plus tests/fixtures/briefings/. */
  corpus: "shipped" | "fixtures";
  /** What it exercises, for the report: "who" | "said" | "position" | "when" | "where" | "duration" | "outcome" | "next" | "background" | "points" | "cross" | "decline". */
  kind: string;
}

// Briefing ids, so a typo here fails loudly in one place rather than silently in many.
const NRC = "2022-01-12-nato-russia-council";
const SSD_2021 = "2021-07-28-strategic-stability-dialogue-geneva";
const SSD_2022 = "2022-01-10-strategic-stability-dialogue-geneva";
const OSCE = "2022-01-13-osce-permanent-council-vienna";
const JCPOA = "2021-11-29-vienna-jcpoa-talks";
const NORMANDY = "2022-01-26-normandy-format-paris";

/** An answerable question over the shipped briefing only. */
function shipped(kind: string, question: string, expect: string[], briefing = NRC): EvalCase {
  return { question, answerable: true, expect, briefing, corpus: "shipped", kind };
}

/** An answerable question over the shipped briefing plus the test briefings. */
function fixtures(kind: string, question: string, expect: string[], briefing?: string): EvalCase {
  const base: EvalCase = { question, answerable: true, expect, corpus: "fixtures", kind };
  return briefing === undefined ? base : { ...base, briefing };
}

/** A question whose subject no briefing in the corpus covers: the engine must decline it. */
function decline(corpus: EvalCase["corpus"], question: string): EvalCase {
  return { question, answerable: false, corpus, kind: "decline" };
}

/** The evaluation set: answerable questions with expected fragments, and questions to decline. */
export const evalSet: EvalCase[] = [
  // ── Shipped briefing: the NATO-Russia Council, Brussels, 2022-01-12 ──
  shipped("who", "who is the nato secretary general", ["Stoltenberg"]),
  shipped("who", "who is stoltenburg", ["Secretary General"]),
  shipped("who", "who was there for russia", ["Grushko"]),
  shipped("who", "who is gruschko", ["Deputy Foreign Minister"]),
  shipped("who", "who is grushco", ["Deputy Foreign Minister"]),
  shipped("who", "who is wendy shermann", ["Deputy Secretary of State"]),
  shipped("who", "who is michael grytz", ["ARD"]),
  shipped("who", "who represented the us", ["Sherman"]),
  shipped("who", "who is the german chancellor", ["Scholz"]),
  shipped("who", "which russian diplomat did sherman talk to", ["Grushko"]),
  shipped("who", "who is scholtz", ["Chancellor"]),

  shipped("said", "what did stoltenburg say about ukraine joining nato", ["no right of veto"]),
  shipped("said", "what did shermann tweet", ["sovereign right to choose its own path"]),
  shipped("said", "what did scholtz say about territorial integrity", [
    "territorial integrity of the states remains safe",
  ]),
  shipped("said", "did scholz promise to restore the situation before crimea", ["We will do that"]),
  shipped("said", "what did scholz say about the dialogue formats", ["dialogue formats"]),
  shipped("said", "did stoltenberg say anything positive about the talks", ["positive sign"]),
  shipped("said", "what did stoltenberg say about nato principles", [
    "will not compromise on our basic principles",
  ]),
  shipped("said", "how did jens stoltenberg describe the differences with moscow", [
    "differences of opinion",
  ]),
  shipped("said", "what did nato say about a russian veto", ["no right of veto"]),
  shipped("said", "what did the americans say after the negotiations", ["sovereign right"]),
  shipped("said", "quote from stoltenbergh about sitting at the same table", ["same table"]),

  shipped("position", "what does the kremlin want", ["security guarantees"]),
  shipped("position", "what does moscow demand", ["security guarantees"]),
  shipped("position", "did nato give in to russias demands", ["rejected"]),
  shipped("position", "does russia accept ukraine joining the alliance", ["eastward expansion"]),
  shipped("position", "what does russia think about american military bases", ["US army bases"]),
  shipped("position", "is russia willing to keep talking", ["continue the dialogue"]),
  shipped("position", "what is germanys position", ["territorial integrity"]),
  shipped("position", "is nato open to more talks", ["open to further negotiations"]),
  shipped("position", "what is the us position on countries choosing alliances", ["own path"]),

  shipped("when", "when was the nato russia council meeting", ["2022-01-12"]),
  shipped("when", "when was the council set up", ["2002"]),
  shipped("when", "when did the council meet before this", ["2019"]),
  shipped("when", "when did russia annex crimea", ["2014"]),
  shipped("when", "what date are the osce talks", ["2022-01-13"]),

  shipped("where", "where did the nato russia council meet", ["Brussels"]),
  shipped("where", "where were the talks held", ["Brussels"]),

  shipped("duration", "how long did the meeting go on", ["almost five hours"]),
  shipped("duration", "how many hours did they talk in brussels", ["five hours"]),

  shipped("outcome", "was there a breakthrough", ["no breakthrough"]),
  shipped("outcome", "what was the result of the nato russia talks", ["breakthrough"]),
  shipped("outcome", "did nato accept moscows security demands", ["rejected"]),

  shipped("next", "whats next after the nato meeting", ["OSCE"]),
  shipped("next", "when is the next round", ["2022-01-13"]),
  shipped("next", "what happens on thursday", ["OSCE"]),
  shipped("next", "will there be more meetings with russia", ["further"]),

  shipped("background", "how many countries are in nato", ["30"]),
  shipped("background", "when was the last time the council met", ["2019"]),
  shipped("background", "what happened in 2014", ["Crimea"]),
  shipped("background", "what happened in 2002", ["established"]),

  shipped("points", "summarise the nato russia council", ["no breakthrough"]),
  shipped("points", "what was discussed in brussels", ["security guarantees"]),
  shipped("points", "was it an easy discussion", ["not easy"]),
  // Paraphrases and terse chat shorthand.
  shipped("position", "did nato say yes to the security guarantees", ["rejected"]),
  shipped("outcome", "how did the meeting end", ["no breakthrough"]),
  shipped("who", "who spoke for nato", ["Stoltenberg"]),
  shipped("next", "when will they talk again", ["2022-01-13"]),
  shipped("position", "what does nato think about ukraine becoming a member", ["no right of veto"]),
  shipped("who", "gruschko role", ["Deputy Foreign Minister"]),

  decline("shipped", "what did macron say about ukraine"),
  decline("shipped", "what happened in tokyo"),
  decline("shipped", "what did the talks decide about climate finance"),
  decline("shipped", "who won the world cup"),
  decline("shipped", "what did stoltenberg say about china"),
  decline("shipped", "what did lavrov say"),
  decline("shipped", "what did blinken say about nato"),
  decline("shipped", "when is the g20 summit"),
  decline("shipped", "what did the talks say about gas prices"),
  decline("shipped", "who is the president of france"),
  decline("shipped", "what happened in geneva"),
  decline("shipped", "what did ryabkov say"),
  decline("shipped", "what did nato decide about afghanistan"),
  decline("shipped", "what is the weather in brussels tomorrow"),
  decline("shipped", "what did the talks agree on nuclear weapons in iran"),

  // ── Shipped plus test briefings: Geneva, Vienna, Paris, and Brussels again ──
  fixtures("who", "who led the russian delegation in geneva", ["Ryabkov"], SSD_2022),
  fixtures("who", "who is rjabkow", ["Deputy Foreign Minister"]),
  fixtures("who", "who is the osce chairman in office", ["Rau"], OSCE),
  fixtures("who", "who is lukashevitch", ["Permanent Representative"], OSCE),
  fixtures("who", "who is the iranian chief negotiator", ["Bagheri Kani"], JCPOA),
  fixtures("who", "who is bagheri kany", ["chief nuclear negotiator"], JCPOA),
  fixtures("who", "who coordinated the vienna nuclear talks", ["Mora"], JCPOA),
  fixtures("who", "who is uljanow", ["international organisations in Vienna"], JCPOA),
  fixtures("who", "who hosted the normandy meeting in paris", ["Bonne"], NORMANDY),
  fixtures("who", "who is jermak", ["Office of the President of Ukraine"], NORMANDY),
  fixtures("who", "who represented germany in paris", ["Plötner"], NORMANDY),
  fixtures("who", "who is the us envoy for iran", ["Malley"], JCPOA),
  fixtures("who", "who is the russian deputy defense minister", ["Fomin"], SSD_2022),
  fixtures("who", "who is the nato secretary general", ["Stoltenberg"], NRC),

  fixtures("said", "what did rjabkov say about ukraine in nato", ["never, never, never"], SSD_2022),
  fixtures(
    "said",
    "what did ryabkov say about invading ukraine",
    ["no intention to invade"],
    SSD_2022,
  ),
  fixtures("said", "what did sherman say about natos open door", ["slam closed"], SSD_2022),
  fixtures("said", "what did rau say about the risk of war", ["greater than ever before"], OSCE),
  fixtures("said", "what did lukashevich say about waiting", ["cannot wait forever"], OSCE),
  fixtures("said", "what did carpenter say about war", ["drumbeat of war"], OSCE),
  fixtures("said", "what did bagheri say about sanctions", ["removed first"], JCPOA),
  fixtures("said", "what did enrique mora say", ["I feel positive"], JCPOA),
  fixtures("said", "what did the europeans say about irans proposals", ["walking back"], JCPOA),
  fixtures("said", "what did ulyanov tweet", ["not a failure"], JCPOA),
  fixtures(
    "said",
    "what did kosak say about the ceasefire",
    ["ceasefire must be maintained"],
    NORMANDY,
  ),
  fixtures(
    "said",
    "what did yermack say about talking to the separatists",
    ["not recognised under international law"],
    NORMANDY,
  ),
  fixtures("said", "what did fomin say about the military drills", ["internal affair"], SSD_2022),
  fixtures("said", "what did stoltenberg say about compromise", ["basic principles"], NRC),
  fixtures("said", "what did the us ambassador to the osce say about ukraines sovereignty", [
    "behind its back",
  ]),

  fixtures("position", "what did washington offer russia in geneva", ["missile"], SSD_2022),
  fixtures(
    "position",
    "what does iran want before it scales back its nuclear programme",
    ["lifted"],
    JCPOA,
  ),
  fixtures(
    "position",
    "will the us lift all sanctions on iran",
    ["unrelated to the nuclear file"],
    JCPOA,
  ),
  fixtures("position", "does the us talk directly to tehran", ["indirectly"], JCPOA),
  fixtures(
    "position",
    "in the normandy talks what does moscow want from kyiv",
    ["negotiate directly"],
    NORMANDY,
  ),
  fixtures("position", "what did russia demand at the osce", ["written"], OSCE),
  fixtures("position", "is ukraines sovereignty up for negotiation", ["not negotiable"], OSCE),
  fixtures(
    "position",
    "what does the eu want in talks on european security",
    ["Helsinki Final Act"],
    OSCE,
  ),

  fixtures("when", "when did the vienna nuclear talks start", ["2021-11-29"], JCPOA),
  fixtures("when", "when did the iran talks end", ["2021-12-03"], JCPOA),
  fixtures(
    "when",
    "when was the first round of the strategic stability dialogue",
    ["2021-07-28"],
    SSD_2021,
  ),
  fixtures("when", "when was the jcpoa concluded", ["2015"], JCPOA),
  fixtures("when", "when did the us pull out of the iran deal", ["2018"], JCPOA),
  fixtures("when", "when was the normandy format created", ["2014"], NORMANDY),
  fixtures("when", "when did the osce get its current name", ["1995"], OSCE),
  fixtures("when", "when was the us russia meeting in geneva in january", ["2022-01-10"], SSD_2022),

  fixtures("where", "where was the osce permanent council", ["Vienna"], OSCE),
  fixtures("where", "where did the normandy format advisers meet", ["Paris"], NORMANDY),
  fixtures("where", "where did sherman and ryabkov meet", ["Geneva"]),
  fixtures("where", "where is the next normandy meeting", ["Berlin"], NORMANDY),
  fixtures("where", "where were the iran nuclear talks", ["Vienna"], JCPOA),

  fixtures(
    "duration",
    "how long did the geneva talks last in january",
    ["nearly eight hours"],
    SSD_2022,
  ),
  fixtures("duration", "how many days did the iran talks run", ["five days"], JCPOA),
  fixtures("duration", "how long was the paris meeting", ["eight hours"], NORMANDY),
  fixtures("duration", "how long did the osce debate take", ["three hours"], OSCE),
  fixtures(
    "duration",
    "how long was the first round of the strategic stability dialogue",
    ["five hours"],
    SSD_2021,
  ),

  fixtures("outcome", "did the iran talks reach a deal", ["without agreement"], JCPOA),
  fixtures("outcome", "what came out of the normandy talks", ["ceasefire"], NORMANDY),
  fixtures("outcome", "what was the result of the osce meeting", ["no agreement"], OSCE),
  fixtures("outcome", "did the us accept russias demands in geneva", ["rejected"], SSD_2022),
  fixtures(
    "outcome",
    "was there a breakthrough at the nato russia council",
    ["no breakthrough"],
    NRC,
  ),

  fixtures("next", "when is the next round of the iran talks", ["2021-12-09"], JCPOA),
  fixtures("next", "when is the next permanent council session", ["2022-01-20"], OSCE),
  fixtures(
    "next",
    "what was planned after the first strategic stability round",
    ["2021-09-30"],
    SSD_2021,
  ),
  fixtures("next", "what will the us and nato send to russia", ["written responses"], OSCE),
  fixtures("next", "when do the normandy advisers meet again", ["2022-02-10"], NORMANDY),

  fixtures("background", "when was the helsinki final act signed", ["1975"], OSCE),
  fixtures("background", "when did the inf treaty lapse", ["2019"], SSD_2022),
  fixtures("background", "when was new start extended", ["February 2021"], SSD_2021),
  fixtures("background", "how many states are in the osce", ["57"], OSCE),
  fixtures("background", "when did iran start breaking the enrichment limits", ["2019"], JCPOA),
  fixtures("background", "when were the minsk agreements signed", ["2014"], NORMANDY),

  fixtures(
    "points",
    "what was discussed at the first strategic stability round",
    ["New START"],
    SSD_2021,
  ),
  fixtures("points", "what did iran table in vienna", ["two drafts"], JCPOA),

  fixtures("cross", "which talks were on 13 january", ["OSCE"], OSCE),
  fixtures("cross", "what happened in geneva", ["Strategic Stability"]),
  fixtures(
    "cross",
    "what was the latest round of the strategic stability dialogue",
    ["2022-01-10"],
    SSD_2022,
  ),
  fixtures(
    "cross",
    "when was the previous round of the strategic stability dialogue",
    ["2021-07-28"],
    SSD_2021,
  ),
  fixtures("cross", "which talks were in december 2021", ["nuclear"], JCPOA),
  fixtures("cross", "what talks were there in paris", ["Normandy"], NORMANDY),
  fixtures("cross", "what talks were on 26 january", ["Normandy"], NORMANDY),
  fixtures("cross", "which talks went on for several days", ["Iran nuclear deal"], JCPOA),
  fixtures("cross", "which meetings did wendy sherman attend", [
    "Strategic Stability",
    "NATO-Russia Council",
  ]),
  fixtures("cross", "which talks happened in 2021", ["2021-07-28", "2021-11-29"]),
  fixtures("cross", "what talks were held in vienna", ["OSCE", "Iran"]),
  fixtures("cross", "what is the most recent briefing", ["2022-01-26"], NORMANDY),
  fixtures("position", "did iran and the us meet face to face", ["indirectly"], JCPOA),
  fixtures("said", "what is the osce chair warning about", ["risk of war"], OSCE),

  decline("fixtures", "what did macron say about the normandy talks"),
  decline("fixtures", "what happened in tokyo"),
  decline("fixtures", "what did the iran talks decide about climate finance"),
  decline("fixtures", "who won the world cup"),
  decline("fixtures", "what did ryabkov say about china"),
  decline("fixtures", "what did lavrov say in geneva"),
  decline("fixtures", "when is the next opec meeting"),
  decline("fixtures", "what did zelensky say about the ceasefire"),
  decline("fixtures", "who is the israeli negotiator in vienna"),
  decline("fixtures", "what did north korea say about the nuclear talks"),
  decline("fixtures", "what was agreed about the nord stream pipeline"),
  decline("fixtures", "what did the talks in istanbul decide"),
  decline("fixtures", "what did scholz say about iran"),
  decline("fixtures", "how long did the talks in warsaw last"),
  decline("fixtures", "what did the un security council decide on syria"),
  decline("fixtures", "what did sherman say about iran"),
  decline("fixtures", "what did mora say about ukraine"),
  decline("fixtures", "when did nato meet in paris"),
  decline("fixtures", "what did the osce decide about belarus"),
  decline("fixtures", "who led the chinese delegation"),
];
