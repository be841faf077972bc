// Questions across rounds, answered from the series: "what changed since the last round?",
// "how did Russia's position on NATO enlargement change between Geneva and Brussels?", "when did
// the Strategic Stability Dialogue last meet?". Each answer cites its briefings; a question that
// reads like one of these but cannot be answered safely is declined, and anything else is left
// to the engine (undefined).
import type { Briefing, Party } from "../briefing/types.ts";
import type { Answer, Citation, Section } from "../engine/types.ts";
// Not the text toolkit's dates module: it loads chrono, and `briefbot --help` reaches this module.
import { humanDate, MONTH_NAMES } from "../text/calendar.ts";
import { allowedTypos, editDistance, terms } from "../text/index.ts";
import { compare, diffPositions } from "./compare.ts";
import { findAllSeries, normalName } from "./identify.ts";
import { lookupSeries, seriesNamedIn } from "./lookup.ts";
import { seriesInScope } from "./pick.ts";
import { comparisonBlocks, roundLabel } from "./render.ts";

const CHANGED = /\b(?:what|anything)\b.*\b(?:chang\w*|new|differ\w*)\b/i;
const LAST_ROUND =
  /\b(?:since|from)\s+(?:the\s+)?(?:last|previous|prior|latest)\s+(?:round|meeting|session)\b|\b(?:last|latest)\s+two\s+(?:rounds|meetings|sessions)\b/i;
const POSITION =
  /^\s*how\s+(?:did|has|have|had|does)\s+(?:the\s+)?(.+?)(?:'s|’s|s'|’)?\s+positions?\s+(?:on|about|over|regarding)\s+(.+?)\s+(?:change|changed|evolve|evolved|shift|shifted|develop|developed|move|moved)\b(.*)$/i;
const LAST_MET =
  /^\s*when\s+(?:did|was|were|has|have)\b.*\b(?:last|most\s+recently|latest)\b.*\b(?:meet|met|meeting|round|session|convene|convened|held|gather|gathered)\b|^\s*when\s+did\b.*\b(?:meet|convene)\s+last\b/i;

function cite(b: Briefing, section: Section, text: string): Citation {
  return { briefing: b.id, title: b.title, date: b.date, section, text };
}

function answered(question: string, text: string, citations: Citation[], confidence = 0.8): Answer {
  return { question, answered: true, text, confidence, citations, suggestions: [] };
}

function declined(question: string, text: string, suggestions: string[] = []): Answer {
  return { question, answered: false, text, confidence: 0, citations: [], suggestions };
}

/** Where and when a round was, in words: "Geneva, 10 January 2022". */
function roundWords(b: Briefing): string {
  const when = humanDate(b.date).replace(/^\S+ \((?:\S+ )?(.*)\)$/, "$1");
  return `${b.location ? `${b.location}, ` : ""}${when}`;
}

/**
 * Answers a question across rounds from `briefings` (pinned ids in `scope` choose the series in
 * scope), or undefined when the question is not one of these (the engine answers it).
 */
export function answerAcrossRounds(
  question: string,
  briefings: readonly Briefing[],
  scope: readonly string[] = [],
): Answer | undefined {
  const q = question.trim();
  if (POSITION.test(q)) return positionChange(q, briefings);
  if (LAST_MET.test(q)) return lastMet(q, briefings);
  if (CHANGED.test(q) && LAST_ROUND.test(q)) return sinceLastRound(q, briefings, scope);
  return undefined;
}

// ---- "what changed since the last round?" ---------------------------------------------------

function sinceLastRound(
  question: string,
  briefings: readonly Briefing[],
  scope: readonly string[],
): Answer | undefined {
  const all = findAllSeries(briefings);
  const named = seriesNamedIn(all, question);
  const pinned = briefings.filter((b) => scope.includes(b.id));
  const series = named ?? seriesInScope(all, pinned);
  if (!series) return undefined;
  if (series.rounds.length < 2) {
    return declined(
      question,
      `The ${series.name} series has one round in the briefings, so nothing to compare it with.`,
    );
  }
  const [earlier, later] = series.rounds.slice(-2) as [Briefing, Briefing];
  const c = compare(earlier, later, series.rounds);
  const blocks = comparisonBlocks(c);
  const head = `${series.name}: from ${roundWords(earlier)} to ${roundWords(later)}.`;
  const text = blocks.length
    ? `${head}\n${blocks.map((b) => `${b.heading}:\n${b.lines.join("\n")}`).join("\n")}`
    : `${head}\nNothing changed between these rounds in the briefings.`;
  const citations: Citation[] = [
    cite(earlier, "title", earlier.title),
    cite(later, "title", later.title),
  ];
  return answered(question, text, citations, 0.85);
}

// ---- "when did the Strategic Stability Dialogue last meet?" ----------------------------------

/** Words that make "when did X last meet" about a body of talks, not about people. */
const BODY =
  /\b(?:group|format|council|dialogue|commission|committee|talks|process|conference|forum|summit|mediation|negotiations|initiative)\b/i;

function lastMet(question: string, briefings: readonly Briefing[]): Answer | undefined {
  const all = findAllSeries(briefings);
  const series = seriesNamedIn(all, question);
  if (!series) {
    // "when did the Minsk Contact Group last meet": a body no briefing is a round of. A next
    // step that mentions it is no meeting of it, so decline rather than let that answer.
    const subject =
      /^\s*when\s+(?:did|was|were|has|have)\s+(.+?)\s+(?:last|most\s+recently|meet|met)\b/i.exec(
        question,
      )?.[1];
    if (!subject || !BODY.test(subject)) return undefined;
    const close = lookupSeries(all, subject);
    const names = close.found ? [close.found.name] : close.suggestions;
    return declined(
      question,
      `No briefing is of a round of ${subject.replace(/^the\s+/i, "the ")}, so the briefings cannot say when it last met.${
        names.length ? ` Series in the briefings that come close: ${names.join(", ")}.` : ""
      }`,
      names.map((n) => `When did the ${n} last meet?`),
    );
  }
  const last = series.rounds[series.rounds.length - 1] as Briefing;
  const days =
    last.end_date && last.end_date !== last.date
      ? `from ${humanDate(last.date)} to ${humanDate(last.end_date)}`
      : `on ${humanDate(last.date)}`;
  const of = series.rounds.length > 1 ? ` (round ${series.rounds.length} in the briefings)` : "";
  const text = `The ${series.name} last met ${days}${last.location ? ` in ${last.location}` : ""}: ${last.title}${of}.`;
  return answered(question, text, [cite(last, "date", last.date)], 0.9);
}

// ---- "how did Russia's position on NATO enlargement change between Geneva and Brussels?" ------

function namesOf(p: Party): string[] {
  return [p.name, ...(p.aliases ?? [])].map(normalName);
}

function sameWords(typed: string, name: string): boolean {
  if (typed === name) return true;
  const limit = allowedTypos(Math.min(typed.length, name.length));
  return limit > 0 && editDistance(typed, name, limit) <= limit;
}

/** The party a person named, in a briefing, by name or alias (typos allowed). */
function partyIn(b: Briefing, typed: string): Party | undefined {
  const t = normalName(typed);
  return (b.parties ?? []).find((p) => namesOf(p).some((n) => sameWords(t, n)));
}

/** The briefings a phrase like "Geneva", "the first round", "July 2021", "2022-01-10" points at. */
function roundsMeant(ref: string, briefings: readonly Briefing[]): Briefing[] {
  const r = normalName(ref.replace(/^(?:the|in|at)\s+/i, ""));
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(ref)?.[1];
  if (iso) return briefings.filter((b) => b.date <= iso && iso <= (b.end_date ?? b.date));
  const month = MONTH_NAMES.findIndex((m) => new RegExp(`\\b${m}\\b`, "i").test(ref));
  if (month >= 0) {
    const year = /\b(\d{4})\b/.exec(ref)?.[1];
    const mm = String(month + 1).padStart(2, "0");
    const day = /\b(\d{1,2})\b/.exec(ref.replace(/\b\d{4}\b/, ""))?.[1];
    return briefings.filter(
      (b) =>
        b.date.slice(5, 7) === mm &&
        (!year || b.date.startsWith(year)) &&
        (!day || Number(b.date.slice(8, 10)) === Number(day)),
    );
  }
  return briefings.filter(
    (b) =>
      (b.location !== undefined && normalName(b.location).split(" ").includes(r)) ||
      (b.location !== undefined && normalName(b.location) === r),
  );
}

/** "between Geneva and Brussels", "from Geneva to Brussels": the two references, or undefined. */
function twoRefs(rest: string): [string, string] | undefined {
  const m =
    /\bbetween\s+(.+?)\s+and\s+(.+?)\s*\??$/i.exec(rest) ??
    /\bfrom\s+(.+?)\s+to\s+(.+?)\s*\??$/i.exec(rest);
  return m ? [m[1] as string, m[2] as string] : undefined;
}

function positionChange(question: string, briefings: readonly Briefing[]): Answer {
  const m = POSITION.exec(question) as RegExpExecArray;
  const partyTyped = (m[1] as string).replace(/['’]s?$/, "");
  const topic = (m[2] as string).trim();
  const refs = twoRefs(m[3] ?? "");
  if (!refs) {
    return declined(
      question,
      "Between which two rounds? Name them by place or date, for example: between Geneva and Brussels.",
    );
  }
  const withParty = briefings.filter((b) => partyIn(b, partyTyped));
  if (withParty.length === 0) {
    return declined(question, `The briefings list no party called “${partyTyped}”.`);
  }
  const [from, to] = refs.map((r) => roundsMeant(r, briefings)) as [Briefing[], Briefing[]];
  for (const [ref, found] of [
    [refs[0], from],
    [refs[1], to],
  ] as const) {
    if (found.length === 0)
      return declined(question, `No briefing is of a round in or on “${ref}”.`);
  }
  // of the rounds each reference may mean, the closest pair in time ("Geneva" next to "Brussels")
  let best: [Briefing, Briefing][] = [];
  let gap = Number.POSITIVE_INFINITY;
  for (const a of from) {
    for (const b of to) {
      if (a.id === b.id) continue;
      const d = Math.abs(Date.parse(a.date) - Date.parse(b.date));
      if (d < gap) {
        gap = d;
        best = [[a, b]];
      } else if (d === gap) best.push([a, b]);
    }
  }
  if (best.length !== 1) {
    const options = [...from, ...to].map((b) => `${roundWords(b)} (${b.id})`);
    return declined(
      question,
      `“${refs[0]}” and “${refs[1]}” could mean several rounds: ${[...new Set(options)].join("; ")}. Name them by date.`,
    );
  }
  const [a, b] = (best[0] as [Briefing, Briefing]).sort((x, y) => x.date.localeCompare(y.date));
  const topicTerms = [...new Set(terms(topic))];
  // the topic's own words must be there; names of parties in it ("NATO" in "NATO enlargement")
  // count only when the topic is nothing but names
  const onTopic = (x: Briefing, p: Party | undefined) => {
    const names = new Set((x.parties ?? []).flatMap(namesOf).flatMap((n) => terms(n)));
    const core = topicTerms.filter((t) => !names.has(t));
    const wanted = core.length > 0 ? core : topicTerms;
    const need = Math.max(1, Math.ceil(wanted.length / 2));
    return (p?.positions ?? []).filter((pos) => {
      const have = new Set(terms(pos));
      return wanted.filter((t) => have.has(t)).length >= need;
    });
  };
  const pa = partyIn(a, partyTyped);
  const pb = partyIn(b, partyTyped);
  const before = onTopic(a, pa);
  const after = onTopic(b, pb);
  const party = pa?.name ?? pb?.name ?? partyTyped;
  if (before.length === 0 && after.length === 0) {
    return declined(
      question,
      `The briefings record no position of ${party} on “${topic}” in ${roundWords(a)} or ${roundWords(b)}.`,
    );
  }
  const side = (x: Briefing, list: string[], p: Party | undefined) =>
    `${roundLabel({ id: x.id, title: x.title, date: x.date, ...(x.location && { location: x.location }) })}:\n${
      list.length
        ? list.map((t) => `• ${t}`).join("\n")
        : p
          ? `• no position of ${party} on this is recorded`
          : `• ${party} is not among the parties of this briefing`
    }`;
  const diff = diffPositions(before, after);
  const verdict =
    diff.added.length + diff.removed.length + diff.changed.length === 0
      ? "The briefings record the same position in both rounds."
      : before.length === 0 || after.length === 0
        ? "Recorded in one of the two rounds only."
        : "The wording of the position changed as shown.";
  const text = `${party}'s position on ${topic}, ${roundWords(a)} → ${roundWords(b)}:\n${side(a, before, pa)}\n${side(b, after, pb)}\n${verdict}`;
  const citations = [
    ...before.map((t) => cite(a, "parties", t)),
    ...after.map((t) => cite(b, "parties", t)),
  ];
  return answered(question, text, citations, 0.8);
}
