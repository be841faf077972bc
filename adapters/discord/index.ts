// Public entry of the Discord adapter: the factory, the command definitions and registration.
export {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterOptions,
} from "./adapter.ts";
export { buildBriefCommand, COMMAND_NAME, commandDefinitions, SUBCOMMANDS } from "./commands.ts";
export type { DiscordAdapterConfig, DiscordAdapterDeps } from "./config.ts";
export { BOT_PERMISSIONS, inviteUrl } from "./invite.ts";
export { type RegisterOptions, type RegisterResult, registerCommands } from "./register.ts";
export { EMBED_LIMITS, type RenderedMessage, renderReply } from "./render.ts";
export { NO_MENTIONS } from "./send.ts";
