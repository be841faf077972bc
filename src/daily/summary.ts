// The daily summary: the briefings of one day, their most important quotes, and what is coming up.
import type { Briefing, Quote } from "../briefing/types.ts";

export interface DailyBriefing {
  briefing: Briefing;
  /** The two or three quotes that matter most, best first. */
  quotes: Quote[];
}

export interface ComingUp {
  date: string;
  text: string;
  briefing: Briefing;
}

export interface DailySummary {
  day: string;
  briefings: DailyBriefing[];
  /** Next steps dated after the day, from any briefing, soonest first. */
  comingUp: ComingUp[];
  /** When the day has no briefings: the nearest days before and after that have some. */
  nearest: { before?: string; after?: string };
}

/** Whether a (possibly multi-day) briefing covers `day`. */
export function coversDay(briefing: Briefing, day: string): boolean {
  return briefing.date <= day && day <= (briefing.end_date ?? briefing.date);
}

/** Builds the summary of `day` (YYYY-MM-DD) from all briefings. */
export function dailySummary(
  all: readonly Briefing[],
  day: string,
  options: { quotes?: number; comingUp?: number } = {},
): DailySummary {
  const ofDay = all
    .filter((b) => coversDay(b, day))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const comingUp = soonest(all, day, options.comingUp ?? 8);
  return {
    day,
    briefings: ofDay.map((briefing) => ({
      briefing,
      quotes: topQuotes(briefing, options.quotes ?? 3),
    })),
    comingUp,
    nearest: ofDay.length === 0 ? nearestDays(all, day) : {},
  };
}

/**
 * The first `limit` next steps dated after `day`, soonest first (then by text), from any
 * briefing: one pass that keeps only the best few, so a large library costs no sort of every step.
 */
function soonest(all: readonly Briefing[], day: string, limit: number): ComingUp[] {
  const kept: ComingUp[] = [];
  const before = (a: ComingUp, b: ComingUp) =>
    a.date < b.date || (a.date === b.date && a.text.localeCompare(b.text) < 0);
  if (limit <= 0) return kept;
  for (const briefing of all) {
    for (const step of briefing.next_steps ?? []) {
      if (!step.date || step.date <= day) continue;
      const item = { date: step.date, text: step.text, briefing };
      const last = kept[kept.length - 1];
      if (kept.length >= limit && last && !before(item, last)) continue;
      let at = kept.length;
      while (at > 0 && before(item, kept[at - 1] as ComingUp)) at--;
      kept.splice(at, 0, item);
      if (kept.length > limit) kept.pop();
    }
  }
  return kept;
}

/** The nearest days before and after `day` that have a briefing. */
export function nearestDays(
  all: readonly Briefing[],
  day: string,
): { before?: string; after?: string } {
  let before: string | undefined;
  let after: string | undefined;
  for (const b of all) {
    const end = b.end_date ?? b.date;
    if (end < day && (!before || end > before)) before = end;
    if (b.date > day && (!after || b.date < after)) after = b.date;
  }
  return { ...(before && { before }), ...(after && { after }) };
}

/** How much a speaker's second quote is discounted against other speakers' quotes. */
const REPEAT_SPEAKER_PENALTY = 1.5;

const LEAD_ROLE =
  /\b(chair|co-chair|head|lead|leader|president|prime minister|minister|secretary|envoy|ambassador|spokes)/i;

/**
 * The quotes that matter most, by a general rule: quotes by the people who lead (a leading role,
 * or listed early among the participants), and substantive ones (a full sentence or more rather
 * than a fragment). A speaker's further quotes are discounted so one voice does not fill the summary.
 */
export function topQuotes(briefing: Briefing, limit: number): Quote[] {
  const quotes = briefing.quotes ?? [];
  const participants = briefing.participants ?? [];
  const rankOf = (speaker: string) => {
    const s = speaker.toLowerCase();
    const index = participants.findIndex(
      (p) =>
        p.name.toLowerCase() === s ||
        s.includes(p.name.toLowerCase().split(" ").at(-1) ?? "\u0000") ||
        (p.aliases ?? []).some((a) => a.toLowerCase() === s),
    );
    return index === -1 ? undefined : { index, participant: participants[index] };
  };
  const score = (quote: Quote) => {
    const match = rankOf(quote.speaker);
    let value = 0;
    if (match) {
      value += 2 * (1 - match.index / Math.max(participants.length, 1));
      if (LEAD_ROLE.test(match.participant?.role ?? "")) value += 1.5;
    }
    const words = quote.text.split(/\s+/).length;
    value += Math.min(words, 40) / 20; // substantive: up to 2 points for length
    if (words < 6) value -= 1; // a fragment rarely carries the message
    return value;
  };
  const ranked = quotes.map((quote, order) => ({ quote, order, score: score(quote) }));
  // Greedy: each quote already taken from a speaker lowers that speaker's next one, so the
  // summary hears more than one voice unless the others only said fragments.
  const picked: typeof ranked = [];
  const taken = new Map<string, number>();
  while (picked.length < Math.min(limit, ranked.length)) {
    let best: (typeof ranked)[number] | undefined;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const r of ranked) {
      if (picked.includes(r)) continue;
      const value = r.score - REPEAT_SPEAKER_PENALTY * (taken.get(r.quote.speaker) ?? 0);
      if (value > bestValue) {
        best = r;
        bestValue = value;
      }
    }
    if (!best) break;
    picked.push(best);
    taken.set(best.quote.speaker, (taken.get(best.quote.speaker) ?? 0) + 1);
  }
  return picked.map((r) => r.quote);
}
