// A child process that plays "another briefbot writing": opens the SQLite file at argv[2],
// takes the write lock (BEGIN IMMEDIATE), writes (argv[4] "pin": one pin; "migrate": the
// store's first migration, as a briefbot starting up would), prints "locked", holds the lock
// for argv[3] ms, commits and prints "committed".
import Database from "better-sqlite3";
import { MIGRATIONS } from "../../../src/store/index.ts";

const [path = "", holdMs = "1000", what = "pin"] = process.argv.slice(2);
const db = new Database(path);
db.pragma("busy_timeout = 5000");
db.pragma("journal_mode = WAL");
if (what === "migrate") {
  // As `migrate` does: the bookkeeping table first (committed), then each migration.
  db.exec(
    "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
}
db.exec("BEGIN IMMEDIATE");
if (what === "migrate") {
  const first = MIGRATIONS[0];
  if (!first) throw new Error("no migration to apply");
  db.exec(first.sql);
  db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
    first.version,
    first.name,
    new Date().toISOString(),
  );
} else {
  db.prepare(
    "INSERT INTO pins (platform, workspace, channel, briefing, pinned_at) VALUES ('console', 'local', 'shared-0', 'holder', ?)",
  ).run(new Date().toISOString());
}
process.stdout.write("locked\n");
setTimeout(() => {
  db.exec("COMMIT");
  db.close();
  process.stdout.write("committed\n");
}, Number(holdMs));
