// Fires many signed requests at once from a worker thread (its own event loop, so a busy adapter
// cannot hide its slowness from the clock) and reports each one's time to its HTTP response.
import { Worker } from "node:worker_threads";
import { TEST_SIGNING_SECRET } from "./payloads.ts";

/** One request's outcome: HTTP status (0 when the connection failed) and milliseconds to answer. */
export interface Timed {
  status: number;
  ms: number;
}

const CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
const { request } = require("node:http");
const { createHmac } = require("node:crypto");
const { url, secret, bodies, contentType } = workerData;
const ts = String(Math.floor(Date.now() / 1000));
Promise.all(bodies.map((body) => new Promise((resolve) => {
  const signature = "v0=" + createHmac("sha256", secret).update("v0:" + ts + ":" + body).digest("hex");
  const t0 = performance.now();
  const req = request(url, { method: "POST", agent: false, headers: {
    "content-type": contentType, "content-length": Buffer.byteLength(body),
    "x-slack-request-timestamp": ts, "x-slack-signature": signature,
  } }, (res) => {
    res.resume();
    res.on("end", () => resolve({ status: res.statusCode, ms: performance.now() - t0 }));
  });
  req.on("error", () => resolve({ status: 0, ms: performance.now() - t0 }));
  req.end(body);
}))).then((results) => parentPort.postMessage(results));
`;

/**
 * POSTs every body at once to `${baseUrl}/slack/events`, each on its own connection and signed
 * with the test secret, and resolves with each request's status and time to its response.
 */
export function burst(baseUrl: string, bodies: string[], contentType: string): Promise<Timed[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, {
      eval: true,
      workerData: {
        url: `${baseUrl}/slack/events`,
        secret: TEST_SIGNING_SECRET,
        bodies,
        contentType,
      },
    });
    worker.once("message", (results: Timed[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

/** The q-quantile (0..1) of some times, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
