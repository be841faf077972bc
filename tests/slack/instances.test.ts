// Two Slack adapters sharing one store, as two instances behind a load balancer: a retry reaching
// the other instance is answered once, thread memory is shared, and an instance that dies
// mid-answer holds its claim only for the answer lease.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ANSWER_LEASE_MS } from "../../adapters/slack/request-key.ts";
import type { Bot } from "../../src/chat/index.ts";
import type { Store } from "../../src/store/types.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { startAdapter } from "./harness.ts";
import { createMemoryStore } from "./memory-store.ts";
import { eventEnvelope, send } from "./payloads.ts";
import { createStubBot } from "./stub-bot.ts";

let fake: FakeSlack;
let store: Store;
const running: { adapter: { stop(): Promise<void> } }[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake.close();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.adapter.stop()));
  fake.reset();
});

async function instance(bot: Bot = createStubBot(), now?: () => number) {
  const started = await startAdapter(fake, bot, store, {}, now ? { now } : {});
  running.push(started);
  return started;
}

const posted = () => fake.ok("chat.postMessage");
const settle = () => new Promise((r) => setTimeout(r, 300));
const retryHeaders = {
  headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
};

describe("two Slack instances on one store", () => {
  it("answers an event once when Slack's retry reaches the other instance", async () => {
    store = createMemoryStore();
    const [a, b] = [await instance(), await instance()];
    const event = eventEnvelope("message-im.json");
    await send(a.baseUrl, event);
    await fake.waitFor(() => posted().length === 1);
    expect((await send(b.baseUrl, event, retryHeaders)).status).toBe(200);
    await settle();
    expect(posted()).toHaveLength(1);
  });

  it("follows up in a thread the other instance answered in, without asking Slack", async () => {
    store = createMemoryStore();
    const [a, b] = [await instance(), await instance()];
    await send(a.baseUrl, eventEnvelope("app-mention.json", { ts: "1515441111.000001" }));
    await fake.waitFor(() => posted().length === 1);
    await send(
      b.baseUrl,
      eventEnvelope("message-channels-thread.json", { thread_ts: "1515441111.000001" }),
    );
    await fake.waitFor(() => posted().length === 2);
    expect(posted()[1]?.body.thread_ts).toBe("1515441111.000001");
    expect(fake.ok("conversations.replies")).toHaveLength(0);
  });

  it("lets the other instance answer a retry once the first, stuck mid-answer, lost its lease", async () => {
    store = createMemoryStore();
    let release: (error: Error) => void = () => {};
    const stuck = createStubBot();
    stuck.question = async () => {
      await new Promise((_, reject) => {
        release = reject;
      });
      throw new Error("unreachable");
    };
    await instance(stuck).then(async (a) => {
      const event = eventEnvelope("message-im.json");
      await send(a.baseUrl, event);
      await settle();
      // Within the lease, the other instance leaves the request to the one answering it…
      const sameTime = await instance();
      await send(sameTime.baseUrl, event, retryHeaders);
      await settle();
      expect(posted()).toHaveLength(0);
      // …after it, Slack's next retry is answered there.
      const later = await instance(createStubBot(), () => Date.now() + ANSWER_LEASE_MS + 1000);
      await send(later.baseUrl, event, retryHeaders);
      await fake.waitFor(() => posted().length === 1);
      expect(posted()[0]?.body.channel).toBe("D024BE91L");
    });
    release(new Error("the instance died"));
  });

  it("keeps an answered request claimed past the lease, so a late retry is not answered again", async () => {
    store = createMemoryStore();
    const a = await instance();
    const event = eventEnvelope("message-im.json");
    await send(a.baseUrl, event);
    await fake.waitFor(() => posted().length === 1);
    await settle();
    const later = await instance(createStubBot(), () => Date.now() + ANSWER_LEASE_MS + 1000);
    await send(later.baseUrl, event, retryHeaders);
    await settle();
    expect(posted()).toHaveLength(1);
  });
});
