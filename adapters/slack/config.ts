// What the Slack adapter is configured with: its own settings only, built by the composition
// root (adapters/start.ts) from the validated configuration.
import type { Bot } from "../../src/chat/index.ts";
import type { Logger } from "../../src/log.ts";
import type { Metrics } from "../../src/metrics.ts";
import type { Store } from "../../src/store/index.ts";

export interface SlackAdapterConfig {
  /** The single workspace's bot token (SLACK_BOT_TOKEN); unused with OAuth installs. */
  botToken?: string | undefined;
  /** Verifies requests to the HTTP receiver (SLACK_SIGNING_SECRET). */
  signingSecret?: string | undefined;
  /** Socket Mode's app-level token (SLACK_APP_TOKEN); when set, no HTTP receiver is started. */
  appToken?: string | undefined;
  /** OAuth installs into many workspaces (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET). */
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  stateSecret?: string | undefined;
  /** The Web API base (SLACK_API_URL); tests point it at a fake on 127.0.0.1. */
  apiUrl: string;
  /** The HTTP receiver's port, or the install pages' in Socket Mode (PORT; 0 picks a free one). */
  port: number;
}

/** What `createSlackAdapter` is built from. */
export interface SlackAdapterDeps {
  config: SlackAdapterConfig;
  bot: Bot;
  /** OAuth installations and the claims that answer a re-sent request once. */
  store: Store;
  logger: Logger /** Where platform API errors and retries are counted; none by default. */;
  metrics?: Metrics;
}
