// A small seeded random source for the fuzzer: the same seed gives the same run, byte for byte.

/** A deterministic random source (mulberry32) with the helpers the generators need. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("tests/fuzz/random.ts: pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A length skewed towards small values, up to `max` (most draws are short, a few are huge). */
  length(max: number): number {
    return Math.floor(max ** this.next()) - 1;
  }

  /** A new source derived from this one, so that one generator's draws do not shift another's. */
  fork(): Random {
    return new Random(Math.floor(this.next() * 4294967296));
  }
}
