// Buttons under the bot's Discord messages, round-tripped through discord.js against the fake
// Discord with the real bot, engine, briefings and a SQLite file: the state is in each button's
// custom_id, so the buttons of messages posted before a restart still work after it; pinning
// follows the pin command's permission rule, and a refusal is only for the presser.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MessageFlags } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/types.ts";
import type { TestBot } from "../bot/helpers.ts";
import { type FakeDiscord, startFakeDiscord } from "../fixtures/discord/fake-discord.ts";
import {
  botMessage,
  buttonPress,
  CHANNEL_ID,
  chatInput,
  GUILD_ID,
  MANAGER_ROLE_ID,
  mention,
  PERMISSIONS,
  user,
} from "../fixtures/discord/payloads.ts";
import {
  buttonBriefings,
  fileBot,
  LONG,
  LONG_OUTCOMES,
  NATO,
  SSD_2021_09,
  SSD_2022,
} from "../helpers/buttons.ts";
import { type Harness, StubBot, sleep, startAdapter, startHarness } from "./harness.ts";

interface Button {
  label: string;
  custom_id: string;
}
interface Sent {
  embeds?: unknown[];
  components?: { components: Button[] }[];
  flags?: number;
}

let work: string;
let fake: FakeDiscord;
let briefings: Briefing[];
let bot: TestBot;
let adapter: Awaited<ReturnType<typeof startAdapter>>["adapter"];
const channel = { platform: "discord", workspace: GUILD_ID, channel: CHANNEL_ID } as const;

async function boot(): Promise<void> {
  bot = await fileBot(join(work, "briefbot.db"), briefings);
  ({ adapter } = await startAdapter(fake, bot.bot, {}, { deferAfterMs: 2500 }));
}

/** Stops the adapter and closes the store, then starts new ones on the same file. */
async function restart(): Promise<void> {
  await adapter.stop();
  await bot.store.close();
  await boot();
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "briefbot-discord-buttons-"));
  briefings = await buttonBriefings();
  fake = await startFakeDiscord();
  await boot();
});
afterAll(async () => {
  await adapter?.stop();
  await bot?.store.close();
  await fake?.close();
  rmSync(work, { recursive: true, force: true });
});

function buttonsOf(sent: Sent | undefined): Map<string, Button> {
  const all = (sent?.components ?? []).flatMap((row) => row.components);
  return new Map(all.map((b) => [b.label, b]));
}

function button(sent: Sent | undefined, label: string): Button {
  const found = buttonsOf(sent).get(label);
  if (!found) throw new Error(`no "${label}" button in ${JSON.stringify(sent?.components)}`);
  return found;
}

const textOf = (sent: Sent | undefined) => JSON.stringify(sent?.embeds ?? []);
const ephemeral = (sent: Sent | undefined) => ((sent?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** A question by mention; the bot's answer (a reply to it). */
async function ask(question: string): Promise<Sent> {
  const message = mention(question);
  fake.dispatch("MESSAGE_CREATE", message);
  const call = await fake.waitForCall(
    (c) =>
      c.method === "POST" &&
      c.path === `/channels/${CHANNEL_ID}/messages` &&
      (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id ===
        message.id,
    10_000,
  );
  return call.body as Sent;
}

/** An interaction's reply (the callback's message), as Discord received it. */
async function replyTo(interaction: { id: string; token: string }): Promise<Sent> {
  const call = await fake.waitForCall(
    (c) =>
      c.method === "POST" &&
      c.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
    10_000,
  );
  const body = call.body as { type: number; data?: Sent };
  expect(body.type).toBe(4);
  return body.data ?? {};
}

/** `/brief SUBCOMMAND …`; its reply. */
async function brief(subcommand: string, options: Record<string, string>): Promise<Sent> {
  const interaction = chatInput(subcommand, options);
  fake.dispatch("INTERACTION_CREATE", interaction);
  return replyTo(interaction);
}

/** Presses a button under a message with those buttons; the reply to the press. */
async function press(
  under: Sent | undefined,
  label: string,
  options: { permissions?: string; as?: string } = {},
): Promise<Sent> {
  const interaction = buttonPress(
    button(under, label).custom_id,
    botMessage(under?.components ?? []),
    {
      ...(options.permissions && { permissions: options.permissions }),
      ...(options.as && { user: user({ id: options.as, username: "other" }) }),
    },
  ) as { id: string; token: string };
  fake.dispatch("INTERACTION_CREATE", interaction);
  return replyTo(interaction);
}

describe("buttons under Discord answers", () => {
  let answer: Sent;

  it("puts Show briefing, Pin here, Helpful and Not helpful under an answer", async () => {
    answer = await ask("what did Stoltenberg say about Ukraine?");
    expect([...buttonsOf(answer).keys()]).toEqual([
      "Show briefing",
      "Pin here",
      "Helpful",
      "Not helpful",
    ]);
    for (const b of buttonsOf(answer).values()) expect(b.custom_id.length).toBeLessThanOrEqual(100);
  });

  it("after a restart, Show briefing shows the cited briefing's card to the presser only", async () => {
    await restart();
    const card = await press(answer, "Show briefing");
    expect(ephemeral(card)).toBe(true);
    expect(textOf(card)).toContain("NATO-Russia Council talks on Ukraine");
    expect(textOf(card)).toContain(`id: ${NATO}`);
  });

  it("refuses Pin here to a member without Manage Messages, privately, and pins nothing", async () => {
    const calls = fake.calls.length;
    const refusal = await press(answer, "Pin here", { permissions: PERMISSIONS.member });
    expect(ephemeral(refusal)).toBe(true);
    expect(textOf(refusal)).toContain("You can’t pin here");
    expect(textOf(refusal)).toContain("Manage Messages");
    expect(fake.calls.slice(calls).some((c) => c.path.includes("/pins/"))).toBe(false);
    expect(await bot.store.pins(channel)).toEqual([]);
  });

  it("lets a moderator Pin here: the briefing is pinned and its message pinned in the channel", async () => {
    const done = await press(answer, "Pin here", { permissions: PERMISSIONS.moderator });
    expect(ephemeral(done)).toBe(true);
    expect(textOf(done)).toContain(`Pinned ${NATO} in this channel`);
    await fake.waitForCall((c) => c.method === "PUT" && c.path.includes("/pins/"));
    expect((await bot.store.pins(channel)).map((p) => p.briefing)).toEqual([NATO]);
  });

  it("records Not helpful for gaps once per person, and says so only to the presser", async () => {
    const voted = await press(answer, "Not helpful");
    expect(ephemeral(voted)).toBe(true);
    expect(textOf(voted)).toContain("noted as not helpful");
    const again = await press(answer, "Helpful");
    expect(textOf(again)).toContain("You rated this answer already");
    const records = await bot.store.unansweredSince("2022-01-01T00:00:00Z", {
      platform: "discord",
      workspace: GUILD_ID,
    });
    expect(records.map((r) => [r.kind, r.question])).toEqual([
      ["not_helpful", "what did Stoltenberg say about Ukraine?"],
    ]);
    const gaps = await brief("gaps", {});
    expect(textOf(gaps)).toContain("1 not-helpful vote");
  });

  it("answers a button whose briefing was removed since with a clear note, to the presser only", async () => {
    const kept = bot.library.list;
    bot.library.list = kept.filter((b) => b.id !== NATO);
    try {
      const gone = await press(answer, "Show briefing");
      expect(ephemeral(gone)).toBe(true);
      expect(textOf(gone)).toContain("That briefing is gone");
    } finally {
      bot.library.list = kept;
    }
  });

  it("answers a button with a tampered custom_id with a note, not an error", async () => {
    const forged = {
      components: [{ components: [{ label: "X", custom_id: "bb1:card:../../etc" }] }],
    };
    const reply = await press(forged, "X");
    expect(ephemeral(reply)).toBe(true);
    expect(textOf(reply)).toContain("That button no longer works");
  });
});

describe("Show more under a long Discord card", () => {
  it("pages through the whole briefing, across a restart, until nothing is left", async () => {
    const card = await brief("show", { id: LONG });
    expect(textOf(card)).not.toContain("Shortened for chat");
    let page: Sent | undefined = card;
    const seen = new Set<number>();
    let pages = 0;
    while (buttonsOf(page).has("Show more")) {
      if (pages === 1) await restart();
      page = await press(page, "Show more");
      pages += 1;
      expect(ephemeral(page)).toBe(true);
      for (const m of textOf(page).matchAll(/Outcome (\d+):/g)) seen.add(Number(m[1]));
      expect(pages).toBeLessThan(20);
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen.size).toBe(LONG_OUTCOMES);
  });
});

describe("Swap and Earlier round under a Discord compare", () => {
  it("reads the comparison backwards, and steps back a round, in public, after a restart", async () => {
    const compared = await brief("compare", { earlier: SSD_2021_09, later: SSD_2022 });
    expect([...buttonsOf(compared).keys()]).toEqual(["Swap", "Earlier round"]);
    await restart();
    const swapped = await press(compared, "Swap");
    expect(ephemeral(swapped)).toBe(false);
    expect(textOf(swapped)).toContain("(read backwards)");
    const earlier = await press(compared, "Earlier round");
    expect(ephemeral(earlier)).toBe(false);
    expect(textOf(earlier)).toContain("2021-07-28");
    expect([...buttonsOf(earlier).keys()]).toEqual(["Swap"]);
  });
});

describe("a button press on Discord, whatever the bot answers", () => {
  let stub: StubBot;
  let h: Harness;
  beforeAll(async () => {
    stub = new StubBot();
    h = await startHarness(
      stub,
      { DISCORD_MANAGER_ROLE: "Briefing managers" },
      { deferAfterMs: 50 },
    );
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("is deferred within Discord's 3 seconds when the answer is slow, then answers privately", async () => {
    stub.delayMs = 400;
    const interaction = buttonPress("bb1:card:x", botMessage([])) as { id: string; token: string };
    h.fake.dispatch("INTERACTION_CREATE", interaction);
    const deferred = await h.fake.waitForCall(
      (c) => c.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
    );
    expect((deferred.body as { type: number }).type).toBe(5);
    // the press's reply is only for the presser: the public placeholder goes, a private one comes
    const followUp = await h.fake.waitForCall(
      (c) => c.method === "POST" && c.path.endsWith(`/${interaction.token}`),
    );
    expect(JSON.stringify(followUp.body)).toContain("Pressed: bb1:card:x");
    expect((followUp.body as { flags?: number }).flags).toBe(MessageFlags.Ephemeral);
    expect(
      h.fake.calls.some(
        (c) => c.method === "DELETE" && c.path.endsWith(`/${interaction.token}/messages/@original`),
      ),
    ).toBe(true);
    stub.delayMs = 0;
  });

  it("tells the bot who may pin: Manage Messages or the manager role, not a plain member", async () => {
    const cases = [
      { permissions: PERMISSIONS.member, roles: [] as string[], may: false },
      { permissions: PERMISSIONS.moderator, roles: [], may: true },
      { permissions: PERMISSIONS.member, roles: [MANAGER_ROLE_ID], may: true },
    ];
    for (const c of cases) {
      const before = stub.actions.length;
      const interaction = buttonPress("bb1:pinhere:x", botMessage([]), {
        permissions: c.permissions,
        roles: c.roles,
      }) as { id: string; token: string };
      h.fake.dispatch("INTERACTION_CREATE", interaction);
      await h.fake.waitForCall((call) => call.path.includes(`/interactions/${interaction.id}/`));
      expect(stub.actions[before]).toMatchObject({
        value: "bb1:pinhere:x",
        mayChangeChannel: c.may,
      });
    }
  });

  it("leaves buttons of other apps (custom_ids it did not write) alone", async () => {
    const before = stub.actions.length;
    const interaction = buttonPress("other-app:vote", botMessage([])) as { id: string };
    h.fake.dispatch("INTERACTION_CREATE", interaction);
    await sleep(300);
    expect(stub.actions.length).toBe(before);
    expect(h.fake.calls.some((c) => c.path.includes(`/interactions/${interaction.id}/`))).toBe(
      false,
    );
  });
});
