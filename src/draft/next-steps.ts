// What comes next in a report: sentences about a future or scheduled event ("will discuss … in a
// phone call on Friday", "is to be received … on Tuesday", "would be opened on Wednesday", "is
// planned from Friday until Saturday"), read from the narrator's words with compromise's verb tags,
// each dated against the report when it names a day.
import { dayRangeIn, type FoundDate, futureDateIn } from "./dates.ts";
import type { Sentence, Token } from "./tokens.ts";
import { isSpeechVerb } from "./vocabulary.ts";

/** A next step: its sentence, the words that make it one, and its date (and last day) if named. */
export interface NextStepFinding {
  text: string;
  marker: string;
  date?: FoundDate;
  /** The last day of a range ("from Friday until Saturday"): the format has no field for it. */
  end?: FoundDate;
}

/** Events a next step may be about. */
const EVENT_NOUN =
  /^(?:talks?|meetings?|summits?|negotiations?|rounds?|visits?|conferences?|sessions?|votes?|deadlines?|consultations?|dialogues?|gatherings?|ceremony|ceremonies|elections?|referendum|primary|call|trip|statement|hearing|signing|forum|council)$/i;

/** Verbs of a scheduled act, in their plain form ("received" and "meets" are read as these). */
const ACTION_VERBS = new Set(
  "travel visit fly go head return leave arrive depart meet reconvene resume convene continue start begin open reopen hold host attend receive call discuss brief sign ratify vote present submit report decide take hand enter withdraw send deliver publish announce join chair address speak talk negotiate review close conclude finish complete restore".split(
    " ",
  ),
);

/** A verb of a scheduled act in any of its regular forms ("briefed", "meets", "opening"). */
function isAction(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (ACTION_VERBS.has(w) || w === "held" || w === "met" || w === "began" || w === "begun")
    return true;
  if (!t.tags.has("Verb")) return false;
  return [/ed$/, /d$/, /s$/, /ing$/, /ied$/].some((end) => {
    const stem = w.replace(end, end.source === "ied$" ? "y" : "");
    return stem !== w && (ACTION_VERBS.has(stem) || ACTION_VERBS.has(`${stem}e`));
  });
}

/**
 * "hold" in the active is an act only with an event after it: "will hold talks", not "will hold the
 * rotating chairmanship"; what "is held" is an event.
 */
const ACT_WITH_EVENT = /^(?:hold|holds|holding)$/i;

/** The sentence names an event or a scheduled act. */
const eventIn = (tokens: Token[]) =>
  tokens.some(
    (t, k) =>
      EVENT_NOUN.test(t.text) ||
      (isAction(t) &&
        (!ACT_WITH_EVENT.test(t.text) ||
          tokens.slice(k + 1, k + 6).some((u) => EVENT_NOUN.test(u.text)))),
  );

/** Words after which the narrator is stating a rule or a condition, not an event: "only", "if". */
const CONDITION = /^(?:only|if|unless|provided)$/i;

/** Verbs of meeting again, the only plans an agreement's "agreed to" makes a next step. */
const MEETING = /^(?:meet|reconvene|resume|convene|hold|return|visit|travel)$/;

/** Plain future: "will", "shall", and reported future "would" (with a date or a speech verb). */
const MODAL = /^(?:will|shall|would|'ll)$/i;

/** Words that schedule: "is to", "are due to", "is expected to", "plans to", "is planned for". */
const SCHEDULED_ADJECTIVE = /^(?:due|expected|scheduled|set|planned|slated|poised|likely)$/i;

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";

/** Scheduling words that only forecast ("are expected to", "is likely to") unless a time is named. */
const FORECAST = /\b(?:expected|likely|poised)\b/i;

/** A time without a day: "next year", "before the end of the year", "in September", "later this month". */
const TIME_PHRASE =
  /\b(?:next|coming|later|within|(?:before|by)\s+the\s+end|this\s+(?:week|month|year|spring|summer|autumn|winter)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|the\s+(?:spring|summer|autumn|fall|winter)|\d{4}))\b/i;

/**
 * Where a sentence says something will happen, as token index of the future word and the words
 * that say so, or undefined. "would" counts only in reported speech or with a date (`dated`).
 */
function* futureMarkers(tokens: Token[], dated: boolean): Generator<Marker> {
  let speech: boolean | undefined;
  const reported = () => {
    speech ??= tokens.some((t) => isSpeechVerb(t.text));
    return speech || dated;
  };
  for (let i = 0; i < tokens.length; i++) {
    const marker = markerAt(tokens, i, reported);
    // "Asked whether Qin would travel …", "Whether this survives … will depend on": a question.
    if (marker && !questionBefore(tokens, i)) yield marker;
  }
}

/**
 * A future word: its token, the words that make it one, how far back its subject may reach (a
 * subject set off by commas when `setOff`: "the summit in X, Y, set for …").
 */
interface Marker {
  at: number;
  marker: string;
  reach?: number;
  setOff?: boolean;
  /** A step only with a day named ("The next round is already scheduled." says not when). */
  dated?: boolean;
}

function markerAt(tokens: Token[], i: number, reported: () => boolean): Marker | undefined {
  const t = tokens[i] as Token;
  const word = lower(t);
  if (MODAL.test(word)) {
    if (word === "would" && (lower(tokens[i + 1]) === "have" || !reported())) return undefined;
    // "waiting for a man who would arrive three hours late": a story told in the past
    if (word === "would" && lower(tokens[i - 1]) === "who") return undefined;
    return { at: i, marker: t.text };
  }
  // "is to", "are then to be signed", "is due to", "are expected to", "is planned for", and in
  // the past of a report of the day: "were to hold … later on Tuesday", "was due to fly"
  if (/^(?:is|are|was|were)$/.test(word)) {
    let j = i + 1;
    while (tokens[j]?.tags.has("Adverb") && j < i + 3) j++;
    // "was to fly back in the evening": scheduled as the report was written; but "was to have
    // met": a plan that did not happen; "Li, who was to leave office in March": a person's story
    const past = /^(?:was|were)$/.test(word);
    if (past && (lower(tokens[i - 1]) === "who" || lower(tokens[j + 1]) === "have"))
      return undefined;
    if (lower(tokens[j]) === "to" && tokens[j + 1]?.tags.has("Verb"))
      return { at: j, marker: `${t.text} to` };
    if (
      SCHEDULED_ADJECTIVE.test(lower(tokens[j])) &&
      /^(?:to|for|from|on|in|before|by|within)$/.test(lower(tokens[j + 1]))
    )
      return { at: j, marker: `${t.text} ${tokens[j]?.text} ${tokens[j + 1]?.text}` };
    // "on Wednesday a meeting between A and B is planned, the first since …": the clause's end
    if (/^(?:planned|scheduled)$/.test(lower(tokens[j])) && /^\s*[,;.]/.test(tokens[j]?.post ?? ""))
      return { at: j, marker: `${t.text} ${tokens[j]?.text}`, reach: 12, dated: true };
  }
  // "the Mercosur summit in Puerto Iguazú, Argentina, set for 3 and 4 July": a participle set off
  // after the event it schedules
  if (
    /^(?:set|scheduled|planned|slated)$/.test(word) &&
    /^,\s*$/.test(tokens[i - 1]?.post ?? "") &&
    /^(?:for|on|to|from)$/.test(lower(tokens[i + 1]))
  )
    return { at: i, marker: `${t.text} ${tokens[i + 1]?.text}`, reach: 8, setOff: true };
  // "plans to visit", "agreed to meet again", "agreed on Friday to reconvene …"; what else
  // they agreed to do is an outcome of the talks, not what comes next
  if (/^(?:plans?|intends?|agreed|agree|decided)$/.test(word)) {
    const agreed = /^(?:agreed|agree|decided)$/.test(word);
    for (let j = i + 1; j <= i + 3; j++) {
      const verb = tokens[j + 1];
      if (
        lower(tokens[j]) === "to" &&
        verb?.tags.has("Verb") &&
        (!agreed || MEETING.test(lower(verb)))
      )
        return { at: i, marker: `${t.text} to` };
      if (/[,;:]/.test(tokens[j - 1]?.post ?? "")) break;
    }
  }
  // "have until 30 June to conclude": a deadline
  if (/^(?:has|have)$/.test(word) && lower(tokens[i + 1]) === "until")
    return { at: i, marker: `${t.text} until` };
  // "next week", "in the coming days", "the upcoming summit"; not "a process that could be
  // completed next year": a possibility, not a plan
  if (/^(?:next|coming|upcoming)$/.test(word) && conditionalBefore(tokens, i)) return undefined;
  if (word === "next" && tokens[i + 1]?.tags.has("Date"))
    return { at: i, marker: `next ${tokens[i + 1]?.text}` };
  if (word === "coming" && lower(tokens[i - 1]) === "the") return { at: i, marker: "the coming" };
  if (word === "upcoming") return { at: i, marker: t.text };
  return undefined;
}

/** Who guess at what may happen, when they are the ones a reported "would" is from. */
const ONLOOKERS =
  /\b(?:analysts?|experts?|observers?|commentators?|critics?|economists?)\s+(?:\p{L}+\s+)?(?:said|say|says|believe|believed|think|thought|warned|warn|noted|note|suggested|suggest)\b/iu;

/** "through which", "by which", "under which" earlier in the clause of token `i`. */
function relativeAfterPreposition(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 8; j--) {
    const t = tokens[j] as Token;
    if (/[,;:]/.test(t.post) && j < i - 1) return false;
    if (/^(?:which|whom)$/i.test(t.text) && tokens[j - 1]?.tags.has("Preposition")) return true;
  }
  return false;
}

/** "could", "might", "may" earlier in the clause of token `i`. */
function conditionalBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const t = tokens[j] as Token;
    if (/[,;:]/.test(t.post)) return false;
    if (/^(?:could|might|may)$/i.test(t.text)) return true;
  }
  return false;
}

/** "whether" or "if" earlier in the clause of token `i`. */
function questionBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const t = tokens[j] as Token;
    if (/^(?:whether|if)$/i.test(t.text)) return true;
    if (/[,;:]/.test(t.post)) return false;
  }
  return false;
}

/**
 * The subject a scheduling word follows: "His visit is planned …", back to the clause's start,
 * or past "which" to the noun it stands for ("the summit, which is planned from …").
 */
function subjectBefore(tokens: Token[], at: number, from = 5, setOff = false): Token[] {
  const words: Token[] = [];
  let reach = from;
  for (let j = at - 1; j >= 0 && j >= at - reach; j--) {
    const t = tokens[j] as Token;
    if (/[,;:]/.test(t.post) && !(setOff && /^,\s*$/.test(t.post))) {
      if (lower(tokens[j + 1]) !== "which") break;
      reach = at - j + 4;
    }
    words.push(t);
  }
  return words;
}

/** The words of the clause a future word opens: up to its next comma, semicolon or quote. */
function clauseFrom(tokens: Token[], at: number): Token[] {
  const clause: Token[] = [];
  for (let i = at; i < tokens.length && clause.length < 14; i++) {
    const t = tokens[i] as Token;
    if (t.quote !== undefined) break;
    clause.push(t);
    if (/[,;:]/.test(t.post) && i > at + 1) {
      // "pay tribute at Rajghat, the Gandhi memorial, on Sunday before the final session": a
      // noun set off by commas names a place, and the clause goes on after it
      const close = appositiveEnd(tokens, i + 1);
      if (close === undefined) break;
      i = close;
    }
  }
  return clause;
}

/** At most this many words in a noun set off by commas inside a clause. */
const MAX_APPOSITIVE_WORDS = 6;

/**
 * Where ", the Mahatma Gandhi memorial," ends when token `from` opens it (after a comma): "the" or
 * "a", words that are no verb and no quote, then a comma; undefined for anything else.
 */
function appositiveEnd(tokens: Token[], from: number): number | undefined {
  if (!/^,\s*$/.test(tokens[from - 1]?.post ?? "") || !/^(?:the|a|an)$/i.test(lower(tokens[from])))
    return undefined;
  for (let k = from + 1; k < tokens.length && k <= from + MAX_APPOSITIVE_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.quote !== undefined || t.tags.has("Verb")) return undefined;
    if (/^,\s*$/.test(t.post)) return k;
    if (!/^\s*$/.test(t.post)) return undefined;
  }
  return undefined;
}

/** A past-tense verb of the narrator ("left", "had not finished"), not a name compromise took for one. */
const isPastVerb = (t: Token) =>
  t.tags.has("Verb") &&
  t.tags.has("PastTense") &&
  /^\p{Ll}/u.test(t.text) &&
  !t.tags.has("Participle");

/**
 * `whatComesNext`: a sentence whose narrator says an event will happen (a future word whose clause
 * names an event or a scheduled act, and no "only" or "if" that makes it a rule), or that names a
 * later day with no verb in the past tense. Quotes are not read. Dated against `reference`, the
 * report's own date; a range ("from Friday until Saturday") gives its first day and its last.
 */
export function nextStepIn(sentence: Sentence, reference: string): NextStepFinding | undefined {
  const tokens = sentence.tokens.filter((t) => t.quote === undefined);
  const narration = tokens
    .map((t) => t.text + t.post)
    .join("")
    .trim();
  const when = dateOf(narration, reference);
  // "Under the agreement, each side may …": the terms of a deal, not what comes next
  if (/^under$/i.test(tokens[0]?.text ?? "")) return undefined;
  let marked = false;
  for (const future of futureMarkers(tokens, when !== undefined)) {
    marked = true;
    if (future.dated && !when) continue;
    const clause = clauseFrom(tokens, future.at);
    if (clause.some((t) => CONDITION.test(t.text))) continue;
    // "That's where we will leave our live coverage": the report's own doings, not the talks'
    if (/^(?:we|i)$/i.test(lower(tokens[future.at - 1]))) continue;
    // "a mechanism through which society will take part": what a thing is for, unless dated
    if (!when && relativeAfterPreposition(tokens, future.at)) continue;
    // "Analysts said the treaty … would require …": what onlookers think may happen
    if (/^would$/i.test(future.marker) && ONLOOKERS.test(narration)) continue;
    // "would not sign", "will never": a refusal; "will continue to support": a policy
    const next = lower(clause[1]);
    if (/^(?:not|never|n't)$/.test(next) || (next === "continue" && lower(clause[2]) === "to"))
      continue;
    // the subject may be the event ("the talks will resume"), but not of a reported "would"
    // ("the visit would strengthen understanding, said Xi")
    const subject = /^would$/i.test(future.marker)
      ? []
      : subjectBefore(tokens, future.at, future.reach, future.setOff);
    if (!eventIn([...subject, ...clause])) continue;
    // "About 1,400 delegates are expected to take part": a forecast, unless it says when
    if (FORECAST.test(future.marker) && !when && !TIME_PHRASE.test(narration)) continue;
    // "agreed on Monday to hold …": the day is the agreement's; the step's is after its "to"
    const agreed = /^(?:agreed|decided)\b/i.test(future.marker);
    const start = agreed
      ? tokens.findIndex((t, k) => k > future.at && lower(t) === "to")
      : future.at;
    const fromMarker = tokens
      .slice(start)
      .map((t) => t.text + t.post)
      .join("");
    const dated = dateOf(fromMarker, reference) ?? (agreed ? undefined : when);
    return { text: sentence.text, marker: future.marker, ...dated };
  }
  if (marked) return undefined;
  if (!when?.date || when.date.date <= reference) return undefined;
  if (tokens.some(isPastVerb) || tokens.some((t) => /^(?:was|were)$/i.test(t.text)))
    return undefined;
  // "The memorandum renews in March 2024 unless Rome gives notice": a rule, not an event
  if (tokens.some((t) => CONDITION.test(t.text))) return undefined;
  if (!eventIn(tokens)) return undefined;
  return { text: sentence.text, marker: when.date.source, ...when };
}

/**
 * The first day a text names on or after `reference`, and the last day of a range it opens
 * ("from 19 May until 21 May", "between 28 and 30 June", "on 4 and 5 July": `dayRangeIn`).
 */
function dateOf(text: string, reference: string): { date: FoundDate; end?: FoundDate } | undefined {
  const range = dayRangeIn(text, reference);
  // a day named before the range is the step's ("in Luxembourg on 26 June, and … from 28 June")
  const before = range ? futureDateIn(range.before, reference) : undefined;
  // "flies out on Saturday for a state visit from 12 to 13 October": that day opens the range
  if (range && (!before || before.date === range.start.date))
    return { date: range.start, end: range.end };
  const date = before ?? futureDateIn(text, reference);
  return date ? { date } : undefined;
}

/** Where a sentence's second step may start: "for talks …", ", and on Friday …", "; …", "before …". */
const STEP_BOUNDARY = /\s+for\s+|,?\s+and\s+|;\s+|,\s+(?:where|before|after|then)\s+|\s+before\s+/i;

/**
 * `nextStepsIn`: the next steps of a sentence, two when it names two later days for two acts:
 * "he is to fly to Manila this evening for talks with the Philippine government on Friday" is
 * the flight this evening and the talks on Friday. The sentence is cut where the second act's
 * words start (a "for", "and", "before" or semicolon after the first day); a range ("from Friday
 * until Saturday") stays one step.
 */
export function nextStepsIn(sentence: Sentence, reference: string): NextStepFinding[] {
  const step = nextStepIn(sentence, reference);
  if (!step?.date || step.end) return step ? [step] : [];
  const text = sentence.text;
  const at = text.indexOf(step.date.source);
  if (at < 0) return [step];
  const after = at + step.date.source.length;
  const rest = text.slice(after);
  const second = futureDateIn(rest, reference);
  if (!second || second.date === step.date.date) return [step];
  const secondAt = rest.indexOf(second.source);
  const boundary = STEP_BOUNDARY.exec(rest.slice(0, Math.max(0, secondAt)));
  if (!boundary) return [step];
  // "on Tuesday and Wednesday next week": two days of one event, not a second act
  const words = rest
    .slice(boundary.index + boundary[0].length, secondAt)
    .trim()
    .split(/\s+/);
  if (words.filter(Boolean).length < 3) return [step];
  const cut = after + boundary.index;
  const first = text.slice(0, cut).replace(/[\s,;]+$/, "");
  const then = text
    .slice(cut)
    .replace(/^[\s,;]+/, "")
    .replace(/^and\s+/i, "");
  if (then.split(/\s+/).length < 3) return [step];
  return [
    { ...step, text: first },
    { text: then, marker: `${step.marker}, then "${second.source}"`, date: second },
  ];
}
