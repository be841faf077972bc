// Numbered SQLite migrations: each runs once, in order, inside a transaction, recorded in `migrations`.
import type Database from "better-sqlite3";

/** One schema step. Never edit a migration that has shipped: add the next number. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "pins, subscriptions, deliveries, installations",
    sql: `
      CREATE TABLE pins (
        platform TEXT NOT NULL, workspace TEXT NOT NULL, channel TEXT NOT NULL,
        briefing TEXT NOT NULL, pinned_at TEXT NOT NULL, pinned_by TEXT, message_ref TEXT,
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
        late INTEGER NOT NULL, at TEXT NOT NULL, error TEXT,
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
        key TEXT PRIMARY KEY, claimed_at INTEGER NOT NULL, expires_at INTEGER NOT NULL
      );
      CREATE INDEX once_claims_expires_at ON once_claims (expires_at);
    `,
  },
  {
    version: 3,
    name: "remembered keys (threads the bot answered in)",
    sql: `
      CREATE TABLE remembered (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
      CREATE INDEX remembered_expires_at ON remembered (expires_at);
    `,
  },
  {
    version: 4,
    name: "unanswered questions (declined questions and not-helpful votes, for briefbot gaps)",
    sql: `
      CREATE TABLE unanswered_questions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
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
      CREATE TABLE contexts (key TEXT PRIMARY KEY, data TEXT NOT NULL, expires_at INTEGER NOT NULL);
      CREATE INDEX contexts_expires_at ON contexts (expires_at);
    `,
  },
  {
    version: 6,
    name: "subscriptions: digest on or off, reminders since",
    sql: `
      ALTER TABLE subscriptions ADD COLUMN digest INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE subscriptions ADD COLUMN reminders_since TEXT;
    `,
  },
];

/**
 * Applies the migrations the database has not seen yet; returns the versions applied.
 * Each runs in a BEGIN IMMEDIATE transaction that checks again, under the write lock, whether
 * it was applied: two processes opening a new store at once apply every migration once.
 */
export function migrate(db: Database.Database, migrations = MIGRATIONS): number[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const seen = db.prepare("SELECT 1 FROM migrations WHERE version = ?");
  const record = db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)");
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (seen.get(m.version)) continue;
    const ran = db
      .transaction(() => {
        if (seen.get(m.version)) return false;
        db.exec(m.sql);
        record.run(m.version, m.name, new Date().toISOString());
        return true;
      })
      .immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}
