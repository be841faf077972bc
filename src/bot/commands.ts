// The bot's subcommands: usage lines, one-line summaries and examples, for help and usage replies.

export interface CommandSpec {
  name: string;
  /** Arguments after the name, e.g. `ID` or `HH:MM [TIMEZONE]`. */
  args: string;
  summary: string;
  example: string;
}

/** Every subcommand, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "ask",
    args: "QUESTION",
    summary: "Answer a question from the briefings (this channel's pins first).",
    example: "ask who chaired the meeting?",
  },
  {
    name: "daily",
    args: "[DATE]",
    summary:
      "The daily summary: the day's briefings, key quotes, what is coming up. DATE: 2022-01-12, 12 January 2022, today, yesterday, last Wednesday.",
    example: "daily 12 January 2022",
  },
  {
    name: "show",
    args: "ID",
    summary: "One briefing as a card.",
    example: "show 2022-01-12-nato-russia-council",
  },
  {
    name: "list",
    args: "[WORDS]",
    summary: "The briefings, newest first; WORDS filter on title, format, participants and tags.",
    example: "list geneva",
  },
  {
    name: "pin",
    args: "ID",
    summary: "Pin a briefing in this channel: questions here are answered from the pins first.",
    example: "pin 2022-01-12-nato-russia-council",
  },
  {
    name: "unpin",
    args: "ID",
    summary: "Remove a pin from this channel.",
    example: "unpin 2022-01-12-nato-russia-council",
  },
  { name: "pins", args: "", summary: "List this channel's pinned briefings.", example: "pins" },
  {
    name: "subscribe",
    args: "HH:MM [TIMEZONE]",
    summary: "Post the daily summary in this channel every day at a local time (IANA time zone).",
    example: "subscribe 08:00 Europe/Brussels",
  },
  {
    name: "unsubscribe",
    args: "",
    summary: "Stop this channel's daily summary.",
    example: "unsubscribe",
  },
  {
    name: "subscriptions",
    args: "",
    summary: "The daily summaries scheduled in this workspace.",
    example: "subscriptions",
  },
  {
    name: "compare",
    args: "[ID_A] [ID_B]",
    summary:
      "What changed between two rounds of a series: people and parties who joined or left, positions, outcomes, next steps met or still open. No ids: the last two rounds of this channel's pinned series (else the latest series); one id: that round and the one before.",
    example:
      "compare 2021-09-30-strategic-stability-dialogue-geneva 2022-01-10-strategic-stability-dialogue-geneva",
  },
  {
    name: "timeline",
    args: "SERIES",
    summary: "The rounds of a series (its format name, typos allowed), one line each.",
    example: "timeline Strategic Stability Dialogue",
  },
  {
    name: "gaps",
    args: "[DAYS]",
    summary:
      "The questions the briefings could not answer in this workspace over the last DAYS (default 30, at most 90), grouped, with the word or name that was missing.",
    example: "gaps 7",
  },
  {
    name: "help",
    args: "[COMMAND]",
    summary: "The commands, or how to use one.",
    example: "help subscribe",
  },
];

/** `ask QUESTION` with the platform's prefix: `/brief ask QUESTION` or `/ask QUESTION`. */
export function usageLine(spec: CommandSpec, prefix: string): string {
  return `${prefix}${spec.name}${spec.args ? ` ${spec.args}` : ""}`;
}

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name.toLowerCase());
}
