// Attacks on the Slack HTTP receiver as the adapter starts it (Bolt on 127.0.0.1, against the fake
// Slack Web API): oversized and trickling bodies, skewed timestamps, replayed signed requests (also
// across two instances sharing one store), and a burst of events while the bot is busy answering.
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_BODY_BYTES } from "../../adapters/slack/http-guard.ts";
import type { Bot, Reply } from "../../src/chat/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import { burst, quantile } from "../slack/burst.ts";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack.ts";
import { type Harness, startAdapter, startHarness } from "../slack/harness.ts";
import { createMemoryStore } from "../slack/memory-store.ts";
import { eventEnvelope, send, signatureHeaders, slashCommand } from "../slack/payloads.ts";
import { createStubBot, type StubBot } from "../slack/stub-bot.ts";

const MB = 2 ** 20;
const dir = mkdtempSync(join(tmpdir(), "briefbot-hostile-slack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let h: Harness;
let bot: StubBot;

beforeAll(async () => {
  bot = createStubBot();
  h = await startHarness(bot, createMemoryStore());
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  h.fake.reset();
  bot.inputs.length = 0;
});

const posted = (fake: FakeSlack = h.fake) => fake.ok("chat.postMessage");
const settle = () => new Promise((r) => setTimeout(r, 300));
const nowSeconds = () => Math.floor(Date.now() / 1000);

interface Pushed {
  status: number | undefined;
  /** Bytes of body the client managed to hand to the connection before it was answered. */
  sent: number;
  ms: number;
}

/**
 * POSTs `total` bytes of body (1 MB chunks of one reused buffer, so the client holds no more),
 * stopping as soon as the server answers; `stallAfter` sends that many bytes and then waits.
 */
function push(
  baseUrl: string,
  headers: Record<string, string>,
  total: number,
  stallAfter?: number,
): Promise<Pushed> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = request(`${baseUrl}/slack/events`, { method: "POST", headers, agent: false });
    const chunk = Buffer.alloc(stallAfter ?? MB, "a");
    let sent = 0;
    let status: number | undefined;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      req.destroy();
      resolve({ status, sent, ms: performance.now() - t0 });
    };
    req.on("response", (res) => {
      status = res.statusCode;
      res.resume();
      res.on("end", finish);
      res.on("error", finish);
    });
    req.on("error", () => setTimeout(finish, 50));
    if (stallAfter !== undefined) {
      req.write(chunk);
      sent = chunk.length;
      return;
    }
    const pump = () => {
      while (!done && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once("drain", pump);
          return;
        }
      }
      if (!done) req.end();
    };
    pump();
  });
}

/** Valid-looking Slack signature headers for a body that will never be read in full. */
function plausibleSignature(timestamp = nowSeconds()): Record<string, string> {
  return {
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${"0".repeat(64)}`,
  };
}

describe("Slack HTTP: request bodies are limited before they are buffered", () => {
  it("refuses an unsigned 100 MB body with 413 at once, without reading it or growing memory", async () => {
    const before = process.memoryUsage().rss;
    const result = await push(
      h.baseUrl,
      { "content-type": "application/json", "content-length": String(100 * MB) },
      100 * MB,
    );
    expect(result.status).toBe(413);
    expect(result.sent).toBeLessThan(32 * MB);
    expect(result.ms).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MB);
    await settle();
    expect(bot.inputs).toHaveLength(0);
  });

  it("cuts off a chunked 100 MB body (no Content-Length) with 413 once it passes the limit", async () => {
    const before = process.memoryUsage().rss;
    const result = await push(
      h.baseUrl,
      {
        "content-type": "application/json",
        "transfer-encoding": "chunked",
        ...plausibleSignature(),
      },
      100 * MB,
    );
    expect(result.status).toBe(413);
    expect(result.sent).toBeLessThan(32 * MB);
    expect(result.ms).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MB);
  });

  it("cuts off an unsigned chunked form post (which could be Slack's ssl_check) the same way", async () => {
    const result = await push(
      h.baseUrl,
      { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" },
      100 * MB,
    );
    expect(result.status).toBe(413);
    expect(result.sent).toBeLessThan(32 * MB);
  });

  it("refuses a correctly signed body over the limit with 413 and runs nothing", async () => {
    const big = eventEnvelope("message-im.json", { text: "x".repeat(DEFAULT_MAX_BODY_BYTES) });
    const res = await send(h.baseUrl, big);
    expect(res.status).toBe(413);
    await settle();
    expect(bot.inputs).toHaveLength(0);
  });

  it("still answers a correctly signed request of 400 KB, larger than anything Slack sends", async () => {
    const text = `long ${"word ".repeat(80_000)}`;
    const res = await send(h.baseUrl, eventEnvelope("message-im.json", { text }));
    expect(res.status).toBe(200);
    // the stub bot echoes the 400 KB question: one reply, in at most the 4 messages a reply may take
    await h.fake.waitFor(() => posted().length >= 1);
    await settle();
    expect(posted().length).toBeLessThanOrEqual(4);
  });

  it("refuses an unsigned JSON request with 401 from its headers, without waiting for its body", async () => {
    const result = await push(
      h.baseUrl,
      { "content-type": "application/json", "content-length": "400000" },
      400_000,
      10,
    );
    expect(result.status).toBe(401);
    expect(result.ms).toBeLessThan(5000);
  });

  it("answers 408 and closes the connection when a body stops arriving", async () => {
    const slow = await startAdapter(h.fake, bot, createMemoryStore(), {}, { bodyTimeoutMs: 300 });
    try {
      const result = await push(
        slow.baseUrl,
        { "content-type": "application/json", "content-length": "5000", ...plausibleSignature() },
        5000,
        100,
      );
      expect(result.status).toBe(408);
      expect(result.ms).toBeLessThan(5000);
    } finally {
      await slow.adapter.stop();
    }
  });
});

describe("Slack HTTP: request timestamps must be within 5 minutes, either way", () => {
  it("refuses a correctly signed request dated 10 minutes in the future with 401 and runs nothing", async () => {
    const future = nowSeconds() + 600;
    const res = await send(h.baseUrl, slashCommand({ text: "ask hi" }), { timestamp: future });
    expect(res.status).toBe(401);
    const event = await send(h.baseUrl, eventEnvelope("message-im.json"), { timestamp: future });
    expect(event.status).toBe(401);
    await settle();
    expect(bot.inputs).toHaveLength(0);
    expect(posted()).toHaveLength(0);
  });

  it("refuses a correctly signed request dated 10 minutes ago with 401", async () => {
    const res = await send(h.baseUrl, eventEnvelope("message-im.json"), {
      timestamp: nowSeconds() - 600,
    });
    expect(res.status).toBe(401);
  });

  it("accepts a correctly signed request whose clock is 4 minutes ahead or behind", async () => {
    for (const skew of [240, -240]) {
      const res = await send(h.baseUrl, eventEnvelope("message-im.json"), {
        timestamp: nowSeconds() + skew,
      });
      expect(res.status).toBe(200);
    }
    await h.fake.waitFor(() => posted().length === 2);
  });

  it("refuses a timestamp that is not a Unix time before reading the body", async () => {
    const result = await push(
      h.baseUrl,
      {
        "content-type": "application/json",
        "content-length": "400000",
        "x-slack-request-timestamp": "1e12",
        "x-slack-signature": `v0=${"0".repeat(64)}`,
      },
      400_000,
      10,
    );
    expect(result.status).toBe(401);
  });
});

/** POSTs the exact same bytes and headers, as a replay would. */
async function replay(baseUrl: string, body: string, headers: Record<string, string>) {
  const res = await fetch(`${baseUrl}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body,
  });
  return res.status;
}

describe("Slack HTTP: a replayed signed request is answered once", () => {
  it("answers the same signed slash command, sent twice in a row and twice at once, once", async () => {
    const body = slashCommand({ text: "ask replay me", response_url: h.fake.responseUrl() });
    const headers = signatureHeaders(body);
    expect(await replay(h.baseUrl, body, headers)).toBe(200);
    expect(await replay(h.baseUrl, body, headers)).toBe(200);
    const again = slashCommand({ text: "ask twice at once", response_url: h.fake.responseUrl() });
    const againHeaders = signatureHeaders(again);
    await Promise.all([
      replay(h.baseUrl, again, againHeaders),
      replay(h.baseUrl, again, againHeaders),
    ]);
    await h.fake.waitFor(() => posted().length === 2);
    await settle();
    expect(posted()).toHaveLength(2);
    expect(bot.inputs.map((i) => i.input.text)).toEqual(["ask replay me", "ask twice at once"]);
  });

  it("still answers the same command text typed again (a new trigger_id)", async () => {
    await send(h.baseUrl, slashCommand({ text: "ask hi", response_url: h.fake.responseUrl() }));
    await send(h.baseUrl, slashCommand({ text: "ask hi", response_url: h.fake.responseUrl() }));
    await h.fake.waitFor(() => posted().length === 2);
  });

  it("still answers when the store cannot record the request (a double rather than a loss)", async () => {
    const broken = createMemoryStore();
    broken.claimOnce = async () => {
      throw new Error("SQLITE_READONLY: attempt to write a readonly database");
    };
    const fake = await startFakeSlack();
    const { adapter, baseUrl } = await startAdapter(fake, bot, broken);
    try {
      await send(baseUrl, slashCommand({ text: "ask anyway", response_url: fake.responseUrl() }));
      await fake.waitFor(() => posted(fake).length === 1);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it("answers a command replayed to a second instance sharing the SQLite store once", async () => {
    const path = join(dir, "shared.db");
    const fake = await startFakeSlack();
    const a = await startAdapter(fake, bot, openSqliteStore(path));
    const b = await startAdapter(fake, bot, openSqliteStore(path));
    try {
      const body = slashCommand({ text: "ask across instances", response_url: fake.responseUrl() });
      const headers = signatureHeaders(body);
      const statuses = await Promise.all([
        replay(a.baseUrl, body, headers),
        replay(b.baseUrl, body, headers),
        replay(b.baseUrl, body, headers),
      ]);
      expect(statuses).toEqual([200, 200, 200]);
      // A re-sent event (Slack's retry, to whichever instance) is answered once too.
      const event = eventEnvelope("message-im.json", { text: "event across instances" });
      await send(a.baseUrl, event);
      await send(b.baseUrl, event, {
        headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
      });
      await fake.waitFor(() => posted(fake).length >= 2);
      await settle();
      expect(posted(fake)).toHaveLength(2);
      expect(bot.inputs.map((i) => i.input.text).sort()).toEqual([
        "ask across instances",
        "event across instances",
      ]);
    } finally {
      await a.adapter.stop();
      await b.adapter.stop();
      await fake.close();
    }
  });
});

describe("Slack HTTP: acknowledgement never waits behind answering", () => {
  it("acknowledges 200 events sent at once within Slack's 3 s while each answer holds the loop 30 ms", async () => {
    const busy = busyBot(30);
    const fake = await startFakeSlack();
    const { adapter, baseUrl } = await startAdapter(fake, busy, createMemoryStore());
    try {
      // Warm up (Bolt looks the bot up once), then the burst: 6 s of answering in all.
      await send(baseUrl, eventEnvelope("message-im.json"));
      await fake.waitFor(() => posted(fake).length === 1);
      const bodies = Array.from({ length: 200 }, (_, i) =>
        JSON.stringify(eventEnvelope("message-im.json", { text: `question ${i}` })),
      );
      const acks = await burst(baseUrl, bodies, "application/json");
      expect(acks.every((a) => a.status === 200)).toBe(true);
      expect(
        quantile(
          acks.map((a) => a.ms),
          0.99,
        ),
      ).toBeLessThan(3000);
      await fake.waitFor(() => posted(fake).length === 201, 60_000);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  }, 90_000);
});

/** A bot whose every answer keeps the event loop busy for `ms` (a heavy question). */
function busyBot(ms: number): Bot {
  const reply = (text: string): Reply => ({
    sections: [{ text }],
    visibility: "public",
    kind: "answer",
  });
  const spin = () => {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy on purpose
    }
  };
  return {
    async command(input) {
      spin();
      return reply(input.text);
    },
    async question(input) {
      spin();
      return reply(input.text);
    },
    async action(input) {
      spin();
      return reply(input.value);
    },
    async notePinMessage() {},
    briefingChoices: () => [],
  };
}
