// Recording what the briefings could not answer: a declined question or a "not helpful" vote,
// with the words the engine said were missing, the channel and time, and a hash for the asker.
import { createHash } from "node:crypto";
import type { ChannelRef } from "../chat/types.ts";
import type { Answer } from "../engine/types.ts";
import type { Store, UnansweredQuestion } from "../store/types.ts";

/** Who asked: only the id is read, and only to hash it. */
type UserRef = { id: string };

/** How long records are kept: older ones are deleted (docs/commands.md, "gaps"). */
export const RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;
/** Pruning runs at most this often per recorder. */
const PRUNE_EVERY_MS = 3_600_000;
/** The longest question and answer text kept. */
const MAX_TEXT = 500;

/**
 * A one-way hash of who asked: the same person gives the same hash (so repeats by one person can
 * be told from many people asking), and no name or id is kept.
 */
export function userHash(channel: ChannelRef, user: UserRef): string {
  return createHash("sha256")
    .update(`briefbot:${channel.platform}:${channel.workspace}:${user.id}`)
    .digest("hex")
    .slice(0, 16);
}

/** The words a decline names in curly quotes (“Lukashenko”), for declines that give no list. */
export function quotedWords(text: string): string[] {
  return [...text.matchAll(/“([^”]{1,80})”/g)].map((m) => m[1] as string);
}

/** What a decline says was missing: the engine's list, else the words it quotes. */
export function missingOf(answer: Pick<Answer, "missing" | "text">): string[] {
  return answer.missing?.length ? answer.missing : quotedWords(answer.text);
}

export interface GapRecorder {
  /** Records a declined answer (nothing for an answered one). Never throws. */
  declined(channel: ChannelRef, user: UserRef, answer: Answer): Promise<void>;
  /** Records a "not helpful" vote on an answer to `question`. Never throws. */
  notHelpful(
    channel: ChannelRef,
    user: UserRef,
    question: string,
    answer?: Pick<Answer, "text" | "missing">,
  ): Promise<void>;
}

export interface GapRecorderOptions {
  store: Store;
  clock: () => Date;
  /** False: nothing is recorded (BRIEFBOT_RECORD_QUESTIONS=false). */
  enabled: boolean;
  onError?: (error: unknown) => void;
}

/** Records into the store and deletes records older than RETENTION_DAYS, at most once an hour. */
export function createGapRecorder(options: GapRecorderOptions): GapRecorder {
  let prunedAt = Number.NEGATIVE_INFINITY;
  const save = async (record: UnansweredQuestion) => {
    if (!options.enabled) return;
    try {
      await options.store.recordUnanswered(record);
      const now = Date.parse(record.at);
      if (Math.abs(now - prunedAt) >= PRUNE_EVERY_MS) {
        prunedAt = now;
        await options.store.pruneUnanswered(new Date(now - RETENTION_DAYS * DAY_MS).toISOString());
      }
    } catch (error) {
      options.onError?.(error);
    }
  };
  const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
  return {
    async declined(channel, user, answer) {
      if (answer.answered) return;
      await save({
        at: options.clock().toISOString(),
        channel,
        kind: "declined",
        question: clip(answer.question),
        missing: missingOf(answer),
        userHash: userHash(channel, user),
        answer: clip(answer.text),
      });
    },
    async notHelpful(channel, user, question, answer) {
      await save({
        at: options.clock().toISOString(),
        channel,
        kind: "not_helpful",
        question: clip(question),
        missing: answer ? (answer.missing ?? []) : [],
        userHash: userHash(channel, user),
        ...(answer && { answer: clip(answer.text) }),
      });
    },
  };
}
