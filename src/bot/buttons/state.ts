// What a button carries: its state written into the value the platform hands back on a press
// (Slack's action value, Discord's custom_id), so a button on an old message still works after a
// restart or on another instance. Nothing is kept in memory; a rating's question is kept in the
// store (./feedback.ts) and the button carries its key.
import { createHash } from "node:crypto";
import { z } from "zod";

/** Discord's custom_id limit, the smaller of the two platforms' (Slack allows 2,000). */
export const MAX_VALUE_LENGTH = 100;
/** The most pages "Show more" walks through. */
export const MAX_PAGES = 50;
/** Every value starts with this: a value of another version or another app is refused. */
const PREFIX = "bb1";
/** Characters an id may keep as is; anything else is written as its hash. */
const PLAIN_ID = /^[A-Za-z0-9._-]+$/;
/** A briefing written as its hash: `~` and 16 hex digits of SHA-256 of the id. */
const HASHED_ID = /^~[0-9a-f]{16}$/;

/** A briefing as a button names it: its id, or `~HASH` when the id would not fit. */
const idRef = z.union([
  z.string().regex(PLAIN_ID).max(MAX_VALUE_LENGTH),
  z.string().regex(HASHED_ID),
]);
const feedbackKey = z.string().regex(/^[0-9a-f]{24}$/);

/** What a press means, validated: anything else (old, tampered, another app's) is refused. */
export const BUTTON_STATE = z.discriminatedUnion("verb", [
  z.object({ verb: z.literal("card"), briefing: idRef }),
  z.object({ verb: z.literal("pinhere"), briefing: idRef }),
  z.object({
    verb: z.literal("more"),
    briefing: idRef,
    page: z.number().int().min(1).max(MAX_PAGES),
  }),
  z.object({
    verb: z.enum(["swap", "earlier"]),
    earlier: idRef,
    later: idRef,
    /** Whether the comparison on the message was read backwards (after a Swap). */
    reversed: z.boolean(),
  }),
  z.object({ verb: z.enum(["helpful", "not_helpful"]), answer: feedbackKey }),
]);
export type ButtonState = z.infer<typeof BUTTON_STATE>;

/** The hash a button writes for a briefing id that is too long or has other characters. */
export function idHash(id: string): string {
  return `~${createHash("sha256").update(id).digest("hex").slice(0, 16)}`;
}

/** How a button names briefing `id`: the id itself when `room` allows, else its hash. */
function refOf(id: string, room: number): string {
  return PLAIN_ID.test(id) && id.length <= room ? id : idHash(id);
}

/**
 * The button's value: `bb1:VERB:…` within {@link MAX_VALUE_LENGTH}. Briefing ids go in as typed
 * when they fit, else as their hash (resolved against the library on a press).
 */
export function encodeButton(state: ButtonState): string {
  const head = `${PREFIX}:${state.verb}`;
  switch (state.verb) {
    case "card":
    case "pinhere":
      return `${head}:${refOf(state.briefing, MAX_VALUE_LENGTH - head.length - 1)}`;
    case "more": {
      const tail = `:${state.page}`;
      return `${head}:${refOf(state.briefing, MAX_VALUE_LENGTH - head.length - 1 - tail.length)}${tail}`;
    }
    case "swap":
    case "earlier": {
      const flag = state.reversed ? "r" : "f";
      const room = MAX_VALUE_LENGTH - head.length - flag.length - 3;
      // both ids as typed when they fit together; else the longer one (then both) as a hash
      const hashLonger = state.earlier.length >= state.later.length;
      const first = refOf(hashLonger ? state.later : state.earlier, room - 17);
      const second = refOf(hashLonger ? state.earlier : state.later, room - first.length);
      const [earlier, later] = hashLonger ? [second, first] : [first, second];
      return `${head}:${flag}:${earlier}:${later}`;
    }
    case "helpful":
    case "not_helpful":
      return `${head}:${state.answer}`;
  }
}

/** The state a value carries, or undefined when it is not one this bot wrote. */
export function decodeButton(value: string): ButtonState | undefined {
  if (value.length > MAX_VALUE_LENGTH) return undefined;
  const [prefix, verb, ...args] = value.split(":");
  if (prefix !== PREFIX) return undefined;
  let raw: unknown;
  switch (verb) {
    case "card":
    case "pinhere":
      raw = { verb, briefing: args[0] };
      break;
    case "more":
      raw = { verb, briefing: args[0], page: Number(args[1]) };
      break;
    case "swap":
    case "earlier":
      raw = {
        verb,
        reversed: args[0] === "r" ? true : args[0] === "f" ? false : undefined,
        earlier: args[1],
        later: args[2],
      };
      break;
    case "helpful":
    case "not_helpful":
      raw = { verb, answer: args[0] };
      break;
    default:
      return undefined;
  }
  const expected = verb === "swap" || verb === "earlier" ? 3 : verb === "more" ? 2 : 1;
  if (args.length !== expected) return undefined;
  const parsed = BUTTON_STATE.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Whether a briefing id is what a button's reference names. */
export function refersTo(ref: string, id: string): boolean {
  return ref.startsWith("~") ? idHash(id) === ref : ref === id;
}
