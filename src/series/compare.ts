// What changed from one round of talks to a later one: people and parties who joined or left, each
// party's positions added, removed or reworded, outcomes new and dropped, and which of the earlier
// round's next steps a later round shows met (only with evidence; otherwise still open).
import type { Briefing, NextStep, Participant, Party } from "../briefing/types.ts";
import { terms } from "../text/index.ts";
import { normalName } from "./identify.ts";

/** A round as a comparison names it. */
export interface RoundRef {
  id: string;
  title: string;
  date: string;
  location?: string;
}

export interface PersonRef {
  name: string;
  role?: string;
  side?: string;
}

/** One party's positions that differ between the rounds (parties without a change are left out). */
export interface PositionChanges {
  party: string;
  added: string[];
  removed: string[];
  /** The same position (same party, same topic) worded differently. */
  changed: { from: string; to: string }[];
}

/** Why a next step counts as met: the later round and what in it shows it. */
export interface StepEvidence {
  round: RoundRef;
  /** `date`: a round of the series was held on the step's date; otherwise the section cited. */
  section: "date" | "round" | "outcomes" | "points";
  text: string;
}

export interface Comparison {
  earlier: RoundRef;
  later: RoundRef;
  participants: { joined: PersonRef[]; left: PersonRef[] };
  parties: { joined: string[]; left: string[] };
  positions: PositionChanges[];
  outcomes: { new: string[]; dropped: string[] };
  /** The earlier round's next steps. */
  nextSteps: { met: { step: NextStep; evidence: StepEvidence }[]; open: NextStep[] };
}

/** Two positions of one party at least this alike (Dice over their terms) are one position reworded. */
export const SAME_TOPIC = 0.5;
/** A later outcome or point must contain this share of a next step's terms to show it met. */
const STEP_COVERED = 0.75;

export function roundRef(b: Briefing): RoundRef {
  return {
    id: b.id,
    title: b.title,
    date: b.date,
    ...(b.location !== undefined && { location: b.location }),
  };
}

/**
 * Compares two rounds; whichever is older is `earlier`. `rounds` (the series, any order) lets a
 * next step be met by any round after the earlier one up to the later one, not only the later.
 */
export function compare(a: Briefing, b: Briefing, rounds: readonly Briefing[] = []): Comparison {
  const [earlier, later] =
    (a.date.localeCompare(b.date) || a.id.localeCompare(b.id)) <= 0 ? [a, b] : [b, a];
  const between = [...rounds, later]
    .filter(
      (r, i, all) =>
        all.findIndex((x) => x.id === r.id) === i &&
        r.id !== earlier.id &&
        r.date > earlier.date &&
        r.date <= later.date,
    )
    .sort((x, y) => x.date.localeCompare(y.date));
  return {
    earlier: roundRef(earlier),
    later: roundRef(later),
    participants: peopleChanges(earlier.participants ?? [], later.participants ?? []),
    parties: partyChanges(earlier.parties ?? [], later.parties ?? []),
    positions: positionChanges(earlier.parties ?? [], later.parties ?? []),
    outcomes: {
      new: missingFrom(later.outcomes ?? [], earlier.outcomes ?? []),
      dropped: missingFrom(earlier.outcomes ?? [], later.outcomes ?? []),
    },
    nextSteps: stepsMet(earlier.next_steps ?? [], between),
  };
}

/** True when nothing differs. */
export function unchanged(c: Comparison): boolean {
  return (
    c.participants.joined.length + c.participants.left.length === 0 &&
    c.parties.joined.length + c.parties.left.length === 0 &&
    c.positions.length === 0 &&
    c.outcomes.new.length + c.outcomes.dropped.length === 0
  );
}

// ---- people and parties: the same by name or alias ------------------------------------------

function namesOf(x: { name: string; aliases?: string[] | undefined }): Set<string> {
  return new Set([x.name, ...(x.aliases ?? [])].map(normalName));
}

function sameEntity(
  x: { name: string; aliases?: string[] | undefined },
  y: { name: string; aliases?: string[] | undefined },
): boolean {
  const a = namesOf(x);
  return [...namesOf(y)].some((n) => a.has(n));
}

function person(p: Participant): PersonRef {
  return {
    name: p.name,
    ...(p.role !== undefined && { role: p.role }),
    ...(p.side !== undefined && { side: p.side }),
  };
}

function peopleChanges(before: Participant[], after: Participant[]) {
  return {
    joined: after.filter((p) => !before.some((q) => sameEntity(p, q))).map(person),
    left: before.filter((p) => !after.some((q) => sameEntity(p, q))).map(person),
  };
}

function partyChanges(before: Party[], after: Party[]) {
  return {
    joined: after.filter((p) => !before.some((q) => sameEntity(p, q))).map((p) => p.name),
    left: before.filter((p) => !after.some((q) => sameEntity(p, q))).map((p) => p.name),
  };
}

// ---- positions: matched by party, then by topic ------------------------------------------------

/** Text as compared: case, spaces and a final full stop do not count. */
function normalText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.\s]+$/, "");
}

function missingFrom(items: readonly string[], other: readonly string[]): string[] {
  const seen = new Set(other.map(normalText));
  return items.filter((t) => !seen.has(normalText(t)));
}

/** Dice coefficient of two texts' term sets (stems and the concepts synonyms fold into). */
export function similarity(a: string, b: string): number {
  const x = new Set(terms(a));
  const y = new Set(terms(b));
  if (x.size + y.size === 0) return 0;
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return (2 * both) / (x.size + y.size);
}

/**
 * One party's positions in two rounds: the same text is unchanged; of the rest, pairs on the same
 * topic (most alike first, at least SAME_TOPIC alike) are one position reworded; what is left
 * was added or removed.
 */
export function diffPositions(before: readonly string[], after: readonly string[]) {
  const removed = missingFrom(before, after);
  const added = missingFrom(after, before);
  const pairs: { i: number; j: number; s: number }[] = [];
  removed.forEach((r, i) => {
    added.forEach((a, j) => {
      const s = similarity(r, a);
      if (s >= SAME_TOPIC) pairs.push({ i, j, s });
    });
  });
  pairs.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const changed: { from: string; to: string; i: number }[] = [];
  for (const p of pairs) {
    if (usedBefore.has(p.i) || usedAfter.has(p.j)) continue;
    usedBefore.add(p.i);
    usedAfter.add(p.j);
    changed.push({ from: removed[p.i] as string, to: added[p.j] as string, i: p.i });
  }
  return {
    added: added.filter((_, j) => !usedAfter.has(j)),
    removed: removed.filter((_, i) => !usedBefore.has(i)),
    changed: changed.sort((p, q) => p.i - q.i).map(({ from, to }) => ({ from, to })),
  };
}

function positionChanges(before: Party[], after: Party[]): PositionChanges[] {
  const out: PositionChanges[] = [];
  for (const p of after) {
    const earlier = before.find((q) => sameEntity(p, q));
    const diff = diffPositions(earlier?.positions ?? [], p.positions ?? []);
    if (diff.added.length + diff.removed.length + diff.changed.length > 0) {
      out.push({ party: p.name, ...diff });
    }
  }
  for (const q of before) {
    if (after.some((p) => sameEntity(p, q)) || !q.positions?.length) continue;
    out.push({ party: q.name, added: [], removed: [...q.positions], changed: [] });
  }
  return out;
}

// ---- next steps: met only with evidence ------------------------------------------------------

/** A step that is itself a meeting of the talks ("Second round of the dialogue in Geneva"). */
const MEETING =
  /\b(rounds?|meet|meets|meeting|session|talks|dialogue|summit|council|conference|consultations|resume|reconvene)\b/i;
/** A step that is the series' next meeting, whenever it is ("Third round, date to be agreed"). */
const NEXT_ROUND =
  /^(?:(?:a|an|the)\s+)?(?:next|another|further|new|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:round|meeting|session)\b|^(?:to\s+)?(?:meet|reconvene)\s+again\b/i;

/** A round held on one of the days from `first` to `last` (a step over several days). */
function heldDuring(r: Briefing, first: string, last: string): boolean {
  return r.date <= last && first <= (r.end_date ?? r.date);
}

/** A step naming a venue ("… in Vienna") is not met by a round held elsewhere. */
function elsewhere(step: string, r: Briefing): boolean {
  const venue = /\bin (\p{Lu}[\p{L}'-]+)/u.exec(step)?.[1];
  if (!venue || !r.location) return false;
  return !normalName(r.location).split(" ").includes(normalName(venue));
}

/** Share of the step's terms found in a text. */
function coveredBy(step: string, text: string): number {
  const wanted = new Set(terms(step));
  if (wanted.size === 0) return 0;
  const have = new Set(terms(text));
  let found = 0;
  for (const t of wanted) if (have.has(t)) found++;
  return wanted.size < 2 ? 0 : found / wanted.size;
}

/** Evidence in the later rounds (oldest first) that a step was met, or undefined. */
export function evidenceFor(step: NextStep, later: readonly Briefing[]): StepEvidence | undefined {
  for (const r of later) {
    if (
      step.date !== undefined &&
      heldDuring(r, step.date, step.end_date ?? step.date) &&
      MEETING.test(step.text) &&
      !elsewhere(step.text, r)
    ) {
      return { round: roundRef(r), section: "date", text: `${r.title} (${r.date})` };
    }
    if (step.date === undefined && NEXT_ROUND.test(step.text.trim()) && !elsewhere(step.text, r)) {
      return { round: roundRef(r), section: "round", text: `${r.title} (${r.date})` };
    }
    for (const section of ["outcomes", "points"] as const) {
      const hit = (r[section] ?? []).find((t) => coveredBy(step.text, t) >= STEP_COVERED);
      if (hit) return { round: roundRef(r), section, text: hit };
    }
  }
  return undefined;
}

function stepsMet(steps: readonly NextStep[], later: readonly Briefing[]) {
  const met: { step: NextStep; evidence: StepEvidence }[] = [];
  const open: NextStep[] = [];
  for (const step of steps) {
    const evidence = evidenceFor(step, later);
    if (evidence) met.push({ step, evidence });
    else open.push(step);
  }
  return { met, open };
}
