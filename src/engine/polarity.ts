// Polarity of a stance: "when did China agree to cut subsidies" presupposes that China agreed;
// a fact that says China refused (or "no general ceasefire") is evidence of the opposite, not an
// answer. The synonym concepts put accept and reject together (so that "did X accept Y?" finds
// "X rejected Y", which answers a yes/no question); the act's polarity is read here, apart.
import {
  isStopWord,
  DETERMINERS as NOUN_DETERMINERS,
  AUXILIARIES as QUESTION_AUXILIARIES,
  stem,
} from "../text/index.ts";
import type { Fact } from "./facts.ts";
import type { ParsedQuestion } from "./question.ts";

/** Verbs of taking a stance for something, by stem, with the noun a decline names it by. */
const ASSENT: ReadonlyMap<string, string> = new Map(
  (
    [
      ["agree", "agreement"],
      ["accept", "acceptance"],
      ["approve", "approval"],
      ["endorse", "endorsement"],
      ["commit", "commitment"],
      ["consent", "consent"],
      ["concede", "concession"],
      ["sign", "signature"],
      ["ratify", "ratification"],
      ["recognise", "recognition"],
      ["recognize", "recognition"],
      ["support", "support"],
      ["embrace", "acceptance"],
    ] as const
  ).map(([verb, noun]) => [stem(verb), noun]),
);

/** Verbs of a stance against: a fact with one of these records a refusal. */
const DISSENT: ReadonlySet<string> = new Set(
  [
    "reject",
    "refuse",
    "decline",
    "oppose",
    "deny",
    "spurn",
    "rebuff",
    "dismiss",
    "veto",
    "boycott",
    "resist",
    "block",
  ].map((w) => stem(w)),
);

/** Words that negate what follows them in a clause. */
const NEGATORS: ReadonlySet<string> = new Set(["no", "not", "never", "without", "nor", "neither"]);

/** Auxiliaries after which the question's main verb comes ("when did China agree", "had X signed"). */
const AUXILIARIES: ReadonlySet<string> = new Set([...QUESTION_AUXILIARIES, "had", "would"]);
/** Words before a noun: "the agreement" is a thing, not an act of agreeing; so is "any agreement". */
const DETERMINERS: ReadonlySet<string> = new Set([...NOUN_DETERMINERS, "any"]);
/** Words of a text, lower case, with "n't" read as "not". */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/n['’]t\b/g, " not")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The act of assent a question takes for granted, as the noun for it ("agreement"): its main
 * verb after the auxiliary, in a question that asks about the act (when, on what terms, what),
 * not whether it happened (a yes/no question is answered by a refusal too) and not one that is
 * negative itself ("why did X not agree").
 */
export function presupposedAssent(q: ParsedQuestion): string | undefined {
  // "what did X say after signing": the act is not what a said-question asks about, and a count
  // ("how many missiles are allowed") asks for a number, not a stance
  if (q.yesNo || q.count || q.kind === "said") return undefined;
  const words = q.words;
  // "why did X refuse" is negative itself; "the opposition" is a side, not a refusal
  const refusal = (w: string) => DISSENT.has(stem(w)) && !ASSENT_NOUN_FORM.test(w);
  if (words.some((w) => NEGATORS.has(w) || w.endsWith("n't") || refusal(w))) {
    return undefined;
  }
  // a question word before the auxiliary: "when did", "on what terms did", "what did"; without
  // one ("hey bot, does Ukraine accept …") the question asks whether, which a refusal answers
  const aux = words.findIndex((w) => AUXILIARIES.has(w));
  if (aux < 1 || !words.slice(0, aux).some((w) => QUESTION_WORDS.has(w))) return undefined;
  for (let i = aux + 1; i < words.length; i++) {
    const w = words[i] as string;
    // "after signing", "before agreeing": a clause of time, not the act asked about
    if (SUBORDINATORS.has(w)) return undefined;
    const noun = ASSENT.get(stem(w));
    if (noun === undefined) continue;
    // "the agreement", "its commitment", "voluntary commitments": a thing named, not the act
    // asked about
    if (DETERMINERS.has(words[i - 1] as string) || ASSENT_NOUN_FORM.test(w)) return undefined;
    return noun;
  }
  return undefined;
}

/** Verbs of dissent by stem, with the noun a decline names the act by. */
const DISSENT_NOUN: ReadonlyMap<string, string> = new Map(
  (
    [
      ["reject", "rejection"],
      ["refuse", "refusal"],
      ["oppose", "opposition"],
      ["veto", "veto"],
      ["boycott", "boycott"],
      ["block", "block"],
    ] as const
  ).map(([verb, noun]) => [stem(verb), noun]),
);

/**
 * The act of dissent a question takes for granted ("why did the opposition reject the agenda",
 * "when did X refuse …"), as the noun for it: its main verb after the auxiliary, in a question
 * that asks about the act's reason or circumstances, not whether it happened.
 */
export function presupposedDissent(q: ParsedQuestion): string | undefined {
  if (q.yesNo || q.count || q.kind === "said") return undefined;
  const words = q.words;
  if (words.some((w) => NEGATORS.has(w) || w.endsWith("n't"))) return undefined;
  const aux = words.findIndex((w) => AUXILIARIES.has(w));
  if (aux < 1 || !words.slice(0, aux).some((w) => QUESTION_WORDS.has(w))) return undefined;
  for (let i = aux + 1; i < words.length; i++) {
    const w = words[i] as string;
    if (SUBORDINATORS.has(w)) return undefined;
    const noun = DISSENT_NOUN.get(stem(w));
    if (noun === undefined) continue;
    // "the opposition", "a veto": a side or a thing named, not the act asked about
    if (DETERMINERS.has(words[i - 1] as string) || ASSENT_NOUN_FORM.test(w)) continue;
    return noun;
  }
  return undefined;
}

/** Question words that ask about an act's circumstances or object, not whether it happened. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  "when",
  "what",
  "which",
  "how",
  "why",
  "where",
  "whom",
]);

/** Words that open a clause of time or condition inside a question. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "while",
  "since",
  "until",
  "once",
  "if",
]);

/** Nouns of assent: "Agreement on a joint patrol" records one, "No agreement on tariffs" not. */
const ASSENT_NOUNS: ReadonlySet<string> = new Set(
  [
    "agreement",
    "deal",
    "accord",
    "acceptance",
    "approval",
    "endorsement",
    "consent",
    "ratification",
    "recognition",
    "commitment",
    "pledge",
  ].map((w) => stem(w)),
);

/**
 * The stance a fact records: assent when an act or noun of assent stands unnegated ("agreed to a
 * truce but rejected talks" records an agreement), dissent when there is none but a verb of
 * dissent, a negated act ("refused to commit", "no agreement on tariffs") or an item that opens
 * with a negation ("No general ceasefire."), else neither: "a nuclear war must never be fought"
 * negates the war, not an agreement.
 */
export function stanceOf(f: Fact): "assent" | "dissent" | "none" {
  return stanceOfWords(wordsOf(f.text));
}

type Stance = "assent" | "dissent" | "none";

/** A noun of assent by its ending ("commitments", "acceptance"): the object of a verb before it. */
const ASSENT_NOUN_FORM = /(ments?|ances?|als?|sions?|tions?|ures?)$/;

function stanceOfWords(words: readonly string[]): Stance {
  // an item that opens with a negation records what was not reached ("No general ceasefire.")
  let against = NEGATORS.has(words[0] ?? "");
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const s = stem(w);
    if (DISSENT.has(s)) {
      against = true;
      continue;
    }
    const verb = ASSENT.has(s) && !DETERMINERS.has(words[i - 1] ?? "") && !ASSENT_NOUN_FORM.test(w);
    const noun = !verb && (ASSENT_NOUNS.has(s) || ASSENT.has(s));
    if (!verb && !noun) continue;
    // "refused to commit", "no agreement on tariffs": the act itself negated
    const before = words.slice(Math.max(0, i - 3), i);
    if (before.some((b) => NEGATORS.has(b) || DISSENT.has(stem(b)))) against = true;
    // "rejected any new commitments, including voluntary commitments": a noun of assent after a
    // refusal in the same clause is what was refused
    else if (noun && against) continue;
    else return "assent";
  }
  return against ? "dissent" : "none";
}

/** Where one clause of a line ends and another, with its own stance, begins. */
const CLAUSE_BREAK = /[;:.!?](?:\s|$)|\s(?:but|while|whereas|although|though|yet)\s/i;

/**
 * The stance a fact records toward what a question asks about: the stance of the clause that
 * holds most of the question's words ("The Houthis accepted a UN role in the port but rejected
 * handing the city to government forces" records a refusal to hand the city over), else the
 * whole fact's.
 */
export function stanceToward(
  f: Fact,
  asked: ReadonlySet<string>,
): { stance: Stance; clause: string } {
  const clauses = f.text.split(CLAUSE_BREAK);
  const whole = { stance: stanceOf(f), clause: f.text };
  if (clauses.length < 2 || asked.size === 0) return whole;
  let best: { stance: Stance; clause: string } | undefined;
  let bestOverlap = 0;
  for (const clause of clauses) {
    const words = wordsOf(clause);
    const stance = stanceOfWords(words);
    if (stance === "none") continue;
    const overlap = new Set(words.map(stem).filter((s) => asked.has(s))).size;
    if (overlap > bestOverlap) {
      // quoted as the sentence that holds it: a clause alone reads as a fragment
      const sentence = f.text.split(/(?<=[.;!?])\s+/).find((t) => t.includes(clause.trim()));
      best = { stance, clause: (sentence ?? clause).trim().replace(/[;,:]$/, "") };
      bestOverlap = overlap;
    }
  }
  return best ?? whole;
}

/** The stems of a question's content words, the words a fact's clause is matched on. */
export function askedStems(q: ParsedQuestion): Set<string> {
  return new Set(
    q.words
      .filter((w) => w.length > 2 && !isStopWord(w) && !QUESTION_WORDS.has(w))
      .map(stem)
      .filter((s) => !ASSENT.has(s)),
  );
}

/**
 * "did China agree to cut subsidies?": the question as a yes/no question, which a refusal
 * answers. Only for a question word that asks about the act's circumstances (when, on what
 * terms), whose removal leaves a whole question.
 */
export function asYesNo(q: ParsedQuestion): string | undefined {
  const text = q.text.trim().replace(/[?!.]+$/, "");
  const opener =
    /^(when|why|how|where|(on|at|in|by|under|with) what(\s+\w+)?)\s+(?=(did|does|do|has|have|had|will|would|was|were|is|are)\b)/i;
  const m = text.match(opener);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}?`;
}
