// Third held-out exam: questions over tests/fixtures/holdout3 (four fictional briefings), written blind to the engine.

/** One held-out question with what a right answer must contain. */
export interface Holdout3Case {
  corpus: "holdout3";
  /** What the question asks for; used only to report accuracy per kind. */
  kind: string;
  question: string;
  /** False when the briefings do not cover it and the engine must decline. */
  answerable: boolean;
  /** Substrings (verbatim from the briefing) the answer text must all contain. */
  expect?: string[];
  /** Id of the briefing the first citation must come from. */
  briefing?: string;
}

const W1 = "2023-03-13-wto-fisheries-march";
const W2 = "2023-11-20-wto-fisheries-november";
const M = "2023-04-03-mekong-summit";
const H = "2023-06-05-havana-peace-round";

function ok(kind: string, question: string, expect: string[], briefing?: string): Holdout3Case {
  return briefing === undefined
    ? { corpus: "holdout3", kind, question, answerable: true, expect }
    : { corpus: "holdout3", kind, question, answerable: true, expect, briefing };
}

function no(kind: string, question: string): Holdout3Case {
  return { corpus: "holdout3", kind, question, answerable: false };
}

/** The questions, answerable first, then those to decline. */
export const holdout3Set: Holdout3Case[] = [
  // who
  ok("who", "who was there from thailand", ["Thanawat Srisuwannakhet"], M),
  ok("who", "who chaired the november wto session", ["Einar Gunnarsson"], W2),
  ok("who", "who led the farc delegation in havana", ["Julián Echeverry Ossa"], H),
  ok("who", "whos the vietnamese minister at the mekong summit", ["Nguyễn Thị Thu Hường"], M),
  ok("who", "who headed the goverment team in havana", ["Cárdenas"], H),
  ok("who", "who represented norway", ["Dag Halvorsen Nyberg"], H),
  ok("who", "who is kippenberger", ["European Commission"], W2),
  ok("who", "who hosted the mekong summit", ["Phankham Vongsavath"], M),
  ok("who", "who was the mrc ceo", ["Kittikhoun Sayavong"], M),
  ok("who", "who spoke for the pacific group at the wto", ["Losaline Tupou Mahe"], W2),
  ok("who", "who was indonesia's envoy in the march fish talks", ["Bambang Suryaatmadja"], W1),

  // what did X say
  ok("said", "what did echevery say", ["sign our surrender"], H),
  ok("said", "what did minister huong say", ["The delta is sinking"], M),
  ok("said", "what did vongsavat say", ["our battery"], M),
  ok("said", "quote from cambodia", ["No fish, no Tonle Sap"], M),
  ok("said", "what did the norwegian envoy say", ["stayed at the table"], H),
  ok("said", "what did sayavong say", ["hour of warning"], M),
  ok(
    "said",
    "what did cardenas say at the press conference",
    ["Nothing is agreed until everything is agreed"],
    H,
  ),

  // what did X say about Y
  ok("said-topic", "what did the farc say about land", ["Without land there is no peace"], H),
  ok("said-topic", "what did tonga's ambassador say about fish", ["it is dinner"], W2),
  ok(
    "said-topic",
    "what did the thai deputy pm say about data",
    ["Data shared late is data wasted"],
    M,
  ),
  ok("said-topic", "what did kipenberger say about trawlers", ["A trawler off West Africa"], W2),
  ok(
    "said-topic",
    "what did raghunathan say about the transition period",
    ["Seven years is a blink"],
    W2,
  ),
  ok(
    "said-topic",
    "what did the eu say about distant water fleets",
    ["exception that swallows the rule"],
    W2,
  ),
  ok(
    "said-topic",
    "what did gunarsson say at the end of the march session",
    ["next time I want to see a text"],
    W1,
  ),
  ok("said-topic", "what did bogota say about the land fund", ["not a confiscation"], H),

  // positions
  ok("position", "what does vietnam want on dams", ["ten-year moratorium"], M),
  ok("position", "what does laos want", ["battery of Southeast Asia"], M),
  ok(
    "position",
    "what's india's position on the transition period",
    ["25-year transition period"],
    W2,
  ),
  ok("position", "does the farc want expropriation", ["unproductive large estates"], H),
  ok("position", "is the government willing to expropriate farms", ["Rules out expropriation"], H),
  ok("position", "what is cambodia asking for", ["Tonle Sap"], M),
  ok("position", "what did the pacific islands ask for", ["fuel subsidies"], W2),
  ok("position", "what does china offer on the mekong", ["dry-season data"], M),

  // when
  ok("when", "when did the mekong summit start", ["2023-04-03"], M),
  ok("when", "when was the havana round", ["2023-06-05"], H),
  ok("when", "when were the march wto fish talks", ["2023-03-13"], W1),
  ok("when", "when was the mrc founded", ["1995"], M),
  ok("when", "when did the caguan talks collapse", ["2002"], H),
  ok("when", "when's the next havana round and where", ["2023-08-14", "Havana"], H),
  ok("when", "when's the revised draft due", ["2023-12-15"], W2),
  ok("when", "when was the farc founded", ["1964"], H),
  ok("when", "when did wto fisheries negotiations start", ["2001"], W2),

  // where
  ok("where", "where was the mekong summit", ["Vientiane"], M),
  ok("where", "where is mc13", ["Abu Dhabi"], W2),
  ok("where", "where does the data sharing working group meet", ["Phnom Penh"], M),
  ok("where", "where will the next mrc summit be", ["Cambodia"], M),
  ok("where", "where was the first mrc summit", ["Hua Hin"], M),

  // how long
  ok("how-long", "how long did the havana round run", ["nineteen days"], H),
  ok("how-long", "how many days was the mekong summit", ["three days"], M),
  ok("how-long", "how long was the november session in geneva", ["five days"], W2),
  ok("how-long", "how long is the transition period in the chair's draft", ["seven-year"], W2),

  // outcomes
  ok("outcome", "any deal in havana?", ["land fund"], H),
  ok("outcome", "what came out of the mekong summit", ["Vientiane Declaration"], M),
  ok("outcome", "was the dam moratorium agreed", ["rejected"], M),
  ok(
    "outcome",
    "did they agree on the transition period at the wto",
    ["no agreement on the length of the transition period"],
    W2,
  ),
  ok("outcome", "what was the outcome of the march fish talks", ["No draft text was tabled"], W1),

  // next steps
  ok("next", "next steps after the mekong summit?", ["Phnom Penh"], M),
  ok("next", "what happens next in the wto fisheries talks", ["2023-12-15"], W2),
  ok("next", "whats next for the havana talks", ["political participation"], H),

  // background
  ok("background", "how many people has the colombian conflict killed", ["220,000"], H),
  ok("background", "how many members does the wto have", ["164"], W2),
  ok("background", "how many dams has china built upstream", ["eleven"], M),

  // key points
  ok("points", "how much are harmful fishing subsidies worth", ["22 billion"], W2),
  ok("points", "how big is the land fund", ["3 million hectares"], H),
  ok("points", "how far inland did salt water get in the delta", ["90 kilometres"], M),
  ok("points", "what share of rural land in colombia lacks a title", ["60 percent"], H),
  ok("points", "what is the de minimis threshold", ["0.8 percent"], W2),
  ok("points", "how much is the mekong fish catch worth", ["11 billion"], M),
  ok("points", "how many dams does laos plan on the mainstream", ["nine more"], M),
  ok("points", "how many hectares will the government title", ["7 million hectares"], H),

  // across briefings
  ok("cross", "which talks were in march 2023", ["2023-03-13"], W1),
  ok("cross", "what happened in geneva", ["fisheries"]),
  ok("cross", "latest round of the wto fisheries talks", ["2023-11-20"], W2),
  ok("cross", "which talks were in vientiane", ["Mekong"], M),
  ok("cross", "what talks were held in june 2023", ["Havana"], H),
  ok("cross", "what happened in havana", ["land fund"], H),

  // declines: people the briefings never mention
  no("decline-person", "what did jens stoltenberg say about fish"),
  no("decline-person", "what did hun sen say about the dams"),
  no("decline-person", "who is the president of colombia"),
  no("decline-person", "what did ngozi okonjo-iweala say in geneva"),

  // declines: places never mentioned
  no("decline-place", "who was there from brazil"),
  no("decline-place", "what happened in nairobi"),
  no("decline-place", "were there talks in buenos aires"),
  no("decline-place", "what happened at the ottawa round"),

  // declines: known person or party, topic never mentioned
  no("decline-topic", "what did echeverry say about the ceasefire"),
  no("decline-topic", "what did kippenberger say about tuna quotas"),
  no("decline-topic", "what did minister huong say about rice exports"),
  no("decline-topic", "what does thailand think about the south china sea"),
  no("decline-topic", "what did the farc say about drug trafficking"),
  no("decline-topic", "what did gunnarsson say about whaling"),
  no("decline-topic", "what did the wto say about steel tariffs"),

  // declines: unrelated trivia
  no("decline-trivia", "what's the capital of australia"),
  no("decline-trivia", "who won the world cup in 2022"),
  no("decline-trivia", "whats the weather in havana"),

  // declines: plausible-sounding facts the briefings do not state
  no("decline-absent", "how many fishing vessels does india have"),
  no("decline-absent", "how much did norway pay to host the talks"),
  no("decline-absent", "when was the ceasefire signed in havana"),
  no("decline-absent", "how many megawatts do the lao dams produce"),
  no("decline-absent", "how many refugees crossed into thailand"),
  no("decline-absent", "how much did china invest in the vientiane declaration"),
];
