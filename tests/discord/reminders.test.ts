// Reminders of next steps delivered through the Discord adapter by the scheduler, with a controlled
// clock, once across a restart: the shipped NATO-Russia Council briefing has a step on 2022-01-13.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import type { ChannelRef } from "../../src/chat/index.ts";
import { dailyReply, dailySummary } from "../../src/daily/index.ts";
import { createScheduler } from "../../src/schedule/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import type { Store } from "../../src/store/types.ts";
import { CHANNEL_ID, GUILD_ID } from "../fixtures/discord/payloads.ts";
import { type Harness, StubBot, startHarness } from "./harness.ts";

const CHANNEL: ChannelRef = { platform: "discord", workspace: GUILD_ID, channel: CHANNEL_ID };

let h: Harness;
let store: Store;
let briefings: Briefing[];

beforeAll(async () => {
  briefings = (await loadBriefings(join(import.meta.dirname, "../../briefings"))).briefings;
  store = openSqliteStore(":memory:");
  h = await startHarness(new StubBot(), {}, {});
  await store.subscribe({
    channel: CHANNEL,
    time: "08:00",
    timezone: "Europe/Brussels",
    digest: false,
    remindersSince: "2022-01-11T12:00:00Z",
  });
});

afterAll(async () => {
  await h?.stop();
  await store?.close();
});

/** The embeds posted to the channel so far. */
const embeds = () =>
  h.fake.calls
    .filter((c) => c.method === "POST" && c.path === `/channels/${CHANNEL_ID}/messages`)
    .flatMap(
      (c) => (c.body as { embeds?: { title?: string; description?: string }[] }).embeds ?? [],
    );

/** A scheduler as after a fresh start, over the same store, at `iso`. */
async function startAt(iso: string) {
  const scheduler = createScheduler({
    store,
    digest: (day) => dailyReply(dailySummary(briefings, day)),
    briefings: () => briefings,
    clock: () => new Date(iso),
    timers: false,
    retryDelaysMs: [],
  });
  scheduler.addPort(h.adapter);
  const reports = await scheduler.start();
  await scheduler.stop();
  return reports;
}

describe("reminders through the Discord adapter", () => {
  it("posts the day-before reminder as an embed naming the step and the briefing, once across a restart", async () => {
    expect(await startAt("2022-01-12T06:59:00Z")).toEqual([]);
    const [report] = await startAt("2022-01-12T07:00:05Z");
    expect(report).toMatchObject({ kind: "reminder", outcome: "delivered", day: "2022-01-12" });
    expect(await startAt("2022-01-12T07:20:00Z")).toMatchObject([{ outcome: "already-claimed" }]);
    const posted = embeds();
    expect(posted.map((e) => e.title)).toEqual([
      "Tomorrow, Thu 13 Jan 2022: a next step of NATO-Russia Council talks on Ukraine and security guarantees",
    ]);
    const text = JSON.stringify(h.fake.calls.at(-1)?.body);
    expect(text).toContain("Further talks with Russia within the framework of the Organization");
    expect(text).toContain("2022-01-12-nato-russia-council");
  });
});
