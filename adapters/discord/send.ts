// Posting to Discord over REST: channel messages, pins, typing; Discord errors mapped to briefbot's.
import { type APIMessage, DiscordAPIError, type REST, Routes } from "discord.js";
import type { Reply } from "../../src/chat/index.ts";
import { ChannelGoneError, PlatformError } from "../../src/errors.ts";
import { type RenderedMessage, renderReply } from "./render.ts";

/** Never ping anyone: no @everyone, roles, users, nor the author of a replied-to message. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;
/** The same, as the raw API body field. */
const NO_MENTIONS_API = { parse: [] as [] };

/**
 * Discord error codes meaning the channel is gone or closed to the bot: Unknown Channel,
 * Missing Access, and (for DMs) Cannot send messages to this user. Retrying will not help.
 */
const CHANNEL_GONE_CODES = new Set([10003, 50001, 50007]);
/** Unknown Message: the pinned message was already deleted. */
const UNKNOWN_MESSAGE = 10008;

/** Posts one rendered message to a channel; "channel gone" becomes ChannelGoneError. */
export async function postMessage(
  rest: REST,
  channelId: string,
  message: RenderedMessage,
): Promise<APIMessage> {
  try {
    return (await rest.post(Routes.channelMessages(channelId), {
      body: {
        embeds: message.embeds,
        ...(message.components && { components: message.components }),
        allowed_mentions: NO_MENTIONS_API,
      },
    })) as APIMessage;
  } catch (error) {
    if (error instanceof DiscordAPIError && CHANNEL_GONE_CODES.has(Number(error.code))) {
      throw new ChannelGoneError(`Discord channel ${channelId}: ${describe(error)}`, {
        cause: error,
      });
    }
    if (error instanceof DiscordAPIError) {
      throw new PlatformError(`Discord channel ${channelId}: ${describe(error)}`, { cause: error });
    }
    throw error;
  }
}

/** Renders a reply and posts every message of it to a channel, in order. */
export async function postReply(
  rest: REST,
  channelId: string,
  reply: Reply,
  maxMessages: number,
): Promise<APIMessage[]> {
  const posted: APIMessage[] = [];
  for (const message of renderReply(reply, { maxMessages })) {
    posted.push(await postMessage(rest, channelId, message));
  }
  return posted;
}

/** Pins a message in its channel. */
export async function pinMessage(rest: REST, channelId: string, messageId: string): Promise<void> {
  await rest.put(Routes.channelMessagesPin(channelId, messageId));
}

/** Unpins a message; one already deleted counts as done. */
export async function unpinMessage(
  rest: REST,
  channelId: string,
  messageId: string,
): Promise<void> {
  try {
    await rest.delete(Routes.channelMessagesPin(channelId, messageId));
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === UNKNOWN_MESSAGE) return;
    throw error;
  }
}

/** Shows "briefbot is typing…" in a channel for a few seconds. */
export async function sendTyping(rest: REST, channelId: string): Promise<void> {
  await rest.post(Routes.channelTyping(channelId));
}

/** A one-line description of an error for logs and for users: Discord's message and code. */
export function describe(error: unknown): string {
  if (error instanceof DiscordAPIError) return `${error.message} (code ${error.code})`;
  return error instanceof Error ? error.message : String(error);
}
