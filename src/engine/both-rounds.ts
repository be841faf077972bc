// "was Rohan at both Vienna rounds", "was Ahtisaari at both the feb and july rounds": whether a
// person took part in each of the two rounds of a series, read from the rounds' participant
// lists. The answer cites each round's line for that person, the rounds in the order the question
// names them (by month), else the most recent first; a person listed at one round only is a "no"
// that cites the round where the person is listed.
import { humanDate } from "../text/calendar.ts";
import { citeFact, participantLine } from "./compose.ts";
import { answered, type Draft, type Entry } from "./entry.ts";
import type { Fact } from "./facts.ts";
import type { ParsedQuestion } from "./question.ts";

/** "both rounds", "both the feb and july meetings", "both vienna rounds": at most four words apart. */
const BOTH_ROUNDS =
  /\bboth\s+(?:[\p{L}\p{N}+.-]+\s+){0,4}?(?:rounds|meetings|sessions|talks|summits|conferences|mtgs)\b/u;

/** Whether the question asks if someone was at both rounds of a series. */
export function asksBothRounds(q: ParsedQuestion): boolean {
  return q.yesNo && BOTH_ROUNDS.test(q.words.join(" "));
}

/**
 * The answer from the two rounds in `pool` of one series, for the one person the question names;
 * undefined when the pool holds no such pair or the person is listed at neither round.
 */
export function bothRoundsAnswer(q: ParsedQuestion, pool: readonly Entry[]): Draft | undefined {
  const people = q.mentions.filter((m) => m.kind === "person");
  if (people.length !== 1) return undefined;
  const keys = new Set(people[0]?.keys ?? []);
  const series = new Map<string, Entry[]>();
  for (const e of pool) {
    const f = e.briefing.format?.toLowerCase();
    if (!f) continue;
    series.set(f, [...(series.get(f) ?? []), e]);
  }
  const lineOf = (e: Entry): Fact | undefined =>
    e.facts.find(
      (f) => f.section === "participants" && f.person !== undefined && keys.has(f.person),
    );
  const pairs = [...series.values()].filter((l) => l.length === 2 && l.some(lineOf));
  if (pairs.length !== 1) return undefined;
  const rounds = orderAsked(q, pairs[0] as Entry[]);
  const lines = rounds.map(lineOf);
  const listed = lines.filter((f): f is Fact => f !== undefined);
  const name = listed[0]?.participant?.name ?? "";
  const at = (e: Entry) => `${e.briefing.title} (${humanDate(e.briefing.date)})`;
  if (listed.length === 2) {
    const text = `Yes: ${name} is listed at both rounds: ${listed
      .map((f, i) => `${at(rounds[i] as Entry)}: ${participantLine(f)}`)
      .join("; ")}.`;
    return answered(text, listed.map(citeFact), 0.8);
  }
  const present = rounds[lines.findIndex((f) => f !== undefined)] as Entry;
  const absent = rounds[lines.findIndex((f) => f === undefined)] as Entry;
  const only = listed[0] as Fact;
  const text = `No: ${name} is listed at ${at(present)} (${participantLine(only)}), not at ${at(absent)}.`;
  return answered(text, [citeFact(only)], 0.7);
}

/**
 * The two rounds in the order the question names them, by month ("the feb and july rounds") or
 * by place ("the tunis and geneva rounds"), else the most recent first.
 */
function orderAsked(q: ParsedQuestion, pair: Entry[]): Entry[] {
  const month = (e: Entry) => Number(e.briefing.date.slice(5, 7));
  const named = q.talksAt.map((t) => t.month);
  // a word of the question that names where one round of the two was held, not the other
  const words = q.text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const placeAt = (e: Entry) => {
    const other = pair.find((x) => x !== e) as Entry;
    const at = words.findIndex((w) => namesVenue(e, w) && !namesVenue(other, w));
    return at >= 0 ? at : Number.POSITIVE_INFINITY;
  };
  const rank = (e: Entry) => {
    const k = named.indexOf(month(e));
    return k >= 0 ? k : named.length + placeAt(e);
  };
  return [...pair].sort(
    (a, b) => rank(a) - rank(b) || b.briefing.date.localeCompare(a.briefing.date),
  );
}

/** Whether a round's location or title names a place word ("tunis"). */
function namesVenue(e: Entry, word: string): boolean {
  const b = e.briefing;
  return `${b.location ?? ""} ${b.title}`.toLowerCase().includes(word);
}
