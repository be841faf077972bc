// Follow-up questions in a Discord reply chain, through discord.js against the fake Discord with
// the real bot, engine, briefings and SQLite store: a reply to the bot's answer is read against it.
import { MessageType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { testBot } from "../bot/helpers.ts";
import {
  botUser,
  CHANNEL_ID,
  GUILD_ID,
  mention,
  messageCreate,
} from "../fixtures/discord/payloads.ts";
import { FOLLOW_UP_THREAD, misses } from "../helpers/follow-up-thread.ts";
import { type Harness, startHarness } from "./harness.ts";

let h: Harness;
let store: Store;

beforeAll(async () => {
  const test = await testBot({ now: "2022-01-14T09:00:00Z" });
  store = test.store;
  h = await startHarness(test.bot, {}, { deferAfterMs: 5000 });
});
afterAll(async () => {
  await h?.stop();
  await store?.close();
});

/** A reply (Discord's "Reply" button) to a message of the bot, which pings the bot. */
function replyTo(answerId: string, text: string) {
  return {
    ...messageCreate(text, { mentions: [botUser()] }),
    type: MessageType.Reply,
    message_reference: { message_id: answerId, channel_id: CHANNEL_ID, guild_id: GUILD_ID },
  };
}

/** Dispatches a message; returns the bot's answer to it: its id and the text of its embeds. */
async function answerTo(message: { id: string }): Promise<{ id: string; text: string }> {
  h.fake.dispatch("MESSAGE_CREATE", message);
  const call = await h.fake.waitForCall(
    (c) =>
      c.method === "POST" &&
      c.path === `/channels/${CHANNEL_ID}/messages` &&
      (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id ===
        message.id,
    10_000,
  );
  const sent = [...h.fake.posted.values()].find(
    (m) => m.message_reference?.message_id === message.id,
  );
  if (!sent) throw new Error(`no answer posted to ${message.id}`);
  return { id: sent.id, text: JSON.stringify((call.body as { embeds?: unknown }).embeds ?? []) };
}

describe("follow-up questions in a Discord reply chain", () => {
  it("reads each reply of a 12-turn chain against the answer it replies to, as a person would", async () => {
    const [first, ...rest] = FOLLOW_UP_THREAD;
    if (!first) throw new Error("empty script");
    let answer = await answerTo(mention(first.ask));
    expect({ turn: first.ask, misses: misses(first, answer.text) }).toEqual({
      turn: first.ask,
      misses: [],
    });
    for (const turn of rest) {
      answer = await answerTo(replyTo(answer.id, turn.ask));
      expect({ turn: turn.ask, misses: misses(turn, answer.text) }).toEqual({
        turn: turn.ask,
        misses: [],
      });
    }
  });

  it("reads a new mention (not a reply) alone, even right after a chain", async () => {
    const scholz = await answerTo(mention("what did Scholz say about Crimea?"));
    expect(scholz.text).toContain("Olaf Scholz");
    const fresh = await answerTo(mention("what else did he say?"));
    expect(fresh.text).not.toContain("from your previous question");
    expect(fresh.text).not.toContain("Olaf Scholz");
    // a reply to the earlier answer still follows it
    const followed = await answerTo(replyTo(scholz.id, "what else did he say?"));
    expect(followed.text).toContain("Olaf Scholz (from your previous question)");
    expect(followed.text).toContain("all dialogue formats");
  });
});
