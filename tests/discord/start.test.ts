// `briefbot start` with DISCORD_TOKEN set: only Discord starts, answers, pins, hides the token.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningBriefbot, startBriefbot } from "../../adapters/start.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import { type FakeDiscord, startFakeDiscord } from "../fixtures/discord/fake-discord.ts";
import {
  CHANNEL_ID,
  chatInput,
  GUILD_ID,
  mention,
  PERMISSIONS,
} from "../fixtures/discord/payloads.ts";

const TOKEN = "start-test-token-987654";
const NATO = "2022-01-12-nato-russia-council";

let fake: FakeDiscord;
let running: RunningBriefbot;
let dir: string;
const log: string[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
  dir = mkdtempSync(join(tmpdir(), "briefbot-discord-"));
  running = await startBriefbot({
    env: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      BRIEFBOT_BRIEFINGS_DIR: join(import.meta.dirname, "../../briefings"),
      BRIEFBOT_STORE_PATH: join(dir, "briefbot.db"),
      LOG_LEVEL: "debug",
    },
    cwd: dir,
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    writeLog: (line) => log.push(line),
    handleSignals: false,
  });
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("briefbot start with DISCORD_TOKEN set", () => {
  it("starts only the Discord adapter, against DISCORD_API_URL", async () => {
    expect(running.adapters.map((a) => a.platform)).toEqual(["discord"]);
    expect((await fake.identify).token).toBe(TOKEN);
  });

  it("answers /brief show and a mention through the whole stack", async () => {
    const show = chatInput("show", { id: NATO });
    fake.dispatch("INTERACTION_CREATE", show);
    const callback = await fake.waitForCall((c) => c.path.includes(`/interactions/${show.id}/`));
    expect(JSON.stringify(callback.body)).toContain("NATO-Russia Council");

    const message = mention("where did the NATO-Russia Council meet?");
    fake.dispatch("MESSAGE_CREATE", message);
    const reply = await fake.waitForCall((c) => JSON.stringify(c.body ?? "").includes(message.id));
    expect(JSON.stringify(reply.body)).toContain("Brussels");
  });

  it("pins through the store on disk", async () => {
    const pin = chatInput("pin", { id: NATO }, { permissions: PERMISSIONS.moderator });
    fake.dispatch("INTERACTION_CREATE", pin);
    const put = await fake.waitForCall(
      (c) => c.method === "PUT" && c.path.startsWith(`/channels/${CHANNEL_ID}/messages/pins/`),
    );
    // A second connection to the same database file sees the pin and its Discord message id.
    const reader = openSqliteStore(join(dir, "briefbot.db"));
    try {
      const channel = { platform: "discord" as const, workspace: GUILD_ID, channel: CHANNEL_ID };
      await expect
        .poll(async () => (await reader.pins(channel))[0]?.messageRef)
        .toBe(put.path.split("/").at(-1));
    } finally {
      await reader.close();
    }
  });

  it("never writes the token to the log", () => {
    expect(log.length).toBeGreaterThan(0);
    expect(log.join("\n")).not.toContain(TOKEN);
  });
});
