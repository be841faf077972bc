// Polarity of a stance: "when did China agree to cut subsidies" presupposes that China agreed;
// a fact that says China refused (or "no general ceasefire") is evidence of the opposite, not an
// answer. The synonym concepts put accept and reject together (so that "did X accept Y?" finds
// "X rejected Y", which answers a yes/no question); the act's polarity is read here, apart.
import {
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
  if (words.some((w) => NEGATORS.has(w) || w.endsWith("n't") || DISSENT.has(stem(w)))) {
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
    // "the agreement", "its commitment": a thing named, not the act asked about
    if (DETERMINERS.has(words[i - 1] as string)) return undefined;
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
  const words = wordsOf(f.text);
  // an item that opens with a negation records what was not reached ("No general ceasefire.")
  let against = NEGATORS.has(words[0] ?? "");
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const s = stem(w);
    if (DISSENT.has(s)) {
      against = true;
      continue;
    }
    const verb = ASSENT.has(s) && !DETERMINERS.has(words[i - 1] ?? "");
    if (!verb && !ASSENT_NOUNS.has(s)) continue;
    // "refused to commit", "no agreement on tariffs": the act itself negated
    const before = words.slice(Math.max(0, i - 3), i);
    if (before.some((b) => NEGATORS.has(b) || DISSENT.has(stem(b)))) against = true;
    else return "assent";
  }
  return against ? "dissent" : "none";
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
