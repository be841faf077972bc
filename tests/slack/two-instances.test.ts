// Two real `briefbot start` processes in Slack HTTP mode on one PostgreSQL database (the throwaway
// cluster of tests/helpers/postgres-cluster.ts), against the fake Slack API: what Slack sends to
// either instance is answered once, state written through one is served by the other, a digest
// due at one time is posted once, and killing one instance loses nothing the other cannot serve.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelRef } from "../../src/chat/index.ts";
import { openPostgresStore } from "../../src/store/index.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { type FakeCall, type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { TEST_BOT_TOKEN } from "./harness.ts";
import {
  eventEnvelope,
  fixture,
  send,
  signatureHeaders,
  slashCommand,
  TEST_SIGNING_SECRET,
} from "./payloads.ts";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "adapters", "cli", "bin.js");
const NATO = "2022-01-12-nato-russia-council";
const TEAM = "T0001";
const DIGEST_CHANNEL = "C0DIGEST1";
const CATCH_UP_CHANNEL = "C0DIGEST2";
const retry = { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } };

interface Instance {
  name: string;
  child: ChildProcess;
  baseUrl: string;
  log: () => string;
}

let fake: FakeSlack;
let databaseUrl: string;
let password: string;
let work: string;
let a: Instance;
let b: Instance;
/** When the digest subscribed before start is due (the start of a minute, UTC). */
let digestAt: Date;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The environment without the machine's platform tokens or briefbot settings. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(SLACK_|DISCORD_|BRIEFBOT_|LOG_LEVEL|PORT$)/.test(k)) env[k] = v;
  }
  return env;
}

/** Starts `briefbot start` in Slack HTTP mode; resolves once it answers Slack's url_verification. */
async function startInstance(name: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, "start"], {
    cwd: work,
    env: {
      ...cleanEnv(),
      BRIEFBOT_ADAPTERS: "slack",
      BRIEFBOT_BRIEFINGS_DIR: join(root, "briefings"),
      BRIEFBOT_DATABASE_URL: databaseUrl,
      BRIEFBOT_DATABASE_POOL_SIZE: "4",
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited with ${child.exitCode} before it was ready:\n${output}`);
    }
    const ready = await send(baseUrl, fixture("url-verification.json")).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`${name} was not ready within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { name, child, baseUrl, log: () => output };
}

async function stopInstance(instance: Instance | undefined): Promise<void> {
  const child = instance?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const postsTo = (channel: string, threadTs?: string): FakeCall[] =>
  fake
    .ok("chat.postMessage")
    .filter((c) => c.body.channel === channel && (!threadTs || c.body.thread_ts === threadTs));
const settle = (ms = 600) => new Promise((r) => setTimeout(r, ms));
const channelRef = (channel: string): ChannelRef => ({
  platform: "slack",
  workspace: TEAM,
  channel,
});

/** A mention in a channel, its own thread root (ts), as a fresh event. */
function mention(channel: string, ts: string, text = "<@U0LAN0Z89> who is Stoltenberg?") {
  return eventEnvelope("app-mention.json", { channel, ts, text });
}

/** An unmentioned follow-up in the thread under `threadTs`, as a fresh event. */
function followUp(
  channel: string,
  threadTs: string,
  ts: string,
  text = "and what did Grushko say?",
) {
  return eventEnvelope("message-channels-thread.json", { channel, thread_ts: threadTs, ts, text });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "briefbot-two-instances-"));
  fake = await startFakeSlack();
  databaseUrl = await createTestDatabase("two");
  password = decodeURIComponent(new URL(databaseUrl).password);
  // Two subscriptions before either instance starts: one due at the start of a minute at least
  // 25 s ahead (both instances schedule it and fire at once), one whose slot today has passed
  // (both instances catch it up at start).
  const now = Date.now();
  digestAt = new Date(Math.ceil((now + 25_000) / 60_000) * 60_000);
  const hhmm = (d: Date) => d.toISOString().slice(11, 16);
  const seed = await openPostgresStore(databaseUrl);
  await seed.subscribe({
    channel: channelRef(DIGEST_CHANNEL),
    time: hhmm(digestAt),
    timezone: "UTC",
    createdAt: new Date(now).toISOString(),
  });
  await seed.subscribe({
    channel: channelRef(CATCH_UP_CHANNEL),
    time: "00:00",
    timezone: "UTC",
    createdAt: new Date(now - 2 * 86_400_000).toISOString(),
  });
  await seed.close();
  [a, b] = await Promise.all([startInstance("instance A"), startInstance("instance B")]);
}, 120_000);

afterAll(async () => {
  await Promise.all([stopInstance(a), stopInstance(b)]);
  await fake?.close();
  if (work) rmSync(work, { recursive: true, force: true });
}, 30_000);

describe("two briefbot instances on one PostgreSQL database", () => {
  it("answers an event once when Slack's retry reaches the other instance", async () => {
    const event = mention("C0RETRY01", "1700000001.000100");
    expect((await send(a.baseUrl, event)).status).toBe(200);
    await fake.waitFor(() => postsTo("C0RETRY01").length === 1, 15_000);
    expect((await send(b.baseUrl, event, retry)).status).toBe(200);
    // And an event both receive at the same moment (a retry racing the first delivery).
    const racing = mention("C0RETRY02", "1700000001.000200");
    await Promise.all([send(a.baseUrl, racing), send(b.baseUrl, racing, retry)]);
    await fake.waitFor(() => postsTo("C0RETRY02").length >= 1, 15_000);
    await settle(1500);
    expect(postsTo("C0RETRY01")).toHaveLength(1);
    expect(postsTo("C0RETRY02")).toHaveLength(1);
    expect(JSON.stringify(postsTo("C0RETRY01")[0]?.body.blocks)).toMatch(/Stoltenberg/);
  });

  it("serves through one instance a pin made through the other", async () => {
    const channel = "C0PINS001";
    const pin = await send(
      a.baseUrl,
      slashCommand({ channel_id: channel, text: `pin ${NATO}`, response_url: fake.responseUrl() }),
    );
    expect(pin.status).toBe(200);
    await fake.waitFor(() => fake.ok("pins.add").length === 1, 15_000);
    await send(
      b.baseUrl,
      slashCommand({ channel_id: channel, text: "pins", response_url: fake.responseUrl() }),
    );
    await fake.waitFor(
      () =>
        postsTo(channel).some((c) => JSON.stringify(c.body.blocks).includes("Pinned briefings")),
      15_000,
    );
    const list = postsTo(channel).find((c) =>
      JSON.stringify(c.body.blocks).includes("Pinned briefings"),
    );
    expect(JSON.stringify(list?.body.blocks)).toContain(`[${NATO}]`);
  });

  it("posts a digest due at one time once, and a missed one caught up once", async () => {
    const wait = digestAt.getTime() - Date.now() + 4000;
    if (wait > 0) await settle(wait);
    await fake.waitFor(() => postsTo(DIGEST_CHANNEL).length >= 1, 20_000);
    await settle(2000);
    const digests = await query<{ channel: string; status: string }>(
      "SELECT channel, status FROM deliveries WHERE channel = ANY($1) ORDER BY channel",
      [[DIGEST_CHANNEL, CATCH_UP_CHANNEL]],
    );
    expect(digests).toEqual([
      { channel: DIGEST_CHANNEL, status: "delivered" },
      { channel: CATCH_UP_CHANNEL, status: "delivered" },
    ]);
    // One digest is one message here (a day with at most one briefing); a second would double it.
    expect(postsTo(DIGEST_CHANNEL)).toHaveLength(1);
    expect(postsTo(CATCH_UP_CHANNEL)).toHaveLength(1);
    expect(JSON.stringify(postsTo(CATCH_UP_CHANNEL)[0]?.body)).toMatch(/Posted late/);
  }, 120_000);

  it("loses nothing the other instance cannot serve when one is killed mid-answer", async () => {
    const channel = "C0KILL001";
    const thread = "1700000002.000100";
    // A answers a mention: the thread is now one the bot takes part in.
    await send(a.baseUrl, mention(channel, thread));
    await fake.waitFor(() => postsTo(channel, thread).length === 1, 15_000);
    // A starts answering a follow-up and is killed while its reply is on the way to Slack.
    const held = fake.hold("chat.postMessage");
    await send(a.baseUrl, followUp(channel, thread, "1700000002.000200"));
    await held.arrived;
    const killed = new Promise((resolve) => a.child.once("exit", resolve));
    a.child.kill("SIGKILL");
    await killed;
    await fake.waitFor(() =>
      fake.calls.some((c) => c.method === "chat.postMessage" && c.status === 0),
    );
    expect(postsTo(channel, thread)).toHaveLength(1);

    // B cannot ask Slack whether the bot is in the thread: only the store can tell it.
    fake.fail("conversations.replies", "internal_error", 20);
    await send(
      b.baseUrl,
      followUp(channel, thread, "1700000002.000300", "and what did Stoltenberg say?"),
    );
    await fake.waitFor(() => postsTo(channel, thread).length === 2, 15_000);

    // An instance that hangs before acknowledging: Slack gives up after 3 s and retries the
    // event elsewhere; B answers it, once.
    const stuckEvent = mention("C0KILL002", "1700000002.000400");
    const c = await startInstance("instance C");
    c.child.kill("SIGSTOP");
    const body = JSON.stringify(stuckEvent);
    const firstTry = await fetch(`${c.baseUrl}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json", ...signatureHeaders(body) },
      body,
      signal: AbortSignal.timeout(3000),
    }).then(
      () => "answered",
      () => "timed out",
    );
    expect(firstTry).toBe("timed out");
    c.child.kill("SIGKILL");
    expect((await send(b.baseUrl, stuckEvent, retry)).status).toBe(200);
    await fake.waitFor(() => postsTo("C0KILL002").length === 1, 15_000);
    await settle(1000);
    expect(postsTo("C0KILL002")).toHaveLength(1);

    // What A wrote before it died is all there: the pin, the deliveries, the thread memory.
    const pins = await query("SELECT briefing FROM pins");
    expect(pins).toEqual([{ briefing: NATO }]);
  }, 120_000);

  it("never writes the database password to either instance's log", () => {
    expect(a.log()).toMatch(/briefbot started/);
    expect(b.log()).toMatch(/briefbot started/);
    for (const instance of [a, b]) expect(instance.log()).not.toContain(password);
  });
});
