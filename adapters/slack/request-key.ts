// What makes two Slack requests "the same one sent again": the key a re-sent or replayed event,
// slash command or interaction is answered once by (claimed in the store, across instances).
import { createHash } from "node:crypto";

/** How long a request's key is kept: well past the ±5 minute signature window and Slack's retries. */
export const REQUEST_KEY_TTL_MS = 60 * 60_000;

/**
 * How long a request claimed for answering blocks other instances before the answer is out
 * (then the claim lasts REQUEST_KEY_TTL_MS). Longer than an answer takes; short enough that
 * Slack's later retries (about 1 and 5 minutes after the first try) of a request whose
 * instance died mid-answer reach one that answers it.
 */
export const ANSWER_LEASE_MS = 60_000;

type Body = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === "string" ? value : "");
const obj = (value: unknown): Body =>
  value && typeof value === "object" ? (value as Body) : ({} as Body);

/** A short, fixed-length key: a namespace and the SHA-256 of the identifying fields. */
function digest(kind: string, fields: readonly string[]): string {
  return `slack:${kind}:${createHash("sha256").update(JSON.stringify(fields)).digest("hex")}`;
}

/**
 * The once-key of a Slack request body, or undefined for one that needs none (url_verification).
 * - Events API: the `event_id` (Slack's retries, `X-Slack-Retry-Num`, carry the same one).
 * - Slash commands: team, enterprise, user, channel, command, text and `trigger_id` (a fresh one
 *   for every real invocation, the same in a replay of the signed request).
 * - Interactions (block actions, shortcuts, view submissions): team, user, channel, the type, the
 *   `trigger_id`, and what identifies the action (its `action_ts`s, the view id and hash).
 */
export function requestKey(body: Body): string | undefined {
  if (body.type === "event_callback" && typeof body.event_id === "string") {
    return digest("event", [body.event_id]);
  }
  if (typeof body.command === "string") {
    return digest("command", [
      str(body.team_id),
      str(body.enterprise_id),
      str(body.user_id),
      str(body.channel_id),
      body.command,
      str(body.text),
      str(body.trigger_id),
    ]);
  }
  const type = str(body.type);
  if (
    [
      "block_actions",
      "interactive_message",
      "shortcut",
      "message_action",
      "view_submission",
      "view_closed",
    ].includes(type)
  ) {
    const actions = Array.isArray(body.actions)
      ? body.actions.map((a) => str(obj(a).action_ts))
      : [];
    const view = obj(body.view);
    return digest("interaction", [
      type,
      str(obj(body.team).id),
      str(obj(body.user).id),
      str(obj(body.channel).id),
      str(body.trigger_id),
      str(body.action_ts),
      ...actions,
      str(view.id),
      str(view.hash),
    ]);
  }
  return undefined;
}
