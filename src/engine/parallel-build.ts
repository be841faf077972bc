// Building the engine on worker threads: workers tokenise runs of briefings (the bulk of a
// build), the main thread adds them to the index in the briefings' order as they come back. The
// engine is the one a build in this thread makes (same fact ids, same terms, same order).
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Briefing } from "../briefing/types.ts";
import { startModuleWorker } from "../workers.ts";
import { BuildInterner, RunDecoder } from "./build-codec.ts";
import type { RunReply, RunRequest } from "./build-worker.ts";
import { BriefingEngine } from "./engine.ts";

/** Options for {@link buildEngine}. */
export interface BuildOptions {
  /**
   * Worker threads tokenising while this thread indexes; 1 (or less) builds in this thread.
   * Default: {@link defaultBuildThreads}.
   */
  threads?: number;
  /** Briefings per run sent to a worker (default from the count; tests use small runs). */
  runSize?: number;
}

/** More workers than this gain little: this thread's indexing (about half the work) is the limit. */
export const MAX_BUILD_THREADS = 4;
/** Below this many briefings a build stays in this thread (starting workers costs more). */
export const PARALLEL_FROM = 2_000;

/**
 * One worker per core Node may use beyond this thread's own, at most {@link MAX_BUILD_THREADS};
 * with 2 cores, 1: in this thread. A worker tokenises at about twice the CPU cost of this thread
 * (its briefings are copied in, its results encoded and decoded), so a single worker beside a
 * busy main thread costs more than it saves (docs/performance.md).
 */
export function defaultBuildThreads(count: number): number {
  if (count < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(availableParallelism() - 1, MAX_BUILD_THREADS));
}

/** Runs in flight per worker: one being tokenised, one waiting, so a worker never idles. */
const IN_FLIGHT = 2;

/**
 * Builds an engine over the briefings, on worker threads when `threads` (or the default) is more
 * than 1. Rejects, naming the briefing file, when tokenising a briefing fails; the workers are
 * stopped whatever happens.
 */
export async function buildEngine(
  briefings: readonly Briefing[],
  options: BuildOptions = {},
): Promise<BriefingEngine> {
  const threads = Math.floor(options.threads ?? defaultBuildThreads(briefings.length));
  if (threads <= 1 || briefings.length === 0) return new BriefingEngine(briefings);
  const size = Math.max(1, Math.floor(options.runSize ?? runSize(briefings.length, threads)));
  const runs: Briefing[][] = [];
  for (let i = 0; i < briefings.length; i += size) runs.push(briefings.slice(i, i + size));
  const engine = new BriefingEngine([]);
  const workers = Array.from({ length: Math.min(threads, runs.length) }, startWorker);
  try {
    await new Promise<void>((resolve, reject) => {
      const replies = new Map<number, Extract<RunReply, { data: Int32Array<ArrayBuffer> }>>();
      const pending = new Map<Worker, number[]>();
      const intern = new BuildInterner();
      let sent = 0;
      let added = 0;
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const send = (worker: Worker) => {
        if (sent >= runs.length) return;
        const run = sent++;
        pending.get(worker)?.push(run);
        worker.postMessage({ run, briefings: runs[run] as Briefing[] } satisfies RunRequest);
      };
      for (const worker of workers) {
        pending.set(worker, []);
        worker.on("message", (reply: RunReply) => {
          if (failed) return;
          const mine = pending.get(worker) as number[];
          mine.splice(mine.indexOf(reply.run), 1);
          if ("failed" in reply) {
            fail(new Error(`engine build: ${reply.failed.file}: ${reply.failed.message}`));
            return;
          }
          replies.set(reply.run, reply);
          send(worker);
          try {
            // add in the briefings' order: a run that comes back early waits for those before it
            for (let next = replies.get(added); next; next = replies.get(added)) {
              replies.delete(added);
              const decoder = new RunDecoder(next, intern);
              for (const b of runs[added] as Briefing[])
                engine.addBuilt(b, (id, term) => decoder.next(b, id, term));
              if (!decoder.done())
                throw new Error("engine build: a worker's run is longer than its briefings");
              added++;
            }
          } catch (error) {
            fail(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (added === runs.length) resolve();
        });
        const lost = (why: string) => {
          const files = (pending.get(worker) ?? []).map((r) => filesOf(runs[r] as Briefing[]));
          fail(
            new Error(
              `engine build: a worker ${why} while tokenising ${files.length ? files.join(", ") : "no briefings"}`,
            ),
          );
        };
        worker.on("error", (error) => lost(`failed (${error.message})`));
        worker.on("exit", (code) => {
          if (added < runs.length) lost(`stopped (exit code ${code})`);
        });
        for (let k = 0; k < IN_FLIGHT; k++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    // a stopped worker's listeners would keep the whole engine reachable through their closures
    for (const w of workers) w.removeAllListeners();
  }
  engine.finishBuild();
  return engine;
}

/** Runs small enough that the main thread starts indexing early and the workers share evenly. */
function runSize(count: number, threads: number): number {
  return Math.max(25, Math.min(250, Math.ceil(count / (threads * 8))));
}

/** "a.yaml … z.yaml" for a run's first and last file. */
function filesOf(run: readonly Briefing[]): string {
  const first = run[0]?.file ?? "?";
  const last = run.at(-1)?.file ?? "?";
  return first === last ? first : `${first} … ${last}`;
}

function startWorker(): Worker {
  return startModuleWorker(import.meta.url, "build-worker");
}
