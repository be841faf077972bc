// The Slack adapter's protocol duties against a fake Slack: signatures, acks, dedupe, threads, retries.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ChannelGoneError, PlatformError } from "../../src/errors.ts";
import { FAKE_BOT_USER } from "./fake-slack.ts";
import { type Harness, startAdapter, startHarness } from "./harness.ts";
import { createMemoryStore } from "./memory-store.ts";
import { eventEnvelope, fixture, send, slashCommand } from "./payloads.ts";
import { createStubBot, type StubBot } from "./stub-bot.ts";

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
  bot.delayMs = 0;
});

const posted = (channel?: string) =>
  h.fake.ok("chat.postMessage").filter((c) => !channel || c.body.channel === channel);
const settle = () => new Promise((r) => setTimeout(r, 300));

describe("request verification", () => {
  it("answers Slack's url_verification challenge", async () => {
    const res = await send(h.baseUrl, fixture("url-verification.json"));
    expect(res.status).toBe(200);
    expect(res.body).toContain("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  });

  it("refuses a request signed with the wrong secret with 401 and runs nothing", async () => {
    const res = await send(h.baseUrl, eventEnvelope("app-mention.json"), {
      secret: "wrong-secret",
    });
    expect(res.status).toBe(401);
    await settle();
    expect(bot.inputs).toHaveLength(0);
    expect(posted()).toHaveLength(0);
  });

  it("refuses a correctly signed but stale request (10 minutes old) with 401", async () => {
    const stale = Math.floor(Date.now() / 1000) - 600;
    const res = await send(h.baseUrl, slashCommand({ text: "ask hi" }), { timestamp: stale });
    expect(res.status).toBe(401);
    await settle();
    expect(bot.inputs).toHaveLength(0);
  });

  it("refuses a request with no signature headers", async () => {
    const res = await fetch(`${h.baseUrl}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(eventEnvelope("app-mention.json")),
    });
    expect(res.status).toBe(401);
  });
});

describe("mentions, threads and DMs", () => {
  it("answers a channel mention in a thread under the question, without the mention text", async () => {
    const res = await send(h.baseUrl, eventEnvelope("app-mention.json"));
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => posted().length === 1);
    const [call] = posted();
    expect(call?.body.channel).toBe("C0LAN2Q65");
    expect(call?.body.thread_ts).toBe("1515449522.000016");
    expect(bot.inputs[0]?.input.text).toBe("what did Stoltenberg say?");
    expect(bot.inputs[0]?.input.channel).toEqual({
      platform: "slack",
      workspace: "T0001",
      channel: "C0LAN2Q65",
    });
  });

  it("answers a mention made inside a thread in that same thread", async () => {
    await send(
      h.baseUrl,
      eventEnvelope("app-mention.json", {
        ts: "1515449999.000001",
        thread_ts: "1515449000.000001",
      }),
    );
    await h.fake.waitFor(() => posted().length === 1);
    expect(posted()[0]?.body.thread_ts).toBe("1515449000.000001");
  });

  it("answers a follow-up without a mention in a thread where it already answered", async () => {
    await send(h.baseUrl, eventEnvelope("app-mention.json"));
    await h.fake.waitFor(() => posted().length === 1);
    await send(h.baseUrl, eventEnvelope("message-channels-thread.json"));
    await h.fake.waitFor(() => posted().length === 2);
    expect(posted()[1]?.body.thread_ts).toBe("1515449522.000016");
    expect(bot.inputs[1]?.input.text).toBe("and what did Grushko answer?");
  });

  it("after a restart, still follows up in a thread it answered in (asks Slack for the thread)", async () => {
    await send(h.baseUrl, eventEnvelope("app-mention.json", { ts: "1515440000.000001" }));
    await h.fake.waitFor(() => posted().length === 1);
    const restarted = await startAdapter(h.fake, bot, createMemoryStore());
    try {
      await send(
        restarted.baseUrl,
        eventEnvelope("message-channels-thread.json", { thread_ts: "1515440000.000001" }),
      );
      await h.fake.waitFor(() => posted().length === 2);
      expect(h.fake.ok("conversations.replies")).toHaveLength(1);
      expect(posted()[1]?.body.thread_ts).toBe("1515440000.000001");
    } finally {
      await restarted.adapter.stop();
    }
  });

  it("stays out of threads it has not taken part in, asking Slack once per thread", async () => {
    for (let i = 0; i < 3; i++) {
      await send(
        h.baseUrl,
        eventEnvelope("message-channels-thread.json", { thread_ts: "1515000000.000001" }),
      );
    }
    await settle();
    expect(posted()).toHaveLength(0);
    expect(bot.inputs).toHaveLength(0);
    expect(h.fake.ok("conversations.replies")).toHaveLength(1);
  });

  it("does not answer twice when a thread message mentions it (app_mention covers that)", async () => {
    await send(h.baseUrl, eventEnvelope("app-mention.json"));
    await h.fake.waitFor(() => posted().length === 1);
    await send(
      h.baseUrl,
      eventEnvelope("message-channels-thread.json", { text: `<@${FAKE_BOT_USER}> and Grushko?` }),
    );
    await settle();
    expect(posted()).toHaveLength(1);
  });

  it("answers a direct message in the DM", async () => {
    await send(h.baseUrl, eventEnvelope("message-im.json"));
    await h.fake.waitFor(() => posted().length === 1);
    expect(posted()[0]?.body.channel).toBe("D024BE91L");
    expect(posted()[0]?.body.thread_ts).toBeUndefined();
    expect(bot.inputs[0]?.input.text).toBe("when is the next round of talks?");
  });

  it("ignores edits and other message subtypes", async () => {
    await send(h.baseUrl, eventEnvelope("message-changed.json"));
    await settle();
    expect(bot.inputs).toHaveLength(0);
  });

  it("ignores its own messages and other bots' messages", async () => {
    await send(h.baseUrl, eventEnvelope("message-im.json", { user: FAKE_BOT_USER }));
    await send(h.baseUrl, eventEnvelope("message-im.json", { bot_id: "B0OTHER", user: "U0OTHER" }));
    await settle();
    expect(bot.inputs).toHaveLength(0);
  });

  it("answers a re-sent event (same event_id, X-Slack-Retry-Num) only once", async () => {
    const event = eventEnvelope("message-im.json");
    await send(h.baseUrl, event);
    const retry = await send(h.baseUrl, event, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    await h.fake.waitFor(() => posted().length >= 1);
    await settle();
    expect(posted()).toHaveLength(1);
    expect(bot.inputs).toHaveLength(1);
  });
});

describe("rate limits", () => {
  it("waits out a 429's Retry-After and posts the message exactly once", async () => {
    h.fake.rateLimit("chat.postMessage", 1, 1);
    await send(h.baseUrl, eventEnvelope("message-im.json"));
    await h.fake.waitFor(() => posted().length === 1, 10_000);
    const attempts = h.fake.calls.filter((c) => c.method === "chat.postMessage");
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    const waited = (attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0);
    expect(waited).toBeGreaterThanOrEqual(950);
    await settle();
    expect(posted()).toHaveLength(1);
  });
});

describe("slash commands", () => {
  it("acknowledges with an empty 200 before the bot has finished", async () => {
    bot.delayMs = 1500;
    const started = Date.now();
    const res = await send(
      h.baseUrl,
      slashCommand({ text: "ask hi", response_url: h.fake.responseUrl() }),
    );
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1500);
    await h.fake.waitFor(() => posted().length === 1);
  });

  it("acknowledges 50 commands sent at once, each within 3 seconds, and answers all of them", async () => {
    bot.delayMs = 200;
    const results = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const started = Date.now();
        const res = await send(
          h.baseUrl,
          slashCommand({ text: `ask question ${i}`, response_url: h.fake.responseUrl(String(i)) }),
        );
        return { status: res.status, ms: Date.now() - started };
      }),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(3000);
    await h.fake.waitFor(() => posted().length === 50, 15_000);
  });

  it("passes the subcommand to the bot as plain text, with Slack's escaping undone", async () => {
    await send(
      h.baseUrl,
      slashCommand({
        text: "ask US &amp; Russia &lt;talks&gt;",
        response_url: h.fake.responseUrl(),
      }),
    );
    await h.fake.waitFor(() => posted().length === 1);
    expect(bot.inputs[0]?.input.text).toBe("ask US & Russia <talks>");
    expect(bot.inputs[0]?.input.user).toEqual({ id: "U2147483697", name: "steve" });
  });

  it("posts a public reply in the channel under a line saying who asked what, defused", async () => {
    await send(
      h.baseUrl,
      slashCommand({ text: "ask <!channel> `now`", response_url: h.fake.responseUrl() }),
    );
    await h.fake.waitFor(() => posted().length === 1);
    const blocks = posted()[0]?.body.blocks as { type: string; elements?: { text: string }[] }[];
    expect(blocks[0]?.type).toBe("context");
    const line = blocks[0]?.elements?.[0]?.text ?? "";
    expect(line).toMatch(/^<@U2147483697> used `\/brief ask @\u2060channel 'now'`$/);
  });

  it("sends help and usage errors only to the asker, through the response_url", async () => {
    await send(h.baseUrl, slashCommand({ text: "frobnicate", response_url: h.fake.responseUrl() }));
    await h.fake.waitFor((calls) => calls.some((c) => c.method === "response_url"));
    const [response] = h.fake.ok("response_url");
    expect(response?.body.response_type).toBe("ephemeral");
    expect(JSON.stringify(response?.body.blocks)).toContain("Unknown subcommand frobnicate");
    expect(posted()).toHaveLength(0);
  });

  it("pins the posted card with pins.add, records its ts, and unpins it with pins.remove", async () => {
    await send(h.baseUrl, slashCommand({ text: "pin b-1", response_url: h.fake.responseUrl() }));
    await h.fake.waitFor(() => h.fake.ok("pins.add").length === 1);
    const card = posted()[0];
    const pinCall = h.fake.ok("pins.add")[0];
    expect(pinCall?.body.channel).toBe("C2147483705");
    expect(pinCall?.body.timestamp).toBeDefined();
    await h.fake.waitFor(() => bot.pinNotes.length === 1);
    expect(bot.pinNotes[0]?.messageRef).toBe(pinCall?.body.timestamp);
    expect(card).toBeDefined();

    await send(h.baseUrl, slashCommand({ text: "unpin b-1", response_url: h.fake.responseUrl() }));
    await h.fake.waitFor(() => h.fake.ok("pins.remove").length === 1);
    expect(h.fake.ok("pins.remove")[0]?.body.timestamp).toBe(pinCall?.body.timestamp);
  });

  it("tells the asker to invite the bot when it is not in the channel", async () => {
    h.fake.fail("chat.postMessage", "not_in_channel");
    await send(h.baseUrl, slashCommand({ text: "ask hi", response_url: h.fake.responseUrl() }));
    await h.fake.waitFor(() => h.fake.ok("response_url").length === 1);
    const body = h.fake.ok("response_url")[0]?.body;
    expect(body?.response_type).toBe("ephemeral");
    expect(JSON.stringify(body?.blocks)).toContain("/invite @briefbot");
  });
});

describe("deliver", () => {
  const channel = { platform: "slack" as const, workspace: "T0001", channel: "C0DIGEST" };
  const digest = {
    title: "Daily digest",
    sections: [{ text: "Two briefings today." }],
    visibility: "public" as const,
    kind: "daily" as const,
  };

  it("posts a digest to the channel with chat.postMessage and the bot token", async () => {
    await h.adapter.deliver(channel, digest);
    const [call] = posted("C0DIGEST");
    expect(call?.token).toBe("xoxb-test-0000-briefbot");
    expect(call?.body.blocks).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "header" })]),
    );
  });

  it("throws PlatformError, not ChannelGoneError, for a bad token (a configuration problem)", async () => {
    h.fake.fail("chat.postMessage", "invalid_auth");
    const failure = h.adapter.deliver(channel, digest);
    await expect(failure).rejects.toBeInstanceOf(PlatformError);
    await expect(failure).rejects.toThrow(
      /chat.postMessage to channel C0DIGEST failed: invalid_auth/,
    );
  });

  it.each(["channel_not_found", "not_in_channel", "is_archived"])(
    "throws ChannelGoneError when Slack answers %s",
    async (code) => {
      h.fake.fail("chat.postMessage", code);
      await expect(h.adapter.deliver(channel, digest)).rejects.toBeInstanceOf(ChannelGoneError);
    },
  );
});
