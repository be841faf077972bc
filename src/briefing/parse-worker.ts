// A parse worker: parses the batches of briefing files the loader sends (see parse-pool.ts).
import { parentPort } from "node:worker_threads";
import type { FileParseResult } from "./parse.ts";
import { parseBytes } from "./parse-bytes.ts";

/** A batch of files to parse. */
export interface ParseRequest {
  batch: number;
  files: { file: string; bytes: Uint8Array }[];
}

/** What parsing each file of a batch produced, in the batch's order. */
export interface ParseReply {
  batch: number;
  results: FileParseResult[];
}

const port = parentPort;
if (!port) throw new Error("parse-worker.ts runs only as a worker thread");
port.on("message", ({ batch, files }: ParseRequest) => {
  const results = files.map(({ file, bytes }) => parseBytes(bytes, file));
  port.postMessage({ batch, results } satisfies ParseReply);
});
