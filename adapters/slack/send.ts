// Posting rendered replies to Slack: public messages, ephemeral ones, and the pin effects.
import type { RespondFn, webApi } from "@slack/bolt";
import type { Bot, ChannelRef, Reply } from "../../src/chat/index.ts";
import type { Logger } from "../../src/log.ts";
import { slackErrorCode, toBriefbotError } from "./errors.ts";
import { renderReply, type SlackMessage } from "./render.ts";

type WebClient = webApi.WebClient;

/** Where a public reply goes. */
export interface PostTarget {
  channel: string;
  /** Reply in this thread (the question's ts for mentions). */
  threadTs?: string;
  /** Bot token, when the client has none of its own (OAuth installs, deliveries). */
  token?: string;
}

/**
 * Posts each message of a rendered reply with `chat.postMessage`, in order, and returns their
 * timestamps. A failure is thrown as `ChannelGoneError` or `PlatformError`. Rate-limited calls
 * are retried by the WebClient after Retry-After; a 429 means nothing was posted, so no double.
 */
export async function postMessages(
  client: WebClient,
  target: PostTarget,
  messages: SlackMessage[],
): Promise<string[]> {
  const stamps: string[] = [];
  for (const message of messages) {
    try {
      const result = await client.chat.postMessage({
        channel: target.channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
        ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        ...(target.token ? { token: target.token } : {}),
      });
      if (result.ts) stamps.push(result.ts);
    } catch (error) {
      throw toBriefbotError(error, "chat.postMessage", target.channel);
    }
  }
  return stamps;
}

/** Posts a reply only the user sees (`chat.postEphemeral`), for replies to events. */
export async function postEphemeral(
  client: WebClient,
  target: PostTarget & { user: string },
  reply: Reply,
): Promise<void> {
  for (const message of renderReply(reply)) {
    try {
      await client.chat.postEphemeral({
        channel: target.channel,
        user: target.user,
        text: message.text,
        blocks: message.blocks,
        ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        ...(target.token ? { token: target.token } : {}),
      });
    } catch (error) {
      throw toBriefbotError(error, "chat.postEphemeral", target.channel);
    }
  }
}

/**
 * Sends a reply through a slash command's or a button press's `response_url`, visible to the
 * asker only. After a press it is a new message: the one with the button is left as it was.
 */
export async function respondEphemeral(respond: RespondFn, reply: Reply): Promise<void> {
  for (const message of renderReply(reply)) {
    await respond({
      response_type: "ephemeral",
      replace_original: false,
      text: message.text,
      blocks: message.blocks,
    });
  }
}

/** What the pin effects need besides the client. */
export interface EffectContext {
  client: WebClient;
  bot: Bot;
  logger: Logger;
  channel: ChannelRef;
  token?: string;
}

/**
 * Carries out a reply's effects after it was posted: `pin` pins the first posted message
 * (`pins.add`) and tells the bot its ts; `unpin` removes the stored message's pin.
 * Returns a short problem text for the asker when Slack refused, else undefined.
 */
export async function applyEffects(
  reply: Reply,
  postedTs: readonly string[],
  ctx: EffectContext,
): Promise<string | undefined> {
  const token = ctx.token ? { token: ctx.token } : {};
  for (const effect of reply.effects ?? []) {
    if (effect.type === "pin") {
      const ts = postedTs[0];
      if (!ts) continue;
      try {
        await ctx.client.pins.add({ channel: ctx.channel.channel, timestamp: ts, ...token });
      } catch (error) {
        const code = slackErrorCode(error);
        if (code !== "already_pinned") {
          ctx.logger.warn("slack: pins.add failed", { channel: ctx.channel.channel, code });
          return `The card is posted, but Slack would not pin it (${code ?? "error"}).`;
        }
      }
      await ctx.bot.notePinMessage(ctx.channel, effect.briefing, ts);
    } else if (effect.type === "unpin" && effect.messageRef) {
      try {
        await ctx.client.pins.remove({
          channel: ctx.channel.channel,
          timestamp: effect.messageRef,
          ...token,
        });
      } catch (error) {
        const code = slackErrorCode(error);
        // Someone unpinned or deleted it by hand already: the bot's pin is gone either way.
        if (code !== "no_pin" && code !== "message_not_found") {
          ctx.logger.warn("slack: pins.remove failed", { channel: ctx.channel.channel, code });
          return `Unpinned for briefbot, but Slack would not remove the pin (${code ?? "error"}).`;
        }
      }
    }
  }
  return undefined;
}
