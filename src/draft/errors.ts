// The error `briefbot draft` raises when an article cannot be drafted; the message says what to do.
import { BriefbotError } from "../errors.ts";

/** An article that cannot become a draft (no running text, no date); the message names the file. */
export class DraftError extends BriefbotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("DRAFT", message, options);
  }
}
