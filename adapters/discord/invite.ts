// The invite link a server admin opens to add briefbot, with exactly the permissions it uses.
import { ApplicationIntegrationType, PermissionFlagsBits } from "discord.js";

/**
 * What the bot itself needs in a channel: see it, answer (also in threads) with embeds, reply to
 * the message that mentioned it (a reply needs Read Message History), and pin briefing cards. It
 * never needs to delete anyone's messages, nor the Message Content intent (an opt-in).
 */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.PinMessages;

/**
 * `https://discord.com/oauth2/authorize?…` with the bot and applications.commands scopes, as a
 * server install (the commands' only integration type: command-access.ts).
 */
export function inviteUrl(applicationId: string, guildId?: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: "bot applications.commands",
    permissions: BOT_PERMISSIONS.toString(),
    integration_type: String(ApplicationIntegrationType.GuildInstall),
  });
  if (guildId) {
    params.set("guild_id", guildId);
    params.set("disable_guild_select", "true");
  }
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
