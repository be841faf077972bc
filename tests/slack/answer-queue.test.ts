// The answer queue: answers start after the acknowledgements waiting, one per turn of the loop.
import { describe, expect, it } from "vitest";
import { AnswerQueue } from "../../adapters/slack/answer-queue.ts";
import { silentLogger } from "../../src/log.ts";

const turn = () => new Promise((r) => setImmediate(r));

describe("AnswerQueue", () => {
  it("never starts a job in the turn that queued it, and starts one per turn of the loop", async () => {
    const queue = new AnswerQueue({ concurrency: 10, logger: silentLogger });
    const started: number[] = [];
    for (let i = 0; i < 3; i++) queue.push(async () => void started.push(i));
    expect(started).toEqual([]);
    await turn();
    expect(started).toEqual([0]);
    await turn();
    expect(started).toEqual([0, 1]);
    expect(await queue.drained(1000)).toBe(true);
    expect(started).toEqual([0, 1, 2]);
  });

  it("keeps at most `concurrency` jobs running, in the order they came", async () => {
    const queue = new AnswerQueue({ concurrency: 2, logger: silentLogger });
    let running = 0;
    let most = 0;
    const order: number[] = [];
    for (let i = 0; i < 6; i++) {
      queue.push(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(i);
        await new Promise((r) => setTimeout(r, 10));
        running -= 1;
      });
    }
    expect(await queue.drained(5000)).toBe(true);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("holds jobs back while requests are arriving, but not for longer than maxHoldMs", async () => {
    let arriving = true;
    const queue = new AnswerQueue({
      concurrency: 10,
      maxHoldMs: 100,
      arriving: () => arriving,
      logger: silentLogger,
    });
    const started: number[] = [];
    const t0 = Date.now();
    queue.push(async () => void started.push(Date.now() - t0));
    await new Promise((r) => setTimeout(r, 40));
    expect(started).toEqual([]);
    await queue.drained(2000);
    expect(started[0]).toBeGreaterThanOrEqual(90);
    arriving = false;
    queue.push(async () => void started.push(Date.now() - t0));
    await queue.drained(2000);
    expect(started).toHaveLength(2);
  });

  it("logs a failed job and carries on with the next", async () => {
    const errors: unknown[] = [];
    const logger = { ...silentLogger, error: (_m: string, f?: unknown) => void errors.push(f) };
    const queue = new AnswerQueue({ concurrency: 1, logger });
    let after = false;
    queue.push(async () => {
      throw new Error("boom");
    });
    queue.push(async () => {
      after = true;
    });
    expect(await queue.drained(1000)).toBe(true);
    expect(after).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
