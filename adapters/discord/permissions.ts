// Who may change a channel (pin, unpin, subscribe): Manage Messages there, or the configured manager role.
import { type Interaction, PermissionFlagsBits } from "discord.js";
import type { Reply } from "../../src/chat/index.ts";

/**
 * Whether the user behind an interaction may pin, unpin and subscribe in its channel.
 * In a DM the user owns the conversation, so they may. `managerRole` is a role id or name.
 */
export function canManageChannel(interaction: Interaction, managerRole?: string): boolean {
  if (!interaction.inGuild()) return true;
  // Interaction payloads carry the member's permissions computed for this very channel.
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) return true;
  if (!managerRole) return false;
  const roles = interaction.member.roles;
  const roleIds = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  const wanted = managerRole.toLowerCase();
  return roleIds.some(
    (id) =>
      id === managerRole || interaction.guild?.roles.cache.get(id)?.name.toLowerCase() === wanted,
  );
}

/** What the rule asks for, in words, for a refusal of a button ("Pin here"). */
export function manageRule(managerRole?: string): string {
  return `the Manage Messages permission in this channel${managerRole ? ` or the ${managerRole} role` : ""}`;
}

/** The ephemeral refusal shown to someone without the permission, saying why and what would work. */
export function refusalReply(subcommand: string, managerRole?: string): Reply {
  const alternative = managerRole ? ` or the **${managerRole}** role` : "";
  return {
    kind: "usage",
    visibility: "ephemeral",
    title: `You can't ${subcommand} here`,
    sections: [
      {
        text:
          `Pinning, unpinning and subscribing change this channel for everyone, so they need the ` +
          `Manage Messages permission in this channel${alternative}. Ask a moderator to do it.`,
      },
    ],
  };
}
