// The digest scheduler: local times across daylight saving, catch-up after a restart, races,
// retries with backoff, and channels that are gone.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { ChannelRef, DeliveryPort, Reply } from "../../src/chat/index.ts";
import { ChannelGoneError, PlatformError } from "../../src/errors.ts";
import type { Logger } from "../../src/log.ts";
import { createScheduler, type SchedulerDeps } from "../../src/schedule/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import type { Store } from "../../src/store/types.ts";

const brussels: ChannelRef = { platform: "slack", workspace: "T1", channel: "C-brussels" };
const dir = mkdtempSync(join(tmpdir(), "briefbot-schedule-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const digest = (day: string): Reply => ({
  title: `Daily summary: ${day}`,
  sections: [],
  footer: "1 briefing",
  visibility: "public",
  kind: "daily",
});

/** A delivery port that records what it posted, and can be told to fail. */
function recordingPort(fail?: (attempt: number) => Error | undefined) {
  const posted: { channel: ChannelRef; reply: Reply; at: number }[] = [];
  let attempts = 0;
  const port: DeliveryPort = {
    platform: "slack",
    async deliver(channel, reply) {
      attempts++;
      const error = fail?.(attempts);
      if (error) throw error;
      posted.push({ channel, reply, at: Date.now() });
    },
  };
  return { port, posted, attempts: () => attempts };
}

function recordingLogger() {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => lines.push({ level, message });
  const logger: Logger = {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
  };
  return { logger, lines };
}

function scheduler(store: Store, now: () => Date, extra: Partial<SchedulerDeps> = {}) {
  return createScheduler({
    store,
    digest,
    clock: now,
    timers: false,
    sleep: async () => {},
    ...extra,
  });
}

describe("createScheduler", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("posts at 08:00 Brussels time on both sides of the 2022-03-27 daylight-saving change", async () => {
    const store = openSqliteStore(":memory:");
    await store.subscribe({ channel: brussels, time: "08:00", timezone: "Europe/Brussels" });
    const { port, posted } = recordingPort();
    let now = new Date("2022-03-26T06:59:00Z");
    const s = scheduler(store, () => now);
    s.addPort(port);
    const at = async (iso: string) => {
      now = new Date(iso);
      return (await s.runDue()).map((r) => `${r.day} ${r.outcome} late=${r.late}`);
    };
    expect(await at("2022-03-26T06:59:00Z")).toEqual([]); // 07:59 CET
    expect(await at("2022-03-26T07:00:00Z")).toEqual(["2022-03-26 delivered late=false"]);
    expect(await at("2022-03-27T05:59:00Z")).toEqual([]); // 07:59 CEST, after the change
    expect((await s.upcoming())[0]?.at.toISOString()).toBe("2022-03-27T06:00:00.000Z");
    expect(await at("2022-03-27T06:00:00Z")).toEqual(["2022-03-27 delivered late=false"]);
    expect(await at("2022-03-27T06:01:00Z")).toEqual(["2022-03-27 already-claimed late=false"]);
    expect(posted.map((p) => p.reply.title)).toEqual([
      "Daily summary: 2022-03-26",
      "Daily summary: 2022-03-27",
    ]);
  });

  it("fires its croner jobs at the local time across the daylight-saving change", async () => {
    vi.useFakeTimers({ now: new Date("2022-03-25T12:00:00Z") });
    const store = openSqliteStore(":memory:");
    await store.subscribe({
      channel: brussels,
      time: "08:00",
      timezone: "Europe/Brussels",
      createdAt: "2022-03-25T12:00:00Z",
    });
    const { port, posted } = recordingPort();
    const s = createScheduler({ store, digest, timers: true });
    s.addPort(port);
    await s.start();
    await vi.advanceTimersByTimeAsync(3 * 24 * 3600_000);
    await s.stop();
    expect(posted.map((p) => new Date(p.at).toISOString())).toEqual([
      "2022-03-26T07:00:00.000Z",
      "2022-03-27T06:00:00.000Z",
      "2022-03-28T06:00:00.000Z",
    ]);
  });

  it("schedules within a minute a subscription another instance made in the shared store", async () => {
    vi.useFakeTimers({ now: new Date("2022-03-25T12:00:00Z") });
    const store = openSqliteStore(":memory:");
    const { port, posted } = recordingPort();
    const s = createScheduler({ store, digest, timers: true });
    s.addPort(port);
    await s.start();
    // Written by another instance: this scheduler's own subscribe path never ran.
    await store.subscribe({
      channel: brussels,
      time: "13:05",
      timezone: "Europe/Brussels",
      createdAt: "2022-03-25T12:00:00Z",
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    await s.stop();
    expect(posted.map((p) => new Date(p.at).toISOString())).toEqual(["2022-03-25T12:05:00.000Z"]);
  });

  it("catches up a digest missed while down exactly once, marked late, across restarts", async () => {
    const path = join(dir, "restart.db");
    const first = openSqliteStore(path);
    await first.subscribe({
      channel: brussels,
      time: "08:00",
      timezone: "Europe/Brussels",
      createdAt: "2022-01-11T10:00:00Z",
    });
    await first.close();
    const { port, posted } = recordingPort();
    for (const iso of ["2022-01-12T09:15:00Z", "2022-01-12T09:20:00Z"]) {
      const store = openSqliteStore(path);
      const s = scheduler(store, () => new Date(iso));
      s.addPort(port);
      await s.start();
      await s.stop();
      await store.close();
    }
    expect(posted).toHaveLength(1);
    expect(posted[0]?.reply.footer).toBe(
      "1 briefing · Posted late: due at 08:00 (Europe/Brussels) while the bot was offline",
    );
    const store = openSqliteStore(path);
    expect(await store.deliveries(brussels)).toMatchObject([
      { day: "2022-01-12", status: "delivered", late: true },
    ]);
    await store.close();
  });

  it("does not post a digest whose slot came before the subscription was made", async () => {
    const store = openSqliteStore(":memory:");
    await store.subscribe({
      channel: brussels,
      time: "08:00",
      timezone: "Europe/Brussels",
      createdAt: "2022-01-12T09:00:00Z",
    });
    const { port, posted } = recordingPort();
    const s = scheduler(store, () => new Date("2022-01-12T09:30:00Z"));
    s.addPort(port);
    expect(await s.start()).toEqual([]);
    expect(posted).toHaveLength(0);
  });

  it("posts once when two schedulers on the same database race for the same digest", async () => {
    const path = join(dir, "race.db");
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    await a.subscribe({ channel: brussels, time: "08:00", timezone: "Europe/Brussels" });
    const { port, posted } = recordingPort();
    const now = () => new Date("2022-01-12T07:00:30Z");
    const sa = scheduler(a, now);
    const sb = scheduler(b, now);
    sa.addPort(port);
    sb.addPort(port);
    const reports = (
      await Promise.all([sa.runDue(), sb.runDue(), sa.runDue(), sb.runDue()])
    ).flat();
    expect(posted).toHaveLength(1);
    expect(reports.filter((r) => r.outcome === "delivered")).toHaveLength(1);
    expect(reports.filter((r) => r.outcome === "already-claimed")).toHaveLength(3);
    await a.close();
    await b.close();
  });

  it("retries an adapter error with growing waits, then delivers", async () => {
    const store = openSqliteStore(":memory:");
    await store.subscribe({ channel: brussels, time: "08:00", timezone: "Europe/Brussels" });
    const { port, posted } = recordingPort((n) =>
      n < 3 ? new PlatformError("rate limited") : undefined,
    );
    const waits: number[] = [];
    const { logger, lines } = recordingLogger();
    const s = scheduler(store, () => new Date("2022-01-12T07:00:00Z"), {
      retryDelaysMs: [100, 400, 1600],
      sleep: async (ms) => {
        waits.push(ms);
      },
      logger,
    });
    s.addPort(port);
    const [report] = await s.runDue();
    expect(report).toMatchObject({ outcome: "delivered", attempts: 3 });
    expect(waits).toEqual([100, 400]);
    expect(posted).toHaveLength(1);
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(2);
  });

  it("gives up after the last retry, records the failure and logs it", async () => {
    const store = openSqliteStore(":memory:");
    await store.subscribe({ channel: brussels, time: "08:00", timezone: "Europe/Brussels" });
    const { port, attempts } = recordingPort(() => new PlatformError("HTTP 500"));
    const { logger, lines } = recordingLogger();
    const s = scheduler(store, () => new Date("2022-01-12T07:00:00Z"), {
      retryDelaysMs: [1, 1],
      logger,
    });
    s.addPort(port);
    const [report] = await s.runDue();
    expect(report).toMatchObject({ outcome: "failed", attempts: 3 });
    expect(attempts()).toBe(3);
    expect(await store.deliveries(brussels)).toMatchObject([
      { status: "failed", error: "HTTP 500" },
    ]);
    expect(lines.some((l) => l.level === "error")).toBe(true);
  });

  it("pauses the subscription of a channel that is gone, without retrying", async () => {
    const store = openSqliteStore(":memory:");
    await store.subscribe({ channel: brussels, time: "08:00", timezone: "Europe/Brussels" });
    const { port, attempts } = recordingPort(() => new ChannelGoneError("channel_not_found"));
    let now = new Date("2022-01-12T07:00:00Z");
    const { logger, lines } = recordingLogger();
    const s = scheduler(store, () => now, { logger });
    s.addPort(port);
    expect((await s.runDue())[0]?.outcome).toBe("channel-gone");
    expect(attempts()).toBe(1);
    expect((await store.subscriptions(brussels))[0]?.pausedReason).toBe("channel_not_found");
    expect(lines.some((l) => l.level === "warn" && /gone/.test(l.message))).toBe(true);
    now = new Date("2022-01-13T07:00:00Z");
    expect(await s.runDue()).toEqual([]);
    expect(attempts()).toBe(1);
  });

  it("delivers through the adapter of the channel's platform, and claims nothing without one", async () => {
    const store = openSqliteStore(":memory:");
    const discordChannel: ChannelRef = { platform: "discord", workspace: "G1", channel: "D1" };
    await store.subscribe({ channel: discordChannel, time: "08:00", timezone: "UTC" });
    const { port: slack, posted } = recordingPort();
    const s = scheduler(store, () => new Date("2022-01-12T08:00:00Z"));
    s.addPort(slack);
    expect((await s.runDue())[0]?.outcome).toBe("no-adapter");
    expect(await store.deliveries(discordChannel)).toEqual([]);
    const delivered: ChannelRef[] = [];
    s.addPort({ platform: "discord", deliver: async (c) => void delivered.push(c) });
    expect((await s.runDue())[0]?.outcome).toBe("delivered");
    expect(delivered).toEqual([discordChannel]);
    expect(posted).toHaveLength(0);
  });
});
