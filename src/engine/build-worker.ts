// A build worker: tokenises the runs of briefings the main thread sends and returns them encoded
// (see build-codec.ts). A briefing that fails is reported by its file, and the worker goes on
// serving: the main thread decides to stop the build.
import { parentPort } from "node:worker_threads";
import type { Briefing } from "../briefing/types.ts";
import { encodeRun } from "./build-codec.ts";
import { type Tokenised, tokenise } from "./tokenise.ts";

/** A run to tokenise. */
export interface RunRequest {
  run: number;
  briefings: Briefing[];
}

/** A run tokenised, or the first briefing of it that failed. */
export type RunReply =
  | { run: number; strings: string[]; data: Int32Array<ArrayBuffer> }
  | { run: number; failed: { file: string; message: string } };

const port = parentPort;
if (!port) throw new Error("build-worker.ts runs only as a worker thread");
port.on("message", ({ run, briefings }: RunRequest) => {
  const out: Tokenised[] = [];
  let id = 0;
  for (const b of briefings) {
    try {
      out.push(tokenise(b, () => id++));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ run, failed: { file: b.file, message } } satisfies RunReply);
      return;
    }
  }
  const { strings, data } = encodeRun(out);
  port.postMessage({ run, strings, data } satisfies RunReply, [data.buffer]);
});
