// `briefbot discord register [--guild ID] [--global]`: registers the /brief slash command with Discord.

import { loadConfig } from "../../../src/config.ts";
import { BriefbotError } from "../../../src/errors.ts";
import { type CliCommand, usageError } from "../command.ts";

const command: CliCommand = {
  name: "discord",
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
    "    --guild ID  pre-select that server in the link (default: DISCORD_GUILD_ID when set)",
  async run(args, io) {
    const [action, ...rest] = args;
    if (action !== "register" && action !== "invite") {
      return usageError(command, io, action ? `unknown action "${action}"` : "missing action");
    }
    let guild: string | undefined;
    let global = false;
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i];
      if (arg === "--global") global = true;
      else if (arg === "--guild") {
        guild = rest[++i];
        if (!guild || !/^\d{5,25}$/.test(guild)) {
          return usageError(command, io, "--guild needs a server id (a number)");
        }
      } else if (arg?.startsWith("--guild=")) guild = arg.slice("--guild=".length);
      else return usageError(command, io, `unknown argument "${arg}"`);
    }
    if (guild && global) return usageError(command, io, "use --guild or --global, not both");
    try {
      const config = loadConfig(io.env);
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
        io.stdout(
          `${inviteUrl(config.DISCORD_APPLICATION_ID, guild ?? config.DISCORD_GUILD_ID)}\n`,
        );
        return 0;
      }
      if (!config.DISCORD_TOKEN) {
        io.stderr(
          "briefbot discord: DISCORD_TOKEN is not set (the bot token from the Developer Portal)\n",
        );
        return 1;
      }
      const guildId = global ? undefined : (guild ?? config.DISCORD_GUILD_ID);
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
