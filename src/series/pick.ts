// Which two rounds a compare means: none given (the last two of the series in scope), one (it and
// the round before it), or two (they must be rounds of one series).
import type { Briefing } from "../briefing/types.ts";
import { findAllSeries, type Series, seriesOf } from "./identify.ts";

export type RoundPair =
  | { ok: true; series: Series; earlier: Briefing; later: Briefing }
  | { ok: false; problem: string };

/**
 * The series a channel is looking at: that of its pinned briefings (the newest pinned round's,
 * when pins span several), else the series with the newest round among those with two rounds or more.
 */
export function seriesInScope(
  all: readonly Series[],
  pinned: readonly Briefing[] = [],
): Series | undefined {
  const newestPinned = [...pinned].sort((a, b) => b.date.localeCompare(a.date));
  for (const b of newestPinned) {
    const s = seriesOf(all, b.id);
    if (s) return s;
  }
  let best: Series | undefined;
  for (const s of all) {
    if (s.rounds.length < 2) continue;
    const last = s.rounds[s.rounds.length - 1] as Briefing;
    const bestLast = best?.rounds[best.rounds.length - 1];
    if (!bestLast || last.date > bestLast.date) best = s;
  }
  return best;
}

function seriesLabel(s: Series | undefined): string {
  return s ? `the ${s.name} series` : `no series (it has no format or series field)`;
}

/** The two rounds to compare, or a problem a person can act on. */
export function pickRounds(
  briefings: readonly Briefing[],
  given: readonly Briefing[],
  pinned: readonly Briefing[] = [],
): RoundPair {
  const all = findAllSeries(briefings);
  if (given.length === 0) {
    const s = seriesInScope(all, pinned);
    if (!s)
      return {
        ok: false,
        problem: "No series has two rounds yet, so there is nothing to compare.",
      };
    if (s.rounds.length < 2) {
      return {
        ok: false,
        problem: `The ${s.name} series has one round so far: nothing to compare.`,
      };
    }
    const [earlier, later] = s.rounds.slice(-2) as [Briefing, Briefing];
    return { ok: true, series: s, earlier, later };
  }
  const [a, b] = given as [Briefing, Briefing | undefined];
  const sa = seriesOf(all, a.id);
  if (!sa) return { ok: false, problem: `${a.id} belongs to ${seriesLabel(sa)}.` };
  if (!b) {
    const at = sa.rounds.findIndex((r) => r.id === a.id);
    if (at <= 0) {
      return {
        ok: false,
        problem: `${a.id} is the first round of the ${sa.name} series: there is no earlier round to compare it with.`,
      };
    }
    return { ok: true, series: sa, earlier: sa.rounds[at - 1] as Briefing, later: a };
  }
  if (a.id === b.id) return { ok: false, problem: "Those are the same briefing: give two rounds." };
  const sb = seriesOf(all, b.id);
  if (sa !== sb) {
    return {
      ok: false,
      problem: `${a.id} and ${b.id} are of different series: ${a.id} belongs to ${seriesLabel(sa)}, ${b.id} to ${seriesLabel(sb)}. Compare works on two rounds of one series.`,
    };
  }
  const [earlier, later] = a.date <= b.date ? [a, b] : [b, a];
  return { ok: true, series: sa, earlier, later };
}
