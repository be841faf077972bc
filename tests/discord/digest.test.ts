// Daily digests delivered through the Discord adapter by the scheduler, with a controlled clock.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBED_LIMITS, messageSize } from "../../adapters/discord/render.ts";
import { loadBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import type { ChannelRef } from "../../src/chat/index.ts";
import { dailyReply, dailySummary } from "../../src/daily/index.ts";
import { createScheduler, type Scheduler } from "../../src/schedule/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import type { Store } from "../../src/store/types.ts";
import { CHANNEL_ID, GUILD_ID } from "../fixtures/discord/payloads.ts";
import { type Harness, messageBodies, StubBot, startHarness } from "./harness.ts";

const CHANNEL: ChannelRef = { platform: "discord", workspace: GUILD_ID, channel: CHANNEL_ID };
const GONE: ChannelRef = {
  platform: "discord",
  workspace: GUILD_ID,
  channel: "900000000000000999",
};

let h: Harness;
let store: Store;
let scheduler: Scheduler;
let now = new Date("2022-01-12T06:00:00Z");

beforeAll(async () => {
  const briefings: Briefing[] = (await loadBriefings(join(import.meta.dirname, "../../briefings")))
    .briefings;
  store = openSqliteStore(":memory:");
  h = await startHarness(new StubBot(), {}, {});
  scheduler = createScheduler({
    store,
    digest: (day) => dailyReply(dailySummary(briefings, day)),
    clock: () => now,
    timers: false,
    retryDelaysMs: [],
  });
  scheduler.addPort(h.adapter);
  // 08:00 in Brussels is 07:00 UTC in January.
  await store.subscribe({ channel: CHANNEL, time: "08:00", timezone: "Europe/Brussels" });
  await store.subscribe({ channel: GONE, time: "08:00", timezone: "Europe/Brussels" });
  h.fake.goneChannels.add(GONE.channel);
});

afterAll(async () => {
  await scheduler?.stop();
  await h?.stop();
  await store?.close();
});

const digestPosts = () =>
  h.fake.calls.filter(
    (c) =>
      c.method === "POST" &&
      c.path === `/channels/${CHANNEL_ID}/messages` &&
      JSON.stringify(c.body).includes("NATO-Russia Council"),
  );

describe("daily digests through the Discord adapter", () => {
  it("posts nothing before the channel's local time", async () => {
    now = new Date("2022-01-12T06:59:00Z");
    await scheduler.runDue(now);
    expect(digestPosts()).toHaveLength(0);
  });

  it("posts the day's digest as embeds to the channel at its local time, once", async () => {
    now = new Date("2022-01-12T07:00:05Z");
    const reports = await scheduler.runDue(now);
    expect(reports.find((r) => r.channel.channel === CHANNEL_ID)).toMatchObject({
      outcome: "delivered",
      day: "2022-01-12",
      late: false,
    });
    expect(digestPosts().length).toBeGreaterThanOrEqual(1);
    const posted = digestPosts().length;
    await scheduler.runDue(new Date("2022-01-12T07:30:00Z"));
    expect(digestPosts()).toHaveLength(posted);
    for (const body of messageBodies(h.fake.calls)) {
      expect(body.allowed_mentions).toMatchObject({ parse: [] });
      expect(messageSize({ embeds: (body.embeds ?? []) as never[] })).toBeLessThanOrEqual(
        EMBED_LIMITS.total,
      );
    }
  });

  it("pauses the subscription of a channel Discord says is gone", async () => {
    const [sub] = await store.subscriptions(GONE);
    expect(sub?.pausedReason).toMatch(/Unknown Channel/);
  });
});
