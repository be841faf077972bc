// The bot keeps what a thread's last answer was about, for a day, and gives it to the engine
// with the next question in that thread; store trouble never costs the answer.
import { describe, expect, it } from "vitest";
import { CONTEXT_TTL_MS } from "../../src/bot/follow-ups.ts";
import type { BotInput } from "../../src/chat/index.ts";
import { memoryLogger } from "../discord/harness.ts";
import { general, testBot, textOf } from "./helpers.ts";

const inThread = (text: string, thread = "1642000000.000100"): BotInput => ({
  channel: general,
  user: { id: "U1" },
  text,
  thread: { id: thread },
});

describe("follow-ups in the bot", () => {
  it("keeps a thread's context for a day after its last answer, then reads a follow-up alone", async () => {
    let now = new Date("2022-01-14T10:00:00Z");
    const { bot } = await testBot({ clock: () => now });
    await bot.question(inThread("what did Scholz say about Crimea?"));
    now = new Date(now.getTime() + CONTEXT_TTL_MS - 60_000);
    const within = textOf(await bot.question(inThread("what did he say about dialogue formats?")));
    expect(within).toContain("Olaf Scholz (from your previous question)");
    expect(within).toContain("all dialogue formats");
    // the last answer renewed the day; a day and a minute after it, the context is gone
    now = new Date(now.getTime() + CONTEXT_TTL_MS + 60_000);
    const after = textOf(await bot.question(inThread("what else did he say?")));
    expect(after).not.toContain("from your previous question");
    expect(after).not.toContain("Olaf Scholz");
  });

  it("after an answer across rounds, a follow-up's “he” is not the person of the answer before", async () => {
    const { bot } = await testBot();
    await bot.question(inThread("what did Scholz say about Crimea?"));
    const across = textOf(
      await bot.question(
        inThread("what changed since the last round of the Strategic Stability Dialogue?"),
      ),
    );
    expect(across).not.toContain("from your previous question");
    const next = textOf(await bot.question(inThread("what else did he say?")));
    expect(next).not.toContain("Olaf Scholz");
  });

  it("reads a question outside any thread alone, even in a channel with a thread context", async () => {
    const { bot, ask } = await testBot();
    await bot.question(inThread("what did Scholz say about Crimea?"));
    const alone = textOf(await ask("what did he say about dialogue formats?"));
    expect(alone).not.toContain("from your previous question");
  });

  it("answers alone when the store cannot read or keep the context, and logs why", async () => {
    const logger = memoryLogger();
    const { bot, store } = await testBot({ logger });
    store.context = async () => {
      throw new Error("database is locked");
    };
    store.saveContext = async () => {
      throw new Error("database is locked");
    };
    const reply = await bot.question(inThread("what did Scholz say about Crimea?"));
    expect(textOf(reply)).toContain("We have to return to this situation.");
    expect(reply.kind).toBe("answer");
    expect(logger.lines.map((l) => l.message).join("\n")).toMatch(
      /could not (read|keep) the thread's context/,
    );
  });

  it("ignores a kept context that the engine did not make", async () => {
    const logger = memoryLogger();
    const { bot, store } = await testBot({ logger });
    const key = "context:slack:T1:C-general:T9";
    await store.saveContext(key, '{"speaker": 42}', "2022-01-14T10:00:00Z", "2022-01-15T10:00:00Z");
    const reply = await bot.question(inThread("what else did he say?", "T9"));
    expect(textOf(reply)).not.toContain("from your previous question");
    expect(logger.lines.map((l) => l.message).join("\n")).toContain("not one the engine made");
  });
});
