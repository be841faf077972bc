// `briefbot discord register [--guild ID] [--global]`: registers the /brief slash command with Discord.
import { BriefbotError } from "../../../src/errors.ts";
import { type CliCommand, usageError } from "../command.ts";

const command: CliCommand = {
  name: "discord",
  summary: "Discord set-up: register the /brief slash command (to a guild or globally)",
  usage:
    "briefbot discord register [--guild ID | --global]\n" +
    "briefbot discord invite [--guild ID]\n" +
    "  --guild ID   register to one server (instant; default: DISCORD_GUILD_ID when set)\n" +
    "  --global     register for every server (ignores DISCORD_GUILD_ID)\n" +
    "  needs DISCORD_TOKEN; DISCORD_APPLICATION_ID and DISCORD_API_URL are optional",
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
      const { loadConfig } = await import("../../../src/config.ts");
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
