// Follow-up questions: how "he", "they", "and on Crimea?", "what about the next round?" and
// "what else did he say?" read against what the previous answer was about. Pure text rules over
// the question and a Subject; the engine supplies the names (as the briefings spell them) and
// answers the question these rules make.
import type { Subject } from "./types.ts";

/** What a follow-up asks, once read against the previous answer's subject. */
export type FollowUp =
  /** Not a follow-up, or one that names its own subject: answered as if asked alone. */
  | { type: "alone" }
  /** A pronoun that could mean more than one person of the previous answer: no guess. */
  | { type: "ambiguous"; pronoun: string; people: readonly string[] }
  /** The question as it reads with the subject put in (names as the briefings spell them). */
  | { type: "ask"; question: string; took: string; briefing?: string }
  /** "what else did he say": the person's other quotes in the briefing of the previous answer. */
  | { type: "else"; speaker: string; briefing: string; took: string }
  /** "what about the next round": the previous question, in another round of the series. */
  | { type: "round"; step: "next" | "previous"; question: string; briefing: string };

/** What the question names of its own (from the engine's reading of it alone). */
export interface OwnNames {
  people: number;
  parties: number;
  /** Places, series or dates: "they" then means whoever was there, not the previous talks. */
  setting: boolean;
}

const PERSON_PRONOUN = /\b(he|him|his|she|her|hers)\b/i;
const GROUP_PRONOUN = /\b(they|them|their)\b/i;
/** "and on Crimea?", "what about sanctions?", "how about Lavrov?", "and the next round?" */
const ELLIPSIS =
  /^(?:and|but|so)?\s*(?:(?:what|how)\s+about|and)\s+(on\s+|about\s+|regarding\s+)?(.+?)[\s?.!]*$/i;
const ROUND =
  /^(?:the\s+|their\s+)?(next|following|later|previous|earlier|last|prior)\s+(?:round|meeting|session|talks|one)$/i;
const ELSE = /^(?:and\s+)?what\s+else\b/i;

/** Reads a question against the previous answer's subject. */
export function readFollowUp(
  question: string,
  previous: Subject,
  own: (text: string) => OwnNames,
): FollowUp {
  const text = question.trim();
  const names = own(text);
  // "what else did he say", "what else?": more of the same person's words
  if (ELSE.test(text) && names.people === 0 && names.parties === 0) {
    const pronoun = text.match(PERSON_PRONOUN)?.[1];
    if (previous.speakers && previous.speakers.length > 1 && pronoun) {
      return { type: "ambiguous", pronoun, people: previous.speakers };
    }
    if (previous.speaker && previous.briefing) {
      return {
        type: "else",
        speaker: previous.speaker,
        briefing: previous.briefing,
        took: previous.speaker,
      };
    }
    return { type: "alone" };
  }
  const ellipsis = text.match(ELLIPSIS);
  const rest = ellipsis?.[2];
  if (ellipsis && rest) {
    // "and on Ukraine?": a topic, even when it is the name of a side
    const names = ellipsis[1] ? { people: 0, parties: 0, setting: false } : own(rest);
    return readEllipsis(rest, previous, names);
  }
  // a question that names a person is about them, whatever pronouns it has ("about NATO" is a
  // topic: a side named does not stop "he" meaning the previous answer's speaker)
  if (names.people > 0) return { type: "alone" };
  const person = text.match(PERSON_PRONOUN)?.[1];
  if (person) {
    if (previous.speakers && previous.speakers.length > 1) {
      return { type: "ambiguous", pronoun: person, people: previous.speakers };
    }
    if (!previous.speaker) return { type: "alone" };
    return {
      type: "ask",
      question: putName(text, previous.speaker),
      took: previous.speaker,
      ...(previous.briefing && { briefing: previous.briefing }),
    };
  }
  const group = text.match(GROUP_PRONOUN)?.[1];
  if (group && !names.setting) {
    // "what do they want" after a side's position: that side; otherwise the talks answered about
    if (previous.party) {
      return {
        type: "ask",
        question: putGroup(text, previous.party),
        took: previous.party,
        ...(previous.briefing && { briefing: previous.briefing }),
      };
    }
    if (previous.briefing && previous.title) {
      return { type: "ask", question: text, took: previous.title, briefing: previous.briefing };
    }
  }
  return { type: "alone" };
}

/** "and on Crimea?": the previous question with a new topic, person or round. */
function readEllipsis(rest: string, previous: Subject, names: OwnNames): FollowUp {
  const round = rest.match(ROUND)?.[1]?.toLowerCase();
  if (round) {
    if (!previous.briefing || !previous.question) return { type: "alone" };
    const step = ["next", "following", "later"].includes(round) ? "next" : "previous";
    return { type: "round", step, question: previous.question, briefing: previous.briefing };
  }
  const topic = previous.topic ? ` about ${previous.topic}` : "";
  // "what about Lavrov?": the previous question, asked of another person
  if (names.people > 0) {
    if (previous.kind !== "said") return { type: "alone" };
    return {
      type: "ask",
      question: `what did ${rest} say${topic}?`,
      took: previous.topic ? `the topic ${previous.topic}` : "",
    };
  }
  if (names.parties > 0) {
    if (previous.kind !== "position" && previous.kind !== "said") return { type: "alone" };
    return {
      type: "ask",
      question: `what is the position of ${rest}${previous.topic ? ` on ${previous.topic}` : ""}?`,
      took: previous.topic ? `the topic ${previous.topic}` : "",
    };
  }
  // "and on Crimea?": the same person or side, on another topic
  if (previous.speakers && previous.speakers.length > 1) {
    return { type: "ambiguous", pronoun: "", people: previous.speakers };
  }
  if (previous.speaker && previous.kind === "said") {
    return {
      type: "ask",
      question: `what did ${previous.speaker} say about ${rest}?`,
      took: previous.speaker,
    };
  }
  if (previous.party && (previous.kind === "position" || previous.kind === "said")) {
    return {
      type: "ask",
      question: `what is the position of ${previous.party} on ${rest}?`,
      took: previous.party,
    };
  }
  if (previous.briefing && previous.title) {
    return {
      type: "ask",
      question: `what was said about ${rest}?`,
      took: previous.title,
      briefing: previous.briefing,
    };
  }
  return { type: "alone" };
}

/** "what did he say about X" → "what did NAME say about X"; "his view" → "NAME's view". */
function putName(text: string, name: string): string {
  return text
    .replace(/\b(his|hers)\b/gi, `${name}'s`)
    .replace(
      /\bher\b(?=\s+(?!about|on|of|to|in|at|for|with|after|before|and|or)[a-z])/gi,
      `${name}'s`,
    )
    .replace(/\b(he|she|him|her)\b/gi, name);
}

/** "what do they want" → "what does NAME want"; "their demands" → "NAME's demands". */
function putGroup(text: string, name: string): string {
  return text
    .replace(/\btheir\b/gi, `${name}'s`)
    .replace(/\b(?:do|did)\s+they\b/gi, (m) => (/^do\b/i.test(m) ? `does ${name}` : `did ${name}`))
    .replace(/\b(they|them)\b/gi, name);
}

/** The topic a question asks about: the words after its last "about", "on" or "regarding". */
export function topicOf(question: string): string | undefined {
  const m = question.match(/\b(?:about|on|regarding|concerning)\s+((?:the\s+)?[^?!.]+?)[\s?!.]*$/i);
  const topic = m?.[1]?.trim();
  if (!topic || ROUND.test(topic) || /^(?:the\s+)?(?:talks|meeting|round)$/i.test(topic)) {
    return undefined;
  }
  return topic;
}
