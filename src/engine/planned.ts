// Planned is not done: "when did the protocol enter into force" asks about an act that happened;
// a line that records the act only as planned ("the protocol enters into force 90 days after 55
// parties have ratified it", "the militias were to hand over their weapons", "lists of prisoners
// they want released") does not say that it did, nor when. Nor does a step that plans an event
// ("COP4 in Buenos Aires to work on the rules") say what that event decided.
import { canBeVerb, concept, DETERMINERS, isStopWord, stem } from "../text/index.ts";
import type { Fact } from "./facts.ts";
import { irregularForms, type ParsedWord, parseWords } from "./nlp.ts";
import type { ParsedQuestion } from "./question.ts";

/** Auxiliaries of a question about something past or done: "when did", "was it signed", "have ratified". */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(["did", "was", "were", "had", "has", "have"]);

/**
 * Verbs that ask about a decision, a plan or words, which a planned step answers ("what did they
 * agree", "when was the next round scheduled"), and verbs too general to name an act.
 */
const PLAN_VERBS: ReadonlySet<string> = new Set(
  [
    "agree",
    "decide",
    "plan",
    "schedule",
    "set",
    "announce",
    "promise",
    "pledge",
    "commit",
    "expect",
    "intend",
    "propose",
    "say",
    "discuss",
    "want",
    "demand",
    "call",
    "envisage",
    "foresee",
    "provide",
    "aim",
    "be",
    "do",
    "have",
    "get",
    "go",
    "come",
    "happen",
    "mean",
    "result",
    "think",
    "know",
  ].map((w) => stem(w)),
);

/** Verbs of PLAN_VERBS too general to name even a decision. */
const GENERAL_VERBS: ReadonlySet<string> = new Set(
  ["be", "do", "have", "get", "go", "come", "happen", "mean", "result", "think", "know"].map((w) =>
    stem(w),
  ),
);

/** The question kinds whose answer is a record of what happened (not words, people or places). */
const ACT_KINDS: ReadonlySet<string> = new Set(["when", "outcome", "general"]);

/** Words by which a question asks about a plan, not an act done ("supposed to", "due"). */
const PLANNED_IN_QUESTION: ReadonlySet<string> = new Set([
  "supposed",
  "due",
  "meant",
  "scheduled",
  "planned",
  "expected",
  "slated",
  "deadline",
  "will",
  "would",
  "shall",
]);

/** Words that open a clause of their own after the question's act. */
const SUBORDINATE: ReadonlySet<string> = new Set([
  "as",
  "after",
  "before",
  "since",
  "until",
  "while",
]);

/** What a past-tense question asks about as done: the stems of its verbs of an act. */
export interface AskedAct {
  verbs: string[];
  /** The verbs as the parse reads their infinitive ("take" for "took"), where it tells one. */
  lemmas?: string[];
}

/**
 * The act a question asks about as done: a question in the past or perfect ("when did X enter
 * into force", "how many prisoners were released", "did congress pass the law") whose main verbs
 * name an act, not a decision or plan ("what did they agree" is answered by the plan agreed).
 */
export function askedAct(q: ParsedQuestion, keepPlans = false): AskedAct | undefined {
  if (!ACT_KINDS.has(q.kind) && !q.yesNo && !q.count) return undefined;
  // "when was the conference to convene", "when were weapons supposed to be withdrawn": the
  // question asks about the plan itself
  // "how many weapons did GAM have to decommission": a duty asked, which the plan states
  const duty = (w: string, i: number) =>
    w === "to" && ["have", "has", "had"].includes(q.words[i - 1] ?? "");
  if (q.words.some((w, i) => PLANNED_IN_QUESTION.has(w) || duty(w, i))) return undefined;
  const words = parseWords(q.words.join(" "));
  const aux = words.findIndex((w) => PAST_AUXILIARIES.has(w.normal));
  if (aux < 0) return undefined;
  // "when was the conference to convene": "was … to" + a verb asks about the plan
  if (
    BE_FORMS.has(words[aux]?.normal ?? "") &&
    words.some((w, i) => i > aux && w.normal === "to" && words[i + 1]?.verb === true)
  )
    return undefined;
  const verbs: string[] = [];
  const lemmas: string[] = [];
  // a last participle after "was"/"were" may be tagged an adjective ("how many were released")
  const participle = (w: ParsedWord) =>
    BE_FORMS.has(words[aux]?.normal ?? "") && !w.noun && /(ed|en)$/.test(w.normal);
  for (const w of words.slice(aux + 1)) {
    // "… as agreed in Jakarta", "… after the talks": a clause of its own, not the act asked
    if (SUBORDINATE.has(w.normal)) break;
    if ((!w.verb && !participle(w)) || w.proper || isStopWord(w.normal)) continue;
    const s = stem(w.lemma);
    // "what did they agree to", "when was the round scheduled": the plan is what is asked
    if (PLAN_VERBS.has(s) || PLAN_VERBS.has(stem(w.normal))) {
      if (!keepPlans) return undefined;
      if (GENERAL_VERBS.has(s)) continue;
    }
    verbs.push(s, stem(w.normal));
    lemmas.push(w.lemma);
  }
  // lower-case chat misleads the tagger ("did the junta release prisoners" reads "release" as a
  // noun): after "did" and its subject, a word the lexicon knows as a verb, after no determiner
  if (verbs.length === 0 && words[aux]?.normal === "did") {
    const main = words.find(
      (w, i) =>
        i > aux + 1 &&
        !w.proper &&
        canBeVerb(w.normal) &&
        !DETERMINERS.has(words[i - 1]?.normal ?? "") &&
        !isStopWord(w.normal),
    );
    if (main && !PLAN_VERBS.has(stem(main.normal))) {
      verbs.push(stem(main.normal));
      lemmas.push(main.lemma);
    }
  }
  return verbs.length > 0 ? { verbs, lemmas } : undefined;
}

/** Words of a text, lower case, each with its stem, punctuation kept as clause marks. */
function tokensOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/n['’]t\b/g, " not")
    .split(/([;:.!?,])|[^\p{L}\p{N}]+/u)
    .filter((w): w is string => w !== undefined && w.length > 0);
}

/** Where a clause ends: its own stance or tense may differ from the next one's. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([
  ";",
  ":",
  ".",
  "!",
  "?",
  "but",
  "while",
  "whereas",
  "although",
  "though",
]);

/** Finite auxiliaries: after "and", one opens a new predicate. */
const FINITE: ReadonlySet<string> = new Set([
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "did",
]);

/** Words that put what follows in the future as a plan, wish or duty ("will", "were to"). */
const PLAN_WORDS: ReadonlySet<string> = new Set([
  "will",
  "shall",
  "would",
  "want",
  "wants",
  "wanted",
  "hope",
  "hopes",
  "hoped",
  "seek",
  "seeks",
  "sought",
]);

/** Forms of "be" before "to" that make a plan ("is to hand over", "were to be disbanded"). */
const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be"]);

/** Words before "to" that make a plan ("due to", "expected to", "agreed to release"). */
const PLAN_BEFORE_TO: ReadonlySet<string> = new Set(
  [
    "due",
    "expected",
    "scheduled",
    "set",
    "planned",
    "plan",
    "plans",
    "aim",
    "aims",
    "agreed",
    "pledged",
    "promised",
    "undertook",
    "committed",
  ].map((w) => w),
);

/** How many words after a word of plan its verb may stand ("were to be disbanded and hand"). */
const PLAN_REACH = 5;

/** Words that open a condition: what follows has not happened yet. */
const CONDITIONS: ReadonlySet<string> = new Set(["once", "if", "unless"]);
/** Words of time that open a condition when a present or perfect tense follows ("after the law is passed"). */
const TIME_CONDITIONS: ReadonlySet<string> = new Set(["after", "until", "when", "before"]);
const PRESENT_BE: ReadonlySet<string> = new Set(["is", "are", "has", "have"]);

/**
 * Whether the word at `at` stands in a clause that plans it rather than records it: a word of
 * plan or wish, "is to", "due to", or a condition ("once 55 countries have ratified it") earlier
 * in the same clause.
 */
function plannedAt(tokens: readonly string[], at: number): boolean {
  let comma = false;
  for (let i = at - 1; i >= 0; i--) {
    const w = tokens[i] as string;
    // "was scheduled to end and was extended": a new predicate, with its own tense
    if (CLAUSE_ENDS.has(w) || (w === "and" && FINITE.has(tokens[i + 1] ?? ""))) return false;
    if (w === ",") comma = true;
    if (CONDITIONS.has(w)) return true;
    // a word of plan governs the verb right after it ("were to be disbanded and hand over",
    // "they want released"), not an act further on, past a comma ("which had agreed to meet
    // again, signed …")
    const near = at - i <= PLAN_REACH && !comma;
    if (near && PLAN_WORDS.has(w)) return true;
    if (
      near &&
      w === "to" &&
      (BE_FORMS.has(tokens[i - 1] ?? "") || PLAN_BEFORE_TO.has(tokens[i - 1] ?? ""))
    )
      return true;
    if (TIME_CONDITIONS.has(w) && tokens.slice(i + 1, at + 1).some((t) => PRESENT_BE.has(t)))
      return true;
  }
  return false;
}

/** Words that negate or refuse what follows them in a clause. */
const NEGATING: ReadonlySet<string> = new Set(
  ["not", "no", "never", "without", "refused", "rejected", "declined", "failed"].map((w) => w),
);

/** Whether the word at `at` stands after a negation or refusal in its clause (at most six words back). */
function negatedAt(tokens: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 6); i--) {
    const w = tokens[i] as string;
    if (CLAUSE_ENDS.has(w) || (w === "and" && FINITE.has(tokens[i + 1] ?? ""))) return false;
    if (NEGATING.has(w)) return true;
  }
  return false;
}

/** The sentence of a text that holds the word at `at` of its tokens (for quoting a decline). */
function sentenceAt(text: string, word: string): string {
  const sentences = text.split(/(?<=[.;!?])\s+/);
  return (sentences.find((s) => s.toLowerCase().includes(word)) ?? text)
    .trim()
    .replace(/[;,:]$/, "");
}

/** Words that make a step's time a deadline or a condition, not the day it happened. */
const CONDITIONAL_TIME =
  /\b(within|once|no later than|upon|as soon as|if|unless)\b|\b(after|until|when)\b[^.;]*?\b(is|are|has|have)\b/i;
/** A day or month written in a text (a bare year may be of something else: "their 1990 emissions"). */
const WRITTEN_DAY =
  /\b(\d{4}-\d\d-\d\d|(\d{1,2} )?(january|february|march|april|may|june|july|august|september|october|november|december)( \d{1,2},?)? (1[89]\d\d|20\d\d))\b/i;

/** A record of the act asked as planned only: the sentence that plans it, and whether a day is fixed. */
export interface PlannedRecord {
  sentence: string;
  /** The plan names the day it is due: a when-question is answered by that day. */
  dated: boolean;
  /** The line records the act as not done or refused, not as planned. */
  negated?: boolean;
}

/**
 * Whether a fact records the act asked only as planned: a step to come, or a line whose words of
 * the act stand under a word of plan, wish or condition.
 */
export function plannedRecord(f: Fact, act: AskedAct): PlannedRecord | undefined {
  if (f.section === "next_steps") {
    return {
      sentence: f.text,
      dated: WRITTEN_DAY.test(f.text) || (f.date !== undefined && !CONDITIONAL_TIME.test(f.text)),
    };
  }
  const tokens = tokensOf(f.text);
  const at = tokens.findIndex((t) => act.verbs.includes(stem(t)));
  if (at < 0) return undefined;
  const sentence = sentenceAt(f.text, tokens[at] as string);
  // "did not call for the release", "refused to commit to releasing": recorded as not done
  if (negatedAt(tokens, at)) return { sentence, dated: false, negated: true };
  if (!plannedAt(tokens, at)) return undefined;
  return { sentence, dated: WRITTEN_DAY.test(sentence) };
}

/**
 * Words for talks in general ("the talks", "the next round"): a step to come names them often,
 * so they say nothing of which event was asked; "the donor conference in Eskar" says it by its
 * other words.
 */
const TALKS_STEMS: ReadonlySet<string> = new Set(
  [
    "round",
    "meeting",
    "session",
    "summit",
    "conference",
    "talks",
    "dialogue",
    "negotiations",
    "next",
  ].map((w) => stem(w)),
);

/** Prepositions after which an outcome question names the event: "the result of the plebiscite". */
const EVENT_OPENERS: ReadonlySet<string> = new Set(["of", "at", "from", "in"]);

/**
 * "what was decided at COP4", "what was the result of the plebiscite": the event whose outcome a
 * past-tense outcome question asks, as the stems of its words, when none of them names the cited
 * briefing's own talks (title, place, format, series).
 */
export function askedEventOutcome(q: ParsedQuestion, f: Fact): string[] | undefined {
  if ((q.kind !== "outcome" && q.kind !== "general") || q.yesNo) return undefined;
  const aux = q.words.findIndex((w) => PAST_AUXILIARIES.has(w));
  if (aux < 1) return undefined;
  const open = q.words.findIndex((w, i) => i > aux && EVENT_OPENERS.has(w));
  if (open < 0) return undefined;
  const b = f.briefing;
  const own = new Set(
    tokensOf([b.title, b.location ?? "", b.format ?? "", b.series ?? ""].join(" ")).map(stem),
  );
  const event = q.words
    .slice(open + 1)
    .filter((w) => !isStopWord(w) && !EVENT_OPENERS.has(w))
    .map(stem)
    .filter((s) => !own.has(s) && !TALKS_STEMS.has(s));
  return event.length > 0 ? event : undefined;
}

/** Whether a fact names the event asked only as one still to come. */
export function plansEvent(f: Fact, event: readonly string[]): string | undefined {
  const tokens = tokensOf(f.text);
  const at = tokens.findIndex((t) => event.includes(stem(t)));
  if (at < 0) return undefined;
  if (f.section !== "next_steps" && !plannedAt(tokens, at)) return undefined;
  return sentenceAt(f.text, tokens[at] as string);
}

/** Whether a fact names the act asked, by its verb's stem or its concept ("freed" for "released"). */
export function recordsAct(f: Fact, act: AskedAct): boolean {
  const concepts = new Set(act.verbs.map(concept));
  return tokensOf(f.text).some((t) => {
    const s = stem(t);
    return act.verbs.includes(s) || concepts.has(concept(s));
  });
}

/**
 * Whether a text names the act asked in any of its forms: by the verb's stem or concept as
 * `recordsAct`, or by an irregular past or participle ("took" for "take").
 */
export function namesActAnyForm(text: string, act: AskedAct): boolean {
  const irregular = new Set((act.lemmas ?? []).flatMap(irregularForms));
  const concepts = new Set(act.verbs.map(concept));
  return tokensOf(text).some((t) => {
    if (irregular.has(t)) return true;
    const s = stem(t);
    return act.verbs.includes(s) || concepts.has(concept(s));
  });
}

/**
 * Whether a sentence names what `word` matches only as something not (yet) held: "no date was
 * set for a third round", "consultations before any third round", "a third round is to begin".
 */
export function namedOnlyAsToCome(sentence: string, word: RegExp): boolean {
  const tokens = tokensOf(sentence);
  const at = tokens.findIndex((t) => word.test(t));
  if (at < 0) return false;
  return tokens[at - 1] === "any" || negatedAt(tokens, at) || plannedAt(tokens, at);
}
