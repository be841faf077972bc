// Bounded, time-limited memory of keys in one process: oldest entries go first.

export interface RecentKeysOptions {
  /** Most keys kept; the oldest is forgotten first. */
  max: number;
  /** How long a key is remembered, in milliseconds. */
  ttlMs: number;
  /** Milliseconds since the epoch; injected for tests. */
  now?: () => number;
}

/**
 * A bounded set with expiry, in memory: a restart forgets it. Used only for what may be
 * forgotten (threads found not to be the bot's, asked again after a while); event ids and the
 * threads the bot answered in are kept in the store, where every instance sees them.
 */
export class RecentKeys {
  readonly #entries = new Map<string, number>();
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: RecentKeysOptions) {
    this.#max = options.max;
    this.#ttlMs = options.ttlMs;
    this.#now = options.now ?? Date.now;
  }

  /** Whether the key was remembered and has not expired. */
  has(key: string): boolean {
    const at = this.#entries.get(key);
    if (at === undefined) return false;
    if (this.#now() - at > this.#ttlMs) {
      this.#entries.delete(key);
      return false;
    }
    return true;
  }

  /** Remembers the key (refreshing it when already known). */
  add(key: string): void {
    this.#entries.delete(key);
    this.#entries.set(key, this.#now());
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  /** True when the key was already known; otherwise remembers it and returns false. */
  seen(key: string): boolean {
    if (this.has(key)) return true;
    this.add(key);
    return false;
  }

  get size(): number {
    return this.#entries.size;
  }
}
