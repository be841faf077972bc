// The platform-neutral reply every command returns; adapters render it (text, Block Kit, embeds).
// Text fields hold plain user-visible text: adapters escape it for their platform.

export interface ReplyField {
  name: string;
  value: string;
  /** Short enough to sit beside other fields. */
  inline?: boolean;
}

export interface ReplyQuote {
  speaker: string;
  text: string;
  /** Briefing id the quote comes from. */
  briefing?: string;
}

export interface ReplyCitation {
  briefing: string;
  /** Briefing title and date, e.g. "NATO-Russia Council (2022-01-12)". */
  label: string;
  section?: string;
  /** The briefing's sources, with links where known. */
  sources: { title: string; url?: string }[];
  /**
   * The web view's page for this briefing, at the cited section (`…/briefings/ID#quotes`), when
   * the web view is on and has a public URL; adapters render it as the citation's link.
   */
  link?: string;
}

export interface ReplySection {
  heading?: string;
  text?: string;
  fields?: ReplyField[];
  quotes?: ReplyQuote[];
}

/** Something the platform must do besides posting the reply. */
export type ReplyEffect =
  | { type: "pin"; briefing: string }
  | { type: "unpin"; briefing: string; messageRef?: string };

/**
 * A button under a reply. Pressing it comes back to the bot as an `ActionInput` carrying `value`
 * (adapters put it in Slack's action value and Discord's custom_id, so it outlives a restart).
 */
export interface ReplyAction {
  /** What the button does; adapters may style by it, the bot reads only `value`. */
  kind: "show" | "pin" | "helpful" | "not_helpful" | "more" | "swap" | "earlier";
  /** The button's text. */
  label: string;
  /** The press's state, as the bot wrote it: at most 100 characters of printable ASCII. */
  value: string;
  /**
   * The same in words, for platforms without buttons (the console): where the rest of a shortened
   * card is. Absent: the button is not shown there.
   */
  typed?: string;
}

export interface Reply {
  title?: string;
  sections: ReplySection[];
  citations?: ReplyCitation[];
  footer?: string;
  /** "public" for the channel; "ephemeral" only for the asker (usage errors, help). */
  visibility: "public" | "ephemeral";
  /** Why this reply exists, for adapters and tests: an answer, a usage error, and so on. */
  kind:
    | "answer"
    | "declined"
    | "card"
    | "list"
    | "daily"
    | "reminder"
    | "pins"
    | "subscriptions"
    | "compare"
    | "timeline"
    | "gaps"
    | "help"
    | "usage"
    | "error"
    | "ok";
  effects?: ReplyEffect[];
  /** Buttons under the reply (the bot decides which; see docs/commands.md, "Buttons"). */
  actions?: ReplyAction[];
}
