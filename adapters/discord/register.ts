// Registers the /brief command with Discord: a bulk overwrite, so running it again is safe.
import { type APIApplication, REST, Routes } from "discord.js";
import { PlatformError } from "../../src/errors.ts";
import { commandDefinitions } from "./commands.ts";

export interface RegisterOptions {
  token: string;
  /** The application id; fetched from `GET /applications/@me` when not given. */
  applicationId?: string | undefined;
  /** Register to this guild only (instant, for trying it out); globally when absent. */
  guildId?: string | undefined;
  /** REST base, e.g. https://discord.com/api (the API version is appended). */
  apiUrl: string;
}

export interface RegisterResult {
  scope: "guild" | "global";
  applicationId: string;
  guildId?: string;
  /** Names of the commands Discord now has. */
  commands: string[];
}

/** Overwrites the application's commands (in one guild, or globally) with the /brief definition. */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST({ api: options.apiUrl, retries: 1 }).setToken(options.token);
  try {
    const applicationId =
      options.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
    const route = options.guildId
      ? Routes.applicationGuildCommands(applicationId, options.guildId)
      : Routes.applicationCommands(applicationId);
    // contexts and integration_types exist for global commands only; a guild's are its own.
    const body = options.guildId
      ? commandDefinitions().map(
          ({ contexts: _c, integration_types: _i, ...guildOnly }) => guildOnly,
        )
      : commandDefinitions();
    const saved = (await rest.put(route, { body })) as { name: string }[];
    return {
      scope: options.guildId ? "guild" : "global",
      applicationId,
      ...(options.guildId ? { guildId: options.guildId } : {}),
      commands: saved.map((c) => c.name),
    };
  } catch (error) {
    const where = options.guildId ? `guild ${options.guildId}` : "globally";
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlatformError(`Discord command registration (${where}) failed: ${reason}`, {
      cause: error,
    });
  }
}
