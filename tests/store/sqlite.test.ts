// The SQLite store: the shared contract, migrations, and durability when the process is killed.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS, openSqliteStore } from "../../src/store/index.ts";
import { migrate } from "../../src/store/migrations.ts";
import { describeStoreContract } from "./contract.ts";

const dir = mkdtempSync(join(tmpdir(), "briefbot-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeStoreContract("SQLite in memory", () => openSqliteStore(":memory:"));
describeStoreContract("SQLite on disk", () => openSqliteStore(join(dir, `contract-${n++}.db`)));

describe("openSqliteStore", () => {
  it("creates the folder, uses WAL and records the migrations it applied once", async () => {
    const path = join(dir, "nested", "deeper", "briefbot.db");
    await (await Promise.resolve(openSqliteStore(path))).close();
    const again = openSqliteStore(path);
    await again.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const rows = db.prepare("SELECT version FROM migrations").all();
    db.close();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
  });

  it("lets one of two stores on the same file claim a key, and deletes expired claims", async () => {
    const path = join(dir, "claims.db");
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    try {
      const until = "2022-01-12T10:05:00Z";
      expect(await a.claimOnce("slack:command:x", "2022-01-12T10:00:00Z", until)).toBe(true);
      expect(await b.claimOnce("slack:command:x", "2022-01-12T10:00:01Z", until)).toBe(false);
      for (let i = 0; i < 20; i++) {
        await a.claimOnce(`slack:event:${i}`, "2022-01-12T10:00:00Z", until);
      }
      // A claim made after the expiry (and the prune interval) deletes the expired ones.
      expect(
        await b.claimOnce("slack:event:late", "2022-01-12T10:10:00Z", "2022-01-12T10:15:00Z"),
      ).toBe(true);
      const db = new Database(path, { readonly: true });
      const left = db.prepare("SELECT key FROM once_claims").all();
      db.close();
      expect(left).toEqual([{ key: "slack:event:late" }]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("keeps data across a reopen", async () => {
    const path = join(dir, "reopen.db");
    const first = openSqliteStore(path);
    await first.subscribe({
      channel: { platform: "discord", workspace: "G", channel: "C" },
      time: "08:00",
      timezone: "Europe/Brussels",
    });
    await first.close();
    const second = openSqliteStore(path);
    expect(await second.subscriptions()).toHaveLength(1);
    await second.close();
  });

  it("upgrades a store made before reminders: its subscriptions keep the digest, without reminders", async () => {
    const path = join(dir, "before-reminders.db");
    const old = new Database(path);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= 5),
    );
    old
      .prepare(
        "INSERT INTO subscriptions (platform, workspace, channel, time, timezone) VALUES (?, ?, ?, ?, ?)",
      )
      .run("slack", "T1", "C1", "08:00", "Europe/Brussels");
    old.close();
    const store = openSqliteStore(path);
    expect(await store.subscriptions()).toEqual([
      {
        channel: { platform: "slack", workspace: "T1", channel: "C1" },
        time: "08:00",
        timezone: "Europe/Brussels",
      },
    ]);
    await store.close();
  });

  it("names the path when the store cannot be opened", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "not a folder");
    expect(() => openSqliteStore(join(file, "briefbot.db"))).toThrow(/a-file\/briefbot\.db/);
  });

  it("loses no committed write when the process is killed with SIGKILL", async () => {
    const path = join(dir, "killed.db");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "helpers", "writer.ts"), path],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let reported = -1;
    let buffer = "";
    await new Promise<void>((resolve, reject) => {
      child.on("error", reject);
      child.on("exit", (code) => reject(new Error(`writer exited early with ${code}`)));
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) reported = Number(line);
        if (reported >= 50 && !child.killed) {
          child.kill("SIGKILL");
          resolve();
        }
      });
    });
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => child.once("exit", resolve));
    }
    const store = openSqliteStore(path);
    const pins = await store.pins({ platform: "console", workspace: "local", channel: "crash" });
    await store.close();
    // Every write the child reported as committed is there (it may have committed one more).
    expect(pins.length).toBeGreaterThanOrEqual(reported + 1);
    const ids = new Set(pins.map((p) => p.briefing));
    for (let i = 0; i <= reported; i++) expect(ids.has(`b-${i}`)).toBe(true);
  }, 30_000);
});
