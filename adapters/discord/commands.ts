// The /brief slash command: its definition for Discord, written from the bot's command registry,
// and how an invocation becomes bot command text.
import {
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { COMMANDS, type CommandArgument, findCommand } from "../../src/bot/index.ts";
import { withAccess } from "./command-access.ts";

/** The top-level command name, as users type it. */
export const COMMAND_NAME = "brief";

/** The subcommands, in the order they appear in Discord's picker: the bot's registry. */
export const SUBCOMMANDS: readonly string[] = COMMANDS.map((c) => c.name);

/** Subcommands that change a channel: registered under `/brief-manage` (command-access.ts). */
export const MANAGER_SUBCOMMANDS: ReadonlySet<string> = new Set(
  COMMANDS.filter((c) => c.changesChannel).map((c) => c.name),
);

/** Subcommands whose reply is only for the asker. */
export const EPHEMERAL_SUBCOMMANDS: ReadonlySet<string> = new Set(
  COMMANDS.filter((c) => c.private).map((c) => c.name),
);

/** What to offer while an option is typed (briefing ids, time zones), from the registry. */
export function completionOf(
  subcommand: string | null,
  option: string,
): CommandArgument["complete"] | undefined {
  const spec = subcommand ? findCommand(subcommand) : undefined;
  return spec?.arguments.find((a) => a.name === option)?.complete;
}

/** One string option, as the registry describes the argument. */
function addOption(sub: SlashCommandSubcommandBuilder, arg: CommandArgument): void {
  sub.addStringOption((o) => {
    o.setName(arg.name).setDescription(arg.description).setRequired(arg.required);
    if (arg.minLength !== undefined) o.setMinLength(arg.minLength);
    if (arg.maxLength !== undefined) o.setMaxLength(arg.maxLength);
    if (arg.complete === "briefing" || arg.complete === "timezone") o.setAutocomplete(true);
    // Few enough to pick from a list (Discord allows 25 choices).
    if (arg.complete === "command")
      o.addChoices(SUBCOMMANDS.map((name) => ({ name, value: name })));
    return o;
  });
}

/** Builds the `/brief` command with one subcommand per bot command, from the bot's registry. */
export function buildBriefCommand(): SlashCommandBuilder {
  const builder = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription("Ask about briefings of diplomatic talks, pin them, get a daily digest");
  for (const spec of COMMANDS) {
    builder.addSubcommand((sub) => {
      sub.setName(spec.name).setDescription(spec.description);
      for (const arg of spec.arguments) addOption(sub, arg);
      return sub;
    });
  }
  return builder;
}

/**
 * The JSON payloads `briefbot discord register` sends (a bulk overwrite, so re-running is safe):
 * `/brief`, and `/brief-manage` with the subcommands that change a channel (command-access.ts).
 */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return withAccess(buildBriefCommand().toJSON());
}

/**
 * The command line the bot core understands for an invocation,
 * e.g. `/brief subscribe time:08:00 timezone:Europe/Brussels` → `subscribe 08:00 Europe/Brussels`.
 * An option value with spaces stays one argument (`show id:nato russia` → `show "nato russia"`)
 * unless it has quotes of its own, which the bot then reads as typed on any platform. An
 * argument that takes words or text (a question) is passed as it is.
 */
export function commandText(interaction: ChatInputCommandInteraction): {
  subcommand: string;
  text: string;
} {
  const subcommand = interaction.options.getSubcommand(true);
  const args = findCommand(subcommand)?.arguments ?? [];
  const values = args
    .map((arg) => ({ arg, value: interaction.options.getString(arg.name)?.trim() }))
    .filter((o): o is { arg: CommandArgument; value: string } => !!o.value)
    // Words and text are read as typed; a single argument's spaces stay inside it.
    .map(({ arg, value }) =>
      arg.takes === "words" || arg.takes === "text" ? value : asOneArgument(value),
    );
  return { subcommand, text: [subcommand, ...values].join(" ") };
}

/** A value with spaces in double quotes, so the bot reads it as one argument; others as typed. */
function asOneArgument(value: string): string {
  return /\s/.test(value) && !/["'“”‘’„‚«»‹›「」『』]/.test(value) ? `"${value}"` : value;
}
