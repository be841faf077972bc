// How adapters talk to the bot: a channel, a user, and what they typed; and the ports the bot,
// the store and the scheduler share. Every part of the bot speaks these; this module imports none.
import type { Reply } from "./reply.ts";

export type Platform = "console" | "slack" | "discord";

/** A channel on a platform: pins and subscriptions are kept per channel. */
export interface ChannelRef {
  platform: Platform;
  /** Slack team id, Discord guild id (or "dm"), "local" for the console. */
  workspace: string;
  channel: string;
}

export interface UserRef {
  id: string;
  name?: string;
}

export interface BotInput {
  channel: ChannelRef;
  user: UserRef;
  /** A command line after the prefix (`pin 2022-01-12-nato-russia-council`), or a question. */
  text: string;
  /** Set when the question is part of a conversation: it is read against the answer before it. */
  thread?: ThreadRef;
  /** Carried on every log line about this input; the bot makes one when the adapter did not. */
  requestId?: string;
}

/**
 * Where a question sits in a conversation (a Slack thread, a Discord reply chain, a console
 * session). What its answer was about is kept under `id`; the question is read against what was
 * kept under `follows` (default `id`). In a Slack thread both are the thread; in a Discord reply
 * chain `id` is the question's message and `follows` the question the replied-to answer answered.
 */
export interface ThreadRef {
  id: string;
  follows?: string;
}

/** A button pressed under one of the bot's replies (a Slack block action, a Discord component). */
export interface ActionInput {
  channel: ChannelRef;
  user: UserRef;
  /** The pressed button's `value`, exactly as the bot wrote it (untrusted: it is validated). */
  value: string;
  /**
   * Whether this user may change the channel for everyone (pin), by the same rule the platform
   * applies to the pin command (Discord: Manage Messages or the manager role; Slack: anyone who
   * may use /brief there).
   */
  mayChangeChannel: boolean;
  /** What that rule asks for, in words, for a refusal ("Manage Messages in this channel"). */
  changeChannelRule?: string;
  requestId?: string;
}

export interface Bot {
  /** A subcommand and its arguments, as typed after `/brief` (or `/` in the console). */
  command(input: BotInput): Promise<Reply>;
  /** A free-text question (a mention, a DM, a thread reply). */
  question(input: BotInput): Promise<Reply>;
  /** A button pressed under one of its replies; never throws (a stale button gets a clear reply). */
  action(input: ActionInput): Promise<Reply>;
  /** Record the platform message that carries a channel's pin, so `unpin` can remove it. */
  notePinMessage(channel: ChannelRef, briefing: string, messageRef: string): Promise<void>;
  /** Briefings matching what a user has typed so far (fuzzy on id, title, date), best first. */
  briefingChoices(query: string, limit: number): BriefingChoice[];
}

export interface BriefingChoice {
  id: string;
  title: string;
  date: string;
}

/** The port an adapter implements so the scheduler can post digests through it. */
export interface DeliveryPort {
  platform: Platform;
  /** Post a reply to a channel. Throw `ChannelGoneError` when the channel no longer exists. */
  deliver(channel: ChannelRef, reply: Reply): Promise<void>;
}

/** A running platform adapter, as the start-up code sees it. */
export interface PlatformAdapter extends DeliveryPort {
  start(): Promise<void>;
  /** Stops taking new work, finishes the answers in flight (bounded), then disconnects. */
  stop(): Promise<void>;
  /** Whether it is connected to its platform now, for readiness; absent means "once started". */
  connected?(): boolean;
}
