// Numbered PostgreSQL migrations, the same steps as the SQLite ones (migrations.ts) in
// PostgreSQL's types. They run at start under an advisory lock, so that several instances
// starting at once apply each step once; each step is one transaction, recorded in `migrations`.
import type pg from "pg";
import type { Migration } from "./migrations.ts";

/** Never edit a migration that has shipped: add the next number (in both lists). */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "pins, subscriptions, deliveries, installations",
    sql: `
      CREATE TABLE pins (
        platform TEXT NOT NULL, workspace TEXT NOT NULL, channel TEXT NOT NULL,
        briefing TEXT NOT NULL, pinned_at TEXT NOT NULL, pinned_by TEXT, message_ref TEXT,
        seq BIGSERIAL NOT NULL,
        PRIMARY KEY (platform, workspace, channel, briefing)
      );
      CREATE TABLE subscriptions (
        platform TEXT NOT NULL, workspace TEXT NOT NULL, channel TEXT NOT NULL,
        time TEXT NOT NULL, timezone TEXT NOT NULL, created_by TEXT, created_at TEXT,
        paused_reason TEXT,
        PRIMARY KEY (platform, workspace, channel)
      );
      CREATE TABLE deliveries (
        platform TEXT NOT NULL, workspace TEXT NOT NULL, channel TEXT NOT NULL,
        day TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('claimed', 'delivered', 'failed')),
        late BOOLEAN NOT NULL, at TEXT NOT NULL, error TEXT,
        PRIMARY KEY (platform, workspace, channel, day)
      );
      CREATE TABLE installations (
        platform TEXT NOT NULL, workspace TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (platform, workspace)
      );
    `,
  },
  {
    version: 2,
    name: "once claims (replayed requests answered once)",
    sql: `
      CREATE TABLE once_claims (
        key TEXT PRIMARY KEY, claimed_at BIGINT NOT NULL, expires_at BIGINT NOT NULL
      );
      CREATE INDEX once_claims_expires_at ON once_claims (expires_at);
    `,
  },
  {
    version: 3,
    name: "remembered keys (threads the bot answered in)",
    sql: `
      CREATE TABLE remembered (key TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
      CREATE INDEX remembered_expires_at ON remembered (expires_at);
    `,
  },
  {
    version: 4,
    name: "unanswered questions (declined questions and not-helpful votes, for briefbot gaps)",
    sql: `
      CREATE TABLE unanswered_questions (
        id BIGSERIAL PRIMARY KEY,
        at BIGINT NOT NULL,
        platform TEXT NOT NULL, workspace TEXT NOT NULL, channel TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('declined', 'not_helpful')),
        question TEXT NOT NULL, missing TEXT NOT NULL, user_hash TEXT, answer TEXT
      );
      CREATE INDEX unanswered_questions_at ON unanswered_questions (at);
    `,
  },
  {
    version: 5,
    name: "conversation contexts (what a thread's last answer was about)",
    sql: `
      CREATE TABLE contexts (key TEXT PRIMARY KEY, data TEXT NOT NULL, expires_at BIGINT NOT NULL);
      CREATE INDEX contexts_expires_at ON contexts (expires_at);
    `,
  },
  {
    version: 6,
    name: "subscriptions: digest on or off, reminders since",
    sql: `
      ALTER TABLE subscriptions ADD COLUMN digest BOOLEAN NOT NULL DEFAULT TRUE;
      ALTER TABLE subscriptions ADD COLUMN reminders_since TEXT;
    `,
  },
];

/** Any 64-bit number no other user of the database takes: "briefbot" in ASCII. */
export const MIGRATION_LOCK_ID = 0x6272_6965_6662_6f74n;

/**
 * Applies the migrations the database has not seen yet, holding `pg_advisory_lock` on one
 * connection for the whole run (a second instance waits, then finds them applied); returns the
 * versions applied.
 */
export async function migratePostgres(
  client: pg.PoolClient,
  migrations = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  const applied: number[] = [];
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID.toString()]);
  try {
    await client.query(
      "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const seen = await client.query<{ version: number }>("SELECT version FROM migrations");
    const done = new Set(seen.rows.map((r) => r.version));
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          "INSERT INTO migrations (version, name, applied_at) VALUES ($1, $2, $3)",
          [m.version, m.name, new Date().toISOString()],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      applied.push(m.version);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID.toString()]);
  }
  return applied;
}
