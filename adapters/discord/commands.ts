// The /brief slash command: its definition for Discord, and how an invocation becomes bot command text.
import {
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from "discord.js";

/** The top-level command name, as users type it. */
export const COMMAND_NAME = "brief";

/** Options that hold a briefing id and are autocompleted from the briefings. */
export const BRIEFING_ID_OPTION = "id";
/** The two rounds of `compare`, autocompleted like `id`. */
export const ROUND_OPTIONS = ["earlier", "later"] as const;
/** The time zone option of `subscribe`, autocompleted from the IANA zones. */
export const TIMEZONE_OPTION = "timezone";

/** The subcommands, in the order they appear in Discord's picker. */
export const SUBCOMMANDS = [
  "ask",
  "daily",
  "show",
  "list",
  "pin",
  "unpin",
  "pins",
  "subscribe",
  "unsubscribe",
  "subscriptions",
  "compare",
  "timeline",
  "gaps",
  "help",
] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** Subcommands that change a channel and so need Manage Messages (or the manager role). */
export const MANAGER_SUBCOMMANDS: ReadonlySet<string> = new Set<Subcommand>([
  "pin",
  "unpin",
  "subscribe",
  "unsubscribe",
]);

/** Subcommands whose reply is only for the asker. */
export const EPHEMERAL_SUBCOMMANDS: ReadonlySet<string> = new Set<Subcommand>(["help", "gaps"]);

function idOption(description: string) {
  return (option: import("discord.js").SlashCommandStringOption) =>
    option
      .setName(BRIEFING_ID_OPTION)
      .setDescription(description)
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100);
}

/** Builds the `/brief` command with one subcommand per bot command. */
export function buildBriefCommand(): SlashCommandBuilder {
  const builder = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription("Ask about briefings of diplomatic talks, pin them, get a daily digest");
  builder
    .addSubcommand((sub) =>
      sub
        .setName("ask")
        .setDescription("Ask a question about the briefings")
        .addStringOption((o) =>
          o
            .setName("question")
            .setDescription("e.g. what did Grushko say about NATO?")
            .setRequired(true)
            .setMaxLength(500),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("daily")
        .setDescription("The briefings of a day (today by default)")
        .addStringOption((o) =>
          o
            .setName("date")
            .setDescription("YYYY-MM-DD, or words like 'yesterday'")
            .setMaxLength(40),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("show")
        .setDescription("Show one briefing as a card")
        .addStringOption(idOption("The briefing: type an id, a title or a date")),
    )
    .addSubcommand((sub) =>
      sub
        .setName("list")
        .setDescription("List briefings, optionally matching some words")
        .addStringOption((o) =>
          o
            .setName("words")
            .setDescription("Words to match in id, title or date")
            .setMaxLength(100),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("pin")
        .setDescription("Pin a briefing to this channel (questions here prefer pinned briefings)")
        .addStringOption(idOption("The briefing to pin")),
    )
    .addSubcommand((sub) =>
      sub
        .setName("unpin")
        .setDescription("Unpin a briefing from this channel")
        .addStringOption(idOption("The briefing to unpin")),
    )
    .addSubcommand((sub) => sub.setName("pins").setDescription("The briefings pinned here"))
    .addSubcommand((sub) =>
      sub
        .setName("subscribe")
        .setDescription("Post a daily digest of briefings to this channel")
        .addStringOption((o) =>
          o
            .setName("time")
            .setDescription("Local time of day, HH:MM (24-hour)")
            .setRequired(true)
            .setMinLength(4)
            .setMaxLength(5),
        )
        .addStringOption((o) =>
          o
            .setName(TIMEZONE_OPTION)
            .setDescription("IANA time zone, e.g. Europe/Brussels (default: the bot's)")
            .setAutocomplete(true)
            .setMaxLength(64),
        ),
    )
    .addSubcommand((sub) =>
      sub.setName("unsubscribe").setDescription("Stop the daily digest in this channel"),
    )
    .addSubcommand((sub) =>
      sub.setName("subscriptions").setDescription("The daily digest set for this channel"),
    )
    .addSubcommand((sub) =>
      sub
        .setName("compare")
        .setDescription("What changed between two rounds of a series (default: the last two)")
        .addStringOption((o) =>
          o
            .setName("earlier")
            .setDescription("A round (briefing id); alone: it and the round before")
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addStringOption((o) =>
          o
            .setName("later")
            .setDescription("Another round of the same series")
            .setAutocomplete(true)
            .setMaxLength(100),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("timeline")
        .setDescription("The rounds of a series, one line each")
        .addStringOption((o) =>
          o
            .setName("series")
            .setDescription("The series' format name, e.g. Strategic Stability Dialogue")
            .setRequired(true)
            .setMaxLength(100),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("gaps")
        .setDescription("Questions the briefings could not answer, grouped, with what was missing")
        .addIntegerOption((o) =>
          o
            .setName("days")
            .setDescription("How many days back (default 30)")
            .setMinValue(1)
            .setMaxValue(90),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("help")
        .setDescription("How to use briefbot")
        .addStringOption((o) =>
          o
            .setName("command")
            .setDescription("A subcommand to explain")
            .addChoices(SUBCOMMANDS.map((name) => ({ name, value: name }))),
        ),
    );
  return builder;
}

/** The JSON payloads `briefbot discord register` sends (a bulk overwrite, so re-running is safe). */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [buildBriefCommand().toJSON()];
}

/** The option names of each subcommand, in the order the bot core reads its arguments. */
const ARGUMENTS: Record<Subcommand, readonly string[]> = {
  ask: ["question"],
  daily: ["date"],
  show: [BRIEFING_ID_OPTION],
  list: ["words"],
  pin: [BRIEFING_ID_OPTION],
  unpin: [BRIEFING_ID_OPTION],
  pins: [],
  subscribe: ["time", TIMEZONE_OPTION],
  unsubscribe: [],
  subscriptions: [],
  compare: ROUND_OPTIONS,
  timeline: ["series"],
  gaps: ["days"],
  help: ["command"],
};

/** Whether a name is one of our subcommands. */
export function isSubcommand(name: string): name is Subcommand {
  return (SUBCOMMANDS as readonly string[]).includes(name);
}

/**
 * The command line the bot core understands for an invocation,
 * e.g. `/brief subscribe time:08:00 timezone:Europe/Brussels` → `subscribe 08:00 Europe/Brussels`.
 * An option value with spaces stays one argument (`show id:nato russia` → `show "nato russia"`)
 * unless it has quotes of its own, which the bot then reads as typed on any platform. The
 * question of `ask` is free text and passed as it is.
 */
export function commandText(interaction: ChatInputCommandInteraction): {
  subcommand: string;
  text: string;
} {
  const subcommand = interaction.options.getSubcommand(true);
  const names = isSubcommand(subcommand) ? ARGUMENTS[subcommand] : [];
  const values = names
    .map((name) =>
      name === "days"
        ? interaction.options.getInteger(name)?.toString()
        : interaction.options.getString(name)?.trim(),
    )
    .filter((value): value is string => !!value)
    .map((value) =>
      subcommand === "ask" || subcommand === "list" || subcommand === "timeline"
        ? value
        : asOneArgument(value),
    );
  return { subcommand, text: [subcommand, ...values].join(" ") };
}

/** A value with spaces in double quotes, so the bot reads it as one argument; others as typed. */
function asOneArgument(value: string): string {
  return /\s/.test(value) && !/["'“”‘’„‚«»‹›「」『』]/.test(value) ? `"${value}"` : value;
}
