// The Discord adapter with the real bot core, engine and SQLite store, against a fake Discord.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBED_LIMITS, messageSize } from "../../adapters/discord/render.ts";
import type { ChannelRef } from "../../src/chat/index.ts";
import type { Store } from "../../src/store/types.ts";
import { testBot } from "../bot/helpers.ts";
import type { RecordedCall } from "../fixtures/discord/fake-discord.ts";
import {
  APP_ID,
  autocomplete,
  CHANNEL_ID,
  chatInput,
  GUILD_ID,
  mention,
  PERMISSIONS,
} from "../fixtures/discord/payloads.ts";
import { type Harness, messageBodies, startHarness } from "./harness.ts";

const NATO = "2022-01-12-nato-russia-council";
const CHANNEL: ChannelRef = { platform: "discord", workspace: GUILD_ID, channel: CHANNEL_ID };
const EPHEMERAL = 64;

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
type Body = {
  type: number;
  data?: { embeds?: Embed[]; flags?: number; choices?: { value: string }[] } | undefined;
};

let h: Harness;
let store: Store;

beforeAll(async () => {
  const test = await testBot({ now: "2022-01-14T09:00:00Z" });
  store = test.store;
  const bot = test.bot;
  h = await startHarness(bot, {}, { deferAfterMs: 1000 });
});

afterAll(async () => {
  await h?.stop();
  await store?.close();
});

async function invoke(payload: { id: string; token: string }): Promise<Body> {
  h.fake.dispatch("INTERACTION_CREATE", payload);
  const callback = await h.fake.waitForCall(
    (c) =>
      c.method === "POST" && c.path === `/interactions/${payload.id}/${payload.token}/callback`,
  );
  const body = callback.body as Body;
  if (body.type !== 5) return body;
  // Deferred: the answer arrives as the edit of the original reply.
  const edit = await h.fake.waitForCall(
    (c) =>
      c.method === "PATCH" && c.path === `/webhooks/${APP_ID}/${payload.token}/messages/@original`,
  );
  return { type: 4, data: edit.body as Body["data"] };
}

const text = (body: Body) => JSON.stringify(body.data?.embeds ?? []);

describe("the Discord adapter with the real bot core, engine and SQLite store", () => {
  it("shows a briefing card for /brief show", async () => {
    const body = await invoke(chatInput("show", { id: NATO }));
    expect(body.data?.flags ?? 0).toBe(0);
    expect(text(body)).toContain("NATO-Russia Council");
  });

  it("autocompletes briefing ids from the real briefings", async () => {
    const body = await invoke(autocomplete("show", { id: "nato rus" }, "id"));
    expect(body.type).toBe(8);
    expect(body.data?.choices?.[0]?.value).toBe(NATO);
  });

  it("answers /brief ask with the engine's grounded answer", async () => {
    const body = await invoke(
      chatInput("ask", { question: "Where did the NATO-Russia Council meet?" }),
    );
    expect(text(body)).toContain("Brussels");
  });

  it("answers an @mention from the briefings", async () => {
    const message = mention("who chaired the NATO-Russia Council?");
    h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForCall((c) =>
      JSON.stringify(c.body ?? "").includes(message.id),
    );
    expect(JSON.stringify(reply.body)).toContain("embeds");
  });

  it("pins: the card is posted and pinned, the store keeps its message id, unpin removes it", async () => {
    const body = await invoke(
      chatInput("pin", { id: NATO }, { permissions: PERMISSIONS.moderator }),
    );
    expect(body.data?.flags).toBe(EPHEMERAL);
    const pin = await h.fake.waitForCall(
      (c) => c.method === "PUT" && c.path.startsWith(`/channels/${CHANNEL_ID}/messages/pins/`),
    );
    const messageId = pin.path.split("/").at(-1);
    await expect.poll(async () => (await store.pins(CHANNEL))[0]?.messageRef).toBe(messageId);

    await invoke(chatInput("unpin", { id: NATO }, { permissions: PERMISSIONS.moderator }));
    await h.fake.waitForCall(
      (c: RecordedCall) =>
        c.method === "DELETE" && c.path === `/channels/${CHANNEL_ID}/messages/pins/${messageId}`,
    );
    expect(await store.pins(CHANNEL)).toEqual([]);
  });

  it("subscribes the channel to a daily digest, stored with its zone", async () => {
    await invoke(
      chatInput(
        "subscribe",
        { time: "08:00", timezone: "Europe/Brussels" },
        { permissions: PERMISSIONS.moderator },
      ),
    );
    expect(await store.subscriptions(CHANNEL)).toMatchObject([
      { time: "08:00", timezone: "Europe/Brussels" },
    ]);
    const listed = await invoke(chatInput("subscriptions", {}));
    expect(text(listed)).toContain("08:00");
  });

  it("gives the daily summary for a date, and a private usage reply for a bad subcommand argument", async () => {
    const daily = await invoke(chatInput("daily", { date: "2022-01-12" }));
    expect(text(daily)).toContain("NATO-Russia Council");
    const bad = await invoke(chatInput("show", { id: "no-such-briefing" }));
    expect(bad.data?.flags).toBe(EPHEMERAL);
  });

  it("lists briefings and shows help privately", async () => {
    const list = await invoke(chatInput("list", {}));
    expect(text(list)).toContain("NATO-Russia Council");
    const help = await invoke(chatInput("help", {}));
    expect(help.data?.flags).toBe(EPHEMERAL);
  });

  it("names each command where Discord has it: /brief-manage for what changes the channel", async () => {
    const help = text(await invoke(chatInput("help", {})));
    expect(help).toContain("/brief ask QUESTION");
    expect(help).toContain("/brief-manage pin ID");
    expect(help).toContain("/brief-manage subscribe HH:MM");
    expect(help).toContain("/brief pins");
    const pins = text(await invoke(chatInput("pins", {})));
    expect(pins).toContain("Pin one with /brief-manage pin ID");
  });

  it("kept every message within Discord's limits, with empty allowed mentions", () => {
    const bodies = messageBodies(h.fake.calls);
    expect(bodies.length).toBeGreaterThan(8);
    for (const body of bodies) {
      expect(body.allowed_mentions).toMatchObject({ parse: [] });
      const embeds = (body.embeds ?? []) as never[];
      expect(embeds.length).toBeLessThanOrEqual(EMBED_LIMITS.embedsPerMessage);
      expect(messageSize({ embeds })).toBeLessThanOrEqual(EMBED_LIMITS.total);
    }
  });
});
