// Who may use which command, where: the channel-changing subcommands under a command of their own
// that carries Discord's default_member_permissions, and each command's contexts and install types.
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { findCommand } from "../../src/bot/index.ts";

/**
 * The command holding the subcommands that change a channel for everyone (pin, unpin, subscribe,
 * unsubscribe). Discord's command permissions apply to a whole command, not to a subcommand, so
 * these live apart from `/brief` for server admins to allow or restrict in Server Settings →
 * Integrations.
 */
export const MANAGE_COMMAND_NAME = "brief-manage";

/**
 * Who may use `/brief-manage` until a server admin decides otherwise: members with Manage
 * Messages in the channel, the permission Discord itself asks for to pin a message. Admins and
 * the roles or members an admin allows in Integrations may use it too; in a DM with the bot
 * Discord applies no member permissions, and the user owns the conversation.
 */
export const MANAGE_PERMISSIONS = PermissionFlagsBits.ManageMessages;

/**
 * Both commands work in servers and in DMs with the bot, for a server install only: answers,
 * pins and digests are posted by the bot user, which a user install does not bring along.
 */
export const COMMAND_CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM];
export const COMMAND_INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall];

const MANAGE_DESCRIPTION = "Pin briefings and set the daily digest in this channel";

/** Whether a subcommand is registered under `/brief-manage` rather than `/brief`. */
export function isManaged(subcommand: string): boolean {
  return findCommand(subcommand)?.changesChannel ?? false;
}

/**
 * Splits the full `/brief` definition into `/brief` and `/brief-manage`, each with its contexts,
 * install types and (for `/brief-manage`) default member permissions. The `help` choices keep
 * naming every subcommand.
 */
export function withAccess(
  brief: RESTPostAPIChatInputApplicationCommandsJSONBody,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const options = brief.options ?? [];
  const isSubcommand = (o: (typeof options)[number]) =>
    o.type === ApplicationCommandOptionType.Subcommand;
  const access = {
    contexts: COMMAND_CONTEXTS,
    integration_types: COMMAND_INTEGRATION_TYPES,
  };
  return [
    {
      ...brief,
      ...access,
      default_member_permissions: null,
      options: options.filter((o) => !isSubcommand(o) || !isManaged(o.name)),
    },
    {
      ...brief,
      ...access,
      name: MANAGE_COMMAND_NAME,
      description: MANAGE_DESCRIPTION,
      default_member_permissions: MANAGE_PERMISSIONS.toString(),
      options: options.filter((o) => isSubcommand(o) && isManaged(o.name)),
    },
  ];
}
