// Follow-up questions in a Slack thread, through Bolt against the fake Slack with the real bot,
// engine, briefings and SQLite store: each turn is read against the answer above it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { testBot } from "../bot/helpers.ts";
import { FOLLOW_UP_THREAD, misses } from "../helpers/follow-up-thread.ts";
import { type Harness, startHarness } from "./harness.ts";
import { eventEnvelope, send } from "./payloads.ts";

const CHANNEL = "C0LAN2Q65";
const THREAD = "1642000000.000100";

let h: Harness;
let store: Store;

beforeAll(async () => {
  const test = await testBot({ now: "2022-01-14T09:00:00Z" });
  store = test.store;
  h = await startHarness(test.bot, store);
});
afterAll(async () => {
  await h?.close();
  await store?.close();
});

/** Sends a message and returns the text of the bot's next post (and where it went). */
async function post(envelope: Record<string, unknown>): Promise<{ text: string; thread: unknown }> {
  const before = h.fake.ok("chat.postMessage").length;
  const res = await send(h.baseUrl, envelope);
  expect(res.status).toBe(200);
  await h.fake.waitFor(() => h.fake.ok("chat.postMessage").length > before, 10_000);
  const answer = h.fake.ok("chat.postMessage")[before];
  return { text: JSON.stringify(answer?.body.blocks ?? []), thread: answer?.body.thread_ts };
}

describe("follow-up questions in a Slack thread", () => {
  it("reads each question of a 12-turn thread against the answer above it, as a person would", async () => {
    const [first, ...rest] = FOLLOW_UP_THREAD;
    if (!first) throw new Error("empty script");
    // the thread starts with a mention in the channel; the rest are plain replies in the thread
    const opened = await post(
      eventEnvelope("app-mention.json", {
        text: `<@U0LAN0Z89> ${first.ask}`,
        ts: THREAD,
        event_ts: THREAD,
        channel: CHANNEL,
      }),
    );
    expect({ turn: first.ask, misses: misses(first, opened.text) }).toEqual({
      turn: first.ask,
      misses: [],
    });
    expect(opened.thread).toBe(THREAD);
    for (const [i, turn] of rest.entries()) {
      const ts = `1642000${String(100 + i).padStart(3, "0")}.000200`;
      const reply = await post(
        eventEnvelope("message-channels-thread.json", {
          text: turn.ask,
          ts,
          event_ts: ts,
          thread_ts: THREAD,
          channel: CHANNEL,
        }),
      );
      expect({ turn: turn.ask, misses: misses(turn, reply.text) }).toEqual({
        turn: turn.ask,
        misses: [],
      });
      expect(reply.thread).toBe(THREAD);
    }
  });

  it("reads a question in another thread alone: one thread's context is not another's", async () => {
    await post(
      eventEnvelope("app-mention.json", {
        text: "<@U0LAN0Z89> what did Scholz say about Crimea?",
        ts: "1642001000.000100",
        event_ts: "1642001000.000100",
        channel: CHANNEL,
      }),
    );
    const other = await post(
      eventEnvelope("app-mention.json", {
        text: "<@U0LAN0Z89> what else did he say?",
        ts: "1642002000.000100",
        event_ts: "1642002000.000100",
        channel: CHANNEL,
      }),
    );
    expect(other.text).not.toContain("from your previous question");
    expect(other.text).not.toContain("Olaf Scholz");
  });
});
