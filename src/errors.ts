// One base error with a code and a cause; small subclasses name the place that went wrong.
// A user sees `message`; a maintainer can always follow `cause`.

export type ErrorCode =
  | "BRIEFING_INVALID"
  | "CONFIG_INVALID"
  | "USAGE"
  | "NOT_FOUND"
  | "CHANNEL_GONE"
  | "PLATFORM"
  | "STORE"
  | "DRAFT";

export class BriefbotError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends BriefbotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("CONFIG_INVALID", message, options);
  }
}

/** A command typed wrongly; the message is the usage help to show. */
export class UsageError extends BriefbotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("USAGE", message, options);
  }
}

/** The channel a delivery was for no longer exists or the bot was removed from it. */
export class ChannelGoneError extends BriefbotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("CHANNEL_GONE", message, options);
  }
}

/** A platform API call failed after retries. */
export class PlatformError extends BriefbotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("PLATFORM", message, options);
  }
}
