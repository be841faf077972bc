// The Discord adapter: a discord.js client that turns /brief, mentions and DMs into bot calls and posts replies.
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  Events,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  RESTEvents,
  Status,
} from "discord.js";
import { askCommand, commandPrefix } from "../../src/bot/index.ts";
import type {
  ActionInput,
  BotInput,
  BriefingChoice,
  ChannelRef,
  PlatformAdapter,
  Reply,
  ThreadRef,
} from "../../src/chat/index.ts";
import { PlatformError } from "../../src/errors.ts";
import { MANAGE_COMMAND_NAME } from "./command-access.ts";
import {
  COMMAND_NAME,
  commandText,
  completionOf,
  EPHEMERAL_SUBCOMMANDS,
  MANAGER_SUBCOMMANDS,
} from "./commands.ts";
import type { DiscordAdapterDeps } from "./config.ts";
import { gatewayIntents, shardOptions } from "./gateway.ts";
import { canManageChannel, manageRule, refusalReply } from "./permissions.ts";
import { type RenderedMessage, renderReply, truncate } from "./render.ts";
import {
  describe,
  NO_MENTIONS,
  pinMessage,
  postMessage,
  postReply,
  sendTyping,
  unpinMessage,
} from "./send.ts";
import { timeZoneChoices } from "./timezones.ts";

/** Test hooks and tuning; production uses the defaults. */
export interface DiscordAdapterOptions {
  /** Defer an interaction when the bot has not answered within this many ms (default 1500; Discord allows 3000). */
  deferAfterMs?: number;
  /** At most this many messages per reply before it is cut (default 3; digests and pinned cards 5). */
  maxMessages?: number;
  /** How long start() waits for the gateway to be ready (default 60 s). */
  readyTimeoutMs?: number;
  /** Extra discord.js client options (tests shorten REST retries and timeouts here). */
  clientOptions?: Partial<ClientOptions>;
  /** How long stop() waits for answers in flight before disconnecting (default 10 s). */
  drainMs?: number;
}

/** The running adapter; `client` is exposed for start-up diagnostics and tests. */
export interface DiscordAdapter extends PlatformAdapter {
  readonly client: Client;
}

/**
 * Creates the Discord adapter. `start()` logs in with `DISCORD_TOKEN` against `DISCORD_API_URL`
 * and resolves once the gateway is ready; `deliver()` posts a reply to a channel (digests).
 */
export function createDiscordAdapter(
  deps: DiscordAdapterDeps,
  options: DiscordAdapterOptions = {},
): DiscordAdapter {
  const { config, bot, logger } = deps;
  const metrics = deps.metrics;
  const token = config.token;
  const managerRole = config.managerRole;
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const maxMessages = options.maxMessages ?? 3;
  const longMaxMessages = Math.max(maxMessages, 5);

  const extra = options.clientOptions ?? {};
  const client = new Client({
    intents: gatewayIntents(config.messageContent ?? false),
    ...shardOptions(config.shards, config.shardCount),
    // DM channels are not cached until used; without this partial, DMs would be dropped.
    partials: [Partials.Channel],
    allowedMentions: { ...NO_MENTIONS },
    ...extra,
    rest: { ...extra.rest, api: config.apiUrl },
  });
  // Set now so deliver() works even before the gateway is up.
  if (token) client.rest.setToken(token);

  client.on(Events.Error, (error) => logger.error("discord: client error", { error }));
  client.on(Events.Warn, (message) => logger.warn(`discord: ${message}`));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn("discord: gateway disconnected for good", { code: event.code, shard }),
  );
  if (metrics) {
    // Every REST response (discord.js retries 429s and 5xx itself): failures and retries counted.
    const retries = client.rest.options.retries;
    client.rest.on(RESTEvents.Response, (request, response) => {
      if (response.status < 400) return;
      metrics.platformApiError("discord", String(response.status));
      if (response.status === 429 || (response.status >= 500 && request.retries < retries)) {
        metrics.platformApiRetry("discord");
      }
    });
  }
  // Answers in flight, so that stop() lets them finish before it disconnects.
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;
  const track = (work: Promise<unknown>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) return;
    track(
      onInteraction(interaction).catch((error) =>
        logger.error("discord: interaction failed", { interaction: interaction.id, error }),
      ),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    if (stopping) return;
    track(
      onMessage(message).catch((error) =>
        logger.error("discord: message handling failed", { message: message.id, error }),
      ),
    );
  });

  function channelRef(guildId: string | null, channelId: string): ChannelRef {
    return { platform: "discord", workspace: guildId ?? "dm", channel: channelId };
  }

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete() && COMMAND_NAMES.has(interaction.commandName)) {
      await onAutocomplete(interaction);
    } else if (interaction.isChatInputCommand() && COMMAND_NAMES.has(interaction.commandName)) {
      await onCommand(interaction);
    } else if (interaction.isButton() && interaction.customId.startsWith(BUTTON_PREFIX)) {
      await onButton(interaction);
    }
  }

  /**
   * A button under one of the bot's messages: its custom_id is its state. Pinning follows the
   * pin command's rule (Manage Messages or the manager role); a refusal is only for the presser.
   */
  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const channel = channelRef(interaction.guildId, interaction.channelId);
    const input: ActionInput = {
      channel,
      user: { id: interaction.user.id, name: interaction.user.username },
      value: interaction.customId,
      mayChangeChannel: canManageChannel(interaction, managerRole),
      changeChannelRule: manageRule(managerRole),
    };
    const work = bot.action(input).then(
      (reply) => applyEffects(reply, channel, interaction.id),
      (error: unknown) => {
        logger.error("discord: button failed", { interaction: interaction.id, error });
        return errorReply();
      },
    );
    // Discord wants an answer within 3 s, for a press as for a command.
    if (!(await settlesWithin(work, deferAfterMs))) {
      try {
        await interaction.deferReply();
      } catch (error) {
        logger.error("discord: could not defer the reply", { interaction: interaction.id, error });
        return;
      }
    }
    await respond(interaction, await work);
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const query = String(focused.value);
    let choices: { name: string; value: string }[] = [];
    try {
      const complete = completionOf(interaction.options.getSubcommand(false), focused.name);
      if (complete === "timezone") choices = timeZoneChoices(query, 25);
      else if (complete === "briefing") {
        choices = bot
          .briefingChoices(query, 25)
          // Discord rejects values over 100 characters; the id option cannot hold them either.
          .filter((c) => c.id.length <= 100)
          .map((c) => ({ name: choiceName(c), value: c.id }));
      }
    } catch (error) {
      logger.error("discord: autocomplete failed", { interaction: interaction.id, error });
    }
    await interaction.respond(choices.slice(0, 25));
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const { subcommand, text } = commandText(interaction);
    // Under /brief-manage, Discord has already applied its command permissions (the default of
    // Manage Messages, or what a server admin set). The same subcommand under /brief comes from a
    // registration older than /brief-manage: it gets the check those commands had.
    const stale =
      MANAGER_SUBCOMMANDS.has(subcommand) && interaction.commandName !== MANAGE_COMMAND_NAME;
    if (stale) {
      logger.warn(
        "discord: commands registered by an older briefbot: run `briefbot discord register`",
        {
          interaction: interaction.id,
          subcommand,
        },
      );
    }
    if (stale && !canManageChannel(interaction, managerRole)) {
      await respond(interaction, refusalReply(subcommand, managerRole));
      return;
    }
    const input: BotInput = {
      channel: channelRef(interaction.guildId, interaction.channelId),
      user: { id: interaction.user.id, name: interaction.user.username },
      text,
    };
    const work = bot.command(input).then(
      (reply) => applyEffects(reply, input.channel, interaction.id),
      (error: unknown) => {
        logger.error("discord: command failed", { interaction: interaction.id, text, error });
        return errorReply();
      },
    );
    // Discord wants an answer within 3 s: defer when the bot is not done within the budget.
    if (!(await settlesWithin(work, deferAfterMs))) {
      try {
        await interaction.deferReply(
          EPHEMERAL_SUBCOMMANDS.has(subcommand) ? { flags: MessageFlags.Ephemeral } : {},
        );
      } catch (error) {
        logger.error("discord: could not defer the reply", { interaction: interaction.id, error });
        return;
      }
    }
    await respond(interaction, await work);
  }

  /** Sends a reply to an interaction (reply, or edit after deferral, plus follow-ups); never throws. */
  async function respond(interaction: Repliable, reply: Reply): Promise<void> {
    const ephemeral = reply.visibility === "ephemeral";
    const flags = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
    const [first, ...rest] = renderReply(reply, { maxMessages });
    try {
      if (first) {
        const payload = {
          embeds: first.embeds,
          components: first.components ?? [],
          allowedMentions: NO_MENTIONS,
        };
        if (!interaction.deferred && !interaction.replied) {
          await interaction.reply({ ...payload, ...flags });
        } else if (ephemeral && !interaction.ephemeral) {
          // Deferred in public but the reply is private: drop the placeholder, answer privately.
          await interaction.deleteReply();
          await interaction.followUp({ ...payload, ...flags });
        } else {
          await interaction.editReply(payload);
        }
      }
      for (const message of rest) {
        await interaction.followUp({
          embeds: message.embeds,
          components: message.components ?? [],
          allowedMentions: NO_MENTIONS,
          ...flags,
        });
      }
    } catch (error) {
      logger.error("discord: could not send the reply", { interaction: interaction.id, error });
      await tellUserAboutError(interaction);
    }
  }

  async function tellUserAboutError(interaction: Repliable): Promise<void> {
    const [message] = renderReply(errorReply());
    if (!message) return;
    const payload = {
      embeds: message.embeds,
      allowedMentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral as const,
    };
    try {
      if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
      else await interaction.reply(payload);
    } catch (error) {
      logger.error("discord: could not tell the user about an error", {
        interaction: interaction.id,
        error,
      });
    }
  }

  /**
   * Carries out what the reply asks besides being posted. `pin`: the reply (the briefing card) is
   * posted to the channel as the bot's own message, pinned, and its id given to the bot; the
   * command then only confirms, privately, so the card is not shown twice. `unpin`: the stored
   * message is unpinned. When Discord refuses, the reply says so and is shown as usual.
   */
  async function applyEffects(reply: Reply, channel: ChannelRef, origin: string): Promise<Reply> {
    let result = reply;
    const channelId = channel.channel;
    for (const effect of reply.effects ?? []) {
      try {
        if (effect.type === "pin") {
          const { effects: _effects, ...card } = reply;
          const posted = await postReply(client.rest, channelId, card, longMaxMessages);
          const first = posted[0];
          if (!first) continue;
          // From here on the pin line is in the channel: the asker gets a link to it.
          result = pinnedReply(effect.briefing, messageLink(channel, first.id));
          await pinMessage(client.rest, channelId, first.id);
          await bot.notePinMessage(channel, effect.briefing, first.id);
        } else if (effect.messageRef) {
          await unpinMessage(client.rest, channelId, effect.messageRef);
        }
      } catch (error) {
        logger.error(`discord: could not ${effect.type} the card message`, {
          origin,
          briefing: effect.briefing,
          error,
        });
        result = withNote(
          result,
          `The briefing is ${effect.type === "pin" ? "pinned" : "unpinned"} for questions here, ` +
            `but Discord would not let me ${effect.type} its message: ${describe(error)}.`,
        );
      }
    }
    return result;
  }

  async function onMessage(message: Message): Promise<void> {
    if (message.author.bot || message.system || !client.user) return;
    const me = client.user.id;
    // People often pick the bot's own role from the @ list rather than the bot: accept both.
    const botRoles = message.mentions.roles.filter((role) => role.tags?.botId === me);
    if (message.inGuild() && !message.mentions.users.has(me) && botRoles.size === 0) return;
    const mentionPattern = new RegExp(
      `<@!?${me}>|${[...botRoles.keys()].map((id) => `<@&${id}>`).join("|") || "(?!)"}`,
      "g",
    );
    if (message.inGuild() && message.content === "" && !config.messageContent) {
      // Without the Message Content intent Discord withholds the text of a role mention.
      await postUnreadableHint(message);
      return;
    }
    const text = message.content.replace(mentionPattern, " ").replace(/\s+/g, " ").trim();
    const input: BotInput = {
      channel: channelRef(message.guildId, message.channelId),
      user: { id: message.author.id, name: message.author.username },
      // Nothing but a mention: the bot answers an empty command with its help.
      text,
      thread: await conversationOf(message, me),
    };
    const work = (text ? bot.question(input) : bot.command(input)).catch((error: unknown) => {
      logger.error("discord: question failed", { message: message.id, error });
      return errorReply();
    });
    // No deferral for plain messages: show "typing…" while a slow answer is on its way.
    if (!(await settlesWithin(work, deferAfterMs))) {
      sendTyping(client.rest, message.channelId).catch((error: unknown) =>
        logger.debug("discord: typing indicator failed", { channel: message.channelId, error }),
      );
    }
    const reply = await work;
    const [first, ...rest] = renderReply(reply, { maxMessages });
    try {
      if (first) await replyTo(message, first);
      for (const more of rest) await postMessage(client.rest, message.channelId, more);
    } catch (error) {
      logger.error("discord: could not reply to a message", {
        message: message.id,
        channel: message.channelId,
        error,
      });
    }
  }

  /**
   * A message's place in a reply chain: a reply to one of the bot's answers follows the question
   * that answer replied to (the bot answers every question as a reply to it), so the context
   * kept for that question is read. Anything else starts a conversation of its own.
   */
  async function conversationOf(message: Message, me: string): Promise<ThreadRef> {
    if (!message.reference?.messageId) return { id: message.id };
    try {
      const replied = await message.fetchReference();
      const asked = replied.reference?.messageId;
      if (replied.author.id === me && asked) return { id: message.id, follows: asked };
    } catch (error) {
      logger.debug("discord: could not read the message replied to; reading the question alone", {
        message: message.id,
        error: describe(error),
      });
    }
    return { id: message.id };
  }

  async function postUnreadableHint(message: Message): Promise<void> {
    const [hint] = renderReply(unreadableReply());
    if (!hint) return;
    try {
      await replyTo(message, hint);
    } catch (error) {
      logger.error("discord: could not reply to a message", { message: message.id, error });
    }
  }

  /** Replies to a message; when Discord refuses the reference (no message history), posts plainly. */
  async function replyTo(message: Message, rendered: RenderedMessage): Promise<void> {
    try {
      await message.reply({
        embeds: rendered.embeds,
        ...(rendered.components && { components: rendered.components }),
        allowedMentions: NO_MENTIONS,
      });
    } catch (error) {
      logger.warn("discord: reply refused, posting without the reference", {
        message: message.id,
        error: describe(error),
      });
      await postMessage(client.rest, message.channelId, rendered);
    }
  }

  return {
    platform: "discord",
    client,
    async start() {
      if (!token) throw new PlatformError("DISCORD_TOKEN is not set: the Discord adapter needs it");
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        timer = setTimeout(
          () => reject(new PlatformError("Discord gateway: not ready in time (DISCORD_API_URL?)")),
          options.readyTimeoutMs ?? 60_000,
        );
        client.once(Events.ClientReady, () => resolve());
      });
      try {
        await Promise.all([client.login(token), ready]);
      } catch (error) {
        // A bad token or an unreachable API: release the client so the process can exit.
        await client.destroy();
        throw error instanceof PlatformError
          ? error
          : new PlatformError(`Discord login at ${config.apiUrl} failed: ${describe(error)}`, {
              cause: error,
            });
      } finally {
        clearTimeout(timer);
      }
      logger.info("discord: connected", {
        user: client.user?.tag,
        guilds: client.guilds.cache.size,
        // Which shards of how many this instance runs, to check a split across instances.
        shards: [...client.ws.shards.keys()],
        shardCount: client.options.shardCount,
      });
    },
    async stop() {
      stopping = true;
      if (inFlight.size > 0) {
        const pending = inFlight.size;
        let timer: NodeJS.Timeout | undefined;
        const drained = await Promise.race([
          Promise.allSettled([...inFlight]).then(() => true),
          new Promise<false>((resolve) => {
            timer = setTimeout(() => resolve(false), options.drainMs ?? 10_000);
          }),
        ]);
        clearTimeout(timer);
        if (drained) logger.info("discord: answers in flight finished", { pending });
        else logger.warn("discord: stopped with answers still pending", { pending: inFlight.size });
      }
      await client.destroy();
    },
    connected() {
      return !stopping && client.ws.status === Status.Ready;
    },
    async deliver(channel, reply) {
      if (channel.platform !== "discord") {
        throw new PlatformError(`discord adapter cannot deliver to platform "${channel.platform}"`);
      }
      await postReply(client.rest, channel.channel, reply, longMaxMessages);
    },
  };
}

/** An interaction the bot answers with a message: a slash command or a button press. */
type Repliable = ChatInputCommandInteraction | ButtonInteraction;

/** What every button the bot writes starts with (its state's version); others are not ours. */
const BUTTON_PREFIX = "bb1:";

/** The command names briefbot answers to. */
const COMMAND_NAMES: ReadonlySet<string> = new Set([COMMAND_NAME, MANAGE_COMMAND_NAME]);

/** Resolves true when the promise settles within `ms`, false otherwise (it keeps running). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How a briefing shows in the autocomplete list (at most 100 characters): the id only when it fits. */
function choiceName(choice: BriefingChoice): string {
  const full = `${choice.date} · ${choice.title} — ${choice.id}`;
  return full.length <= 100 ? full : truncate(`${choice.date} · ${choice.title}`, 100);
}

function errorReply(): Reply {
  return {
    kind: "error",
    visibility: "ephemeral",
    sections: [{ text: "Sorry, something went wrong on my side. Please try again in a moment." }],
  };
}

/** For a mention whose text Discord withheld: what works without the Message Content intent. */
function unreadableReply(): Reply {
  return {
    kind: "usage",
    visibility: "public",
    sections: [
      {
        text:
          "I can't read messages that mention my role: Discord shows me the text only when " +
          `I am mentioned by name, or in a DM. Mention @briefbot itself, or use ` +
          `${commandPrefix("discord", askCommand)}${askCommand.name}.`,
      },
    ],
  };
}

function pinnedReply(briefing: string, link: string): Reply {
  return {
    kind: "ok",
    visibility: "ephemeral",
    sections: [{ text: `Pinned ${briefing} in this channel: ${link}` }],
  };
}

/** The address that opens a message in Discord; direct messages live under `@me`. */
function messageLink(channel: ChannelRef, messageId: string): string {
  const guild = channel.workspace === "dm" ? "@me" : channel.workspace;
  return `https://discord.com/channels/${guild}/${channel.channel}/${messageId}`;
}

function withNote(reply: Reply, note: string): Reply {
  return { ...reply, sections: [...reply.sections, { text: note }] };
}
