// Maps Slack Web API failures to briefbot's typed errors.
import { ChannelGoneError, PlatformError } from "../../src/errors.ts";

/**
 * Slack error codes meaning the channel is gone for us: deleted, archived, the bot removed, or
 * the app uninstalled from the workspace. (`invalid_auth` is not here: that is a bad token in
 * the configuration, to fix, not a reason to pause every subscription.)
 */
export const CHANNEL_GONE_CODES: ReadonlySet<string> = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "team_access_not_granted",
  "account_inactive",
  "token_revoked",
]);

/** The `error` string of a Slack platform error (`{ ok: false, error }`), if that is what it is. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
}

/** Wraps a failed call as `ChannelGoneError` or `PlatformError`, naming the method and channel. */
export function toBriefbotError(error: unknown, method: string, channel: string): Error {
  const code = slackErrorCode(error);
  const what = code ?? (error instanceof Error ? error.message : String(error));
  const message = `slack ${method} to channel ${channel} failed: ${what}`;
  if (code && CHANNEL_GONE_CODES.has(code)) return new ChannelGoneError(message, { cause: error });
  return new PlatformError(message, { cause: error });
}
