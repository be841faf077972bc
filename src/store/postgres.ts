// The shared Store: PostgreSQL through a bounded `pg` pool, for several instances on one database.
// Every write that must not race is one statement (INSERT … ON CONFLICT … WHERE, DELETE … RETURNING):
// PostgreSQL's row locks make two racing claims, from any process, let exactly one win.
import pg from "pg";
import type { ChannelRef } from "../chat/types.ts";
import { DEFAULT_POOL_SIZE, databaseTarget } from "./database-url.ts";
import { instantMs, PRUNE_EVERY_MS, StoreError } from "./errors.ts";
import { migratePostgres } from "./postgres-migrations.ts";
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

export { DEFAULT_POOL_SIZE };

/** Longest a `ping()` waits for the database. */
export const PING_TIMEOUT_MS = 3000;

export interface PostgresStoreOptions {
  /** Most connections open at once (default {@link DEFAULT_POOL_SIZE}). */
  poolSize?: number;
  /** How long to wait for a connection, in milliseconds (default 10 s). */
  connectTimeoutMs?: number;
}

/** What a connection failure means, in one line; pg's own text never carries the password. */
export function explainPostgresFault(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused (is PostgreSQL running and listening there?)";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "the host name does not resolve";
    case "ETIMEDOUT":
      return "the connection timed out";
    case "28P01":
      return "password authentication failed";
    case "28000":
      return `the server refused the login (${detail})`;
    case "3D000":
      return "the database does not exist (create it first)";
  }
  if (/timeout/i.test(detail)) return "the connection timed out";
  return detail;
}

/**
 * Connects to the PostgreSQL database at `url`, runs pending migrations under an advisory lock
 * and returns the store. A database that cannot be reached fails here, with one line naming the
 * host, port and database and what went wrong (never the password).
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<Store> {
  const target = databaseTarget(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection the server dropped (a restart) emits here; without a listener the process
  // would crash. The pool replaces it, and the next query that fails reports through StoreError.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError(
      `cannot open the PostgreSQL store at ${target}: ${explainPostgresFault(error)}`,
      { cause: error },
    );
  }
  return new PostgresStore(pool, target);
}

const CHANNEL = "platform = $1 AND workspace = $2 AND channel = $3";

/** Every method goes through `#query`, which turns a failure into a StoreError naming the database. */
class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #target: string;
  #closed = false;
  /** When expired claims, remembered keys and contexts were last deleted (callers' clock, ms). */
  #prunedAt = {
    claims: Number.NEGATIVE_INFINITY,
    remembered: Number.NEGATIVE_INFINITY,
    contexts: Number.NEGATIVE_INFINITY,
  };

  constructor(pool: pg.Pool, target: string) {
    this.#pool = pool;
    this.#target = target;
  }

  async #query<R extends pg.QueryResultRow>(
    sql: string,
    values: readonly unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    if (this.#closed) throw new StoreError(`the PostgreSQL store at ${this.#target} is closed`);
    try {
      return await this.#pool.query<R>(sql, values as unknown[]);
    } catch (error) {
      throw new StoreError(
        `the PostgreSQL store at ${this.#target} failed: ${explainPostgresFault(error)}`,
        { cause: error },
      );
    }
  }

  async addPin(pin: Pin): Promise<boolean> {
    const result = await this.#query(
      `INSERT INTO pins (platform, workspace, channel, briefing, pinned_at, pinned_by, message_ref)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [
        ...channelKey(pin.channel),
        pin.briefing,
        pin.pinnedAt,
        pin.pinnedBy ?? null,
        pin.messageRef ?? null,
      ],
    );
    return result.rowCount === 1;
  }

  async removePin(channel: ChannelRef, briefing: string): Promise<Pin | undefined> {
    const result = await this.#query<PinRow>(
      `DELETE FROM pins WHERE ${CHANNEL} AND briefing = $4 RETURNING *`,
      [...channelKey(channel), briefing],
    );
    const row = result.rows[0];
    return row ? toPin(row) : undefined;
  }

  async pins(channel: ChannelRef): Promise<Pin[]> {
    const result = await this.#query<PinRow>(
      `SELECT * FROM pins WHERE ${CHANNEL} ORDER BY pinned_at, seq`,
      channelKey(channel),
    );
    return result.rows.map(toPin);
  }

  async setPinMessage(channel: ChannelRef, briefing: string, messageRef: string): Promise<void> {
    await this.#query(`UPDATE pins SET message_ref = $5 WHERE ${CHANNEL} AND briefing = $4`, [
      ...channelKey(channel),
      briefing,
      messageRef,
    ]);
  }

  async subscribe(sub: Subscription): Promise<void> {
    await this.#query(
      `INSERT INTO subscriptions (platform, workspace, channel, time, timezone, created_by, created_at, paused_reason, digest, reminders_since)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9)
       ON CONFLICT (platform, workspace, channel) DO UPDATE SET
         time = EXCLUDED.time, timezone = EXCLUDED.timezone, created_by = EXCLUDED.created_by,
         created_at = EXCLUDED.created_at, paused_reason = NULL, digest = EXCLUDED.digest,
         reminders_since = EXCLUDED.reminders_since`,
      [
        ...channelKey(sub.channel),
        sub.time,
        sub.timezone,
        sub.createdBy ?? null,
        sub.createdAt ?? null,
        sub.digest !== false,
        sub.remindersSince ?? null,
      ],
    );
  }

  async unsubscribe(channel: ChannelRef): Promise<boolean> {
    const result = await this.#query(
      `DELETE FROM subscriptions WHERE ${CHANNEL}`,
      channelKey(channel),
    );
    return (result.rowCount ?? 0) > 0;
  }

  async subscriptions(channel?: ChannelRef): Promise<Subscription[]> {
    const result = channel
      ? await this.#query<SubscriptionRow>(
          `SELECT * FROM subscriptions WHERE ${CHANNEL}`,
          channelKey(channel),
        )
      : await this.#query<SubscriptionRow>(
          "SELECT * FROM subscriptions ORDER BY platform, workspace, channel",
        );
    return result.rows.map(toSubscription);
  }

  async pauseSubscription(channel: ChannelRef, reason: string): Promise<void> {
    await this.#query(`UPDATE subscriptions SET paused_reason = $4 WHERE ${CHANNEL}`, [
      ...channelKey(channel),
      reason,
    ]);
  }

  async claimDelivery(
    channel: ChannelRef,
    day: string,
    late: boolean,
    at: string,
  ): Promise<boolean> {
    // One statement: a racing claim waits for the row lock, then sees 'claimed' and changes
    // nothing; a failed delivery may be claimed again.
    const result = await this.#query(
      `INSERT INTO deliveries (platform, workspace, channel, day, status, late, at, error)
       VALUES ($1, $2, $3, $4, 'claimed', $5, $6, NULL)
       ON CONFLICT (platform, workspace, channel, day) DO UPDATE SET
         status = 'claimed', late = EXCLUDED.late, at = EXCLUDED.at, error = NULL
       WHERE deliveries.status = 'failed'`,
      [...channelKey(channel), day, late, at],
    );
    return result.rowCount === 1;
  }

  async finishDelivery(
    channel: ChannelRef,
    day: string,
    status: "delivered" | "failed",
    error?: string,
  ): Promise<void> {
    await this.#query(
      `UPDATE deliveries SET status = $5, error = $6 WHERE ${CHANNEL} AND day = $4`,
      [...channelKey(channel), day, status, error ?? null],
    );
  }

  async deliveries(channel: ChannelRef): Promise<Delivery[]> {
    const result = await this.#query<DeliveryRow>(
      `SELECT * FROM deliveries WHERE ${CHANNEL} ORDER BY day`,
      channelKey(channel),
    );
    return result.rows.map(toDelivery);
  }

  async saveInstallation(installation: Installation): Promise<void> {
    await this.#query(
      `INSERT INTO installations (platform, workspace, data) VALUES ($1, $2, $3)
       ON CONFLICT (platform, workspace) DO UPDATE SET data = EXCLUDED.data`,
      [installation.platform, installation.workspace, JSON.stringify(installation.data)],
    );
  }

  async installation(
    platform: Installation["platform"],
    workspace: string,
  ): Promise<Installation | undefined> {
    const result = await this.#query<{ data: string }>(
      "SELECT data FROM installations WHERE platform = $1 AND workspace = $2",
      [platform, workspace],
    );
    const row = result.rows[0];
    return row ? { platform, workspace, data: JSON.parse(row.data) as unknown } : undefined;
  }

  async deleteInstallation(platform: Installation["platform"], workspace: string): Promise<void> {
    await this.#query("DELETE FROM installations WHERE platform = $1 AND workspace = $2", [
      platform,
      workspace,
    ]);
  }

  async claimOnce(key: string, at: string, expiresAt: string): Promise<boolean> {
    const now = instantMs(at, "claimOnce", "at");
    const until = instantMs(expiresAt, "claimOnce", "expiresAt");
    await this.#prune("claims", "once_claims", now);
    // One statement: of racing claims one inserts, the others wait for its row lock and then
    // find it unexpired; an expired claim may be taken again.
    const result = await this.#query(
      `INSERT INTO once_claims (key, claimed_at, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET
         claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
       WHERE once_claims.expires_at <= EXCLUDED.claimed_at`,
      [key, now, until],
    );
    return result.rowCount === 1;
  }

  async extendClaim(key: string, expiresAt: string): Promise<void> {
    const until = instantMs(expiresAt, "extendClaim", "expiresAt");
    await this.#query(
      "UPDATE once_claims SET expires_at = GREATEST(expires_at, $2) WHERE key = $1",
      [key, until],
    );
  }

  async remember(key: string, at: string, expiresAt: string): Promise<void> {
    const now = instantMs(at, "remember", "at");
    const until = instantMs(expiresAt, "remember", "expiresAt");
    await this.#prune("remembered", "remembered", now);
    await this.#query(
      `INSERT INTO remembered (key, expires_at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET expires_at = GREATEST(remembered.expires_at, EXCLUDED.expires_at)`,
      [key, until],
    );
  }

  async remembers(key: string, at: string): Promise<boolean> {
    const now = instantMs(at, "remembers", "at");
    const result = await this.#query(
      "SELECT 1 FROM remembered WHERE key = $1 AND expires_at > $2",
      [key, now],
    );
    return result.rows.length > 0;
  }

  async saveContext(key: string, data: string, at: string, expiresAt: string): Promise<void> {
    const now = instantMs(at, "saveContext", "at");
    const until = instantMs(expiresAt, "saveContext", "expiresAt");
    await this.#prune("contexts", "contexts", now);
    await this.#query(
      `INSERT INTO contexts (key, data, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, expires_at = EXCLUDED.expires_at`,
      [key, data, until],
    );
  }

  async context(key: string, at: string): Promise<string | undefined> {
    const now = instantMs(at, "context", "at");
    const result = await this.#query<{ data: string }>(
      "SELECT data FROM contexts WHERE key = $1 AND expires_at > $2",
      [key, now],
    );
    return result.rows[0]?.data;
  }

  async recordUnanswered(q: UnansweredQuestion): Promise<void> {
    const at = instantMs(q.at, "recordUnanswered", "at");
    await this.#query(
      `INSERT INTO unanswered_questions (at, platform, workspace, channel, kind, question, missing, user_hash, answer)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        at,
        ...channelKey(q.channel),
        q.kind,
        q.question,
        JSON.stringify(q.missing),
        q.userHash ?? null,
        q.answer ?? null,
      ],
    );
  }

  async unansweredSince(
    since: string,
    workspace?: { platform: ChannelRef["platform"]; workspace: string },
  ): Promise<UnansweredQuestion[]> {
    const from = instantMs(since, "unansweredSince", "since");
    const result = workspace
      ? await this.#query<UnansweredRow>(
          "SELECT * FROM unanswered_questions WHERE at >= $1 AND platform = $2 AND workspace = $3 ORDER BY at, id",
          [from, workspace.platform, workspace.workspace],
        )
      : await this.#query<UnansweredRow>(
          "SELECT * FROM unanswered_questions WHERE at >= $1 ORDER BY at, id",
          [from],
        );
    return result.rows.map(toUnanswered);
  }

  async pruneUnanswered(before: string): Promise<number> {
    const until = instantMs(before, "pruneUnanswered", "before");
    const result = await this.#query("DELETE FROM unanswered_questions WHERE at < $1", [until]);
    return result.rowCount ?? 0;
  }

  /** Deletes expired rows at most once a minute per instance, so tables stay as small as their window. */
  async #prune(
    which: "claims" | "remembered" | "contexts",
    table: "once_claims" | "remembered" | "contexts",
    now: number,
  ): Promise<void> {
    if (Math.abs(now - this.#prunedAt[which]) < PRUNE_EVERY_MS) return;
    this.#prunedAt[which] = now;
    await this.#query(`DELETE FROM ${table} WHERE expires_at <= $1`, [now]);
  }

  /** Fails within PING_TIMEOUT_MS, so a readiness check is not held by a server that never answers. */
  async ping(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new StoreError(
              `the PostgreSQL store at ${this.#target} did not answer within ${PING_TIMEOUT_MS} ms`,
            ),
          ),
        PING_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.#query("SELECT 1"), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }
}
