// The rows both stores read back, and how each becomes the Store's types. SQLite returns its
// flags as 0/1 and BIGINT-free numbers; PostgreSQL returns booleans and BIGINT as strings: the
// row types admit both, so one mapper serves both stores.
import type { ChannelRef } from "../chat/index.ts";
import type { Delivery, Pin, Subscription, UnansweredQuestion } from "./types.ts";

/** A yes/no column: SQLite INTEGER 0/1, PostgreSQL BOOLEAN. */
type Flag = number | boolean;

const isSet = (flag: Flag) => flag === true || flag === 1;

interface ChannelRow {
  platform: string;
  workspace: string;
  channel: string;
}

export interface PinRow extends ChannelRow {
  briefing: string;
  pinned_at: string;
  pinned_by: string | null;
  message_ref: string | null;
}

export interface SubscriptionRow extends ChannelRow {
  time: string;
  timezone: string;
  created_by: string | null;
  created_at: string | null;
  paused_reason: string | null;
  digest: Flag;
  reminders_since: string | null;
}

export interface DeliveryRow extends ChannelRow {
  day: string;
  status: Delivery["status"];
  late: Flag;
  at: string;
  error: string | null;
}

/** A row of unanswered_questions; `at` is milliseconds (pg returns BIGINT as a string). */
export interface UnansweredRow extends ChannelRow {
  at: number | string;
  kind: UnansweredQuestion["kind"];
  question: string;
  missing: string;
  user_hash: string | null;
  answer: string | null;
}

/** A channel as the three key columns, in their order in every table. */
export const channelKey = (c: ChannelRef) => [c.platform, c.workspace, c.channel] as const;

export function toChannel(row: ChannelRow): ChannelRef {
  return {
    platform: row.platform as ChannelRef["platform"],
    workspace: row.workspace,
    channel: row.channel,
  };
}

export function toPin(row: PinRow): Pin {
  return {
    channel: toChannel(row),
    briefing: row.briefing,
    pinnedAt: row.pinned_at,
    ...(row.pinned_by !== null && { pinnedBy: row.pinned_by }),
    ...(row.message_ref !== null && { messageRef: row.message_ref }),
  };
}

export function toSubscription(row: SubscriptionRow): Subscription {
  return {
    channel: toChannel(row),
    time: row.time,
    timezone: row.timezone,
    ...(row.created_by !== null && { createdBy: row.created_by }),
    ...(row.created_at !== null && { createdAt: row.created_at }),
    ...(row.paused_reason !== null && { pausedReason: row.paused_reason }),
    ...(!isSet(row.digest) && { digest: false }),
    ...(row.reminders_since !== null && { remindersSince: row.reminders_since }),
  };
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    channel: toChannel(row),
    day: row.day,
    status: row.status,
    late: isSet(row.late),
    at: row.at,
    ...(row.error !== null && { error: row.error }),
  };
}

export function toUnanswered(row: UnansweredRow): UnansweredQuestion {
  return {
    at: new Date(Number(row.at)).toISOString(),
    channel: toChannel(row),
    kind: row.kind,
    question: row.question,
    missing: JSON.parse(row.missing) as string[],
    ...(row.user_hash !== null && { userHash: row.user_hash }),
    ...(row.answer !== null && { answer: row.answer }),
  };
}
