// Discord shards: discord.js's own sharding against a fake gateway that recommends two shards and
// routes each guild's events to its shard. One instance running every shard, and two instances
// each running one, with digests posted once through REST whichever instance holds the guild.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordAdapter } from "../../adapters/discord/index.ts";
import { startBriefbot } from "../../adapters/start.ts";
import type { ChannelRef } from "../../src/chat/index.ts";
import { createScheduler } from "../../src/schedule/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import {
  type FakeDiscord,
  type RecordedCall,
  shardOfGuild,
  startFakeDiscord,
} from "../fixtures/discord/fake-discord.ts";
import {
  CHANNEL_ID,
  chatInput,
  GUILD_ID,
  guildCreate,
  mention,
  role,
} from "../fixtures/discord/payloads.ts";
import { type memoryLogger, StubBot, sleep, startAdapter } from "./harness.ts";

/** GUILD_ID is on shard 1 of 2; this guild is on shard 0. */
const GUILD_ZERO = (BigInt(GUILD_ID) + (1n << 22n)).toString();
const CHANNEL_ZERO = "900000000000000201";

const guildZero = () => {
  const base = guildCreate();
  return guildCreate({
    id: GUILD_ZERO,
    name: "Shard Zero Desk",
    roles: [role({ id: GUILD_ZERO })],
    channels: base.channels.map((c) => ({ ...c, id: CHANNEL_ZERO, guild_id: GUILD_ZERO })),
  });
};

/** `/brief show` in a guild's channel. */
function showIn(guildId: string, channelId: string) {
  const payload = chatInput("show", { id: "2022-01-12-nato-russia-council" });
  return {
    ...payload,
    guild_id: guildId,
    guild: { ...payload.guild, id: guildId },
    channel: { ...payload.channel, id: channelId },
    channel_id: channelId,
  };
}

/** `@briefbot QUESTION` in a guild's channel. */
function mentionIn(guildId: string, channelId: string, question: string) {
  return { ...mention(question), guild_id: guildId, channel_id: channelId };
}

const answered = (fake: FakeDiscord, interaction: { id: string }) =>
  fake.waitForCall((c) => c.path.startsWith(`/interactions/${interaction.id}/`));

const shardsIdentified = (fake: FakeDiscord) =>
  fake.identifies.map((identify) => identify.shard).sort();

describe("the fake gateway's routing", () => {
  it("puts the two test guilds on different shards of two", () => {
    expect(shardOfGuild(GUILD_ZERO, 2)).toBe(0);
    expect(shardOfGuild(GUILD_ID, 2)).toBe(1);
  });
});

describe("one instance with DISCORD_SHARDS=auto", () => {
  let fake: FakeDiscord;
  let adapter: DiscordAdapter;
  const bot = new StubBot();

  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: 2, guilds: [guildZero(), guildCreate()] });
    ({ adapter } = await startAdapter(fake, bot, { DISCORD_SHARDS: "auto" }));
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  it("asks Discord for the recommended count and identifies every shard", async () => {
    expect(fake.calls.some((c) => c.method === "GET" && c.path === "/gateway/bot")).toBe(true);
    expect(shardsIdentified(fake)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(adapter.client.guilds.cache.map((g) => g.id).sort()).toEqual(
      [GUILD_ID, GUILD_ZERO].sort(),
    );
  });

  it("answers /brief in a guild on shard 1 and a mention in a guild on shard 0", async () => {
    const show = showIn(GUILD_ID, CHANNEL_ID);
    fake.dispatch("INTERACTION_CREATE", show);
    expect(JSON.stringify((await answered(fake, show)).body)).toContain("Did: show");

    const question = mentionIn(GUILD_ZERO, CHANNEL_ZERO, "who met in Brussels?");
    fake.dispatch("MESSAGE_CREATE", question);
    await fake.waitForCall(
      (c) =>
        c.path === `/channels/${CHANNEL_ZERO}/messages` &&
        JSON.stringify(c.body).includes(question.id),
    );
    expect(bot.commands.map((c) => c.channel.workspace)).toEqual([GUILD_ID]);
    expect(bot.questions.map((c) => c.channel.workspace)).toEqual([GUILD_ZERO]);
  });
});

describe("two instances splitting two shards (DISCORD_SHARDS=0 and =1, DISCORD_SHARD_COUNT=2)", () => {
  let fake: FakeDiscord;
  let dir: string;
  const bots = [new StubBot(), new StubBot()];
  const adapters: DiscordAdapter[] = [];
  const loggers: ReturnType<typeof memoryLogger>[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: 2, guilds: [guildZero(), guildCreate()] });
    dir = mkdtempSync(join(tmpdir(), "briefbot-shards-"));
    for (const [shard, bot] of bots.entries()) {
      const { adapter, logger } = await startAdapter(fake, bot, {
        DISCORD_SHARDS: String(shard),
        DISCORD_SHARD_COUNT: "2",
      });
      adapters.push(adapter);
      loggers.push(logger);
    }
  });
  afterAll(async () => {
    for (const adapter of adapters) await adapter.stop();
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("each identifies its own shard of two, without asking Discord for a count to pick", () => {
    expect(shardsIdentified(fake)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(adapters.map((a) => a.client.guilds.cache.map((g) => g.id))).toEqual([
      [GUILD_ZERO],
      [GUILD_ID],
    ]);
    // Each says in its log which shards of how many it runs.
    expect(
      loggers.map((l) => l.lines.find((line) => line.message === "discord: connected")?.details),
    ).toMatchObject([
      { shards: [0], shardCount: 2 },
      { shards: [1], shardCount: 2 },
    ]);
  });

  it("answers each guild from the instance holding its shard, and only from there", async () => {
    const onOne = showIn(GUILD_ID, CHANNEL_ID);
    fake.dispatch("INTERACTION_CREATE", onOne);
    await answered(fake, onOne);
    const onZero = mentionIn(GUILD_ZERO, CHANNEL_ZERO, "what did Sherman say?");
    fake.dispatch("MESSAGE_CREATE", onZero);
    await fake.waitForCall((c) => JSON.stringify(c.body ?? "").includes(onZero.id));
    // Give a wrongly routed copy time to arrive before counting.
    await sleep(200);
    expect(bots[0]?.commands).toHaveLength(0);
    expect(bots[0]?.questions.map((q) => q.channel.workspace)).toEqual([GUILD_ZERO]);
    expect(bots[1]?.commands.map((c) => c.channel.workspace)).toEqual([GUILD_ID]);
    expect(bots[1]?.questions).toHaveLength(0);
    const callbacks = fake.calls.filter((c) => c.path.startsWith(`/interactions/${onOne.id}/`));
    expect(callbacks).toHaveLength(1);
  });

  it("posts a due digest once per channel through REST, whichever instance holds the guild", async () => {
    const path = join(dir, "briefbot.db");
    const stores = [openSqliteStore(path), openSqliteStore(path)];
    const channels: ChannelRef[] = [
      { platform: "discord", workspace: GUILD_ZERO, channel: CHANNEL_ZERO },
      { platform: "discord", workspace: GUILD_ID, channel: CHANNEL_ID },
    ];
    for (const channel of channels) {
      await stores[0]?.subscribe({ channel, time: "08:00", timezone: "UTC" });
    }
    const now = new Date("2022-01-12T08:00:05Z");
    const schedulers = stores.map((store, i) => {
      const scheduler = createScheduler({
        store,
        digest: () => ({
          kind: "daily",
          visibility: "public",
          title: "Digest of 2022-01-12",
          sections: [{ text: "NATO-Russia Council in Brussels" }],
        }),
        clock: () => now,
        timers: false,
        retryDelaysMs: [],
      });
      scheduler.addPort(adapters[i] as DiscordAdapter);
      return scheduler;
    });
    try {
      // The instance on shard 0 runs first: it posts to the shard-1 guild as well, over REST.
      const first = await schedulers[0]?.runDue(now);
      const second = await schedulers[1]?.runDue(now);
      expect(first?.map((r) => r.outcome)).toEqual(["delivered", "delivered"]);
      expect(second?.filter((r) => r.outcome === "delivered")).toEqual([]);
      const digests = (channel: string) =>
        fake.calls.filter(
          (c: RecordedCall) =>
            c.method === "POST" &&
            c.path === `/channels/${channel}/messages` &&
            JSON.stringify(c.body).includes("Digest of 2022-01-12"),
        );
      expect(digests(CHANNEL_ZERO)).toHaveLength(1);
      expect(digests(CHANNEL_ID)).toHaveLength(1);
    } finally {
      for (const scheduler of schedulers) await scheduler.stop();
      for (const store of stores) await store.close();
    }
  });
});

describe("briefbot start with DISCORD_SHARDS=1 and DISCORD_SHARD_COUNT=2", () => {
  it("runs shard 1 of 2 only, and answers from the real briefings in the guild on it", async () => {
    const fake = await startFakeDiscord({ shards: 2, guilds: [guildZero(), guildCreate()] });
    const dir = mkdtempSync(join(tmpdir(), "briefbot-shard-start-"));
    const running = await startBriefbot({
      env: {
        DISCORD_TOKEN: "shard-start-token-123456",
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_SHARDS: "1",
        DISCORD_SHARD_COUNT: "2",
        BRIEFBOT_BRIEFINGS_DIR: join(import.meta.dirname, "../../briefings"),
        BRIEFBOT_STORE_PATH: join(dir, "briefbot.db"),
      },
      cwd: dir,
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      writeLog: () => {},
      handleSignals: false,
    });
    try {
      expect(shardsIdentified(fake)).toEqual([[1, 2]]);
      const show = showIn(GUILD_ID, CHANNEL_ID);
      fake.dispatch("INTERACTION_CREATE", show);
      expect(JSON.stringify((await answered(fake, show)).body)).toContain("NATO-Russia Council");
    } finally {
      await running.stop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
