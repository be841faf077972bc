// The Discord adapter's share of operations, against the fake Discord on 127.0.0.1: failed REST
// calls and retries counted, connected() for readiness, and stop() letting an answer in flight
// finish before it disconnects.
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../adapters/discord/index.ts";
import { discordAdapterConfig } from "../../adapters/start.ts";
import { loadConfig } from "../../src/config.ts";
import { createPrometheusMetrics } from "../../src/ops/index.ts";
import { memoryLogger, StubBot } from "../discord/harness.ts";
import { type FakeDiscord, startFakeDiscord } from "../fixtures/discord/fake-discord.ts";
import { BOT_ID, botUser, CHANNEL_ID, messageCreate } from "../fixtures/discord/payloads.ts";
import { sample } from "./process.ts";

const reply = { kind: "daily" as const, visibility: "public" as const, sections: [{ text: "d" }] };
const channel = { platform: "discord" as const, workspace: "G1", channel: "900000000000000200" };
let fake: FakeDiscord | undefined;
let adapter: DiscordAdapter | undefined;
afterEach(async () => {
  await adapter?.stop();
  await fake?.close();
});

async function start(bot = new StubBot()) {
  fake = await startFakeDiscord();
  const metrics = createPrometheusMetrics({ platforms: ["discord"], processMetrics: false });
  const logger = memoryLogger();
  adapter = createDiscordAdapter(
    {
      config: discordAdapterConfig(
        loadConfig({ DISCORD_TOKEN: "fake-token-123456", DISCORD_API_URL: fake.apiUrl }),
      ),
      bot,
      logger,
      metrics,
    },
    { readyTimeoutMs: 10_000, clientOptions: { rest: { retries: 1, timeout: 5000 } } },
  );
  await adapter.start();
  return { fake, adapter, metrics, logger };
}

describe("the Discord adapter's metrics and readiness", () => {
  it("counts a server error that was retried and a refusal that was not", async () => {
    const { fake, adapter, metrics } = await start();
    const posts = (c: { method: string; path: string }) =>
      c.method === "POST" && c.path.endsWith("/messages");
    fake.failNext(posts, 500, 0, "Internal Server Error");
    await adapter.deliver(channel, reply);
    fake.failNext(posts, 403, 50013, "Missing Permissions");
    await expect(adapter.deliver(channel, reply)).rejects.toThrow();
    const text = await metrics.render();
    expect(sample(text, 'briefbot_platform_api_errors_total{platform="discord",code="500"}')).toBe(
      1,
    );
    expect(sample(text, 'briefbot_platform_api_errors_total{platform="discord",code="403"}')).toBe(
      1,
    );
    expect(sample(text, 'briefbot_platform_api_retries_total{platform="discord"}')).toBe(1);
  });

  it("says it is connected once the gateway is ready, and not after it stopped", async () => {
    const { adapter } = await start();
    expect(adapter.connected?.()).toBe(true);
    await adapter.stop();
    expect(adapter.connected?.()).toBe(false);
  });

  it("lets an answer in flight finish before it disconnects, and takes no new one", async () => {
    const bot = new StubBot();
    bot.delayMs = 800;
    const { fake, adapter, logger } = await start(bot);
    const message = messageCreate(`<@${BOT_ID}> who chaired the OSCE meeting?`, {
      mentions: [botUser()],
    });
    fake.dispatch("MESSAGE_CREATE", message);
    const deadline = Date.now() + 5000;
    while (bot.questions.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(bot.questions).toHaveLength(1);
    await adapter.stop();
    const replied = fake.calls.filter(
      (c) => c.method === "POST" && c.path === `/channels/${CHANNEL_ID}/messages`,
    );
    expect(replied).toHaveLength(1);
    expect(logger.lines.some((l) => l.message === "discord: answers in flight finished")).toBe(
      true,
    );
  });
});
