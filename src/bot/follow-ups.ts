// Follow-up questions in a thread: what the last answer there was about is kept in the store
// (per thread, with an expiry) and given to the engine with the next question, which reads "he",
// "they", "and on Crimea?" against it. The bot only keeps it; the engine decides what it means.
import { z } from "zod";
import type { BotInput } from "../chat/types.ts";
import type { Subject } from "../engine/types.ts";
import type { Logger } from "../log.ts";
import type { Store } from "../store/types.ts";

/** How long a thread's context is kept after its last answer: a day. */
export const CONTEXT_TTL_MS = 24 * 60 * 60_000;

/** A kept context as the engine made it; anything else in the store is ignored, not trusted. */
const SUBJECT = z.object({
  question: z.string().max(4000),
  kind: z.string().max(40).optional(),
  speaker: z.string().max(400).optional(),
  speakers: z.array(z.string().max(400)).max(50).optional(),
  party: z.string().max(400).optional(),
  briefing: z.string().max(400).optional(),
  title: z.string().max(1000).optional(),
  topic: z.string().max(1000).optional(),
  cited: z.array(z.string().max(10_000)).max(200).optional(),
});

/** The store key of a thread's context: per platform, workspace, channel and thread. */
function contextKey(input: BotInput, thread: string): string {
  const { platform, workspace, channel } = input.channel;
  return `context:${platform}:${workspace}:${channel}:${thread}`;
}

/**
 * What the last answer in the thread this question follows was about; undefined outside a
 * thread, when nothing is kept (or it expired), or when the store fails (the question is then
 * read alone, and the failure logged).
 */
export async function previousSubject(
  store: Store,
  input: BotInput,
  now: Date,
  logger: Logger,
): Promise<Subject | undefined> {
  const thread = input.thread;
  if (!thread) return undefined;
  try {
    const kept = await store.context(
      contextKey(input, thread.follows ?? thread.id),
      now.toISOString(),
    );
    if (kept === undefined) return undefined;
    const parsed = SUBJECT.safeParse(JSON.parse(kept));
    if (!parsed.success) {
      logger.warn(
        "bot: a kept thread context is not one the engine made; reading the question alone",
      );
      return undefined;
    }
    return stripUndefined(parsed.data);
  } catch (error) {
    logger.warn("bot: could not read the thread's context; reading the question alone", { error });
    return undefined;
  }
}

/** Keeps what this answer was about for the next question in the thread (for CONTEXT_TTL_MS). */
export async function keepSubject(
  store: Store,
  input: BotInput,
  subject: Subject,
  now: Date,
  logger: Logger,
): Promise<void> {
  const thread = input.thread;
  if (!thread) return;
  try {
    await store.saveContext(
      contextKey(input, thread.id),
      JSON.stringify(subject),
      now.toISOString(),
      new Date(now.getTime() + CONTEXT_TTL_MS).toISOString(),
    );
  } catch (error) {
    logger.warn("bot: could not keep the thread's context; the next question reads alone", {
      error,
    });
  }
}

/** zod's optional fields come back as present-but-undefined only when given; drop any such. */
function stripUndefined(s: z.infer<typeof SUBJECT>): Subject {
  return Object.fromEntries(
    Object.entries(s).filter(([, v]) => v !== undefined),
  ) as unknown as Subject;
}
