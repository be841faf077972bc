// The Discord adapter against a fake Discord: subcommands, deferral, permissions, pins, mentions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../adapters/discord/index.ts";
import { EMBED_LIMITS, messageSize } from "../../adapters/discord/render.ts";
import { discordAdapterConfig } from "../../adapters/start.ts";
import type { Reply } from "../../src/chat/index.ts";
import { loadConfig } from "../../src/config.ts";
import { ChannelGoneError } from "../../src/errors.ts";
import { type RecordedCall, startFakeDiscord } from "../fixtures/discord/fake-discord.ts";
import { longBriefingCard } from "../fixtures/discord/long-briefing.ts";
import {
  APP_ID,
  autocomplete,
  BOT_ID,
  BOT_ROLE_ID,
  botUser,
  CHANNEL_ID,
  chatInput,
  DM_CHANNEL_ID,
  GUILD_ID,
  MANAGER_ROLE_ID,
  mention,
  messageCreate,
  PERMISSIONS,
} from "../fixtures/discord/payloads.ts";
import { type Harness, memoryLogger, messageBodies, StubBot, startHarness } from "./harness.ts";

const EPHEMERAL = 64;
const NATO = "2022-01-12-nato-russia-council";

type Interaction = { id: string; token: string };
const callbackOf = (i: Interaction) => (c: RecordedCall) =>
  c.method === "POST" && c.path === `/interactions/${i.id}/${i.token}/callback`;
const editOf = (i: Interaction) => (c: RecordedCall) =>
  c.method === "PATCH" && c.path === `/webhooks/${APP_ID}/${i.token}/messages/@original`;
const followUpOf = (i: Interaction) => (c: RecordedCall) =>
  c.method === "POST" && c.path === `/webhooks/${APP_ID}/${i.token}`;

interface CallbackBody {
  type: number;
  data?: {
    embeds?: { title?: string; description?: string }[];
    flags?: number;
    choices?: unknown[];
  };
}

/** Every harness started in this file, to check allowed mentions on all of their traffic. */
const harnesses: Harness[] = [];
async function harness(...args: Parameters<typeof startHarness>): Promise<Harness> {
  const h = await startHarness(...args);
  harnesses.push(h);
  return h;
}

let h: Harness;
let bot: StubBot;

beforeAll(async () => {
  bot = new StubBot();
  h = await harness(bot, {}, { deferAfterMs: 150 });
});

afterAll(async () => {
  for (const each of harnesses) await each.stop();
});

beforeEach(() => {
  bot.delayMs = 0;
  bot.answer = new StubBot().answer;
});

async function invoke(payload: Interaction): Promise<CallbackBody> {
  h.fake.dispatch("INTERACTION_CREATE", payload);
  return (await h.fake.waitForCall(callbackOf(payload))).body as CallbackBody;
}

describe("Discord gateway connection", () => {
  it("identifies with only the intents it needs: guilds, guild messages, DMs; not the privileged message content", async () => {
    const identify = await h.fake.identify;
    // Guilds 1 + GuildMessages 512 + DirectMessages 4096; MessageContent (32768) is an opt-in.
    expect(identify.intents).toBe(1 + 512 + 4096);
    expect(identify.token).toBe("fake-token-123456");
    expect(h.adapter.client.user?.id).toBe(BOT_ID);
    expect(h.adapter.client.guilds.cache.get(GUILD_ID)?.name).toBe("Diplomacy Desk");
  });
});

describe("/brief subcommands", () => {
  const moderator = { permissions: PERMISSIONS.moderator };
  const cases: [string, Record<string, string>, string, { permissions?: string }?][] = [
    ["ask", { question: "what did Grushko say?" }, "ask what did Grushko say?"],
    ["daily", { date: "2022-01-12" }, "daily 2022-01-12"],
    ["daily", {}, "daily"],
    ["show", { id: NATO }, `show ${NATO}`],
    ["list", { words: "geneva" }, "list geneva"],
    ["list", {}, "list"],
    ["pins", {}, "pins"],
    ["unpin", { id: NATO }, `unpin ${NATO}`, moderator],
    [
      "subscribe",
      { time: "08:00", timezone: "Europe/Brussels" },
      "subscribe 08:00 Europe/Brussels",
      moderator,
    ],
    ["subscribe", { time: "07:30" }, "subscribe 07:30", moderator],
    ["unsubscribe", {}, "unsubscribe", moderator],
    ["subscriptions", {}, "subscriptions"],
    ["compare", {}, "compare"],
    ["compare", { earlier: NATO }, `compare ${NATO}`],
    ["compare", { earlier: "a-round", later: "b-round" }, "compare a-round b-round"],
    [
      "timeline",
      { series: "Strategic Stability Dialogue" },
      "timeline Strategic Stability Dialogue",
    ],
    ["help", { command: "pin" }, "help pin"],
  ];

  it.each(cases)(
    "/brief %s %j reaches the bot as %j and is answered",
    async (sub, options, text, who) => {
      const payload = chatInput(sub, options, who ?? {});
      const body = await invoke(payload);
      expect(bot.commands.at(-1)).toMatchObject({
        text,
        channel: { platform: "discord", workspace: GUILD_ID, channel: CHANNEL_ID },
        user: { id: "900000000000000500", name: "analyst" },
      });
      expect(body.type).toBe(4);
      expect(body.data?.embeds?.[0]?.title).toBe(`Did: ${text}`);
    },
  );

  it("shows help and usage errors only to the asker", async () => {
    bot.answer = (input) => ({
      kind: "help",
      visibility: "ephemeral",
      title: "briefbot help",
      sections: [{ text: `help for ${input.text}` }],
    });
    const body = await invoke(chatInput("help", {}));
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(EPHEMERAL);
  });

  it("posts a long briefing card as several messages, each within Discord's limits", async () => {
    bot.answer = () => ({ ...longBriefingCard(), effects: [] });
    const payload = chatInput("show", { id: NATO });
    const body = await invoke(payload);
    const followUp = await h.fake.waitForCall(followUpOf(payload));
    const messages = [body.data, followUp.body] as { embeds: never[] }[];
    for (const message of messages) {
      expect(messageSize({ embeds: message.embeds })).toBeLessThanOrEqual(EMBED_LIMITS.total);
      expect(message.embeds.length).toBeLessThanOrEqual(EMBED_LIMITS.embedsPerMessage);
    }
  });
});

describe("deferral of slow answers", () => {
  it("defers at once when the bot is slow, then edits the deferred reply with the answer", async () => {
    bot.delayMs = 600;
    const payload = chatInput("ask", { question: "slow one" });
    const body = await invoke(payload);
    expect(body.type).toBe(5);
    expect(body.data?.flags ?? 0).toBe(0);
    const edit = await h.fake.waitForCall(editOf(payload));
    const calls = h.fake.calls;
    expect(calls.indexOf(edit)).toBeGreaterThan(calls.findIndex(callbackOf(payload)));
    expect((edit.body as CallbackBody["data"])?.embeds?.[0]?.title).toBe("Did: ask slow one");
  });

  it("defers help privately, so the slow private answer is edited in place", async () => {
    bot.delayMs = 600;
    bot.answer = () => ({ kind: "help", visibility: "ephemeral", sections: [{ text: "help" }] });
    const payload = chatInput("help", {});
    const body = await invoke(payload);
    expect(body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    await h.fake.waitForCall(editOf(payload));
  });

  it("answers without deferring when the bot is quick", async () => {
    const payload = chatInput("ask", { question: "quick one" });
    expect((await invoke(payload)).type).toBe(4);
  });

  it("replaces a public placeholder with a private follow-up when a slow reply is ephemeral", async () => {
    bot.delayMs = 600;
    bot.answer = () => ({ kind: "usage", visibility: "ephemeral", sections: [{ text: "usage" }] });
    const payload = chatInput("daily", { date: "someday" });
    expect((await invoke(payload)).type).toBe(5);
    const followUp = await h.fake.waitForCall(followUpOf(payload));
    expect((followUp.body as { flags?: number }).flags).toBe(EPHEMERAL);
    expect(
      h.fake.calls.some(
        (c) =>
          c.method === "DELETE" &&
          c.path === `/webhooks/${APP_ID}/${payload.token}/messages/@original`,
      ),
    ).toBe(true);
  });
});

describe("permissions for pin, unpin, subscribe, unsubscribe", () => {
  it.each(["pin", "unpin", "subscribe", "unsubscribe"])(
    "carries out /brief-manage %s as Discord delivers it: Discord has applied the command's permissions",
    async (sub) => {
      const options: Record<string, string> =
        sub === "subscribe" ? { time: "08:00" } : sub.endsWith("pin") ? { id: NATO } : {};
      // A member an admin allowed in Integrations, without Manage Messages of their own.
      await invoke(chatInput(sub, options, { permissions: PERMISSIONS.member }));
      expect(bot.commands.at(-1)?.text).toMatch(new RegExp(`^${sub}\\b`));
    },
  );

  it.each(["pin", "unpin", "subscribe", "unsubscribe"])(
    "refuses %s under /brief (commands registered by an older briefbot) to a member without Manage Messages, privately, saying why",
    async (sub) => {
      const before = bot.commands.length;
      const options: Record<string, string> =
        sub === "subscribe" ? { time: "08:00" } : sub.endsWith("pin") ? { id: NATO } : {};
      const body = await invoke(
        chatInput(sub, options, { permissions: PERMISSIONS.member, command: "brief" }),
      );
      expect(body.type).toBe(4);
      expect(body.data?.flags).toBe(EPHEMERAL);
      expect(body.data?.embeds?.[0]?.description).toContain("Manage Messages");
      expect(bot.commands.length).toBe(before);
    },
  );

  it("lets a member with the configured manager role (by name) pin under /brief", async () => {
    const roleBot = new StubBot();
    const withRole = await harness(roleBot, { DISCORD_MANAGER_ROLE: "Briefing managers" });
    const payload = chatInput("pin", { id: NATO }, { roles: [MANAGER_ROLE_ID], command: "brief" });
    withRole.fake.dispatch("INTERACTION_CREATE", payload);
    const body = (await withRole.fake.waitForCall(callbackOf(payload))).body as CallbackBody;
    expect(body.data?.flags ?? 0).toBe(0);
    expect(roleBot.commands.map((c) => c.text)).toContain(`pin ${NATO}`);

    const refused = chatInput("pin", { id: NATO }, { roles: [], command: "brief" });
    withRole.fake.dispatch("INTERACTION_CREATE", refused);
    const refusal = (await withRole.fake.waitForCall(callbackOf(refused))).body as CallbackBody;
    expect(refusal.data?.embeds?.[0]?.description).toContain("Briefing managers");
  });

  it("accepts the manager role by id as well", async () => {
    const roleBot = new StubBot();
    const withRole = await harness(roleBot, { DISCORD_MANAGER_ROLE: MANAGER_ROLE_ID });
    const payload = chatInput(
      "subscribe",
      { time: "08:00" },
      { roles: [MANAGER_ROLE_ID], command: "brief" },
    );
    withRole.fake.dispatch("INTERACTION_CREATE", payload);
    await withRole.fake.waitForCall(callbackOf(payload));
    expect(roleBot.commands.map((c) => c.text)).toEqual(["subscribe 08:00"]);
  });

  it("lets anyone pin in a DM with the bot", async () => {
    const body = await invoke(chatInput("pin", { id: NATO }, { dm: true }));
    expect(body.data?.flags ?? 0).toBe(0);
    expect(bot.commands.at(-1)?.channel).toEqual({
      platform: "discord",
      workspace: "dm",
      channel: DM_CHANNEL_ID,
    });
  });
});

describe("pins", () => {
  /** The bot core's reply to `pin`: the card, with the effect that asks the platform to pin it. */
  const pinnedCard = (): Reply => ({
    kind: "ok",
    visibility: "public",
    title: "Pinned in this channel: NATO-Russia Council",
    sections: [{ text: "card body" }],
    effects: [{ type: "pin", briefing: NATO }],
  });

  it("posts the briefing card to the channel, pins that message and tells the bot its id", async () => {
    bot.answer = pinnedCard;
    const noted = bot.notedPins.length;
    const payload = chatInput("pin", { id: NATO }, { permissions: PERMISSIONS.moderator });
    const body = await invoke(payload);
    // The asker gets a private confirmation; the channel gets the card once.
    expect(body.data?.flags).toBe(EPHEMERAL);
    const confirmation = body.data?.embeds?.[0]?.description ?? "";
    expect(confirmation).toContain(`Pinned ${NATO}`);
    const post = await h.fake.waitForCall(
      (c) =>
        c.method === "POST" &&
        c.path === `/channels/${CHANNEL_ID}/messages` &&
        JSON.stringify(c.body).includes("Pinned in this channel: NATO-Russia Council"),
    );
    const pin = await h.fake.waitForCall(
      (c) => c.method === "PUT" && c.path.startsWith(`/channels/${CHANNEL_ID}/messages/pins/`),
    );
    const pinnedId = pin.path.split("/").at(-1) ?? "";
    // The confirmation links to the pinned message.
    expect(confirmation).toContain(
      `https://discord.com/channels/${GUILD_ID}/${CHANNEL_ID}/${pinnedId}`,
    );
    expect(h.fake.calls.indexOf(pin)).toBeGreaterThan(h.fake.calls.indexOf(post));
    expect(bot.notedPins.slice(noted)).toEqual([
      {
        channel: { platform: "discord", workspace: GUILD_ID, channel: CHANNEL_ID },
        briefing: NATO,
        messageRef: pinnedId,
      },
    ]);
  });

  it("removes the pinned message when unpinning", async () => {
    bot.answer = () => ({
      kind: "ok",
      visibility: "public",
      sections: [{ text: "Unpinned." }],
      effects: [{ type: "unpin", briefing: NATO, messageRef: "920000000000000001" }],
    });
    await invoke(chatInput("unpin", { id: NATO }, { permissions: PERMISSIONS.moderator }));
    await h.fake.waitForCall(
      (c) =>
        c.method === "DELETE" &&
        c.path === `/channels/${CHANNEL_ID}/messages/pins/920000000000000001`,
    );
  });

  it("still answers, with a note, when Discord refuses to pin the card", async () => {
    bot.answer = pinnedCard;
    h.fake.failNext(
      (c) => c.method === "PUT" && c.path.includes("/pins/"),
      403,
      50013,
      "Missing Permissions",
    );
    const body = await invoke(
      chatInput("pin", { id: NATO }, { permissions: PERMISSIONS.moderator }),
    );
    const shown = JSON.stringify(body.data?.embeds);
    expect(shown).toContain("Discord would not let me pin its message: Missing Permissions");
    // The card was posted before the pin failed: the reply does not repeat it.
    expect(shown).not.toContain("card body");
    expect(body.data?.flags).toBe(EPHEMERAL);
  });
});

describe("autocomplete", () => {
  it("suggests briefings for the rounds of compare as it does for an id", async () => {
    const body = await invoke(autocomplete("compare", { earlier: "nato" }, "earlier"));
    expect(body.data?.choices).toEqual([
      { name: `2022-01-12 · NATO-Russia Council — ${NATO}`, value: NATO },
    ]);
  });

  it("suggests matching briefings for an id option, at most 25, with the id as value", async () => {
    const body = await invoke(autocomplete("show", { id: "nato" }, "id"));
    expect(body.type).toBe(8);
    expect(body.data?.choices).toEqual([
      { name: `2022-01-12 · NATO-Russia Council — ${NATO}`, value: NATO },
    ]);
    const all = await invoke(autocomplete("pin", { id: "" }, "id"));
    expect(all.data?.choices?.length).toBeGreaterThan(1);
    expect(all.data?.choices?.length).toBeLessThanOrEqual(25);
  });

  it("shortens a long title to Discord's 100 characters, keeping the id as the value", async () => {
    const body = await invoke(autocomplete("show", { id: "vienna" }, "id"));
    const [choice] = (body.data?.choices ?? []) as { name: string; value: string }[];
    expect(choice?.value).toBe("2021-11-29-vienna-jcpoa-talks");
    expect(choice?.name.length).toBeLessThanOrEqual(100);
    expect(choice?.name.startsWith("2021-11-29 · Seventh round of the Vienna talks")).toBe(true);
  });

  it("suggests IANA time zones for subscribe", async () => {
    const body = await invoke(
      autocomplete("subscribe", { time: "08:00", timezone: "brus" }, "timezone"),
    );
    expect(body.data?.choices).toContainEqual({
      name: "Europe/Brussels",
      value: "Europe/Brussels",
    });
    const many = await invoke(
      autocomplete("subscribe", { time: "08:00", timezone: "" }, "timezone"),
    );
    expect(many.data?.choices).toHaveLength(25);
  });
});

describe("mentions and DMs", () => {
  it("answers an @mention in a channel as a reply to that message, without the mention in the question", async () => {
    const message = mention("what did Grushko say?");
    h.fake.dispatch("MESSAGE_CREATE", message);
    const post = await h.fake.waitForCall(
      (c) =>
        c.method === "POST" &&
        c.path === `/channels/${CHANNEL_ID}/messages` &&
        (c.body as { message_reference?: { message_id?: string } }).message_reference
          ?.message_id === message.id,
    );
    expect(bot.questions.at(-1)).toMatchObject({
      text: "what did Grushko say?",
      channel: { workspace: GUILD_ID, channel: CHANNEL_ID },
    });
    expect(JSON.stringify(post.body)).toContain("You said: what did Grushko say?");
  });

  it("answers a mention of the bot's own role when DISCORD_MESSAGE_CONTENT=true asks for the intent", async () => {
    const reading = new StubBot();
    const withContent = await harness(reading, { DISCORD_MESSAGE_CONTENT: "true" });
    expect((await withContent.fake.identify).intents).toBe(1 + 512 + 4096 + 32768);
    const message = messageCreate(`<@&${BOT_ROLE_ID}>  who met in Geneva?`, {
      mentionRoles: [BOT_ROLE_ID],
    });
    withContent.fake.dispatch("MESSAGE_CREATE", message);
    await withContent.fake.waitForCall((c) => JSON.stringify(c.body ?? "").includes(message.id));
    expect(reading.questions.at(-1)?.text).toBe("who met in Geneva?");
  });

  it("without the intent, answers a role mention (whose text Discord withholds) by saying how to ask", async () => {
    const asked = bot.questions.length + bot.commands.length;
    const message = messageCreate(`<@&${BOT_ROLE_ID}>  who met in Geneva?`, {
      mentionRoles: [BOT_ROLE_ID],
    });
    h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForCall((c) =>
      JSON.stringify(c.body ?? "").includes(message.id),
    );
    expect(JSON.stringify(reply.body)).toContain("Mention @briefbot itself, or use /brief ask");
    expect(bot.questions.length + bot.commands.length).toBe(asked);
  });

  it("shows typing while a slow answer to a mention is on its way", async () => {
    bot.delayMs = 600;
    const message = mention("a slow question");
    h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForCall((c) =>
      JSON.stringify(c.body ?? "").includes(message.id),
    );
    const typing = h.fake.calls.findLastIndex(
      (c) => c.method === "POST" && c.path === `/channels/${CHANNEL_ID}/typing`,
    );
    expect(typing).toBeGreaterThanOrEqual(0);
    expect(typing).toBeLessThan(h.fake.calls.indexOf(reply));
  });

  it("still answers when Discord refuses the reply reference, as a plain message", async () => {
    const message = mention("reply refused?");
    h.fake.failNext(
      (c) => c.method === "POST" && JSON.stringify(c.body ?? "").includes(message.id),
      400,
      50035,
      "Invalid Form Body",
    );
    h.fake.dispatch("MESSAGE_CREATE", message);
    await h.fake.waitForCall(
      (c) =>
        c.method === "POST" &&
        c.path === `/channels/${CHANNEL_ID}/messages` &&
        JSON.stringify(c.body).includes("You said: reply refused?") &&
        !JSON.stringify(c.body).includes(message.id),
    );
  });

  it("answers a DM without a mention", async () => {
    const message = messageCreate("who chaired the OSCE meeting?", { dm: true });
    h.fake.dispatch("MESSAGE_CREATE", message);
    await h.fake.waitForCall(
      (c) =>
        c.method === "POST" &&
        c.path === `/channels/${DM_CHANNEL_ID}/messages` &&
        JSON.stringify(c.body).includes(message.id),
    );
    expect(bot.questions.at(-1)).toMatchObject({
      text: "who chaired the OSCE meeting?",
      channel: { platform: "discord", workspace: "dm", channel: DM_CHANNEL_ID },
    });
  });

  it("ignores channel messages without a mention, and messages from bots", async () => {
    const asked = bot.questions.length;
    h.fake.dispatch("MESSAGE_CREATE", messageCreate("just chatting"));
    h.fake.dispatch(
      "MESSAGE_CREATE",
      messageCreate(`<@${BOT_ID}> loop?`, {
        author: { ...botUser(), id: "900000000000000777" },
        mentions: [botUser()],
      }),
    );
    // A later mention is answered; the two before it were not.
    const marker = mention("marker question");
    h.fake.dispatch("MESSAGE_CREATE", marker);
    await h.fake.waitForCall((c) => JSON.stringify(c.body ?? "").includes(marker.id));
    expect(bot.questions.slice(asked).map((q) => q.text)).toEqual(["marker question"]);
  });
});

describe("errors", () => {
  it("logs a failed reply with the interaction id and tells the user privately", async () => {
    const payload = chatInput("ask", { question: "will fail" });
    h.fake.failNext(callbackOf(payload), 400, 50035, "Invalid Form Body");
    h.fake.dispatch("INTERACTION_CREATE", payload);
    await h.fake.waitForCall(
      (c) => callbackOf(payload)(c) && (c.body as CallbackBody).data?.flags === EPHEMERAL,
    );
    const logged = h.logger.lines.find((l) => l.message === "discord: could not send the reply");
    expect(logged?.details).toMatchObject({ interaction: payload.id });
  });

  it("answers privately with an apology when the bot throws", async () => {
    bot.answer = () => {
      throw new Error("engine exploded");
    };
    const payload = chatInput("ask", { question: "boom" });
    const body = await invoke(payload);
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(body.data?.embeds?.[0]?.description).toContain("something went wrong");
    expect(h.logger.lines.some((l) => l.message === "discord: command failed")).toBe(true);
  });
});

describe("deliver (digests)", () => {
  const digest: Reply = {
    kind: "daily",
    visibility: "public",
    title: "Briefings for 2022-01-12",
    sections: [{ heading: "NATO-Russia Council", text: "Brussels, four hours" }],
  };

  it("posts the digest as embeds to the channel", async () => {
    await h.adapter.deliver(
      { platform: "discord", workspace: GUILD_ID, channel: CHANNEL_ID },
      digest,
    );
    await h.fake.waitForCall(
      (c) =>
        c.method === "POST" &&
        c.path === `/channels/${CHANNEL_ID}/messages` &&
        JSON.stringify(c.body).includes("Briefings for 2022-01-12"),
    );
  });

  it("throws ChannelGoneError when Discord says the channel is unknown", async () => {
    h.fake.goneChannels.add("900000000000000999");
    await expect(
      h.adapter.deliver(
        { platform: "discord", workspace: GUILD_ID, channel: "900000000000000999" },
        digest,
      ),
    ).rejects.toBeInstanceOf(ChannelGoneError);
  });
});

describe("allowed mentions", () => {
  it("sends empty allowed mentions on every message, reply, edit and follow-up", () => {
    const bodies = harnesses.flatMap((each) => messageBodies(each.fake.calls));
    expect(bodies.length).toBeGreaterThan(30);
    for (const body of bodies) {
      expect(body.allowed_mentions, JSON.stringify(body).slice(0, 200)).toMatchObject({
        parse: [],
      });
    }
  });
});

describe("start-up failures", () => {
  it("fails with a clear error, and lets go of the client, when Discord rejects the token", async () => {
    const fake = await startFakeDiscord();
    fake.failNext((c) => c.path === "/gateway/bot", 401, 0, "401: Unauthorized");
    const config = discordAdapterConfig(
      loadConfig({ DISCORD_TOKEN: "revoked-token-1", DISCORD_API_URL: fake.apiUrl }),
    );
    const adapter = createDiscordAdapter(
      { config, bot: new StubBot(), logger: memoryLogger() },
      { readyTimeoutMs: 5000, clientOptions: { rest: { retries: 0 } } },
    );
    await expect(adapter.start()).rejects.toThrow(
      /Discord login at http:\/\/127\.0\.0\.1:\d+\/api failed/,
    );
    await fake.close();
  });
});
