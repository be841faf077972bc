// `briefbot start` and `briefbot daily`: configuration, the adapters chosen, and the console chat
// end to end through a spawned `node adapters/cli/bin.js start` with piped standard input.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../adapters/cli/main.ts";
import { chooseAdapters, resolveConfig, startBriefbot } from "../../adapters/start.ts";
import { loadConfig } from "../../src/config.ts";

const root = join(import.meta.dirname, "..", "..");
const fixtures = join(root, "tests", "fixtures", "briefings");
const shipped = join(root, "briefings");
const work = mkdtempSync(join(tmpdir(), "briefbot-start-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment without any platform token, so `start` opens the console. */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(SLACK_|DISCORD_|BRIEFBOT_|LOG_LEVEL|PORT$)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

function runCli(args: string[], env: Record<string, string | undefined> = cleanEnv()) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (t: string) => {
      stdout += t;
    },
    stderr: (t: string) => {
      stderr += t;
    },
    stdin: new PassThrough(),
    env,
    cwd: work,
  };
  return main(args, io).then((code) => ({ code, stdout, stderr }));
}

/** Spawns `node adapters/cli/bin.js start …` with `input` on standard input. */
function spawnStart(args: string[], input: string, env = cleanEnv()) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, "adapters", "cli", "bin.js"), "start", ...args],
      {
        cwd: work,
        env,
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("briefbot start (spawned)", () => {
  it("opens the console chat, runs commands from piped input, keeps pins across restarts and ends at /quit", async () => {
    const first = await spawnStart(
      ["--dir", fixtures, "--store", "data/e2e.db"],
      "/list geneva\nwho led the russian delegation in geneva?\n/pin 2022-01-10-strategic-stability-dialogue-geneva\n/quit\n",
    );
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("briefbot console.");
    expect(first.stdout).toContain("Briefings matching “geneva”");
    expect(first.stdout).toContain("Ryabkov");
    expect(first.stdout).toContain("Pinned in this channel");
    expect(first.stdout.trimEnd().endsWith("Bye.")).toBe(true);

    const second = await spawnStart(
      ["--dir", fixtures, "--store", "data/e2e.db"],
      "/pins\n/quit\n",
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("[2022-01-10-strategic-stability-dialogue-geneva]");
  }, 60_000);

  it("stops with one clear line naming a bad variable, without printing secrets", async () => {
    const result = await spawnStart(
      [],
      "",
      cleanEnv({ BRIEFBOT_TIMEZONE: "Mars/Olympus", DISCORD_TOKEN: "very-secret-token-123" }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'briefbot start: BRIEFBOT_TIMEZONE="Mars/Olympus": expected an IANA time zone such as Europe/Brussels\n',
    );
    expect(result.stdout).toBe("");
  }, 30_000);
});

describe("briefbot start (in process)", () => {
  it("rejects unknown flags with the usage", async () => {
    const result = await runCli(["start", "--bogus"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^briefbot start: Unknown option '--bogus'/);
    expect(result.stderr).toContain("usage: briefbot start [--dir DIR]");
  });

  it("lets flags override the environment", () => {
    const config = resolveConfig(
      {
        BRIEFBOT_BRIEFINGS_DIR: "env-dir",
        BRIEFBOT_STORE_PATH: "env.db",
        BRIEFBOT_TIMEZONE: "UTC",
      },
      { dir: "flag-dir", store: "flag.db", adapters: "console", timezone: "Europe/Brussels" },
    );
    expect(config).toMatchObject({
      BRIEFBOT_BRIEFINGS_DIR: "flag-dir",
      BRIEFBOT_STORE_PATH: "flag.db",
      BRIEFBOT_ADAPTERS: ["console"],
      BRIEFBOT_TIMEZONE: "Europe/Brussels",
    });
    expect(() => resolveConfig({}, { adapters: "console,telegram" })).toThrow(/^BRIEFBOT_ADAPTERS/);
  });

  it("chooses Slack and Discord when their tokens are set, the console otherwise, or what BRIEFBOT_ADAPTERS says", () => {
    expect(chooseAdapters(loadConfig({}))).toEqual(["console"]);
    expect(chooseAdapters(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" }))).toEqual(["slack"]);
    expect(chooseAdapters(loadConfig({ SLACK_CLIENT_ID: "1", SLACK_CLIENT_SECRET: "s" }))).toEqual([
      "slack",
    ]);
    expect(chooseAdapters(loadConfig({ DISCORD_TOKEN: "d", SLACK_BOT_TOKEN: "x" }))).toEqual([
      "slack",
      "discord",
    ]);
    expect(
      chooseAdapters(loadConfig({ DISCORD_TOKEN: "d", BRIEFBOT_ADAPTERS: "console, discord" })),
    ).toEqual(["console", "discord"]);
  });

  it("wires the console to the store and stops everything when the person quits", async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let printed = "";
    stdout.on("data", (c: Buffer) => {
      printed += c.toString();
    });
    const running = await startBriefbot({
      env: cleanEnv(),
      flags: { dir: shipped, store: join(work, "inproc.db") },
      cwd: work,
      stdin,
      stdout,
      handleSignals: false,
      writeLog: () => {},
    });
    expect(running.adapters.map((a) => a.platform)).toEqual(["console"]);
    stdin.end("/subscribe 08:00\n/subscriptions\n/quit\n");
    await running.done;
    expect(printed).toContain("08:00 UTC  #console (this channel)");
    await running.stop(); // idempotent
  });
});

describe("briefbot daily", () => {
  it("prints the daily summary as text", async () => {
    const result = await runCli(["daily", "12", "January", "2022", "--dir", shipped]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Daily summary: Wed 12 Jan 2022\n/);
    expect(result.stdout).toContain("Location: Brussels");
  });

  it("prints the Reply as JSON with --json", async () => {
    const result = await runCli(["daily", "2022-01-12", "--dir", shipped, "--json"]);
    const reply = JSON.parse(result.stdout) as { kind: string; citations: { briefing: string }[] };
    expect(reply.kind).toBe("daily");
    expect(reply.citations.map((c) => c.briefing)).toEqual(["2022-01-12-nato-russia-council"]);
  });

  it("gives the usage for a date it cannot read", async () => {
    const result = await runCli(["daily", "someday", "--dir", shipped]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^briefbot daily: "someday" is not a date I can read\nusage: /);
  });
});
