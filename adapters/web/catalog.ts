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
  fields?: {
    starts: readonly string[];
    ends: readonly string[];
    places: readonly string[];
    formats: readonly string[];
  };
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
    // The filtered fields in flat arrays, made once per change of the library: one pass over
    // 10,000 briefings reads strings from arrays, not fields from 10,000 objects.
    snapshot.fields ??= {
      starts: all.map((b) => b.date),
      ends: all.map((b) => b.end_date ?? b.date),
      places: all.map((b) => b.location?.toLowerCase() ?? ""),
      formats: all.map((b) => b.format?.toLowerCase() ?? ""),
    };
    const { starts, ends, places, formats } = snapshot.fields;
    const from = filters.from ?? "";
    const to = filters.to ?? "\uffff";
    const out: Briefing[] = [];
    for (let i = 0; i < all.length; i++) {
      if ((ends[i] as string) < from || (starts[i] as string) > to) continue;
      if (place && !(places[i] as string).includes(place)) continue;
      if (format && !(formats[i] as string).includes(format)) continue;
      out.push(all[i] as Briefing);
    }
    return out;
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
