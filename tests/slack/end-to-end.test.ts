// The Slack adapter with the real bot core, engine, briefings, SQLite store and scheduler,
// driven through signed requests against the fake Slack on 127.0.0.1.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SLACK_LIMITS } from "../../adapters/slack/render.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import type { ChannelRef } from "../../src/chat/index.ts";
import { dailyReply } from "../../src/daily/reply.ts";
import { dailySummary } from "../../src/daily/summary.ts";
import { createScheduler } from "../../src/schedule/index.ts";
import type { Store } from "../../src/store/types.ts";
import { realBriefings, testBot } from "../bot/helpers.ts";
import type { FakeCall } from "./fake-slack.ts";
import { type Harness, startHarness } from "./harness.ts";
import { eventEnvelope, fixture, send, slashCommand } from "./payloads.ts";

const NATO = "2022-01-12-nato-russia-council";
const HOSTILE = "2022-01-11-hostile-test";
const LONG = "2022-01-09-long-test";
const CHANNEL = "C2147483705";
const channelRef: ChannelRef = { platform: "slack", workspace: "T0001", channel: CHANNEL };
let now = new Date("2022-01-14T09:00:00Z");

/** A briefing whose every text tries to ping, link or inject markup. */
const hostile: Briefing = {
  id: HOSTILE,
  file: "/virtual/hostile.yaml",
  title: "Talks <!channel> & @here <script>alert(1)</script>",
  date: "2022-01-11",
  summary: "Delegates said <!everyone> @channel & <@U0LAN0Z89> <https://evil.example|click>.",
  quotes: [{ speaker: "Envoy <!here>", text: "We will @everyone <b>not</b> back down & wait." }],
  sources: [{ title: "Report <!channel>", url: "https://example.org/a?b=1&c=<2>" }],
};

/** A briefing far longer than one Slack message can carry. */
const long: Briefing = {
  id: LONG,
  file: "/virtual/long.yaml",
  title: "A marathon negotiating round with very many points",
  date: "2022-01-09",
  summary: "The round covered everything. ".repeat(200),
  outcomes: Array.from(
    { length: 200 },
    (_, i) =>
      `Outcome ${i + 1}: ${"the delegations restated their positions at length. ".repeat(8)}`,
  ),
  next_steps: Array.from({ length: 200 }, (_, i) => ({
    text: `Step ${i + 1}: ${"experts will meet again to continue the work. ".repeat(8)}`,
  })),
  sources: [{ title: "Wire", url: "https://example.org/long" }],
};

let h: Harness;
let store: Store;
let briefings: Briefing[];

beforeAll(async () => {
  briefings = [...(await realBriefings()), hostile, long];
  const test = await testBot({ briefings, clock: () => now });
  store = test.store;
  const bot = test.bot;
  h = await startHarness(bot, store);
});
afterAll(async () => {
  await h?.close();
  await store?.close();
});
afterEach(() => h.fake.reset());

/** Runs `/brief TEXT` and returns what Slack received for it: the public posts or the ephemeral response. */
async function brief(text: string): Promise<{ posts: FakeCall[]; ephemeral: FakeCall[] }> {
  const res = await send(h.baseUrl, slashCommand({ text, response_url: h.fake.responseUrl() }));
  expect(res.status).toBe(200);
  await h.fake.waitFor((calls) =>
    calls.some((c) => c.method === "chat.postMessage" || c.method === "response_url"),
  );
  // Let multi-message replies and pin effects finish.
  await new Promise((r) => setTimeout(r, 150));
  return { posts: h.fake.ok("chat.postMessage"), ephemeral: h.fake.ok("response_url") };
}

const blocksOf = (calls: FakeCall[]) => JSON.stringify(calls.map((c) => c.body.blocks));

describe("the Slack adapter with the real bot core", () => {
  it("ask: posts a grounded answer with citations in the channel", async () => {
    const { posts, ephemeral } = await brief("ask what did Stoltenberg say?");
    expect(ephemeral).toHaveLength(0);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body.channel).toBe(CHANNEL);
    const blocks = blocksOf(posts);
    expect(blocks).toContain("Stoltenberg");
    expect(blocks).toMatch(/"type":"context"/);
    expect(blocks).toContain("NATO");
  });

  it("show: posts the briefing card with a header", async () => {
    const { posts } = await brief(`show ${NATO}`);
    const blocks = posts[0]?.body.blocks as { type: string }[];
    expect(blocks[1]?.type).toBe("header");
    expect(blocksOf(posts)).toContain("NATO");
  });

  it("list: lists briefings newest first", async () => {
    const { posts } = await brief("list");
    const text = blocksOf(posts);
    expect(text).toContain(NATO);
    expect(text.indexOf("2022-01-26")).toBeLessThan(text.indexOf("2021-07-28"));
  });

  it("daily: posts the summary of a date", async () => {
    const { posts } = await brief("daily 2022-01-12");
    expect(blocksOf(posts)).toContain("NATO");
  });

  it("pin, pins, unpin: pins the posted card in Slack, lists it, and removes the pin", async () => {
    const pinned = await brief(`pin ${NATO}`);
    await h.fake.waitFor(() => h.fake.ok("pins.add").length === 1);
    const ts = h.fake.ok("pins.add")[0]?.body.timestamp;
    expect(ts).toBeDefined();
    expect(ts).toBe(pinned.posts[0]?.ts);
    expect(h.fake.ok("pins.add")[0]?.body.channel).toBe(CHANNEL);
    const stored = await store.pins(channelRef);
    expect(stored.map((p) => [p.briefing, p.messageRef])).toEqual([[NATO, ts]]);

    h.fake.reset();
    const { posts } = await brief("pins");
    expect(blocksOf(posts)).toContain(NATO);

    h.fake.reset();
    await brief(`unpin ${NATO}`);
    await h.fake.waitFor(() => h.fake.ok("pins.remove").length === 1);
    expect(h.fake.ok("pins.remove")[0]?.body).toMatchObject({ channel: CHANNEL, timestamp: ts });
    expect(await store.pins(channelRef)).toEqual([]);
  });

  it("pin of an unknown id: answers only the asker, suggesting close ids", async () => {
    const { posts, ephemeral } = await brief("pin 2022-01-12-nato-russia");
    expect(posts).toHaveLength(0);
    expect(ephemeral[0]?.body.response_type).toBe("ephemeral");
    expect(blocksOf(ephemeral)).toContain(NATO);
  });

  it("subscribe, subscriptions, unsubscribe: manage the channel's daily digest", async () => {
    const sub = await brief("subscribe 08:30 Europe/Brussels");
    expect(blocksOf([...sub.posts, ...sub.ephemeral])).toContain("08:30");
    expect((await store.subscriptions(channelRef)).map((s) => s.time)).toEqual(["08:30"]);

    h.fake.reset();
    const list = await brief("subscriptions");
    expect(blocksOf([...list.posts, ...list.ephemeral])).toContain("08:30");

    h.fake.reset();
    await brief("unsubscribe");
    expect(await store.subscriptions(channelRef)).toEqual([]);
  });

  it("help: only the asker sees it", async () => {
    const { posts, ephemeral } = await brief("help");
    expect(posts).toHaveLength(0);
    expect(ephemeral[0]?.body.response_type).toBe("ephemeral");
    expect(blocksOf(ephemeral)).toContain("subscribe");
  });

  it("an unknown subcommand: a usage reply with a did-you-mean, only for the asker", async () => {
    const { posts, ephemeral } = await brief("pni");
    expect(posts).toHaveLength(0);
    expect(ephemeral[0]?.body.response_type).toBe("ephemeral");
    expect(blocksOf(ephemeral)).toMatch(/pin/);
  });

  it("a mention: answers from the briefings in a thread under the question", async () => {
    await send(h.baseUrl, eventEnvelope("app-mention.json"));
    await h.fake.waitFor(() => h.fake.ok("chat.postMessage").length === 1);
    const post = h.fake.ok("chat.postMessage")[0];
    expect(post?.body.thread_ts).toBe("1515449522.000016");
    expect(blocksOf([post as FakeCall])).toContain("Stoltenberg");
  });

  it("a DM: answers in the conversation", async () => {
    await send(
      h.baseUrl,
      eventEnvelope("message-im.json", { text: "who attended the OSCE Permanent Council?" }),
    );
    await h.fake.waitFor(() => h.fake.ok("chat.postMessage").length === 1);
    expect(h.fake.ok("chat.postMessage")[0]?.body.channel).toBe("D024BE91L");
  });

  it("escaping: a hostile briefing and question can neither ping nor inject markup", async () => {
    const shown = await brief(`show ${HOSTILE}`);
    await send(
      h.baseUrl,
      eventEnvelope("app-mention.json", {
        text: "<@U0LAN0Z89> <!channel> what did the envoy say & <script>?",
      }),
    );
    await h.fake.waitFor(() => h.fake.ok("chat.postMessage").length >= 2);
    const all = h.fake.ok("chat.postMessage");
    expect(shown.posts.length).toBeGreaterThan(0);
    for (const call of all) {
      // mrkdwn and fallback text are escaped; plain_text headers are shown as typed, so there
      // only the mention forms must be broken.
      const blocks = call.body.blocks as { type: string; text?: { text: string } }[];
      for (const header of blocks.filter((b) => b.type === "header")) {
        expect(header.text?.text).not.toMatch(/<[!@#]|@(channel|here|everyone)/i);
      }
      const wire = JSON.stringify([call.body.text, blocks.filter((b) => b.type !== "header")]);
      expect(wire).not.toMatch(/<!(channel|here|everyone)/);
      expect(wire).not.toMatch(/@(channel|here|everyone)/i);
      expect(wire).not.toContain("<script>");
      expect(wire).not.toContain("<@U0LAN0Z89>");
      expect(wire).not.toContain("<https://evil.example");
    }
    expect(blocksOf(shown.posts)).toContain("&amp;");
  });

  it("a long briefing: a card within Slack's limits with a Show more button for the rest", async () => {
    const { posts } = await brief(`show ${LONG}`);
    expect(posts).toHaveLength(1);
    const blocks = posts[0]?.body.blocks as { type: string; elements?: { value?: string }[] }[];
    expect(blocks.at(-1)?.type).toBe("actions");
    expect(blocks.at(-1)?.elements?.[0]?.value).toBe(`bb1:more:${LONG}:1`);
    for (const post of posts) {
      const blocks = post.body.blocks as { type: string; text?: { text: string } }[];
      expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
      for (const b of blocks) {
        if (b.type === "section" && b.text) {
          expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        }
      }
    }
  });

  it("50 real /brief commands at once are all acknowledged within 3 seconds", async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const started = Date.now();
        const text = i % 2 ? "ask what did Stoltenberg say?" : `show ${NATO}`;
        const res = await send(
          h.baseUrl,
          slashCommand({ text, response_url: h.fake.responseUrl(String(i)) }),
        );
        return { status: res.status, ms: Date.now() - started };
      }),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(3000);
    await h.fake.waitFor(() => h.fake.ok("chat.postMessage").length >= 50, 15_000);
  });
});

describe("digests through the scheduler", () => {
  it("posts the daily digest to a subscribed channel at its local time, once", async () => {
    now = new Date("2022-01-12T06:00:00Z");
    await brief("subscribe 08:30 Europe/Brussels");
    h.fake.reset();
    const scheduler = createScheduler({
      store,
      digest: (day) => dailyReply(dailySummary(briefings, day)),
      clock: () => now,
      timers: false,
    });
    scheduler.addPort(h.adapter);
    // 08:29 in Brussels (UTC+1): not yet.
    expect(await scheduler.runDue(new Date("2022-01-12T07:29:00Z"))).toEqual([]);
    expect(h.fake.ok("chat.postMessage")).toHaveLength(0);
    // 08:31: the digest for 12 January goes out through chat.postMessage.
    const reports = await scheduler.runDue(new Date("2022-01-12T07:31:00Z"));
    expect(reports.map((r) => r.outcome)).toEqual(["delivered"]);
    const posts = h.fake.ok("chat.postMessage");
    expect(posts.length).toBeGreaterThan(0);
    expect(posts[0]?.body.channel).toBe(CHANNEL);
    expect(blocksOf(posts)).toContain("NATO");
    // Running again the same day posts nothing more.
    await scheduler.runDue(new Date("2022-01-12T07:40:00Z"));
    expect(h.fake.ok("chat.postMessage")).toHaveLength(posts.length);
    await scheduler.stop();
    await brief("unsubscribe");
  });

  it("reports a channel that is gone so the scheduler pauses its subscription", async () => {
    now = new Date("2022-01-13T06:00:00Z");
    await brief("subscribe 08:30 Europe/Brussels");
    h.fake.reset();
    h.fake.fail("chat.postMessage", "channel_not_found", 10);
    const scheduler = createScheduler({
      store,
      digest: (day) => dailyReply(dailySummary(briefings, day)),
      clock: () => now,
      timers: false,
      sleep: async () => {},
    });
    scheduler.addPort(h.adapter);
    const reports = await scheduler.runDue(new Date("2022-01-13T07:31:00Z"));
    expect(reports.map((r) => r.outcome)).toEqual(["channel-gone"]);
    const [sub] = await store.subscriptions(channelRef);
    expect(sub?.pausedReason).toMatch(/channel_not_found/);
    await scheduler.stop();
  });
});

it("keeps the recorded fixtures in Slack's shape", () => {
  expect(fixture("slash-command.json")).toMatchObject({ command: "/brief", team_id: "T0001" });
});
