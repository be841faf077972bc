// What the pages show, drawn from the live library: briefings newest first, the formats with
// their rounds oldest first, and the filters of the index. Rebuilt only after the library changes.
import type { Briefing } from "../../src/briefing/index.ts";
import { formatSlug } from "./anchors.ts";

/** What the web view needs from the briefing library (`BriefingLibrary` has it). */
export interface WebLibrary {
  briefings(): readonly Briefing[];
  get(id: string): Briefing | undefined;
  /** Registers a listener for changes; returns a function that unregisters it. */
  onChange?(listener: () => void): () => void;
}

export interface Series {
  slug: string;
  /** The format as the first round spells it. */
  name: string;
  /** Oldest first: the timeline reads down to the newest round. */
  rounds: readonly Briefing[];
}

export interface Filters {
  /** YYYY-MM-DD: briefings that end on or after this day. */
  from?: string;
  /** YYYY-MM-DD: briefings that start on or before this day. */
  to?: string;
  /** Words in the location, any case. */
  place?: string;
  /** Words in the format, any case. */
  format?: string;
}

interface Snapshot {
  newestFirst: readonly Briefing[];
  series: ReadonlyMap<string, Series>;
  formats?: readonly Series[];
  lower?: readonly { place: string; format: string }[];
}

/** The catalog of a library; call `close` to stop following it. */
export class Catalog {
  private snapshot: Snapshot | undefined;
  private readonly unsubscribe: (() => void) | undefined;

  constructor(private readonly library: WebLibrary) {
    this.unsubscribe = library.onChange?.(() => {
      this.snapshot = undefined;
    });
  }

  close(): void {
    this.unsubscribe?.();
  }

  get(id: string): Briefing | undefined {
    return this.library.get(id);
  }

  /** Every briefing, newest first (by date, then id). */
  newestFirst(): readonly Briefing[] {
    return this.current().newestFirst;
  }

  /** The series of a format slug, or undefined when no briefing has that format. */
  series(slug: string): Series | undefined {
    return this.current().series.get(slug);
  }

  /** The formats, most rounds first, for the filter's suggestions. */
  formats(): readonly Series[] {
    const snapshot = this.current();
    // Sorted once per change of the library: thousands of formats are too many to sort per page.
    snapshot.formats ??= [...snapshot.series.values()].sort(
      (a, b) =>
        b.rounds.length - a.rounds.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    return snapshot.formats;
  }

  /** The briefings that pass every filter given, newest first. */
  filter(filters: Filters): readonly Briefing[] {
    const place = filters.place?.toLowerCase();
    const format = filters.format?.toLowerCase();
    const snapshot = this.current();
    const all = snapshot.newestFirst;
    if (!filters.from && !filters.to && !place && !format) return all;
    // Lower-cased once per change of the library, not per briefing per page.
    snapshot.lower ??= all.map((b) => ({
      place: b.location?.toLowerCase() ?? "",
      format: b.format?.toLowerCase() ?? "",
    }));
    const lower = snapshot.lower;
    return all.filter(
      (b, i) =>
        (!filters.from || (b.end_date ?? b.date) >= filters.from) &&
        (!filters.to || b.date <= filters.to) &&
        (!place || (lower[i]?.place.includes(place) ?? false)) &&
        (!format || (lower[i]?.format.includes(format) ?? false)),
    );
  }

  private current(): Snapshot {
    if (this.snapshot && this.library.onChange) return this.snapshot;
    const newestFirst = [...this.library.briefings()].sort(
      (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
    );
    const series = new Map<string, { slug: string; name: string; rounds: Briefing[] }>();
    for (let i = newestFirst.length - 1; i >= 0; i--) {
      const b = newestFirst[i] as Briefing;
      if (!b.format) continue;
      const slug = formatSlug(b.format);
      if (!slug) continue;
      const found = series.get(slug);
      if (found) found.rounds.push(b);
      else series.set(slug, { slug, name: b.format, rounds: [b] });
    }
    this.snapshot = { newestFirst, series };
    return this.snapshot;
  }
}
