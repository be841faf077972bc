// "Helpful" / "Not helpful" under an answer: the question and the answer are kept in the store
// (for as long as `gaps` keeps records) under a key the buttons carry, since a question does not
// fit in a button; a vote is counted once per person and answer.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { ChannelRef, UserRef } from "../../chat/types.ts";
import { RETENTION_DAYS, userHash } from "../../gaps/record.ts";
import type { Store } from "../../store/types.ts";

const DAY_MS = 86_400_000;
/** How long an answer can be rated: as long as `gaps` keeps what a vote records. */
export const FEEDBACK_TTL_MS = RETENTION_DAYS * DAY_MS;
/** The longest question and answer text kept for a vote (as `gaps` keeps them). */
const MAX_TEXT = 500;

const RATED = z.object({
  question: z.string().max(MAX_TEXT + 1),
  answer: z.string().max(MAX_TEXT + 1),
  missing: z.array(z.string().max(200)).max(20),
});
export type RatedAnswer = z.infer<typeof RATED>;

const storeKey = (key: string) => `feedback:${key}`;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

/**
 * Keeps what an answer answered, for its rating buttons; returns the key they carry. The same
 * question and answer in one channel share a key.
 */
export async function keepRatedAnswer(
  store: Store,
  channel: ChannelRef,
  rated: RatedAnswer,
  now: Date,
): Promise<string> {
  const kept: RatedAnswer = {
    question: clip(rated.question),
    answer: clip(rated.answer),
    missing: rated.missing.slice(0, 20).map((m) => m.slice(0, 200)),
  };
  const key = createHash("sha256")
    .update(JSON.stringify([channel.platform, channel.workspace, channel.channel, kept]))
    .digest("hex")
    .slice(0, 24);
  await store.saveContext(
    storeKey(key),
    JSON.stringify(kept),
    now.toISOString(),
    new Date(now.getTime() + FEEDBACK_TTL_MS).toISOString(),
  );
  return key;
}

/** The answer a rating button is about, unless it expired (or what is kept is not one). */
export async function ratedAnswer(
  store: Store,
  key: string,
  now: Date,
): Promise<RatedAnswer | undefined> {
  const kept = await store.context(storeKey(key), now.toISOString());
  if (kept === undefined) return undefined;
  try {
    const parsed = RATED.safeParse(JSON.parse(kept));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Claims this person's one vote on the answer; false when they voted on it already. */
export function claimVote(
  store: Store,
  channel: ChannelRef,
  user: UserRef,
  key: string,
  now: Date,
): Promise<boolean> {
  return store.claimOnce(
    `vote:${key}:${userHash(channel, user)}`,
    now.toISOString(),
    new Date(now.getTime() + FEEDBACK_TTL_MS).toISOString(),
  );
}
