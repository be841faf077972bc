// SQLite faults, handled in one place: SQLITE_BUSY retried with bounded backoff (without holding
// the event loop), and every other failure explained in one line that names the file.
import { accessSync, constants, existsSync } from "node:fs";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * How long SQLite itself waits for a lock before answering SQLITE_BUSY, per attempt.
 * better-sqlite3 is synchronous, so this wait holds the event loop: keep it short and let
 * `retryBusy` wait between attempts instead.
 */
export const BUSY_TIMEOUT_MS = 200;

/** How long opening the store may wait for another process's lock (once, at start). */
export const OPEN_BUSY_TIMEOUT_MS = 5000;

/** Bounded exponential backoff for SQLITE_BUSY. */
export interface BusyRetry {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The wait after the first busy attempt; doubled after each next one. */
  firstDelayMs: number;
  /** No single wait is longer than this. */
  maxDelayMs: number;
}

/** At most ~9 s in all: 12 × 200 ms inside SQLite plus 6.3 s of waits between attempts. */
export const DEFAULT_BUSY_RETRY: BusyRetry = { attempts: 12, firstDelayMs: 20, maxDelayMs: 1000 };

/** The error codes better-sqlite3 and Node's fs put on their errors. */
function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** True for SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY…). */
export function isBusy(error: unknown): boolean {
  const code = codeOf(error);
  return code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_");
}

/** Thrown by `retryBusy` when the lock stayed taken through every attempt. */
export class StillBusyError extends Error {
  readonly attempts: number;
  constructor(attempts: number, options: { cause: unknown }) {
    super(`still locked by another process after ${attempts} attempts`, options);
    this.name = "StillBusyError";
    this.attempts = attempts;
  }
}

/**
 * Runs `run` (one synchronous SQLite transaction); when it fails with SQLITE_BUSY, waits with
 * jittered exponential backoff and runs it again, at most `policy.attempts` times in all.
 * Any other error is thrown at once. `run` must be safe to repeat: a busy transaction has
 * been rolled back by SQLite, so nothing of it was written.
 */
export async function retryBusy<T>(
  run: () => T,
  policy: BusyRetry = DEFAULT_BUSY_RETRY,
): Promise<T> {
  let delay = policy.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return run();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (attempt >= policy.attempts) throw new StillBusyError(attempt, { cause: error });
    }
    // Jitter, so two processes that collided do not retry in lock-step.
    await sleep(Math.round(delay * (0.5 + Math.random() / 2)));
    delay = Math.min(delay * 2, policy.maxDelayMs);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What is wrong with the store file at `path`, in words a person can act on: the file or its
 * folder read-only, a file that is not a database, a full disk… Never a stack trace.
 */
export function explainStoreFault(path: string, error: unknown): string {
  const code = codeOf(error);
  const folder = dirname(path);
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof StillBusyError) {
    return `${error.message}; try again, or check which other briefbot uses this file`;
  }
  if (isBusy(error)) return "the database is locked by another process";
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `permission denied creating the folder ${folder}`;
    case "ENOTDIR":
      return `a part of the folder ${folder} is a file, not a folder`;
    case "EROFS":
      return `the file system holding ${folder} is read-only`;
    case "ENOSPC":
    case "SQLITE_FULL":
      return "the disk is full";
    case "SQLITE_NOTADB":
      return "the file is not a SQLite database";
    case "SQLITE_CORRUPT":
      return "the database file is corrupt";
  }
  if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN")) {
    if (existsSync(path) && !writable(path)) {
      return "the file is read-only (give the bot write permission, or choose another file)";
    }
    if (!writable(folder)) {
      return `the folder ${folder} is read-only (SQLite must create ${path}-wal and -shm beside the file)`;
    }
  }
  if (code.startsWith("SQLITE_READONLY")) return `the database is read-only (${detail})`;
  if (code.startsWith("SQLITE_CANTOPEN")) return `the file cannot be opened (${detail})`;
  return detail;
}
