// The engine's tuning, in one typed object: every weight and threshold that decides which
// briefing and which fact answer a question, each with why its value. Values were set on the
// regression suites (docs/answer-quality.md); change one only with the quality report before and
// after (`npx tsx tests/engine/quality-report.ts`).
import type { Kind } from "./question.ts";
import type { Section } from "./types.ts";

/** The section that answers each list-like kind of question. */
export const SECTION_OF = {
  outcome: "outcomes",
  next: "next_steps",
  background: "background",
  points: "points",
} as const satisfies Partial<Record<Kind, Section>>;

/**
 * Section weights per question kind: which sections answer it. The section named by the kind
 * weighs 3, so that a fact of another section must match clearly more words to win; sections
 * that often hold the same answer in other words (an outcome stated as a point) weigh 0.5–1.5.
 */
export const SECTION_WEIGHT: Record<Kind, Partial<Record<Section, number>>> = {
  who: { participants: 3, quotes: 1, parties: 0.5 },
  said: { quotes: 3, parties: 0.6, points: 0.4 },
  position: { parties: 3, quotes: 1.5, points: 1, outcomes: 1, summary: 0.5 },
  when: { next_steps: 2, background: 2, date: 2, points: 0.6, outcomes: 0.6 },
  where: { location: 3 },
  howlong: { points: 1, summary: 1, background: 1, outcomes: 1 },
  outcome: { outcomes: 3, points: 0.6, summary: 0.5 },
  next: { next_steps: 3, outcomes: 0.6 },
  background: { background: 3, points: 0.6 },
  points: { points: 3, outcomes: 0.8 },
  summary: { summary: 3 },
  general: {
    summary: 1,
    points: 1,
    outcomes: 1,
    background: 1,
    parties: 1,
    quotes: 1,
    next_steps: 1,
    participants: 1,
  },
};

/** Every weight and threshold of the engine, by what it tunes. */
export interface Tuning {
  /** Scoring the words of a question against facts and briefings. */
  readonly words: {
    /** A word that only shapes the question ("say", "talks", "outcome"). */
    readonly soft: number;
    /** A word of a name (person, party, place, series). */
    readonly mention: number;
    /** A section the question's kind does not name. */
    readonly otherSection: number;
    /** Added (times the word's rarity) when a word is in the fact's own text, not only its tags. */
    readonly inText: number;
    /** Added to a briefing's score for each of its own participants, parties or series named. */
    readonly ownName: number;
    /** Added for the place its talks were held at, when the question names it. */
    readonly ownPlace: number;
    /** Terms in at most this many facts are looked up through the index. */
    readonly rareDf: number;
    /** Up to this many candidate briefings, common terms are scored briefing by briefing. */
    readonly maxCandidates: number;
  };
  /** Shares of a question's content words a fact or briefing must hold. */
  readonly coverage: {
    /** A briefing, and a fact that answers: at least half of the content words. */
    readonly answer: number;
    /** A quote counted among a speaker's other statements on a topic. */
    readonly otherStatements: number;
    /** The speaker a said-question names only by a role: the share of the role's words. */
    readonly speakerRole: number;
    /** A fact answering a general question, when no section is asked. */
    readonly general: number;
    /** A fact stating a number, for a how-many question no section answers. */
    readonly number: number;
    /** A line naming who did what a who-question asks, when no participant's role says it. */
    readonly doerInText: number;
  };
  /** Choosing the briefing. */
  readonly choice: {
    /** Briefings within this share of the best score fit equally; the latest of them answers. */
    readonly tie: number;
    /** As `tie`, when the question asks for the latest, first or previous, or for a list. */
    readonly orderedTie: number;
    /** A series chosen by its rounds must score this share of the best briefing's score. */
    readonly seriesFloor: number;
    /** Next-best briefings tried when the chosen one lacks the fact asked for. */
    readonly fallbacks: number;
    /** Of the briefings that tie, this many are compared fact by fact. */
    readonly fitCandidates: number;
    /** Of a fact's shaping words ("say", "outcome") found, this share is added to its fit. */
    readonly shapingFit: number;
    /** How-long fit of a briefing that spans several days (its length is the answer). */
    readonly multiDayFit: number;
    /** How-long fit of a briefing stating the talks' length in a point, and in its summary. */
    readonly statedLengthFit: number;
    readonly summaryLengthFit: number;
  };
  /** Choosing the fact. */
  readonly facts: {
    /** People whose fit is within this share of the best are named together. */
    readonly nearBest: number;
    /** A dated next step, for a when-question: it names its own day. */
    readonly datedStep: number;
    /** The briefing's own date, for a when-question. */
    readonly dateSection: number;
    /** A fact naming a place ("in Geneva"), for a where-question. */
    readonly placeText: number;
    /** A next step, for a where-question: where the talks go next. */
    readonly nextStepPlace: number;
    /** Added to a fact of the person, and of the side, the question is about. */
    readonly subjectPerson: number;
    readonly subjectParty: number;
    /** A fact naming the ordinal asked ("the first summit") and one naming only others. */
    readonly sameOrdinal: number;
    readonly otherOrdinal: number;
  };
  /** How sure an answer says it is. */
  readonly confidence: {
    /** Base confidence of an answer with a topic, and of one without. */
    readonly withTopic: number;
    readonly withoutTopic: number;
    /** Taken off for each typo guessed and for each word of the question ignored. */
    readonly perCorrection: number;
    readonly perUnknown: number;
    readonly floor: number;
    readonly ceiling: number;
  };
  /** Items a listed answer shows at most (a chat message, not a report). */
  readonly maxList: number;
  /** Sections per kind of question (above). */
  readonly sections: typeof SECTION_WEIGHT;
}

export const TUNING: Tuning = {
  words: {
    // a third of a content word: it must not choose the fact, only break ties
    soft: 0.35,
    // a name tells talks apart more surely than any other word
    mention: 2,
    // another section may still answer, but only when it matches clearly more words
    otherSection: 0.2,
    // a name the briefing owns counts double a mention (2 × mention): its own people, sides and
    // series say which talks more surely than any fact that names them in passing
    ownName: 4,
    // a place counts half that: a question names a place also for an event held there that other
    // talks record ("when was the general agreement signed in havana", told by the Oslo talks),
    // and the briefing's location fact already scores the place's words
    ownPlace: 2,
    // a word in the text says more than the same word only in the speaker's role
    inText: 0.5,
    // past this many facts, walking a term's postings costs more than scoring candidates
    rareDf: 5000,
    maxCandidates: 400,
  },
  coverage: {
    // half: one word of a two-word topic may be said otherwise
    answer: 0.5,
    otherStatements: 0.5,
    // a role is several words ("the Norwegian envoy"): most must be the speaker's
    speakerRole: 0.6,
    // a general question is looser: a third of its words
    general: 0.3,
    number: 0.34,
    // a line that is not a participant's role answers "who" only when it says nearly all of
    // what was asked (four words in five, by rarity): a line that lacks the question's verb
    // ("transport links … Nakhchivan" for "who controls the transport link to Nakhchivan")
    // names someone who did something else
    doerInText: 0.8,
  },
  choice: {
    // scores within a tenth are one fit: the date decides
    tie: 0.9,
    // "the latest round": the date matters more than the words, so ties are wider
    orderedTie: 0.6,
    seriesFloor: 0.6,
    fallbacks: 4,
    fitCandidates: 8,
    shapingFit: 0.5,
    multiDayFit: 0.5,
    statedLengthFit: 0.4,
    summaryLengthFit: 0.2,
  },
  facts: {
    // people within 15% fit the role equally: naming both is better than guessing
    nearBest: 0.85,
    // a fact of the person asked about outweighs a topic word or two; of the side, one
    subjectPerson: 4,
    subjectParty: 2,
    datedStep: 1.3,
    dateSection: 1.5,
    placeText: 1.5,
    nextStepPlace: 1.2,
    sameOrdinal: 2,
    otherOrdinal: 0.5,
  },
  confidence: {
    withTopic: 0.75,
    withoutTopic: 0.65,
    perCorrection: 0.05,
    perUnknown: 0.15,
    floor: 0.2,
    ceiling: 0.97,
  },
  maxList: 6,
  sections: SECTION_WEIGHT,
};
