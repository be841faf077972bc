// What the core counts through the Metrics port: questions by platform and outcome with their
// time, digests by outcome, and reload errors; and the request id on each question's log line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BriefingLibrary } from "../../src/briefing/index.ts";
import type { ChannelRef, DeliveryPort, Reply } from "../../src/chat/index.ts";
import { ChannelGoneError, PlatformError } from "../../src/errors.ts";
import type { Logger } from "../../src/log.ts";
import type { Metrics } from "../../src/metrics.ts";
import { createScheduler } from "../../src/schedule/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import { console as consoleChannel, general, testBot } from "../bot/helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "briefbot-counting-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recordingMetrics() {
  const events: string[] = [];
  const seconds: number[] = [];
  const metrics: Metrics = {
    question(platform, outcome, s) {
      events.push(`question ${platform} ${outcome}`);
      seconds.push(s);
    },
    digest: (platform, outcome) => events.push(`digest ${platform} ${outcome}`),
    platformApiError: (platform, code) => events.push(`error ${platform} ${code}`),
    platformApiRetry: (platform) => events.push(`retry ${platform}`),
    reloadError: () => events.push("reload error"),
    indexSize() {},
  };
  return { metrics, events, seconds };
}

describe("the bot's question metrics", () => {
  it("counts each question by platform and outcome, with its time, and no other command", async () => {
    const { metrics, events, seconds } = recordingMetrics();
    const lines: Record<string, unknown>[] = [];
    const logger: Logger = {
      debug() {},
      info: (msg, details) => lines.push({ msg, ...details }),
      warn() {},
      error() {},
    };
    const { bot, ask, run } = await testBot({ metrics, logger });
    await ask("what did Stoltenberg say about Ukraine?");
    await ask("what did Napoleon say about the moon landing?", consoleChannel);
    await run("ask");
    await run("ask who is Stoltenberg?");
    await run("list");
    await run("pins");
    await bot.question({
      channel: general,
      user: { id: "U1" },
      text: "who is Stoltenberg?",
      requestId: "from-the-adapter",
    });
    expect(events).toEqual([
      "question slack answered",
      "question console declined",
      "question slack invalid",
      "question slack answered",
      "question slack answered",
    ]);
    for (const s of seconds) expect(s).toBeGreaterThanOrEqual(0);
    const questions = lines.filter((l) => l.msg === "bot: question");
    expect(questions).toHaveLength(5);
    expect(questions.at(-1)).toMatchObject({ requestId: "from-the-adapter", platform: "slack" });
    expect(new Set(questions.map((l) => l.requestId)).size).toBe(5);
  });

  it("counts a question whose store fails as failed", async () => {
    const { metrics, events } = recordingMetrics();
    const store = openSqliteStore(":memory:");
    const { ask } = await testBot({ metrics, store });
    await store.close();
    const reply = await ask("what did Stoltenberg say?");
    expect(reply.kind).toBe("error");
    expect(events).toEqual(["question slack failed"]);
  });
});

describe("the scheduler's digest metrics", () => {
  const channel: ChannelRef = { platform: "discord", workspace: "G1", channel: "C1" };
  const digest = (): Reply => ({ sections: [{ text: "d" }], visibility: "public", kind: "daily" });

  async function deliverWith(fail: () => Error | undefined) {
    const { metrics, events } = recordingMetrics();
    const store = openSqliteStore(":memory:");
    await store.subscribe({ channel, time: "08:00", timezone: "UTC" });
    const port: DeliveryPort = {
      platform: "discord",
      async deliver() {
        const error = fail();
        if (error) throw error;
      },
    };
    const scheduler = createScheduler({
      store,
      digest,
      metrics,
      clock: () => new Date("2022-01-14T09:00:00Z"),
      timers: false,
      sleep: async () => {},
    });
    scheduler.addPort(port);
    await scheduler.runDue();
    await store.close();
    return events;
  }

  it("counts a posted digest, a failed one after its retries, and one whose channel is gone", async () => {
    expect(await deliverWith(() => undefined)).toEqual(["digest discord posted"]);
    expect(await deliverWith(() => new PlatformError("down"))).toEqual(["digest discord failed"]);
    expect(await deliverWith(() => new ChannelGoneError("gone"))).toEqual([
      "digest discord channel_gone",
    ]);
  });
});

describe("the library's reload errors", () => {
  it("counts a file a reload finds invalid", async () => {
    const { metrics, events } = recordingMetrics();
    const folder = join(dir, "briefings");
    mkdirSync(folder);
    writeFileSync(
      join(folder, "a.yaml"),
      "id: a\ntitle: Talks\ndate: 2022-01-01\nsummary: s\nsources:\n  - title: x\n",
    );
    const library = await BriefingLibrary.open(folder, { metrics });
    expect(events).toEqual([]);
    writeFileSync(join(folder, "a.yaml"), "id: a\ntitle: Talks\ndate: someday\n");
    await library.reload();
    expect(events).toEqual(["reload error"]);
    await library.close();
  });
});
