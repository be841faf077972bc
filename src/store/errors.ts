// What every store implementation shares: its error type and the reading of ISO instants.
import { BriefbotError } from "../errors.ts";

/** A store failure that names the database (file, or host and port), never a password. */
export class StoreError extends BriefbotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("STORE", message, options);
  }
}

/** An ISO instant as milliseconds since the epoch, or a StoreError naming the argument. */
export function instantMs(value: string, method: string, argument: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new StoreError(
      `${method}: ${argument} is not an ISO 8601 instant: ${JSON.stringify(value)}`,
    );
  }
  return ms;
}

/** How often a store deletes expired once-claims and remembered keys. */
export const PRUNE_EVERY_MS = 60_000;
