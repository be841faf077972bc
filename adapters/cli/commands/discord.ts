// `briefbot discord register|invite`: registers the /brief slash command with Discord, or prints
// the link that adds the bot to a server. Flags are read by node:util parseArgs (so `--guild=ID`
// and `--guild ID` are checked alike).
import { parseArgs } from "node:util";
import { BriefbotError } from "../../../src/errors.ts";
import { type CliCommand, commandName, usageError } from "../command.ts";

/** A Discord server (guild) id: a snowflake, 5 to 25 digits. */
const SERVER_ID = /^\d{5,25}$/;

const ACTIONS = ["register", "invite"] as const;

const command: CliCommand = {
  name: commandName(import.meta.url),
  summary: "Discord set-up: register the /brief command, or print the link that invites the bot",
  usage:
    "briefbot discord register [--guild ID | --global]\n" +
    "       briefbot discord invite [--guild ID]\n" +
    "  register      register the /brief command with Discord. Needs DISCORD_TOKEN (the bot token);\n" +
    "                DISCORD_APPLICATION_ID is optional (read from the token when unset), and\n" +
    "                DISCORD_API_URL sets the REST base (default https://discord.com/api)\n" +
    "    --guild ID  register in one server, usable at once (default: DISCORD_GUILD_ID when set)\n" +
    "    --global    register for every server the bot is in (ignores DISCORD_GUILD_ID)\n" +
    "  invite        print the link that adds the bot to a server. Needs DISCORD_APPLICATION_ID\n" +
    "                (General Information in the Developer Portal); no token is needed\n" +
    "    --guild ID  a link for that server only (default: DISCORD_GUILD_ID when set)",
  async run(args, io) {
    let parsed: {
      values: { guild?: string | undefined; global?: boolean | undefined };
      positionals: string[];
    };
    try {
      parsed = parseArgs({
        args,
        options: { guild: { type: "string" }, global: { type: "boolean" } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      return usageError(command, io, (error as Error).message);
    }
    const [action, extra] = parsed.positionals;
    if (!action) return usageError(command, io, "missing action");
    if (!(ACTIONS as readonly string[]).includes(action)) {
      return usageError(command, io, `unknown action "${action}"`);
    }
    if (extra !== undefined) return usageError(command, io, `unexpected argument "${extra}"`);
    const { guild, global = false } = parsed.values;
    if (guild !== undefined && !SERVER_ID.test(guild)) {
      return usageError(command, io, "--guild needs a server id (a number)");
    }
    if (guild && global) return usageError(command, io, "use --guild or --global, not both");
    if (global && action === "invite") {
      return usageError(command, io, "--global is for register; an invite has no scope");
    }
    try {
      const { loadConfig } = await import("../../../src/config.ts");
      const config = loadConfig(io.env);
      const envGuild = config.DISCORD_GUILD_ID;
      if (guild === undefined && !global && envGuild !== undefined && !SERVER_ID.test(envGuild)) {
        io.stderr(
          `briefbot discord: DISCORD_GUILD_ID=${JSON.stringify(envGuild).slice(0, 40)} is not a server id (a number)\n`,
        );
        return 1;
      }
      // Loaded here, not at the top, so `briefbot --help` does not pay for discord.js.
      const { inviteUrl } = await import("../../discord/invite.ts");
      const { registerCommands } = await import("../../discord/register.ts");
      if (action === "invite") {
        if (!config.DISCORD_APPLICATION_ID) {
          io.stderr(
            "briefbot discord: DISCORD_APPLICATION_ID is not set (General Information in the Developer Portal)\n",
          );
          return 1;
        }
        io.stdout(`${inviteUrl(config.DISCORD_APPLICATION_ID, guild ?? envGuild)}\n`);
        return 0;
      }
      if (!config.DISCORD_TOKEN) {
        io.stderr(
          "briefbot discord: DISCORD_TOKEN is not set (the bot token from the Developer Portal)\n",
        );
        return 1;
      }
      const guildId = global ? undefined : (guild ?? envGuild);
      const result = await registerCommands({
        token: config.DISCORD_TOKEN,
        applicationId: config.DISCORD_APPLICATION_ID,
        guildId,
        apiUrl: config.DISCORD_API_URL,
      });
      const where = result.guildId ? `to guild ${result.guildId}` : "globally";
      io.stdout(
        `Registered /${result.commands.join(", /")} ${where} for application ${result.applicationId}.\n`,
      );
      return 0;
    } catch (error) {
      const message =
        error instanceof BriefbotError || error instanceof Error ? error.message : String(error);
      io.stderr(`briefbot discord: ${message}\n`);
      return 1;
    }
  },
};

export default command;
