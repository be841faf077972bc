// A series' rounds, one line each, oldest first.
import type { Briefing } from "../briefing/types.ts";
import type { Series } from "./identify.ts";

export interface TimelineEntry {
  id: string;
  date: string;
  endDate?: string;
  location?: string;
  title: string;
  /** The round's first outcome, when it records one. */
  outcome?: string;
  /** One line: `2021-07-28  Geneva  First round of … — Agreement to meet again … [id]`. */
  line: string;
}

function entry(b: Briefing): TimelineEntry {
  const days = b.end_date && b.end_date !== b.date ? `${b.date} to ${b.end_date}` : b.date;
  const outcome = b.outcomes?.[0];
  const line = `${days}  ${b.location ? `${b.location}  ` : ""}${b.title}${outcome ? ` — ${outcome}` : ""}  [${b.id}]`;
  return {
    id: b.id,
    date: b.date,
    ...(b.end_date !== undefined && { endDate: b.end_date }),
    ...(b.location !== undefined && { location: b.location }),
    title: b.title,
    ...(outcome !== undefined && { outcome }),
    line,
  };
}

/** The rounds of a series, oldest first, one line each. */
export function timeline(series: Series): TimelineEntry[] {
  return series.rounds.map(entry);
}
