// The buttons the bot puts under its replies, each with its state encoded in its value and, for
// "Show more", what to read instead on platforms without buttons (the console).
import type { ReplyAction } from "../../chat/reply.ts";
import { shortenedNote } from "../limits.ts";
import { encodeButton } from "./state.ts";

/** "Show briefing": the cited briefing's card, only for the person who pressed. */
export function showButton(briefing: string): ReplyAction {
  return {
    kind: "show",
    label: "Show briefing",
    value: encodeButton({ verb: "card", briefing }),
  };
}

/** "Pin here": pins the briefing in the channel, for those allowed to pin. */
export function pinButton(briefing: string): ReplyAction {
  return {
    kind: "pin",
    label: "Pin here",
    value: encodeButton({ verb: "pinhere", briefing }),
  };
}

/** "Show more": the next page of a briefing shortened for chat. */
export function moreButton(briefing: string, page: number, file?: string): ReplyAction {
  return {
    kind: "more",
    label: "Show more",
    value: encodeButton({ verb: "more", briefing, page }),
    typed: shortenedNote(briefing, file),
  };
}

/** "Helpful" and "Not helpful" under an answer whose question is kept under `key`. */
export function feedbackButtons(key: string): ReplyAction[] {
  return [
    { kind: "helpful", label: "Helpful", value: encodeButton({ verb: "helpful", answer: key }) },
    {
      kind: "not_helpful",
      label: "Not helpful",
      value: encodeButton({ verb: "not_helpful", answer: key }),
    },
  ];
}

/**
 * "Swap" (read the comparison the other way round) and, when the series has a round before
 * `earlier`, "Earlier round" (that round against `earlier`).
 */
export function compareButtons(pair: {
  earlier: string;
  later: string;
  reversed: boolean;
  previous?: string;
}): ReplyAction[] {
  const state = { earlier: pair.earlier, later: pair.later, reversed: pair.reversed };
  return [
    { kind: "swap", label: "Swap", value: encodeButton({ verb: "swap", ...state }) },
    ...(pair.previous
      ? [
          {
            kind: "earlier" as const,
            label: "Earlier round",
            value: encodeButton({ verb: "earlier", ...state }),
          },
        ]
      : []),
  ];
}
