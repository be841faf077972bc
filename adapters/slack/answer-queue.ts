// Answering after acknowledging: work queued by the handlers starts one job per turn of the event
// loop, and waits while requests are arriving, so an acknowledgement never waits behind answering.
import { performance } from "node:perf_hooks";
import type { Logger } from "../../src/log.ts";

/** One piece of answering work (ask the bot, post the reply). */
export type AnswerJob = () => Promise<void>;

export interface AnswerQueueOptions {
  /** Most jobs running at once (each mostly waits on Slack's Web API after its first step). */
  concurrency: number;
  /**
   * Whether requests are arriving (the HTTP receiver has some unanswered, or had one moments
   * ago). While they are, no new job starts, for at most `maxHoldMs`; after such a hold, jobs
   * start freely for as long again, so a steady stream of requests cannot starve the answers.
   */
  arriving?: () => boolean;
  /** Longest a job start is held back for arriving requests, in milliseconds (default 250). */
  maxHoldMs?: number;
  logger: Logger;
}

/**
 * A first-in, first-out queue of answering work. Jobs never start in the turn that queued them:
 * each start is its own `setImmediate`, so the I/O waiting in between (new requests, their
 * signature checks and acknowledgements) runs first. A job's first stretch of work, up to its
 * first real wait for I/O, includes its promise continuations (the engine answering after an
 * awaited store read), so only one job starts per turn of the loop: it can delay an
 * acknowledgement by one job at most, never by the whole backlog.
 */
export class AnswerQueue {
  readonly #pending: AnswerJob[] = [];
  readonly #options: Required<Omit<AnswerQueueOptions, "arriving">> &
    Pick<AnswerQueueOptions, "arriving">;
  #running = 0;
  #scheduled = false;
  #heldSince: number | undefined;
  #freeUntil = 0;
  #idle: (() => void)[] = [];

  constructor(options: AnswerQueueOptions) {
    this.#options = { maxHoldMs: 250, ...options };
  }

  /** Queues a job; it runs after the acknowledgements already waiting. Never throws. */
  push(job: AnswerJob): void {
    this.#pending.push(job);
    this.#schedule();
  }

  /** Jobs waiting plus jobs running. */
  get size(): number {
    return this.#pending.length + this.#running;
  }

  /** Resolves when nothing is waiting or running (or after `timeoutMs`, whichever is first). */
  async drained(timeoutMs = 10_000): Promise<boolean> {
    if (this.size === 0) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.#idle = this.#idle.filter((f) => f !== done);
        resolve(false);
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.#idle.push(done);
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#pending.length === 0) return;
    if (this.#running >= this.#options.concurrency) return;
    this.#scheduled = true;
    setImmediate(() => this.#tick());
  }

  #tick(): void {
    this.#scheduled = false;
    const now = performance.now();
    if (now >= this.#freeUntil && this.#options.arriving?.()) {
      this.#heldSince ??= now;
      if (now - this.#heldSince < this.#options.maxHoldMs) {
        // Requests are being read and acknowledged: let them finish first, then look again.
        this.#scheduled = true;
        setTimeout(() => this.#tick(), 1);
        return;
      }
      this.#freeUntil = now + this.#options.maxHoldMs;
    }
    this.#heldSince = undefined;
    const job = this.#pending.shift();
    if (!job) return;
    this.#running += 1;
    void this.#run(job);
    this.#schedule();
  }

  async #run(job: AnswerJob): Promise<void> {
    try {
      await job();
    } catch (error) {
      this.#options.logger.error("slack: answering failed", { error });
    } finally {
      this.#running -= 1;
      this.#schedule();
      if (this.size === 0) for (const done of this.#idle.splice(0)) done();
    }
  }
}
