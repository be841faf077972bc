// The Store port: everything the bot must remember across restarts.
// SQLite (better-sqlite3) is the embedded default; PostgreSQL (BRIEFBOT_DATABASE_URL) serves several
// instances. Both run the same contract suite (tests/store/contract.ts).
import type { ChannelRef } from "../chat/types.ts";

export interface Pin {
  channel: ChannelRef;
  briefing: string;
  pinnedAt: string;
  pinnedBy?: string;
  /** The platform message carrying the pin (Slack ts, Discord message id). */
  messageRef?: string;
}

export interface Subscription {
  channel: ChannelRef;
  /** Local time of day, HH:MM. */
  time: string;
  /** IANA zone, e.g. Europe/Brussels. */
  timezone: string;
  createdBy?: string;
  /** When the subscription was made (ISO); a digest slot before it is never caught up. */
  createdAt?: string;
  /** Set when deliveries stopped because the channel is gone. */
  pausedReason?: string;
  /**
   * Whether the daily summary is posted (absent: yes). False for a channel that only wants
   * reminders, which are posted at `time` too.
   */
  digest?: boolean;
  /**
   * When the channel turned on reminders of dated next steps (ISO); absent: no reminders.
   * A reminder whose slot came before it is never caught up.
   */
  remindersSince?: string;
}

export interface Delivery {
  channel: ChannelRef;
  /** The local day the digest is for, YYYY-MM-DD. */
  day: string;
  status: "claimed" | "delivered" | "failed";
  late: boolean;
  at: string;
  error?: string;
}

/** An installation of the bot in a workspace (Slack OAuth), stored as opaque JSON. */
export interface Installation {
  platform: "slack" | "discord";
  workspace: string;
  data: unknown;
}

/**
 * A question the briefings could not answer (declined), or an answer someone voted "not helpful":
 * what editors need to add something. No user name is kept, only a hash (`src/gaps/`).
 */
export interface UnansweredQuestion {
  /** When it was asked or voted on, an ISO 8601 instant. */
  at: string;
  channel: ChannelRef;
  kind: "declined" | "not_helpful";
  question: string;
  /** The words or names of the question the briefings lack (the engine's decline says), as typed. */
  missing: string[];
  /** A one-way hash of the asker or voter (platform, workspace, user id); never a name. */
  userHash?: string;
  /** What the bot replied (the decline), shortened. */
  answer?: string;
}

export interface Store {
  addPin(pin: Pin): Promise<boolean>;
  removePin(channel: ChannelRef, briefing: string): Promise<Pin | undefined>;
  pins(channel: ChannelRef): Promise<Pin[]>;
  setPinMessage(channel: ChannelRef, briefing: string, messageRef: string): Promise<void>;

  subscribe(sub: Subscription): Promise<void>;
  unsubscribe(channel: ChannelRef): Promise<boolean>;
  subscriptions(channel?: ChannelRef): Promise<Subscription[]>;
  pauseSubscription(channel: ChannelRef, reason: string): Promise<void>;

  /** Claims the digest for a channel and day; false when another delivery already claimed it. */
  claimDelivery(channel: ChannelRef, day: string, late: boolean, at: string): Promise<boolean>;
  finishDelivery(
    channel: ChannelRef,
    day: string,
    status: "delivered" | "failed",
    error?: string,
  ): Promise<void>;
  deliveries(channel: ChannelRef): Promise<Delivery[]>;

  saveInstallation(installation: Installation): Promise<void>;
  installation(
    platform: Installation["platform"],
    workspace: string,
  ): Promise<Installation | undefined>;
  deleteInstallation(platform: Installation["platform"], workspace: string): Promise<void>;

  /**
   * Claims `key` (any string: a request's fingerprint, an event id) until `expiresAt`.
   * True for the first claim; false while an earlier claim of the same key is unexpired at
   * `at`. Racing claims, in this process or in another on the same store, let exactly one win.
   * Both times are ISO 8601 instants; expired claims are forgotten (and eventually deleted).
   * Used to answer a re-sent or replayed platform request once, across instances.
   */
  claimOnce(key: string, at: string, expiresAt: string): Promise<boolean>;
  /**
   * Moves the expiry of a claim of `key` to `expiresAt` when that is later (never earlier).
   * A short first claim (a lease while answering) becomes the full window once the work is done.
   * Does nothing when there is no claim of `key`.
   */
  extendClaim(key: string, expiresAt: string): Promise<void>;

  /**
   * Remembers `key` until `expiresAt` (a later expiry replaces an earlier one, never the other
   * way round). Used for what every instance must know, such as the threads the bot answered in.
   */
  remember(key: string, at: string, expiresAt: string): Promise<void>;
  /** Whether `key` is remembered and unexpired at `at` (ISO instants, as in `remember`). */
  remembers(key: string, at: string): Promise<boolean>;

  /**
   * Keeps `data` (opaque text: what a thread's last answer was about) under `key` until
   * `expiresAt`, replacing what was kept there before (the latest answer wins, with its expiry).
   * Used to read a follow-up question in a chat thread against the answer above it.
   */
  saveContext(key: string, data: string, at: string, expiresAt: string): Promise<void>;
  /** What `saveContext` kept under `key`, unless it expired by `at`. */
  context(key: string, at: string): Promise<string | undefined>;

  /** Resolves when the store answers a trivial query; rejects with a StoreError otherwise. */
  ping(): Promise<void>;

  /** Resolves when the store answers a query; rejects with the reason when it cannot (readiness). */
  ping(): Promise<void>;

  /** Records a declined question or a "not helpful" vote (see `UnansweredQuestion`). */
  recordUnanswered(question: UnansweredQuestion): Promise<void>;
  /**
   * The records at or after `since` (ISO instant), oldest first; with `workspace`, only those of
   * that platform and workspace.
   */
  unansweredSince(
    since: string,
    workspace?: { platform: ChannelRef["platform"]; workspace: string },
  ): Promise<UnansweredQuestion[]>;
  /** Deletes the records before `before` (ISO instant); returns how many. */
  pruneUnanswered(before: string): Promise<number>;

  close(): Promise<void>;
}
