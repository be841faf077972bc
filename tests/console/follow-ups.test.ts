// Follow-up questions in the console: the session is one conversation, each question read
// against the answer before it.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../adapters/console/index.ts";
import { testBot } from "../bot/helpers.ts";
import { FOLLOW_UP_THREAD, misses } from "../helpers/follow-up-thread.ts";

/** Runs one console session over `lines`; returns what it printed after each line. */
async function session(
  lines: readonly string[],
  store?: Awaited<ReturnType<typeof testBot>>["store"],
) {
  const test = await testBot(store ? { store } : {});
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const adapter = createConsoleAdapter({
    bot: test.bot,
    input,
    output,
    terminal: false,
    width: 1000,
  });
  await adapter.start();
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await adapter.finished;
  // each prompt is followed by the reply to the next line
  return { replies: printed.split("brief> ").slice(1), store: test.store };
}

describe("follow-up questions in the console", () => {
  it("reads each question of the 12-turn script against the answer before it, as a person would", async () => {
    const { replies } = await session(FOLLOW_UP_THREAD.map((t) => t.ask));
    for (const [i, turn] of FOLLOW_UP_THREAD.entries()) {
      expect({ turn: turn.ask, misses: misses(turn, replies[i] ?? "") }).toEqual({
        turn: turn.ask,
        misses: [],
      });
    }
  });

  it("starts a new session without the last one's context, though the store is the same", async () => {
    const first = await session(["what did Scholz say about Crimea?"]);
    const { replies } = await session(["what else did he say?"], first.store);
    expect(replies[0]).not.toContain("from your previous question");
    expect(replies[0]).not.toContain("Olaf Scholz");
  });
});
