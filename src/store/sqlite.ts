// The embedded Store: SQLite through better-sqlite3, WAL mode, numbered migrations, one transaction per write.
// Every write is one BEGIN IMMEDIATE transaction (the write lock is taken before anything is read),
// retried on SQLITE_BUSY with bounded backoff; a store that cannot be written is refused at open.
import { mkdirSync, type Stats, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ChannelRef } from "../chat/types.ts";
import { instantMs, PRUNE_EVERY_MS, StoreError } from "./errors.ts";
import {
  BUSY_TIMEOUT_MS,
  type BusyRetry,
  DEFAULT_BUSY_RETRY,
  explainStoreFault,
  OPEN_BUSY_TIMEOUT_MS,
  retryBusy,
} from "./faults.ts";
import { migrate } from "./migrations.ts";
import {
  channelKey,
  type DeliveryRow,
  type PinRow,
  type SubscriptionRow,
  toDelivery,
  toPin,
  toSubscription,
  toUnanswered,
  type UnansweredRow,
} from "./rows.ts";
import type {
  Delivery,
  Installation,
  Pin,
  Store,
  Subscription,
  UnansweredQuestion,
} from "./types.ts";

export { StoreError };

/** Options of `openSqliteStore`, for tests that need a different busy policy. */
export interface SqliteStoreOptions {
  /** Backoff for SQLITE_BUSY on each read and write (default: at most ~9 s in all). */
  busyRetry?: BusyRetry;
}

/**
 * Opens (creating when needed) the SQLite store at `path`, applying pending migrations, and
 * proves that it can be written: a read-only file or folder fails here, with one line naming
 * the path and the problem, instead of on every later write.
 * `":memory:"` gives a throw-away store for tests.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  let db: Database.Database | undefined;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // First, so that switching to WAL and migrating wait for another process starting at once.
    db.pragma(`busy_timeout = ${OPEN_BUSY_TIMEOUT_MS}`);
    db.pragma("journal_mode = WAL");
    // FULL: a committed transaction survives a power cut, not only a killed process.
    db.pragma("synchronous = FULL");
    migrate(db);
    proveWritable(db);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    db?.close();
    throw new StoreError(`cannot open the store at ${path}: ${explainStoreFault(path, error)}`, {
      cause: error,
    });
  }
  const opened = path === ":memory:" ? undefined : fileIdentity(statSync(path));
  return new SqliteStore(db, path, options.busyRetry ?? DEFAULT_BUSY_RETRY, opened);
}

/**
 * Takes the write lock and writes the header (rolled back): SQLite opens a read-only file
 * without a word and migrations already applied write nothing, so only a real write tells.
 */
function proveWritable(db: Database.Database): void {
  db.exec("BEGIN IMMEDIATE");
  try {
    const version = db.pragma("user_version", { simple: true }) as number;
    db.pragma(`user_version = ${version}`);
  } finally {
    if (db.inTransaction) db.exec("ROLLBACK");
  }
}

/** Which file a path names (device and inode): a file replaced or removed under the bot differs. */
function fileIdentity(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

/** Every method goes through `#write` (BEGIN IMMEDIATE) or `#read`; a new one should too. */
class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #path: string;
  readonly #busyRetry: BusyRetry;
  /** The file opened (see fileIdentity); undefined in memory. */
  readonly #opened: string | undefined;
  constructor(db: Database.Database, path: string, busyRetry: BusyRetry, opened?: string) {
    this.#db = db;
    this.#path = path;
    this.#busyRetry = busyRetry;
    this.#opened = opened;
  }

  /**
   * Runs `fn` as one BEGIN IMMEDIATE transaction: the write lock is taken before the first
   * read, so a read-then-write never finds its snapshot stale (SQLITE_BUSY_SNAPSHOT, which no
   * busy timeout waits out). SQLITE_BUSY is retried with backoff; other faults name the file.
   */
  #write<T>(fn: () => T): Promise<T> {
    const transaction = this.#db.transaction(fn);
    return this.#guard(() => transaction.immediate());
  }

  /** Runs a read, retried on SQLITE_BUSY like a write. */
  #read<T>(fn: () => T): Promise<T> {
    return this.#guard(fn);
  }

  async #guard<T>(run: () => T): Promise<T> {
    try {
      return await retryBusy(run, this.#busyRetry);
    } catch (error) {
      throw new StoreError(
        `the store at ${this.#path} failed: ${explainStoreFault(this.#path, error)}`,
        {
          cause: error,
        },
      );
    }
  }

  async addPin(pin: Pin): Promise<boolean> {
    const result = await this.#write(() =>
      this.#db
        .prepare(
          `INSERT OR IGNORE INTO pins (platform, workspace, channel, briefing, pinned_at, pinned_by, message_ref)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          ...channelKey(pin.channel),
          pin.briefing,
          pin.pinnedAt,
          pin.pinnedBy ?? null,
          pin.messageRef ?? null,
        ),
    );
    return result.changes === 1;
  }

  async removePin(channel: ChannelRef, briefing: string): Promise<Pin | undefined> {
    return this.#write(() => {
      const row = this.#db
        .prepare(
          "SELECT * FROM pins WHERE platform = ? AND workspace = ? AND channel = ? AND briefing = ?",
        )
        .get(...channelKey(channel), briefing) as PinRow | undefined;
      if (!row) return undefined;
      this.#db
        .prepare(
          "DELETE FROM pins WHERE platform = ? AND workspace = ? AND channel = ? AND briefing = ?",
        )
        .run(...channelKey(channel), briefing);
      return toPin(row);
    });
  }

  async pins(channel: ChannelRef): Promise<Pin[]> {
    const rows = (await this.#read(() =>
      this.#db
        .prepare(
          "SELECT * FROM pins WHERE platform = ? AND workspace = ? AND channel = ? ORDER BY pinned_at, rowid",
        )
        .all(...channelKey(channel)),
    )) as PinRow[];
    return rows.map(toPin);
  }

  async setPinMessage(channel: ChannelRef, briefing: string, messageRef: string): Promise<void> {
    await this.#write(() =>
      this.#db
        .prepare(
          "UPDATE pins SET message_ref = ? WHERE platform = ? AND workspace = ? AND channel = ? AND briefing = ?",
        )
        .run(messageRef, ...channelKey(channel), briefing),
    );
  }

  async subscribe(sub: Subscription): Promise<void> {
    await this.#write(() =>
      this.#db
        .prepare(
          `INSERT INTO subscriptions (platform, workspace, channel, time, timezone, created_by, created_at, paused_reason, digest, reminders_since)
         VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
         ON CONFLICT (platform, workspace, channel) DO UPDATE SET
           time = excluded.time, timezone = excluded.timezone, created_by = excluded.created_by,
           created_at = excluded.created_at, paused_reason = NULL, digest = excluded.digest,
           reminders_since = excluded.reminders_since`,
        )
        .run(
          ...channelKey(sub.channel),
          sub.time,
          sub.timezone,
          sub.createdBy ?? null,
          sub.createdAt ?? null,
          sub.digest === false ? 0 : 1,
          sub.remindersSince ?? null,
        ),
    );
  }

  async unsubscribe(channel: ChannelRef): Promise<boolean> {
    const result = await this.#write(() =>
      this.#db
        .prepare("DELETE FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ?")
        .run(...channelKey(channel)),
    );
    return result.changes > 0;
  }

  async subscriptions(channel?: ChannelRef): Promise<Subscription[]> {
    const rows = (await this.#read(() =>
      channel
        ? this.#db
            .prepare(
              "SELECT * FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ?",
            )
            .all(...channelKey(channel))
        : this.#db
            .prepare("SELECT * FROM subscriptions ORDER BY platform, workspace, channel")
            .all(),
    )) as SubscriptionRow[];
    return rows.map(toSubscription);
  }

  async pauseSubscription(channel: ChannelRef, reason: string): Promise<void> {
    await this.#write(() =>
      this.#db
        .prepare(
          "UPDATE subscriptions SET paused_reason = ? WHERE platform = ? AND workspace = ? AND channel = ?",
        )
        .run(reason, ...channelKey(channel)),
    );
  }

  async claimDelivery(
    channel: ChannelRef,
    day: string,
    late: boolean,
    at: string,
  ): Promise<boolean> {
    // One statement, so two racing claims cannot both win; a failed delivery may be claimed again.
    const result = await this.#write(() =>
      this.#db
        .prepare(
          `INSERT INTO deliveries (platform, workspace, channel, day, status, late, at, error)
         VALUES (?, ?, ?, ?, 'claimed', ?, ?, NULL)
         ON CONFLICT (platform, workspace, channel, day) DO UPDATE SET
           status = 'claimed', late = excluded.late, at = excluded.at, error = NULL
         WHERE deliveries.status = 'failed'`,
        )
        .run(...channelKey(channel), day, late ? 1 : 0, at),
    );
    return result.changes === 1;
  }

  async finishDelivery(
    channel: ChannelRef,
    day: string,
    status: "delivered" | "failed",
    error?: string,
  ): Promise<void> {
    await this.#write(() =>
      this.#db
        .prepare(
          "UPDATE deliveries SET status = ?, error = ? WHERE platform = ? AND workspace = ? AND channel = ? AND day = ?",
        )
        .run(status, error ?? null, ...channelKey(channel), day),
    );
  }

  async deliveries(channel: ChannelRef): Promise<Delivery[]> {
    const rows = (await this.#read(() =>
      this.#db
        .prepare(
          "SELECT * FROM deliveries WHERE platform = ? AND workspace = ? AND channel = ? ORDER BY day",
        )
        .all(...channelKey(channel)),
    )) as DeliveryRow[];
    return rows.map(toDelivery);
  }

  async saveInstallation(installation: Installation): Promise<void> {
    await this.#write(() =>
      this.#db
        .prepare(
          `INSERT INTO installations (platform, workspace, data) VALUES (?, ?, ?)
         ON CONFLICT (platform, workspace) DO UPDATE SET data = excluded.data`,
        )
        .run(installation.platform, installation.workspace, JSON.stringify(installation.data)),
    );
  }

  async installation(
    platform: Installation["platform"],
    workspace: string,
  ): Promise<Installation | undefined> {
    const row = (await this.#read(() =>
      this.#db
        .prepare("SELECT data FROM installations WHERE platform = ? AND workspace = ?")
        .get(platform, workspace),
    )) as { data: string } | undefined;
    return row ? { platform, workspace, data: JSON.parse(row.data) as unknown } : undefined;
  }

  async deleteInstallation(platform: Installation["platform"], workspace: string): Promise<void> {
    await this.#write(() =>
      this.#db
        .prepare("DELETE FROM installations WHERE platform = ? AND workspace = ?")
        .run(platform, workspace),
    );
  }

  // ---- once claims (migration 2): a self-contained block, see Store.claimOnce ----

  /** When expired claims were last deleted (ms since the epoch, by the callers' clock). */
  #claimsPrunedAt = Number.NEGATIVE_INFINITY;

  async claimOnce(key: string, at: string, expiresAt: string): Promise<boolean> {
    const now = instantMs(at, "claimOnce", "at");
    const until = instantMs(expiresAt, "claimOnce", "expiresAt");
    // One write transaction (lock first, busy retried like every write): expired rows are
    // deleted at most once a minute, so the table stays as small as the window; the claim is
    // one statement, so two racing claims cannot both win; an expired claim may be taken again.
    const prune = Math.abs(now - this.#claimsPrunedAt) >= PRUNE_EVERY_MS;
    const result = await this.#write(() => {
      if (prune) this.#db.prepare("DELETE FROM once_claims WHERE expires_at <= ?").run(now);
      return this.#db
        .prepare(
          `INSERT INTO once_claims (key, claimed_at, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET
           claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
         WHERE once_claims.expires_at <= excluded.claimed_at`,
        )
        .run(key, now, until);
    });
    if (prune) this.#claimsPrunedAt = now;
    return result.changes === 1;
  }

  // ---- unanswered questions (migration 3), see Store.recordUnanswered ----

  async recordUnanswered(q: UnansweredQuestion): Promise<void> {
    const at = instantMs(q.at, "recordUnanswered", "at");
    await this.#write(() =>
      this.#db
        .prepare(
          `INSERT INTO unanswered_questions (at, platform, workspace, channel, kind, question, missing, user_hash, answer)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          at,
          ...channelKey(q.channel),
          q.kind,
          q.question,
          JSON.stringify(q.missing),
          q.userHash ?? null,
          q.answer ?? null,
        ),
    );
  }

  async unansweredSince(
    since: string,
    workspace?: { platform: ChannelRef["platform"]; workspace: string },
  ): Promise<UnansweredQuestion[]> {
    const from = instantMs(since, "unansweredSince", "since");
    const rows = (await this.#read(() =>
      workspace
        ? this.#db
            .prepare(
              "SELECT * FROM unanswered_questions WHERE at >= ? AND platform = ? AND workspace = ? ORDER BY at, id",
            )
            .all(from, workspace.platform, workspace.workspace)
        : this.#db
            .prepare("SELECT * FROM unanswered_questions WHERE at >= ? ORDER BY at, id")
            .all(from),
    )) as UnansweredRow[];
    return rows.map(toUnanswered);
  }

  async pruneUnanswered(before: string): Promise<number> {
    const until = instantMs(before, "pruneUnanswered", "before");
    const result = await this.#write(() =>
      this.#db.prepare("DELETE FROM unanswered_questions WHERE at < ?").run(until),
    );
    return result.changes;
  }

  async extendClaim(key: string, expiresAt: string): Promise<void> {
    const until = instantMs(expiresAt, "extendClaim", "expiresAt");
    await this.#write(() =>
      this.#db
        .prepare("UPDATE once_claims SET expires_at = max(expires_at, ?) WHERE key = ?")
        .run(until, key),
    );
  }

  // ---- remembered keys (migration 3): see Store.remember ----

  /** When expired remembered keys were last deleted (ms since the epoch, by the callers' clock). */
  #rememberedPrunedAt = Number.NEGATIVE_INFINITY;

  async remember(key: string, at: string, expiresAt: string): Promise<void> {
    const now = instantMs(at, "remember", "at");
    const until = instantMs(expiresAt, "remember", "expiresAt");
    const prune = Math.abs(now - this.#rememberedPrunedAt) >= PRUNE_EVERY_MS;
    await this.#write(() => {
      if (prune) this.#db.prepare("DELETE FROM remembered WHERE expires_at <= ?").run(now);
      this.#db
        .prepare(
          `INSERT INTO remembered (key, expires_at) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET expires_at = max(expires_at, excluded.expires_at)`,
        )
        .run(key, until);
    });
    if (prune) this.#rememberedPrunedAt = now;
  }

  async remembers(key: string, at: string): Promise<boolean> {
    const now = instantMs(at, "remembers", "at");
    const row = await this.#read(() =>
      this.#db
        .prepare("SELECT 1 AS found FROM remembered WHERE key = ? AND expires_at > ?")
        .get(key, now),
    );
    return row !== undefined;
  }

  // ---- conversation contexts (migration 4): see Store.saveContext ----

  /** When expired contexts were last deleted (ms since the epoch, by the callers' clock). */
  #contextsPrunedAt = Number.NEGATIVE_INFINITY;

  async saveContext(key: string, data: string, at: string, expiresAt: string): Promise<void> {
    const now = instantMs(at, "saveContext", "at");
    const until = instantMs(expiresAt, "saveContext", "expiresAt");
    const prune = Math.abs(now - this.#contextsPrunedAt) >= PRUNE_EVERY_MS;
    await this.#write(() => {
      if (prune) this.#db.prepare("DELETE FROM contexts WHERE expires_at <= ?").run(now);
      this.#db
        .prepare(
          `INSERT INTO contexts (key, data, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at`,
        )
        .run(key, data, until);
    });
    if (prune) this.#contextsPrunedAt = now;
  }

  async context(key: string, at: string): Promise<string | undefined> {
    const now = instantMs(at, "context", "at");
    const row = await this.#read(
      () =>
        this.#db
          .prepare("SELECT data FROM contexts WHERE key = ? AND expires_at > ?")
          .get(key, now) as { data: string } | undefined,
    );
    return row?.data;
  }

  async ping(): Promise<void> {
    await this.#read(() => this.#db.prepare("SELECT count(*) FROM sqlite_master").get());
    // SQLite keeps writing to the file it opened even when the path now names another file or
    // none: every write from then on would be lost at the next start. Say so.
    if (this.#opened === undefined) return;
    let now: string | undefined;
    try {
      now = fileIdentity(statSync(this.#path));
    } catch {
      now = undefined;
    }
    if (now !== this.#opened) {
      throw new StoreError(
        `the store at ${this.#path} ${now ? "was replaced by another file" : "was removed"} while open; restart the bot to open it again`,
      );
    }
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}
