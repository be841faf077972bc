// Parsing many briefing files at once (a cold start over thousands): on worker threads, while
// the loader's thread only reads files and collects results. Each file's result is the one
// parsing it in this thread gives; a worker that fails has its files parsed here instead.
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startModuleWorker } from "../workers.ts";
import type { FileParseResult } from "./parse.ts";
import { parseBytes } from "./parse-bytes.ts";
import type { ParseReply, ParseRequest } from "./parse-worker.ts";

/** Parses files' bytes, here or on workers. */
export interface FileParser {
  parse(bytes: Uint8Array, file: string): Promise<FileParseResult>;
  /** Stops the workers (after the last parse settled). */
  close(): Promise<void>;
}

/** At least this many files to parse before workers are started (they take ~0.1 s to start). */
export const PARALLEL_PARSE_FROM = 1_000;
/** More parse workers than this gain little: reading files and cloning results remain. */
export const MAX_PARSE_THREADS = 4;
/** Files per message to a worker. */
const BATCH = 50;
/** Batches in flight per worker: one being parsed, one waiting. */
const IN_FLIGHT = 2;

/**
 * Parse threads for `count` files: the cores Node may use (the loader's thread mostly waits for
 * them), at most {@link MAX_PARSE_THREADS}; 1 (in this thread) below {@link PARALLEL_PARSE_FROM}.
 */
export function defaultParseThreads(count: number): number {
  if (count < PARALLEL_PARSE_FROM) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_PARSE_THREADS));
}

/** A parser on `threads` workers; with 1 or fewer, one that parses in this thread. */
export function fileParser(threads: number): FileParser {
  if (threads <= 1) {
    return { parse: async (bytes, file) => parseBytes(bytes, file), close: async () => {} };
  }
  return new PooledParser(threads);
}

interface Waiting {
  file: string;
  bytes: Uint8Array;
  settle: (result: FileParseResult) => void;
}

class PooledParser implements FileParser {
  private readonly workers: Worker[] = [];
  private readonly busy = new Map<Worker, Map<number, Waiting[]>>();
  private queue: Waiting[] = [];
  private nextBatch = 0;
  private flushing = false;
  /** A worker failed: no new ones are started, and files are parsed here once none is left. */
  private broken = false;

  constructor(private readonly threads: number) {}

  parse(bytes: Uint8Array, file: string): Promise<FileParseResult> {
    return new Promise((settle) => {
      this.queue.push({ file, bytes, settle });
      if (this.queue.length >= BATCH) this.dispatch();
      else if (!this.flushing) {
        // a short last batch leaves once the reads of this turn are queued
        this.flushing = true;
        setImmediate(() => {
          this.flushing = false;
          this.dispatch(true);
        });
      }
    });
  }

  /** Sends full batches (and, with `all`, the rest) to workers with room. */
  private dispatch(all = false): void {
    while (this.queue.length >= BATCH || (all && this.queue.length > 0)) {
      const worker = this.idleWorker();
      if (!worker) {
        if (this.broken && this.workers.length === 0) this.parseQueueHere();
        return;
      }
      const files = this.queue.slice(0, BATCH);
      this.queue = this.queue.slice(BATCH);
      const batch = this.nextBatch++;
      this.busy.get(worker)?.set(batch, files);
      worker.postMessage({
        batch,
        files: files.map(({ file, bytes }) => ({ file, bytes })),
      } satisfies ParseRequest);
    }
  }

  /** A worker with fewer than IN_FLIGHT batches, started when there is room for one more. */
  private idleWorker(): Worker | undefined {
    for (const w of this.workers) if ((this.busy.get(w)?.size ?? 0) < IN_FLIGHT) return w;
    if (this.broken || this.workers.length >= this.threads) return undefined;
    const worker = startModuleWorker(import.meta.url, "parse-worker");
    this.workers.push(worker);
    this.busy.set(worker, new Map());
    worker.on("message", ({ batch, results }: ParseReply) => {
      const files = this.busy.get(worker)?.get(batch);
      this.busy.get(worker)?.delete(batch);
      for (const [i, w] of (files ?? []).entries()) {
        w.settle(results[i] ?? parseBytes(w.bytes, w.file));
      }
      this.dispatch(!this.flushing);
    });
    const lost = () => {
      // parse its files here: a file's result never depends on where it was parsed
      const batches = this.busy.get(worker);
      if (!batches) return;
      this.broken = true;
      this.busy.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      for (const files of batches.values()) {
        for (const w of files) w.settle(parseBytes(w.bytes, w.file));
      }
      if (this.workers.length === 0) this.parseQueueHere();
    };
    worker.on("error", lost);
    worker.on("exit", lost);
    return worker;
  }

  private parseQueueHere(): void {
    const rest = this.queue;
    this.queue = [];
    for (const w of rest) w.settle(parseBytes(w.bytes, w.file));
  }

  async close(): Promise<void> {
    const workers = [...this.workers];
    this.workers.length = 0;
    for (const w of workers) w.removeAllListeners("exit");
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
