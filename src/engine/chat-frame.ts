// The words of a chat question that speak to the bot or frame the question instead of saying what
// it is about: interjections ("ok", "pls"), a request ("remind me", "can you tell me", "need the
// name of", "i want to know"), a source ("according to the NDF") and a semi-modal ("were they
// supposed to", "is it going to"). Read from the parse (part of speech and the word's place in
// the sentence) and, for the verb of a request, from WordNet's class of the verb's first senses,
// so a new filler of a known shape needs no new entry. Such a word never makes the engine decline.
import { PREPOSITION_HEADS } from "../text/function-words.ts";
import { wordNet } from "../text/wordnet.ts";
import { type ParsedWord, parseWords } from "./nlp.ts";

/** What a question's frame is made of, as the words are written (lower case). */
export interface ChatFrame {
  /** Words that address the bot or name a source: never a subject of the question. */
  frame: ReadonlySet<string>;
  /**
   * Semi-modals ("supposed", "going" before "to" and a verb, after a form of "be"): they say how
   * the act is asked about, so a word of this kind that the briefings lack does not veto.
   */
  modal: ReadonlySet<string>;
}

/** The persons a request names: the bot's user ("remind me", "tell us"). */
const ASKER_OBJECTS = new Set(["me", "us"]);
const ASKER_SUBJECTS = new Set(["i", "we", "id", "i'd", "im", "i'm"]);

/** Modal verbs that open a request to the bot ("can you tell me …"). */
const REQUEST_MODALS = new Set(["can", "could", "would", "will"]);

/**
 * WordNet's verb classes of asking for something: cognition (know, recall, check), communication
 * (tell, explain, list), emotion (want), perception (show, see), possession (give, get) and
 * stative (need). A verb of motion, contact or change ("drop", "cut", "push") is an act asked
 * about, never a request to the bot.
 */
const REQUEST_CLASSES = new Set([31, 32, 37, 39, 40, 42]);

/** True when the verb's first sense as a verb is of a class of asking (`REQUEST_CLASSES`). */
function isRequestVerb(w: ParsedWord): boolean {
  const entry = wordNet().lookUp(w.normal, [w.lemma]);
  const first = entry?.senses.find((s) => s.pos === "verb");
  return first !== undefined && REQUEST_CLASSES.has(first.lexFile);
}

const isDeterminerLike = (w: ParsedWord | undefined): boolean =>
  w !== undefined &&
  (w.tags.has("Determiner") ||
    w.tags.has("QuestionWord") ||
    w.tags.has("Pronoun") ||
    w.tags.has("Possessive"));

const isBe = (w: ParsedWord | undefined): boolean =>
  w !== undefined && (w.tags.has("Copula") || w.lemma === "be");

/** Reads the frame of a question (the parse is shared with the kind reader, so it costs nothing). */
export function chatFrame(text: string): ChatFrame {
  const words = parseWords(text);
  const frame = new Set<string>();
  const modal = new Set<string>();
  // interjections and chat particles: "ok", "pls", "hey", "lol"; not one before the noun it
  // qualifies ("the yes vote", "yes votes")
  words.forEach((w, k) => {
    const next = words[k + 1];
    const qualifies =
      (words[k - 1]?.tags.has("Determiner") ?? false) ||
      (next?.noun && !next.tags.has("Pronoun") && !next.tags.has("QuestionWord"));
    if (w.tags.has("Expression") && !qualifies) frame.add(w.normal);
  });

  // the opening request, before the question proper
  let i = 0;
  const skip = () => {
    while (i < words.length && frame.has((words[i] as ParsedWord).normal)) i++;
  };
  skip();
  // "can you …", "could you pls …"
  if (REQUEST_MODALS.has(words[i]?.normal ?? "") && words[i + 1]?.normal === "you") {
    frame.add((words[i] as ParsedWord).normal).add("you");
    i += 2;
    skip();
  }
  // "i need …", "we want to know …", "i'd like …"
  if (ASKER_SUBJECTS.has(words[i]?.normal ?? "") && words[i + 1]?.verb) {
    const verb = words[i + 1] as ParsedWord;
    if (isRequestVerb(verb)) {
      frame.add((words[i] as ParsedWord).normal).add(verb.normal);
      i += 2;
      // "… to know", "… to find out"
      while (
        words[i]?.normal === "to" &&
        words[i + 1]?.verb &&
        isRequestVerb(words[i + 1] as ParsedWord)
      ) {
        frame.add("to").add((words[i + 1] as ParsedWord).normal);
        i += 2;
      }
      skip();
    }
  }
  // "remind me …", "tell us …", "give me …": a verb whose object is the asker
  const opening = words[i];
  const next = words[i + 1];
  if (opening?.verb && ASKER_OBJECTS.has(next?.normal ?? "")) {
    frame.add(opening.normal).add((next as ParsedWord).normal);
  } else if (
    // "need the name of …", "explain why …": a request verb opening the question, before its object
    opening?.verb &&
    (opening.tags.has("Imperative") || opening.tags.has("Infinitive")) &&
    isDeterminerLike(next) &&
    isRequestVerb(opening)
  ) {
    frame.add(opening.normal);
  }

  words.forEach((w, k) => {
    const after = words[k + 1];
    const then = words[k + 2];
    if (after?.normal !== "to") return;
    // "according to the NDF", "owing to delays": a preposition of two words names a source or
    // a cause, not what is asked about
    if (PREPOSITION_HEADS.has(w.normal) && !then?.verb) {
      frame.add(w.normal);
      return;
    }
    // "were the militias supposed to be disarmed", "is it going to …": a form of "be" before it,
    // a verb after "to"
    const beBefore = words.slice(0, k).some(isBe);
    const participle =
      w.tags.has("PastTense") ||
      w.tags.has("Participle") ||
      w.tags.has("Gerund") ||
      w.tags.has("Adjective");
    if (beBefore && participle && then?.verb) modal.add(w.normal);
  });
  return { frame, modal };
}
