// How the gateway client connects: the intents it asks for and the shards this instance runs.
import { type ClientOptions, GatewayIntentBits } from "discord.js";
import type { ShardSelection } from "../../src/config.ts";

/**
 * The intents briefbot asks for. Mentions of the bot and DMs carry their text without the
 * privileged Message Content intent, so it is asked for only when the operator opts in
 * (`DISCORD_MESSAGE_CONTENT=true`, and the switch in the Developer Portal): then messages that
 * reach the bot without a direct mention, such as a mention of its role, are readable too.
 */
export function gatewayIntents(messageContent: boolean): GatewayIntentBits[] {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/**
 * discord.js's own in-process sharding: `auto` asks `GET /gateway/bot` for the recommended count
 * and runs every shard; a list runs only those shards of `count` (so instances split them); a
 * count alone runs all of them. Without either, one shard, as discord.js does by default.
 */
export function shardOptions(
  shards: ShardSelection | undefined,
  count: number | undefined,
): Pick<ClientOptions, "shards" | "shardCount"> {
  if (shards === "auto") return { shards: "auto" };
  if (shards) return count === undefined ? { shards } : { shards, shardCount: count };
  if (count !== undefined) {
    return { shards: Array.from({ length: count }, (_, i) => i), shardCount: count };
  }
  return {};
}
