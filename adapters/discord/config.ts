// What the Discord adapter is configured with: its own settings only, built by the composition
// root (adapters/start.ts) from the validated configuration.
import type { Bot } from "../../src/chat/index.ts";
import type { ShardSelection } from "../../src/config.ts";
import type { Logger } from "../../src/log.ts";
import type { Metrics } from "../../src/metrics.ts";

export interface DiscordAdapterConfig {
  /** The bot token (DISCORD_TOKEN); start() refuses to log in without it. */
  token?: string | undefined;
  /** The REST API base (DISCORD_API_URL); tests point it at a fake on 127.0.0.1. */
  apiUrl: string;
  /** A role name or id that may change channel state besides Manage Messages (DISCORD_MANAGER_ROLE). */
  managerRole?: string | undefined;
  /** Ask for the privileged Message Content intent (DISCORD_MESSAGE_CONTENT); off by default. */
  messageContent?: boolean | undefined;
  /** `auto`, or the shard ids this instance runs (DISCORD_SHARDS); one shard when absent. */
  shards?: ShardSelection | undefined;
  /** The total shards across all instances (DISCORD_SHARD_COUNT). */
  shardCount?: number | undefined;
}

/** What `createDiscordAdapter` is built from. */
export interface DiscordAdapterDeps {
  config: DiscordAdapterConfig;
  bot: Bot;
  logger: Logger /** Where platform API errors and retries are counted; none by default. */;
  metrics?: Metrics;
}
