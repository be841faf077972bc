// Attacks on the store: two processes racing on one SQLite file, another process holding the
// write lock, and a store that cannot be written. Against the real store (child processes on
// one file) and the real `node adapters/cli/bin.js start`.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { ChannelRef } from "../../src/chat/index.ts";
import { MIGRATIONS, openSqliteStore, StoreError } from "../../src/store/index.ts";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "adapters", "cli", "bin.js");
const fixtures = join(root, "tests", "fixtures", "briefings");
const helpers = join(import.meta.dirname, "helpers");
const work = mkdtempSync(join(tmpdir(), "briefbot-hostile-store-"));
// Readable by the unprivileged user the read-only attacks run as.
chmodSync(work, 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
});

let n = 0;
/** A fresh folder inside the work folder. */
function folder(name: string): string {
  const path = join(work, `${name}-${n++}`);
  mkdirSync(path, { recursive: true });
  return path;
}

/** The environment without platform tokens or briefbot settings, so `start` opens the console. */
function cleanEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(SLACK_|DISCORD_|BRIEFBOT_|LOG_LEVEL|PORT$)/.test(k)) env[k] = v;
  }
  return { ...env, HOME: home };
}

/** Runs a TypeScript helper from ./helpers as a child process. */
function helper(script: string, args: string[]): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ["--import", "tsx", join(helpers, script), ...args], {
    cwd: root,
  });
  children.push(child);
  child.stderr.on("data", (c: Buffer) => process.stderr.write(c));
  return child;
}

/** Resolves when the child prints `line`; rejects when it exits first. */
function untilLine(child: ChildProcessWithoutNullStreams, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      if (buffer.split("\n").includes(line)) {
        child.stdout.off("data", onData);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => reject(new Error(`child exited with ${code} before "${line}"`)));
  });
}

/** Everything the child printed on stdout, once it has exited. */
function output(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout }));
  });
}

/** The longest pause of the event loop while `run` runs, sampled every 10 ms. */
async function longestStall<T>(run: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  try {
    const result = await run();
    stallMs = Math.max(stallMs, performance.now() - last);
    return { result, stallMs };
  } finally {
    clearInterval(timer);
  }
}

const shared: ChannelRef = { platform: "console", workspace: "local", channel: "shared-0" };

describe("GIVEN another process holding the store's write lock", () => {
  it("THEN an unpin (a read, then a write) waits its turn and succeeds, without holding the event loop", async () => {
    const path = join(folder("held"), "briefbot.db");
    const store = openSqliteStore(path);
    await store.addPin({ channel: shared, briefing: "b-1", pinnedAt: "2022-01-12T10:00:00Z" });
    // The other process commits a pin of its own after 2.5 s, while the unpin is waiting.
    const holder = helper("lock-holder.ts", [path, "2500", "pin"]);
    await untilLine(holder, "locked");
    const { result: removed, stallMs } = await longestStall(() => store.removePin(shared, "b-1"));
    expect(removed?.briefing).toBe("b-1");
    const pins = (await store.pins(shared)).map((p) => p.briefing);
    expect(pins).toEqual(["holder"]);
    // SQLite waits at most 200 ms per attempt; the retries wait on timers. Generous bound.
    expect(stallMs).toBeLessThan(1500);
    await store.close();
  }, 30_000);

  it("THEN a write that never gets the lock gives up after a bounded time with one line naming the file", async () => {
    const path = join(folder("stuck"), "briefbot.db");
    await openSqliteStore(path).close();
    const store = openSqliteStore(path, {
      busyRetry: { attempts: 3, firstDelayMs: 10, maxDelayMs: 20 },
    });
    const holder = helper("lock-holder.ts", [path, "20000", "pin"]);
    await untilLine(holder, "locked");
    const started = performance.now();
    const error = await store.subscribe({ channel: shared, time: "08:00", timezone: "UTC" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as Error).message;
    expect(message).toBe(
      `the store at ${path} failed: still locked by another process after 3 attempts; try again, or check which other briefbot uses this file`,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    holder.kill("SIGKILL");
    await store.close();
  }, 30_000);

  it("THEN a store opened while another process is applying the migrations applies each of them once", async () => {
    const path = join(folder("migrating"), "briefbot.db");
    const holder = helper("lock-holder.ts", [path, "1500", "migrate"]);
    await untilLine(holder, "locked");
    const store = openSqliteStore(path);
    await store.close();
    const db = new Database(path, { readonly: true });
    const versions = db.prepare("SELECT version FROM migrations ORDER BY version").all();
    db.close();
    expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
  }, 30_000);
});

describe("GIVEN two processes writing one SQLite file at the same time", () => {
  it("THEN 600 interleaved pin, unpin, subscribe, unsubscribe and delivery writes all succeed", async () => {
    const path = join(folder("race"), "briefbot.db");
    const workers = ["a", "b"].map((name) => helper("store-worker.ts", [path, name, "300"]));
    const results = workers.map(output);
    // Both open (and so create) the store at once; each starts its writes on "go".
    for (const w of workers) w.stdin.end("go\n");
    const done = await Promise.all(results);
    for (const { code, stdout } of done) {
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as { ran: number; failures: string[]; rssMb: number };
      expect(report.failures).toEqual([]);
      expect(report.ran).toBe(300);
      expect(report.rssMb).toBeLessThan(400);
    }
  }, 120_000);

  it("THEN two running bots sharing the store answer 600 interleaved /pin, /unpin, /subscribe commands without one failure", async () => {
    const cwd = folder("two-bots");
    const ids = ["2022-01-10-strategic-stability-dialogue-geneva", "2021-11-29-vienna-jcpoa-talks"];
    const script = Array.from({ length: 300 }, (_, i) => {
      const [a, b] = i % 12 < 6 ? ids : [...ids].reverse();
      return [
        `/pin ${a}`,
        `/unpin ${b}`,
        "/subscribe 08:00",
        `/unpin ${a}`,
        "/unsubscribe",
        `/pin ${b}`,
      ][i % 6];
    });
    const bots = [0, 1].map(() => {
      const child = spawn(
        process.execPath,
        [bin, "start", "--dir", fixtures, "--store", "data/shared.db"],
        {
          cwd,
          env: cleanEnv(cwd),
        },
      );
      children.push(child);
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString();
      });
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
      });
      const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>(
        (resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })),
      );
      const ready = new Promise<void>((resolve, reject) => {
        const check = setInterval(() => {
          if (stdout.includes("briefbot console.")) {
            clearInterval(check);
            resolve();
          }
        }, 20);
        child.once("exit", () => {
          clearInterval(check);
          reject(new Error(`briefbot start exited early: ${stderr}`));
        });
      });
      return { child, exited, ready };
    });
    // Both bots are up before either gets its commands, so the commands overlap.
    await Promise.all(bots.map((b) => b.ready));
    for (const b of bots) b.child.stdin.end(`${script.join("\n")}\n/quit\n`);
    const replies =
      /^(Pinned in this channel: |Already pinned here: |Unpinned: |“.+” is not pinned in this channel\.$|Daily summary at 08:00 |Daily summary stopped for this channel$|This channel has no daily summary$)/gm;
    for (const { code, stdout, stderr } of await Promise.all(bots.map((b) => b.exited))) {
      expect(stdout).not.toContain("Something went wrong");
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout.match(replies)?.length).toBe(300);
    }
  }, 240_000);
});

/** When the tests run as root, the read-only attacks run as `nobody`: root may write anything. */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Hands `path` to the unprivileged user (when root) so that its permissions are the ones that count. */
function own(path: string): void {
  if (asRoot) chownSync(path, NOBODY, NOBODY);
}

/** Runs `briefbot start --store STORE` in `cwd` (as `nobody` when root), typing `input`. */
function startWithStore(cwd: string, store: string, input = "/quit\n") {
  const child = spawn(process.execPath, [bin, "start", "--dir", fixtures, "--store", store], {
    cwd,
    env: cleanEnv(cwd),
    ...(asRoot && { uid: NOBODY, gid: NOBODY }),
  });
  children.push(child);
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  child.stdin.end(input);
  return output(child).then(({ code, stdout }) => ({ code, stdout, stderr }));
}

/** A store made by the real code, closed, and handed to the unprivileged user. */
async function existingStore(name: string): Promise<{ cwd: string; data: string; file: string }> {
  const cwd = folder(name);
  const data = join(cwd, "data");
  mkdirSync(data);
  const file = join(data, "briefbot.db");
  const store = openSqliteStore(file);
  await store.addPin({
    channel: { platform: "console", workspace: "local", channel: "console" },
    briefing: "2021-11-29-vienna-jcpoa-talks",
    pinnedAt: "2022-01-12T10:00:00Z",
  });
  await store.close();
  for (const p of [cwd, data, file]) own(p);
  return { cwd, data, file };
}

describe("GIVEN a store that cannot be written", () => {
  it("THEN a read-only database file stops the start with one line naming the file and the problem", async () => {
    const { cwd, file } = await existingStore("ro-file");
    chmodSync(file, 0o444);
    const run = await startWithStore(cwd, "data/briefbot.db");
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("briefbot console.");
    expect(run.stderr).toBe(
      `briefbot start: cannot open the store at ${file}: the file is read-only (give the bot write permission, or choose another file)\n`,
    );
  }, 60_000);

  it("THEN a read-only folder holding the database stops the start with one line naming the folder", async () => {
    const { cwd, data, file } = await existingStore("ro-folder");
    chmodSync(data, 0o555);
    const run = await startWithStore(cwd, "data/briefbot.db");
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("briefbot console.");
    expect(run.stderr).toBe(
      `briefbot start: cannot open the store at ${file}: the folder ${data} is read-only (SQLite must create ${file}-wal and -shm beside the file)\n`,
    );
    chmodSync(data, 0o755);
  }, 60_000);

  it("THEN a new store in a read-only folder stops the start with one line naming the folder", async () => {
    const cwd = folder("ro-new");
    const data = join(cwd, "data");
    mkdirSync(data);
    for (const p of [cwd, data]) own(p);
    chmodSync(data, 0o555);
    const run = await startWithStore(cwd, "data/new.db");
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("briefbot console.");
    expect(run.stderr).toMatch(
      /^briefbot start: cannot open the store at \S+new\.db: the folder \S+data is read-only [^\n]*\n$/,
    );
    chmodSync(data, 0o755);
  }, 60_000);

  it("THEN a file that is not a SQLite database stops the start with one line saying so", async () => {
    const cwd = folder("not-a-db");
    mkdirSync(join(cwd, "data"));
    writeFileSync(join(cwd, "data", "briefbot.db"), "pins: none\n".repeat(1000));
    for (const p of [cwd, join(cwd, "data"), join(cwd, "data", "briefbot.db")]) own(p);
    const run = await startWithStore(cwd, "data/briefbot.db");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `briefbot start: cannot open the store at ${join(cwd, "data", "briefbot.db")}: the file is not a SQLite database\n`,
    );
  }, 60_000);

  it("THEN a writable store still starts and keeps what was stored", async () => {
    const { cwd } = await existingStore("writable");
    const run = await startWithStore(cwd, "data/briefbot.db", "/pins\n/quit\n");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("[2021-11-29-vienna-jcpoa-talks]");
  }, 60_000);
});
