// The Slack HTTP receiver's front door: size and timestamp limits checked before a body is read,
// and a body read with a hard cap, so a forged or oversized request costs almost nothing.
import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import type { HTTPReceiver } from "@slack/bolt";
import type { Logger } from "../../src/log.ts";

/** Largest request body accepted: Slack's own payloads stay well under a few hundred KB. */
export const DEFAULT_MAX_BODY_BYTES = 512 * 1024;
/** How far a request's `X-Slack-Request-Timestamp` may be from now, either way (Slack: 5 min). */
export const DEFAULT_TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;
/** How long a body may take to arrive once its headers are in. */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/** The limits the guard enforces. */
export interface RequestLimits {
  /** Largest body in bytes; a larger one is refused with 413. */
  maxBodyBytes: number;
  /** Largest difference between the request's timestamp and now, in seconds, either way. */
  toleranceSeconds: number;
  /** A body that has not fully arrived after this many milliseconds is refused with 408. */
  bodyTimeoutMs: number;
  /** Milliseconds since the epoch. */
  now: () => number;
}

/** Why a request was turned away: the HTTP status and a short reason (no request data in it). */
export interface Refusal {
  status: 400 | 401 | 408 | 413;
  reason: string;
}

/** Tracks the requests between their arrival and their answer, for the answer queue's pacing. */
export interface InFlight {
  /** Requests to the events endpoint received and not yet answered. */
  readonly count: number;
  /** When the last one arrived (`performance.now()` milliseconds; -Infinity before any). */
  readonly lastArrival: number;
}

/**
 * Puts the guard in front of Bolt's HTTPReceiver for POSTs to its event endpoints. Before any of
 * the body is read: a declared Content-Length over the limit gets 413; a request without Slack's
 * signature headers (other than a form post, which may be Slack's unsigned `ssl_check`) or with a
 * timestamp more than the tolerance away from now, in the past or the future, gets 401. The body
 * is then read with a running cap (413 as soon as a chunked body passes the limit) and a deadline
 * (408), and handed to Bolt already buffered; Bolt checks the signature as before.
 * Every refusal closes the connection, so the rest of an oversized body is never read.
 */
export function guardReceiver(
  receiver: HTTPReceiver,
  endpoints: readonly string[],
  limits: RequestLimits,
  logger: Logger,
): InFlight {
  const inner = receiver.requestListener;
  let inFlight = 0;
  let lastArrival = Number.NEGATIVE_INFINITY;
  receiver.requestListener = (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method?.toUpperCase() !== "POST" || !endpoints.includes(path)) {
      inner(req, res);
      return;
    }
    inFlight += 1;
    lastArrival = performance.now();
    let counted = true;
    const done = () => {
      if (counted) inFlight -= 1;
      counted = false;
    };
    res.once("finish", done);
    res.once("close", done);
    const refusal = checkHeaders(req, limits);
    if (refusal) {
      refuse(req, res, refusal, logger);
      return;
    }
    readCapped(req, limits).then(
      (raw) => {
        // Bolt reads `rawBody` instead of the stream when it is already there.
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
        try {
          inner(req, res);
        } catch (error) {
          logger.error("slack: the HTTP receiver failed on a request", { error });
          if (!res.headersSent) res.writeHead(500).end();
        }
      },
      (failure: Refusal | undefined) => {
        if (failure) refuse(req, res, failure, logger);
      },
    );
  };
  return {
    get count() {
      return inFlight;
    },
    get lastArrival() {
      return lastArrival;
    },
  };
}

/** What can be decided from the headers alone; undefined when the body may be read. */
export function checkHeaders(req: IncomingMessage, limits: RequestLimits): Refusal | undefined {
  const declared = req.headers["content-length"];
  if (declared !== undefined) {
    if (!/^\d+$/.test(declared)) return { status: 400, reason: "Content-Length is not a number" };
    if (Number(declared) > limits.maxBodyBytes) {
      return { status: 413, reason: `body over ${limits.maxBodyBytes} bytes` };
    }
  }
  const timestamp = req.headers["x-slack-request-timestamp"];
  const signature = req.headers["x-slack-signature"];
  if (timestamp === undefined || signature === undefined) {
    // Slack's ssl_check is an unsigned form post; Bolt answers it (and refuses any other
    // unsigned request) once the capped body is in. Anything else unsigned stops here.
    const form = (req.headers["content-type"] ?? "").startsWith(
      "application/x-www-form-urlencoded",
    );
    return form ? undefined : { status: 401, reason: "no Slack signature headers" };
  }
  if (typeof timestamp !== "string" || !/^\d{1,12}$/.test(timestamp)) {
    return { status: 401, reason: "X-Slack-Request-Timestamp is not a Unix time in seconds" };
  }
  const skew = Number(timestamp) - limits.now() / 1000;
  if (Math.abs(skew) > limits.toleranceSeconds) {
    const when = skew > 0 ? "in the future" : "old";
    return {
      status: 401,
      reason: `request timestamp ${Math.round(Math.abs(skew))} s ${when}, more than ${limits.toleranceSeconds} s`,
    };
  }
  return undefined;
}

/**
 * Reads the body, never holding more than `maxBodyBytes`. Rejects with a Refusal when the body
 * passes the cap or the deadline, and with undefined when the client went away.
 */
export function readCapped(req: IncomingMessage, limits: RequestLimits): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: { body: Buffer } | { refusal: Refusal | undefined }) => {
      clearTimeout(timer);
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onGone);
      req.off("close", onGone);
      if ("body" in outcome) resolve(outcome.body);
      else reject(outcome.refusal);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBodyBytes) {
        chunks.length = 0;
        req.pause();
        finish({ refusal: { status: 413, reason: `body over ${limits.maxBodyBytes} bytes` } });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ body: Buffer.concat(chunks, size) });
    const onGone = () => finish({ refusal: undefined });
    const timer = setTimeout(() => {
      req.pause();
      finish({
        refusal: { status: 408, reason: `body not received within ${limits.bodyTimeoutMs} ms` },
      });
    }, limits.bodyTimeoutMs);
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onGone);
    req.on("close", onGone);
  });
}

/**
 * Answers with the refusal's status and closes the connection once the answer is written, so
 * nothing more of the request is read (Node would otherwise read and discard the rest).
 */
function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal, logger: Logger): void {
  logger.warn("slack: request refused", { status: refusal.status, reason: refusal.reason });
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  const text = `${refusal.status === 413 ? "Request body too large" : "Request refused"}\n`;
  res.shouldKeepAlive = false;
  res.writeHead(refusal.status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    connection: "close",
  });
  res.end(text, () => req.socket.destroy());
}
