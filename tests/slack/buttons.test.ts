// Buttons under the bot's Slack messages, round-tripped through Bolt against the fake Slack with the
// real bot, engine, briefings and a SQLite file: each press is acknowledged at once and answered
// after, and the buttons of messages posted before a restart still work after it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/types.ts";
import type { TestBot } from "../bot/helpers.ts";
import {
  buttonBriefings,
  fileBot,
  LONG,
  LONG_OUTCOMES,
  NATO,
  SSD_2021_09,
  SSD_2022,
} from "../helpers/buttons.ts";
import { type FakeCall, type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { startAdapter } from "./harness.ts";
import { blockAction, eventEnvelope, type RenderedButton, send, slashCommand } from "./payloads.ts";

const CHANNEL = "C2147483705";

let work: string;
let fake: FakeSlack;
let briefings: Briefing[];
let bot: TestBot;
let adapter: Awaited<ReturnType<typeof startAdapter>>["adapter"];
let baseUrl: string;

/** Starts a bot and an adapter on the store file: the first start, or a restart. */
async function boot(): Promise<void> {
  bot = await fileBot(join(work, "briefbot.db"), briefings);
  ({ adapter, baseUrl } = await startAdapter(fake, bot.bot, bot.store));
}

/** Stops the adapter and closes the store, then starts new ones on the same file. */
async function restart(): Promise<void> {
  await adapter.stop();
  await bot.store.close();
  await boot();
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "briefbot-slack-buttons-"));
  briefings = await buttonBriefings();
  fake = await startFakeSlack();
  await boot();
});
afterAll(async () => {
  await adapter?.stop();
  await bot?.store.close();
  await fake?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The buttons of a posted message, by label. */
function buttonsOf(call: FakeCall | undefined): Map<string, RenderedButton> {
  const blocks = (call?.body.blocks ?? []) as { type: string; elements?: RenderedButton[] }[];
  const actions = blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);
  return new Map(actions.map((a) => [a.text.text, a]));
}

function button(call: FakeCall | undefined, label: string): RenderedButton {
  const found = buttonsOf(call).get(label);
  if (!found) throw new Error(`no "${label}" button in ${JSON.stringify(call?.body.blocks)}`);
  return found;
}

const textOf = (call: FakeCall | undefined) => JSON.stringify(call?.body.blocks ?? []);

/** Waits for the calls that follow `from` until `done` holds for them; returns them. */
async function callsAfter(from: number, done: (calls: FakeCall[]) => boolean): Promise<FakeCall[]> {
  await fake.waitFor((calls) => done(calls.slice(from)), 10_000);
  // let a multi-message reply and its effects finish
  await new Promise((r) => setTimeout(r, 100));
  return fake.calls.slice(from);
}

const replied = (calls: FakeCall[]) =>
  calls.some(
    (c) => c.status === 200 && (c.method === "chat.postMessage" || c.method === "response_url"),
  );

/** A question by mention; the bot's answer in the thread. */
async function ask(question: string): Promise<FakeCall> {
  const from = fake.calls.length;
  const ts = `1642${String(from).padStart(6, "0")}.000100`;
  const res = await send(
    baseUrl,
    eventEnvelope("app-mention.json", {
      text: `<@U0LAN0Z89> ${question}`,
      ts,
      event_ts: ts,
      channel: CHANNEL,
    }),
  );
  expect(res.status).toBe(200);
  const calls = await callsAfter(from, replied);
  const answer = calls.find((c) => c.method === "chat.postMessage");
  if (!answer) throw new Error("no answer posted");
  return answer;
}

/** `/brief TEXT`; the public post or the ephemeral response. */
async function brief(text: string): Promise<FakeCall> {
  const from = fake.calls.length;
  const res = await send(baseUrl, slashCommand({ text, response_url: fake.responseUrl("cmd") }));
  expect(res.status).toBe(200);
  const calls = await callsAfter(from, replied);
  return calls.find(
    (c) => c.method === "chat.postMessage" || c.method === "response_url",
  ) as FakeCall;
}

/**
 * Presses a button: the request is acknowledged (200) while the answer is still held back at the
 * fake, so the acknowledgement never waits for the work; then the reply is let through.
 */
async function press(
  b: RenderedButton,
  options: { user?: string; answer?: "response_url" | "chat.postMessage" } = {},
): Promise<{ ephemeral: FakeCall[]; posts: FakeCall[]; calls: FakeCall[] }> {
  const from = fake.calls.length;
  const held = fake.hold(options.answer ?? "response_url");
  const res = await send(
    baseUrl,
    blockAction(b, {
      responseUrl: fake.responseUrl("press"),
      channel: CHANNEL,
      ...(options.user && { user: options.user }),
    }),
  );
  expect(res.status).toBe(200);
  await held.arrived;
  held.release();
  const calls = await callsAfter(from, replied);
  return {
    ephemeral: calls.filter((c) => c.method === "response_url" && c.status === 200),
    posts: calls.filter((c) => c.method === "chat.postMessage" && c.status === 200),
    calls,
  };
}

describe("buttons under Slack answers", () => {
  let answer: FakeCall;

  it("puts Show briefing, Pin here, Helpful and Not helpful under an answer", async () => {
    answer = await ask("what did Stoltenberg say about Ukraine?");
    expect([...buttonsOf(answer).keys()]).toEqual([
      "Show briefing",
      "Pin here",
      "Helpful",
      "Not helpful",
    ]);
    for (const b of buttonsOf(answer).values()) expect(b.value.length).toBeLessThanOrEqual(100);
  });

  it("after a restart, Show briefing shows the cited briefing's card to the presser only", async () => {
    await restart();
    const { ephemeral, posts } = await press(button(answer, "Show briefing"));
    expect(posts).toEqual([]);
    expect(ephemeral[0]?.body).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
    });
    expect(textOf(ephemeral[0])).toContain("NATO-Russia Council talks on Ukraine");
    expect(textOf(ephemeral[0])).toContain(`id: ${NATO}`);
  });

  it("after a restart, Pin here pins the briefing in the channel, in public, and pins the message", async () => {
    const { posts } = await press(button(answer, "Pin here"), { answer: "chat.postMessage" });
    expect(textOf(posts[0])).toContain("pressed `Pin here`");
    expect(textOf(posts[0])).toContain("Pinned in this channel");
    await fake.waitFor((calls) => calls.some((c) => c.method === "pins.add"));
    expect(
      (await bot.store.pins({ platform: "slack", workspace: "T0001", channel: CHANNEL })).map(
        (p) => p.briefing,
      ),
    ).toEqual([NATO]);
    // pressed again: already pinned, said to the presser only
    const again = await press(button(answer, "Pin here"));
    expect(again.posts).toEqual([]);
    expect(textOf(again.ephemeral[0])).toContain("Already pinned here");
  });

  it("records Not helpful for gaps once per person, and says so only to the presser", async () => {
    const { ephemeral, posts } = await press(button(answer, "Not helpful"));
    expect(posts).toEqual([]);
    expect(textOf(ephemeral[0])).toContain("noted as not helpful");
    const twice = await press(button(answer, "Helpful"));
    expect(textOf(twice.ephemeral[0])).toContain("You rated this answer already");
    const other = await press(button(answer, "Not helpful"), { user: "U0OTHER01" });
    expect(textOf(other.ephemeral[0])).toContain("noted as not helpful");
    const records = await bot.store.unansweredSince("2022-01-01T00:00:00Z");
    expect(records.filter((r) => r.kind === "not_helpful").map((r) => r.question)).toEqual([
      "what did Stoltenberg say about Ukraine?",
      "what did Stoltenberg say about Ukraine?",
    ]);
    const gaps = await brief("gaps");
    expect(textOf(gaps)).toContain("2 not-helpful votes");
  });

  it("answers a button whose briefing was removed since with a clear note, to the presser only", async () => {
    const card = await press(button(answer, "Show briefing"));
    expect(textOf(card.ephemeral[0])).toContain("NATO-Russia Council");
    const kept = bot.library.list;
    bot.library.list = kept.filter((b) => b.id !== NATO);
    try {
      const { ephemeral, posts } = await press(button(answer, "Show briefing"));
      expect(posts).toEqual([]);
      expect(textOf(ephemeral[0])).toContain("That briefing is gone");
      expect(textOf(ephemeral[0])).toContain(NATO);
    } finally {
      bot.library.list = kept;
    }
  });
});

describe("Show more under a long Slack card", () => {
  it("pages through the whole briefing, across a restart, until nothing is left", async () => {
    const card = await brief(`show ${LONG}`);
    expect(textOf(card)).not.toContain("Shortened for chat");
    let next: RenderedButton | undefined = button(card, "Show more");
    const seen = new Set<number>();
    let pages = 0;
    while (next) {
      if (pages === 1) await restart();
      const { ephemeral } = await press(next);
      pages += 1;
      for (const m of textOf(ephemeral[0]).matchAll(/Outcome (\d+):/g)) seen.add(Number(m[1]));
      next = buttonsOf(ephemeral.at(-1)).get("Show more");
      expect(pages).toBeLessThan(20);
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen.size).toBe(LONG_OUTCOMES);
  });
});

describe("Swap and Earlier round under a Slack compare", () => {
  it("reads the comparison backwards, and steps back a round, after a restart", async () => {
    const compared = await brief(`compare ${SSD_2021_09} ${SSD_2022}`);
    expect([...buttonsOf(compared).keys()]).toEqual(["Swap", "Earlier round"]);
    await restart();
    const swapped = await press(button(compared, "Swap"), { answer: "chat.postMessage" });
    const swappedText = textOf(swapped.posts[0]);
    expect(swappedText).toContain("(read backwards)");
    expect(swappedText).toContain("only in 2021-09-30");
    // Swap again reads forwards
    const back = await press(button(swapped.posts[0], "Swap"), { answer: "chat.postMessage" });
    expect(textOf(back.posts[0])).not.toContain("(read backwards)");
    const earlier = await press(button(compared, "Earlier round"), { answer: "chat.postMessage" });
    const text = textOf(earlier.posts[0]);
    expect(text).toContain("First round of the US–Russia Strategic Stability Dialogue (2021-07-28");
    expect(text).toContain("2021-09-30");
    // the first round has no round before it: no Earlier round button there
    expect([...buttonsOf(earlier.posts[0]).keys()]).toEqual(["Swap"]);
  });
});
