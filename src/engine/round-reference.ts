// Which round of a series a question means when it says so by its place among several ("the
// first of the two rounds", "the later of the two 5+2 meetings") or by the month it was held in
// ("the july mtg", "the feb and july rounds"), and the words that only say that: they pick the
// round and are never what the question asks about ("two", "earlier", "july").
import { MONTH_ABBREVIATIONS, MONTHS } from "../text/dates.ts";
import { ORDINAL_WORDS } from "./text-patterns.ts";

/** A month and/or year the talks asked about were held in. */
export interface TalksTime {
  month?: number;
  year?: number;
}

export interface RoundReference {
  /** "the first of the two rounds" → 1; "the later of the two" → 2. */
  ordinal?: number;
  /** The first or the last of the rounds counted. */
  which?: "earliest" | "latest";
  /** "the july meeting", "the feb and july rounds": the months (and years) naming the talks. */
  times: TalksTime[];
  /**
   * The time between a round and the one before it is asked ("how long had it been since the
   * previous round", "after how many months did they meet again", "the gap between the rounds").
   */
  interval?: boolean;
  /** The word naming the round compared with, when it is no month or ordinal ("tunis"). */
  anchor?: string;
  /** Two rounds set against each other ("what changed between the first and second round"). */
  compares?: boolean;
  /** Words that only say which round (lower case, as typed after shorthand): never a topic. */
  words: Set<string>;
}

/** Nouns for a round of talks, singular or plural. */
const ROUND_NOUN =
  /^(round|meeting|session|talk|dialogue|summit|conference|negotiation|consultation|mtg)s?$/;

/** "the earlier of the two": words that place one round among several, by time. */
const FIRST_WORDS = new Set(["first", "earlier", "earliest", "former", "older", "initial"]);
const LAST_WORDS = new Set(["later", "latter", "last", "latest", "newer", "final", "recent"]);

/** How many rounds "of the N" counts. */
const COUNTS: Readonly<Record<string, number>> = {
  two: 2,
  both: 2,
  three: 3,
  four: 4,
  five: 5,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
};

/** "feb", "sept", "july": the month a word names, if any (1–12). */
function monthOf(word: string): number | undefined {
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full + 1;
  // "may" is a verb too often to be read alone; "sept" and "sep" are September's
  if (word === "sept") return 9;
  const short = MONTH_ABBREVIATIONS.indexOf(word);
  return short >= 0 && word !== "may" && word !== "mar" ? short + 1 : undefined;
}

function isRoundNoun(word: string | undefined): boolean {
  return word !== undefined && ROUND_NOUN.test(word);
}

/** Whether a round noun follows within `span` words of `from`. */
function roundNounWithin(words: readonly string[], from: number, span: number): boolean {
  for (let k = from; k < Math.min(words.length, from + span + 1); k++) {
    if (isRoundNoun(words[k])) return true;
  }
  return false;
}

/**
 * Reads the round references of a question's words (lower case, shorthand expanded). A month
 * names talks only right before a noun for them ("the july meeting"), or joined to such a month
 * by "and" ("the feb and july rounds"); of two rounds compared, the one asked about.
 */
export function readRoundReference(words: readonly string[]): RoundReference {
  const ref: RoundReference = { times: [], words: new Set() };
  // "the first of the two rounds", "the later of the two 5+2 meetings", "the earlier of both"
  for (let i = 0; i + 2 < words.length; i++) {
    const place = words[i] as string;
    const first = FIRST_WORDS.has(place);
    const second = place === "second";
    const last = LAST_WORDS.has(place);
    if (!(first || second || last) || words[i + 1] !== "of") continue;
    const at = words[i + 2] === "the" ? i + 3 : i + 2;
    const n = COUNTS[words[at] ?? ""];
    if (n === undefined || !roundNounWithin(words, at + 1, 3)) continue;
    ref.ordinal = first ? 1 : second ? 2 : n;
    if (first) ref.which = "earliest";
    else if (last || n === 2) ref.which = "latest";
    for (const w of [place, words[at] as string]) ref.words.add(w);
    break;
  }
  // "the july mtg", "the feb and july rounds", "the march 2022 talks"
  const monthAt: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const month = monthOf(words[i] as string);
    if (month === undefined) continue;
    let k = i + 1;
    const year = /^(19|20)\d\d$/.test(words[k] ?? "") ? Number(words[k++]) : undefined;
    const namesTalks =
      words[i - 1] === "the" || words[i - 1] === "and" || words[i - 1] === "both"
        ? isRoundNoun(words[k]) ||
          (words[k] === "and" && monthOf(words[k + 1] ?? "") !== undefined) ||
          roundNounWithin(words, k, 1)
        : false;
    if (!namesTalks) continue;
    monthAt.push(i);
    ref.times.push({ month, ...(year !== undefined && { year }) });
    ref.words.add(words[i] as string);
  }
  // "what changed between the first and second round", "what was new at the july meeting
  // compared with february": two rounds set against each other; the one asked about is the later
  // (what changed by then) or the one not compared with, and the other only anchors the question
  const pair = roundPair(words);
  if (pair) {
    ref.compares = true;
    for (const at of [pair.asked, pair.anchor]) ref.words.add(words[at] as string);
    const month = monthOf(words[pair.asked] as string);
    const anchorMonth = monthOf(words[pair.anchor] as string);
    // a round named by another word (its place) is no topic either: the anchor's name is dropped
    if (!isRoundName(words[pair.anchor])) ref.anchor = words[pair.anchor] as string;
    if (month !== undefined) {
      ref.times = ref.times.filter((t) => t.month !== anchorMonth);
      if (!ref.times.some((t) => t.month === month)) ref.times.push({ month });
    } else {
      const n = ORDINAL_WORDS.indexOf(words[pair.asked] as string) + 1;
      if (n > 0) ref.ordinal = n;
      delete ref.which;
    }
    for (const w of words) if (COMPARING.test(w)) ref.words.add(w);
  }
  const interval = readInterval(words);
  if (interval) {
    ref.interval = true;
    for (const w of interval) ref.words.add(w);
  }
  return ref;
}

/** Words before a round that make it the one before: "since the previous round". */
const BEFORE_WORDS = new Set(["previous", "last", "prior", "preceding", "earlier"]);
/** Verbs of meeting: "how many months after Tunis did the forum meet". */
const MEETING_VERB = /^(meet|met|convene|convened|reconvene|reconvened|resume|resumed)$/;
/** Nouns of a time between two meetings. */
const GAP_WORDS = new Set(["gap", "interval", "break", "pause", "hiatus"]);

/**
 * The words of a question asking the time between two rounds, when it asks one: a length ("how
 * long", "how many months") since the round before, between rounds, or until they met again.
 */
function readInterval(words: readonly string[]): string[] | undefined {
  const how = words.findIndex(
    (w, i) =>
      w === "how" &&
      (words[i + 1] === "long" ||
        (words[i + 1] === "many" && /^(days|weeks|months|years)$/.test(words[i + 2] ?? ""))),
  );
  if (how < 0) return undefined;
  const since = words.findIndex(
    (w, i) =>
      w === "since" &&
      [1, 2].some((k) => BEFORE_WORDS.has(words[i + k] ?? "")) &&
      roundNounWithin(words, i + 2, 4),
  );
  if (since >= 0) {
    const before = words.slice(since + 1, since + 3).find((w) => BEFORE_WORDS.has(w)) as string;
    return ["since", before];
  }
  const gap = words.find((w) => GAP_WORDS.has(w));
  if (gap !== undefined && words.some(isRoundNoun)) {
    // "the gap between the two rounds": how many rounds only says which
    return [gap, "between", ...words.filter((w) => COUNTS[w] !== undefined)];
  }
  // "after how many months did they meet again", "how many months after tunis did they meet"
  if (words.includes("again") && words.includes("after")) return ["again", "after"];
  const unit = words[how + 2];
  const meeting = words.some((w) => isRoundNoun(w) || MEETING_VERB.test(w));
  if (words[how + 1] === "many" && words[how + 3] === "after" && meeting)
    return ["after", unit as string];
  if (words[how + 1] === "long" && words[how + 2] === "after" && meeting) return ["after"];
  return undefined;
}

/** Words that ask what set two rounds apart: only the comparison, never a topic. */
const COMPARING =
  /^(chang(e|es|ed|ing)|different|difference|differ(s|ed)?|new|compar(e|ed|ing|ison))$/;

/** A month or an ordinal naming a round ("feb", "second"). */
function isRoundName(word: string | undefined): boolean {
  return word !== undefined && (monthOf(word) !== undefined || ORDINAL_WORDS.includes(word));
}

/**
 * Two rounds a question sets against each other, as the indices of the word naming the one asked
 * about and the one it is compared with: "between the first and (the) second round" (the later
 * is asked: what changed by then), "the july meeting compared with/to february", "than in feb"
 * (the one compared with is the anchor).
 */
function roundPair(words: readonly string[]): { asked: number; anchor: number } | undefined {
  const skipThe = (at: number) => (words[at] === "the" ? at + 1 : at);
  const between = words.indexOf("between");
  if (between >= 0) {
    const a = skipThe(between + 1);
    const and = words[a + 1] === "and" ? a + 1 : -1;
    const b = and > 0 ? skipThe(and + 1) : -1;
    if (
      b > 0 &&
      isRoundName(words[a]) &&
      isRoundName(words[b]) &&
      roundNounWithin(words, b + 1, 1)
    ) {
      const n = ORDINAL_WORDS.indexOf(words[a] as string);
      const m = ORDINAL_WORDS.indexOf(words[b] as string);
      // "between the second and first round": still the later is asked
      return n > m ? { asked: a, anchor: b } : { asked: b, anchor: a };
    }
    // "between the tunis and geneva rounds": rounds named by their places, the second asked
    if (b > 0 && words[a] !== undefined && isRoundNoun(words[b + 1]))
      return { asked: b, anchor: a };
  }
  for (let i = 1; i < words.length; i++) {
    if (!isRoundName(words[i])) continue;
    const at = words[i - 1] === "the" || words[i - 1] === "in" ? i - 2 : i - 1;
    const opener = words[at];
    const compared =
      opener === "than" ||
      ((opener === "with" || opener === "to") && /^compar/.test(words[at - 1] ?? "")) ||
      // "how did the second round differ from the first"
      (opener === "from" && /^differ/.test(words[at - 1] ?? ""));
    if (!compared) continue;
    // the round asked: the other round name before the comparison
    for (let k = at - 1; k >= 0; k--) {
      if (
        isRoundName(words[k]) &&
        (roundNounWithin(words, k + 1, 1) || monthOf(words[k] as string) !== undefined)
      ) {
        return { asked: k, anchor: i };
      }
    }
  }
  return undefined;
}
