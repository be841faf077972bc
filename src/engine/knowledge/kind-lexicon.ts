// What a question's words ask for, by lemma: the project's own word knowledge about kinds of
// questions, kept as classes of words (not phrasings), one place to extend. The kind reader
// (`../kind-reader.ts`) matches them against the lemmas of an NLP parse, so "headed", "heads" and
// "head" are one entry, and a verb is told from a noun ("table" the offer, "on the table").
import type { Kind } from "../question.ts";

/** Cues of one kind, by the part of speech they must have in the question. */
export interface KindCues {
  /** Verb lemmas, or a verb lemma and the particle after it ("take part", "call for"). */
  verbs?: readonly string[];
  /** Noun lemmas (singular). */
  nouns?: readonly string[];
  /** Words of any part of speech (adverbs, adjectives, and nouns the tagger reads as verbs). */
  words?: readonly string[];
}

/** Time units a "how many …" asks a duration in. */
export const TIME_UNITS: readonly string[] = ["hour", "day", "minute", "week", "month", "year"];
/** Nouns that make "what/which …" ask for a date. */
export const TIME_NOUNS: readonly string[] = ["date", "day", "time", "year", "month"];
/** Nouns that make "what/which/in which …" ask for a place. */
export const PLACE_NOUNS: readonly string[] = [
  "city",
  "place",
  "venue",
  "location",
  "country",
  "building",
  "hotel",
];
/** Nouns that make "which …" ask for people. */
export const PEOPLE_NOUNS: readonly string[] = [
  "people",
  "person",
  "official",
  "participant",
  "delegate",
  "diplomat",
  "minister",
];
/** Nouns that make "which/what …" ask for the sides ("which countries took part"). */
export const SIDE_NOUNS: readonly string[] = [
  "country",
  "nation",
  "party",
  "state",
  "side",
  "delegation",
];
/** Verbs of where someone stands: "where does X stand" asks a position, not a place. */
export const STANCE_VERBS: readonly string[] = ["stand"];
/** Nouns of a role: "head of the delegation?" asks who holds it. */
export const ROLE_NOUNS: readonly string[] = [
  "head",
  "leader",
  "chief",
  "chair",
  "chairman",
  "host",
  "negotiator",
  "envoy",
  "mediator",
  "representative",
  "counterpart",
];
/** Subordinators: a clause they open says when or why, not what is asked. */
export const SUBORDINATORS: readonly string[] = ["when", "while", "if", "because", "whether", "as"];
/** "tell me about …", "brief me on …": a request for the whole story. */
export const SUMMARY_REQUESTS: readonly string[] = ["tell", "talk", "brief", "fill"];

/** Words that say what someone said: their words, not their stance or what was agreed. */
export const SAID_CUES: KindCues = {
  verbs: [
    "say",
    "quote",
    "tell",
    "claim",
    "state",
    "declare",
    "tweet",
    "post",
    "write",
    "speak",
    "announce",
    "call",
    "describe",
    "comment",
    "remark",
    "warn",
    "react",
    "respond",
  ],
  nouns: [
    "quote",
    "statement",
    "remark",
    "comment",
    "word",
    "tweet",
    "message",
    "verdict",
    "reaction",
    "response",
  ],
};

/**
 * Words that decide a question's kind when no question word does, in the order they are
 * weighed: what was said is read first (above), then these, then the weak cues.
 */
export const KIND_CUES: readonly [Kind, KindCues][] = [
  // "start date of the ceasefire", "the last day of the talks": a date asked without "when"
  ["when", { nouns: ["date", "timing"], words: ["last day", "first day"] }],
  ["who", { verbs: ["attend", "take part", "participate"], nouns: ["participant", "attendee"] }],
  [
    "next",
    {
      verbs: ["follow up", "happen now", "happen after"],
      words: [
        "next",
        "upcoming",
        "future",
        "follow-up",
        "followup",
        "follow up",
        "planned",
        "scheduled",
      ],
    },
  ],
  [
    "outcome",
    {
      verbs: [
        "agree",
        "conclude",
        "achieve",
        "decide",
        "end",
        "reach",
        "succeed",
        "fail",
        "come out",
      ],
      nouns: [
        "outcome",
        "result",
        "breakthrough",
        "agreement",
        "conclusion",
        "achievement",
        "decision",
        "deal",
        "progress",
        "end",
        "success",
        "failure",
      ],
      words: ["agreed", "successful", "ended"],
    },
  ],
  [
    "position",
    {
      verbs: [
        "want",
        "demand",
        "think",
        "accept",
        "reject",
        "oppose",
        "seek",
        "insist",
        "call for",
        "ask for",
        "push for",
        "press for",
        "lobby for",
        "argue for",
        "give in",
        "turn down",
        "refuse",
        "concede",
        "compromise",
        "propose",
        "offer",
        "suggest",
        "table",
        "put forward",
      ],
      nouns: ["position", "stance", "view", "demand"],
    },
  ],
  [
    "background",
    { nouns: ["background", "context", "history"], words: ["before", "previous", "previously"] },
  ],
  [
    "points",
    {
      verbs: ["discuss"],
      nouns: ["point", "topic", "agenda", "takeaway"],
      words: ["discussed"],
    },
  ],
  [
    "summary",
    {
      nouns: ["summary", "overview", "gist"],
      words: ["summarise", "summarize", "summarised", "summarized"],
    },
  ],
];

/**
 * Weaker cues, read only when nothing above decided: what a question's other verbs and nouns ask
 * for ("what did they bring up", "will they meet again", "the upshot", "head of the delegation").
 */
export const WEAK_KIND_CUES: readonly [Kind, KindCues][] = [
  [
    "background",
    { words: ["why", "backstory"], verbs: ["lead up", "get to"], nouns: ["background"] },
  ],
  ["next", { words: ["again", "follow-up", "upcoming"], verbs: ["resume", "continue", "return"] }],
  [
    "points",
    {
      verbs: ["discuss", "talk about", "raise", "bring up", "cover", "table"],
      nouns: ["issue", "topic", "agenda", "table"],
    },
  ],
  [
    "outcome",
    {
      verbs: ["produce", "commit", "achieve", "deliver", "get out"],
      nouns: ["upshot", "result", "outcome"],
    },
  ],
  ["where", { nouns: ["venue", "location"] }],
  ["who", { nouns: ["job", "role", "capacity"] }],
  ["position", { verbs: ["stand"], nouns: ["stance"] }],
];
