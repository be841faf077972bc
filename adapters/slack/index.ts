// The Slack adapter: a Bolt app (HTTP receiver or Socket Mode) that routes mentions, DMs,
// thread follow-ups and `/brief` commands to the bot and posts its replies as Block Kit.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import {
  App,
  type Logger as BoltLogger,
  HTTPReceiver,
  LogLevel,
  type RespondFn,
  SocketModeReceiver,
  type webApi,
} from "@slack/bolt";
import type {
  ActionInput,
  BotInput,
  ChannelRef,
  PlatformAdapter,
  Reply,
} from "../../src/chat/index.ts";
import { ChannelGoneError, ConfigError } from "../../src/errors.ts";
import { childLogger, type Logger } from "../../src/log.ts";
import type { Metrics } from "../../src/metrics.ts";
import { type HttpMount, serveWith } from "../../src/ops/index.ts";
import { AnswerQueue } from "./answer-queue.ts";
import type { SlackAdapterDeps } from "./config.ts";

export type { SlackAdapterConfig, SlackAdapterDeps } from "./config.ts";

import { slackErrorCode } from "./errors.ts";
import {
  DEFAULT_BODY_TIMEOUT_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_TIMESTAMP_TOLERANCE_SECONDS,
  guardReceiver,
  type InFlight,
} from "./http-guard.ts";
import { createStoreInstallationStore } from "./installation-store.ts";
import { safeMrkdwn, slackTextToPlain } from "./mrkdwn.ts";
import { RecentKeys } from "./recent.ts";
import { ACTION_ID_PREFIX, renderReply } from "./render.ts";
import { ANSWER_LEASE_MS, REQUEST_KEY_TTL_MS, requestKey } from "./request-key.ts";
import { applyEffects, postEphemeral, postMessages, respondEphemeral } from "./send.ts";

type WebClient = webApi.WebClient;

/** How long the bot remembers answering in a thread (and so answers follow-ups without a mention). */
export const THREAD_MEMORY_MS = 7 * 24 * 60 * 60_000;

/** Bot scopes the app asks for: only those its calls and events need (tests/slack/scopes.test.ts checks). */
export const SLACK_BOT_SCOPES = [
  "app_mentions:read",
  "channels:history",
  "chat:write",
  "commands",
  "groups:history",
  "im:history",
  "mpim:history",
  "pins:write",
] as const;

/** Retries for rate-limited (429) and failed calls: Retry-After is waited out, then backoff. */
export const DEFAULT_RETRY: webApi.RetryOptions = {
  retries: 5,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 30_000,
  randomize: true,
};

/** Test hooks and tuning; production passes none of these. */
export interface SlackAdapterOptions {
  /** Interface the HTTP receiver binds to; default all interfaces. Tests use 127.0.0.1. */
  host?: string;
  /** Port for the HTTP receiver; default `config.port` (0 picks a free port). */
  port?: number;
  /** The slash command name, default `/brief`. */
  slashCommand?: string;
  /** WebClient retry policy; default {@link DEFAULT_RETRY}. */
  retryConfig?: webApi.RetryOptions;
  /** Milliseconds since the epoch, for request claims, thread memory and request timestamps. */
  now?: () => number;
  /** Largest request body the HTTP receiver accepts, in bytes (default 512 KB). */
  maxBodyBytes?: number;
  /** How long a request body may take to arrive, in milliseconds (default 10 s). */
  bodyTimeoutMs?: number;
  /** Most answers worked on at once (default 64); acknowledgements never wait for them. */
  answerConcurrency?: number;
  /** More routes on the HTTP receiver's server (HTTP mode): /healthz, /readyz, /metrics… */
  routes?: readonly HttpMount[];
}

/** The running adapter, with what tests and start-up need to see. */
export interface SlackAdapter extends PlatformAdapter {
  platform: "slack";
  /** The underlying Bolt app. */
  readonly app: App;
  /** "http" (signed requests on PORT) or "socket" (SLACK_APP_TOKEN). */
  readonly mode: "http" | "socket";
  /** Whether multi-workspace OAuth installs are on (SLACK_CLIENT_ID/SECRET). */
  readonly oauth: boolean;
  /** The HTTP receiver's bound address after start(); undefined in Socket Mode. */
  address(): AddressInfo | undefined;
}

/**
 * Builds the Slack adapter from the configuration: Socket Mode when SLACK_APP_TOKEN is set,
 * otherwise the HTTP receiver with signature verification; OAuth installs (kept in the store)
 * when SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set, otherwise the single SLACK_BOT_TOKEN.
 */
export function createSlackAdapter(
  deps: SlackAdapterDeps,
  options: SlackAdapterOptions = {},
): SlackAdapter {
  const { config, bot, store, logger } = deps;
  const mode = config.appToken ? "socket" : "http";
  const oauth = !!(config.clientId && config.clientSecret);
  if (!oauth && !config.botToken) {
    throw new ConfigError(
      "SLACK_BOT_TOKEN is not set: the Slack adapter needs it, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for OAuth installs",
    );
  }
  if (mode === "http" && !config.signingSecret) {
    throw new ConfigError(
      "SLACK_SIGNING_SECRET is not set: the HTTP receiver needs it to verify Slack's requests (or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
  if (oauth && !config.stateSecret) {
    throw new ConfigError(
      "SLACK_STATE_SECRET is not set: OAuth installs (SLACK_CLIENT_ID/SLACK_CLIENT_SECRET) need it to sign the install state",
    );
  }

  const now = options.now ?? Date.now;
  const iso = (ms: number) => new Date(ms).toISOString();
  // Threads we checked and found the bot absent from: spares Slack a conversations.replies call
  // for every message of a busy thread. Short-lived, and a later answer there wins (the store,
  // which every instance writes when it answers in a thread, is checked first).
  const otherThreads = new RecentKeys({ max: 10_000, ttlMs: 10 * 60_000, now });
  const threadLookups = new Map<string, Promise<boolean>>();
  const installationStore = oauth ? createStoreInstallationStore(store) : undefined;
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: config.apiUrl,
    retryConfig: countRetries(options.retryConfig ?? DEFAULT_RETRY, deps.metrics),
    rejectRateLimitedCalls: false,
    ...(deps.metrics && { fetch: countingFetch(deps.metrics) }),
  };

  const installs =
    oauth && installationStore
      ? {
          clientId: config.clientId as string,
          clientSecret: config.clientSecret as string,
          stateSecret: config.stateSecret as string,
          scopes: [...SLACK_BOT_SCOPES],
          installationStore,
        }
      : undefined;

  // HTTP mode: Bolt's own receiver, with the guard in front of it (body size, timestamp window).
  let inFlight: InFlight | undefined;
  let receiver: HTTPReceiver | undefined;
  if (mode === "http") {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret as string,
      endpoints: [EVENTS_PATH],
      logger: boltLogger(logger),
      customRoutes: customRoutes(options.routes ?? [], logger),
      ...(installs && {
        ...installs,
        installerOptions: { directInstall: true, clientOptions },
      }),
    });
    inFlight = guardReceiver(
      receiver,
      [EVENTS_PATH],
      {
        maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        toleranceSeconds: DEFAULT_TIMESTAMP_TOLERANCE_SECONDS,
        bodyTimeoutMs: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
        now,
      },
      logger,
    );
  }

  const app = new App({
    logger: boltLogger(logger),
    clientOptions,
    convoStore: false,
    deferInitialization: true,
    ...(receiver
      ? { receiver }
      : {
          socketMode: true,
          appToken: config.appToken as string,
          ...(installs && {
            ...installs,
            // In Socket Mode, Bolt serves the install pages on their own port: PORT.
            installerOptions: { directInstall: true, port: options.port ?? config.port },
          }),
        }),
    ...(installs ? {} : { token: config.botToken as string }),
  });

  // Answers run after the acknowledgements: see AnswerQueue.
  const answers = new AnswerQueue({
    concurrency: options.answerConcurrency ?? 64,
    arriving: () =>
      !!inFlight &&
      (inFlight.count > 0 || performance.now() - inFlight.lastArrival < ARRIVAL_QUIET_MS),
    logger,
  });

  /**
   * Runs `answer` unless another instance sharing the store (or this one) already answered the
   * same request: a replayed slash command or a re-sent event (Slack's retries carry the same
   * `event_id`) is answered once. The claim is first a lease of ANSWER_LEASE_MS, made the full
   * REQUEST_KEY_TTL_MS once the answer is out: an instance killed mid-answer blocks a retry
   * reaching another instance only until the lease ends. A store failure answers rather than drops.
   */
  async function answerOnce(body: unknown, answer: () => Promise<void>): Promise<void> {
    const key = requestKey(body as Record<string, unknown>);
    if (!key) return answer();
    const at = now();
    let claimed = true;
    try {
      claimed = await store.claimOnce(key, iso(at), iso(at + ANSWER_LEASE_MS));
    } catch (error) {
      logger.warn("slack: could not record the request as answered; answering it anyway", {
        error,
      });
      return answer();
    }
    if (!claimed) {
      logger.info("slack: repeated request ignored", { key });
      return;
    }
    try {
      await answer();
    } finally {
      await store
        .extendClaim(key, iso(now() + REQUEST_KEY_TTL_MS))
        .catch((error: unknown) =>
          logger.warn("slack: could not extend the claim of an answered request", { error }),
        );
    }
  }

  /** The store key of a thread the bot answered in: every instance reads and writes it. */
  const threadKey = (team: string, channel: string, ts: string) =>
    `slack:thread:${team}:${channel}:${ts}`;

  /** Remembers (for THREAD_MEMORY_MS, in the store) that the bot answered in a thread. */
  async function rememberThread(key: string): Promise<void> {
    const at = now();
    await store
      .remember(key, iso(at), iso(at + THREAD_MEMORY_MS))
      .catch((error: unknown) =>
        logger.warn("slack: could not remember the thread in the store", { error }),
      );
  }

  /** Whether the store remembers the bot answering in a thread; a store failure says no. */
  async function rememberedThread(key: string): Promise<boolean> {
    try {
      return await store.remembers(key, iso(now()));
    } catch (error) {
      logger.warn("slack: could not read thread memory from the store; asking Slack", { error });
      return false;
    }
  }

  /** Posts an event's reply (public in the thread, or ephemeral) and remembers the thread. */
  async function answerEvent(
    client: WebClient,
    input: BotInput,
    threadTs: string | undefined,
    reply: Reply,
  ): Promise<void> {
    const channel = input.channel.channel;
    if (reply.visibility === "ephemeral") {
      await postEphemeral(client, { channel, user: input.user.id, ...ts(threadTs) }, reply);
      return;
    }
    const posted = await postMessages(client, { channel, ...ts(threadTs) }, renderReply(reply));
    if (threadTs) await rememberThread(threadKey(input.channel.workspace, channel, threadTs));
    const problem = await applyEffects(reply, posted, {
      client,
      bot,
      logger,
      channel: input.channel,
    });
    if (problem) await postEphemeral(client, { channel, user: input.user.id }, note(problem));
  }

  /** Whether the bot answered in this thread before (the store first, then the thread itself). */
  async function botInThread(
    client: WebClient,
    team: string,
    channel: string,
    threadTs: string,
    botUserId: string | undefined,
  ): Promise<boolean> {
    const key = threadKey(team, channel, threadTs);
    if (await rememberedThread(key)) return true;
    if (!botUserId || otherThreads.has(key)) return false;
    // Messages of one thread often arrive together: share one lookup between them.
    const pending = threadLookups.get(key);
    if (pending) return pending;
    const lookup = (async () => {
      try {
        const replies = await client.conversations.replies({ channel, ts: threadTs, limit: 200 });
        const found = (replies.messages ?? []).some((m) => m.user === botUserId);
        if (found) await rememberThread(key);
        else otherThreads.add(key);
        return found;
      } catch (error) {
        const code = slackErrorCode(error);
        logger.debug("slack: conversations.replies failed", { channel, code });
        return false;
      } finally {
        threadLookups.delete(key);
      }
    })();
    threadLookups.set(key, lookup);
    return lookup;
  }

  async function ask(client: WebClient, asked: BotInput, threadTs: string | undefined) {
    // One request id from here on: the bot's lines and the adapter's carry the same one.
    const input = { ...asked, requestId: randomUUID() };
    const log = childLogger(logger, { requestId: input.requestId, platform: "slack" });
    try {
      const reply = await bot.question(input);
      await answerEvent(client, input, threadTs, reply);
    } catch (error) {
      log.error("slack: answering a question failed", { channel: input.channel.channel, error });
      const sorry = note("Sorry, I could not answer that just now. Try again in a moment.");
      const target = { channel: input.channel.channel, user: input.user.id, ...ts(threadTs) };
      await postEphemeral(client, target, sorry).catch((failure: unknown) =>
        log.warn("slack: could not tell the user about the error", {
          channel: input.channel.channel,
          error: failure,
        }),
      );
    }
  }

  app.event("app_mention", async ({ event, body, client, context }) => {
    if (event.bot_id || (event.subtype && !ALLOWED_SUBTYPES.has(event.subtype))) return;
    const team = context.teamId ?? (body as { team_id?: string }).team_id ?? "unknown";
    const input: BotInput = {
      channel: { platform: "slack", workspace: team, channel: event.channel },
      user: { id: event.user ?? "unknown" },
      text: stripMention(event.text, context.botUserId),
      // the answer goes in the thread (a new one under a top-level mention): follow-ups there
      // are read against it
      thread: { id: event.thread_ts ?? event.ts },
    };
    answers.push(async () => {
      await answerOnce(body, () => ask(client, input, event.thread_ts ?? event.ts));
    });
  });

  app.message(async ({ message, body, client, context }) => {
    const m = message as MessageLike;
    if (m.bot_id || (m.subtype && !ALLOWED_SUBTYPES.has(m.subtype))) return;
    if (!m.user || m.user === context.botUserId || typeof m.text !== "string") return;
    const team = context.teamId ?? (body as { team_id?: string }).team_id ?? "unknown";
    const mentioned = !!context.botUserId && mentionPattern(context.botUserId).test(m.text);
    const input: BotInput = {
      channel: { platform: "slack", workspace: team, channel: m.channel },
      user: { id: m.user },
      text: stripMention(m.text, context.botUserId),
    };
    if (m.channel_type === "im") {
      // DMs: every message is a question; answer beside it, or in its thread if it has one.
      // The DM itself is one conversation, each thread in it another.
      const dm = { ...input, thread: { id: m.thread_ts ?? "dm" } };
      answers.push(async () => {
        await answerOnce(body, () => ask(client, dm, m.thread_ts));
      });
      return;
    }
    // In channels a mention arrives as app_mention too; only unmentioned thread follow-ups here.
    const threadTs = m.thread_ts;
    if (mentioned || !threadTs || threadTs === m.ts) return;
    answers.push(async () => {
      if (!(await botInThread(client, team, m.channel, threadTs, context.botUserId))) return;
      await answerOnce(body, () => ask(client, { ...input, thread: { id: threadTs } }, threadTs));
    });
  });

  const slashCommand = options.slashCommand ?? "/brief";
  app.command(slashCommand, async ({ command, body, ack, respond, client }) => {
    // Acknowledge first: Slack allows 3 seconds, and the work behind a command may be slower.
    await ack();
    answers.push(async () => {
      await answerOnce(body, () => answerCommand(command, respond, client));
    });
  });

  /** Runs a slash command through the bot and posts its reply (ephemeral or public). */
  async function answerCommand(
    command: SlashCommandLike,
    respond: RespondFn,
    client: WebClient,
  ): Promise<void> {
    const channel: ChannelRef = {
      platform: "slack",
      workspace: command.team_id,
      channel: command.channel_id,
    };
    const input: BotInput = {
      channel,
      user: { id: command.user_id, name: command.user_name },
      text: slackTextToPlain(command.text).trim(),
      requestId: randomUUID(),
    };
    const log = childLogger(logger, { requestId: input.requestId, platform: "slack" });
    try {
      const reply = await bot.command(input);
      if (reply.visibility === "ephemeral") {
        await respondEphemeral(respond, reply);
        return;
      }
      // Slash commands are invisible to the channel: say who asked what above the public reply.
      const asked = `<@${command.user_id}> used \`${safeMrkdwn(`${command.command} ${input.text}`.trim()).replace(/`/g, "'")}\``;
      await postCommandReply(client, respond, channel, reply, asked);
    } catch (error) {
      log.error("slack: /brief failed", { channel: channel.channel, error });
      await respondEphemeral(
        respond,
        note("Sorry, that did not work. Try again in a moment."),
      ).catch((failure: unknown) =>
        log.warn("slack: could not tell the user about the error", {
          channel: channel.channel,
          error: failure,
        }),
      );
    }
  }

  // Buttons under the bot's replies (Block Kit actions): acknowledged first, answered after.
  app.action(
    { type: "block_actions", action_id: new RegExp(`^${ACTION_ID_PREFIX}`) },
    async ({ ack, body, respond, client, context }) => {
      await ack();
      answers.push(async () => {
        await answerOnce(body, () =>
          answerAction(body as unknown as BlockActionLike, respond, client, context.teamId),
        );
      });
    },
  );

  /** Runs a button press through the bot; its reply goes to the presser or to the channel. */
  async function answerAction(
    body: BlockActionLike,
    respond: RespondFn,
    client: WebClient,
    contextTeam: string | undefined,
  ): Promise<void> {
    const pressed = body.actions?.[0];
    const channelId = body.channel?.id;
    if (!pressed || typeof pressed.value !== "string" || !channelId) return;
    const channel: ChannelRef = {
      platform: "slack",
      workspace: body.team?.id ?? contextTeam ?? "unknown",
      channel: channelId,
    };
    const input: ActionInput = {
      channel,
      user: { id: body.user.id, ...(body.user.username && { name: body.user.username }) },
      value: pressed.value,
      // On Slack anyone who may use /brief in a channel may pin there: the button follows it.
      mayChangeChannel: true,
      requestId: randomUUID(),
    };
    const log = childLogger(logger, { requestId: input.requestId, platform: "slack" });
    try {
      const reply = await bot.action(input);
      if (reply.visibility === "ephemeral") {
        await respondEphemeral(respond, reply);
        return;
      }
      // A public reply to a press stays beside the message pressed: in its thread when it has one.
      const label = safeMrkdwn(pressed.text?.text ?? "a button").replace(/`/g, "'");
      const asked = `<@${body.user.id}> pressed \`${label}\``;
      const threadTs = body.message?.thread_ts ?? body.container?.thread_ts;
      await postCommandReply(client, respond, channel, reply, asked, threadTs);
    } catch (error) {
      log.error("slack: a button press failed", { channel: channelId, error });
      await respondEphemeral(
        respond,
        note("Sorry, that did not work. Try again in a moment."),
      ).catch((failure: unknown) =>
        log.warn("slack: could not tell the user about the error", {
          channel: channelId,
          error: failure,
        }),
      );
    }
  }

  async function postCommandReply(
    client: WebClient,
    respond: RespondFn,
    channel: ChannelRef,
    reply: Reply,
    preface: string,
    threadTs?: string,
  ): Promise<void> {
    let posted: string[];
    try {
      const messages = renderReply(reply, { preface });
      posted = await postMessages(client, { channel: channel.channel, ...ts(threadTs) }, messages);
    } catch (error) {
      const code = slackErrorCode((error as { cause?: unknown }).cause);
      if (code === "not_in_channel" || code === "channel_not_found") {
        await respondEphemeral(
          respond,
          note(
            "I can't post in this channel yet. Invite me with `/invite @briefbot`, then try again.",
          ),
        );
        return;
      }
      throw error;
    }
    const problem = await applyEffects(reply, posted, { client, bot, logger, channel });
    if (problem) await respondEphemeral(respond, note(problem));
  }

  app.error(async (error) => {
    logger.error("slack: unhandled error", { error });
  });

  let server: { address(): AddressInfo | string | null } | undefined;
  let started = false;
  // Socket Mode: whether the WebSocket is up now (Bolt reconnects by itself).
  let socketUp = false;
  // Bolt keeps its receiver private; the Socket Mode one it built is the only way to the socket.
  const boltReceiver = (app as unknown as { receiver: unknown }).receiver;
  if (boltReceiver instanceof SocketModeReceiver) {
    const socket = boltReceiver.client;
    socket.on("connected", () => {
      socketUp = true;
    });
    for (const down of ["disconnected", "reconnecting"]) {
      socket.on(down, () => {
        socketUp = false;
      });
    }
  }

  /**
   * The bot token for a workspace: the single token, or the stored OAuth installation's.
   * Undefined only when there is no installation; a store failure propagates, so the scheduler
   * retries it rather than pausing the subscription as if the workspace had uninstalled the app.
   */
  async function tokenFor(workspace: string): Promise<string | undefined> {
    if (!oauth) return config.botToken;
    const installation = await store.installation("slack", workspace);
    return (installation?.data as { bot?: { token?: string } } | undefined)?.bot?.token;
  }

  return {
    platform: "slack",
    app,
    mode,
    oauth,
    address() {
      const info = server?.address();
      return info && typeof info === "object" ? info : undefined;
    },
    async start() {
      await app.init();
      started = true;
      if (mode === "socket") {
        await app.start();
        logger.info("slack: connected in Socket Mode");
        return;
      }
      const port = options.port ?? config.port;
      server = (await app.start({
        port,
        ...(options.host ? { host: options.host } : {}),
      })) as typeof server;
      logger.info("slack: listening for events", { port: this.address()?.port, oauth });
    },
    connected() {
      return started && (mode === "http" || socketUp);
    },
    async stop() {
      if (!started) return;
      started = false;
      await app.stop();
      server = undefined;
      // Requests already acknowledged are still answered (for up to 10 s).
      if (!(await answers.drained(10_000))) {
        logger.warn("slack: stopped with answers still pending", { pending: answers.size });
      }
    },
    async deliver(channel, reply) {
      const token = await tokenFor(channel.workspace);
      if (!token) {
        throw new ChannelGoneError(
          `slack: no installation for workspace ${channel.workspace}, cannot post to ${channel.channel}`,
        );
      }
      const posted = await postMessages(
        app.client,
        { channel: channel.channel, token },
        renderReply(reply),
      );
      await applyEffects(reply, posted, { client: app.client, bot, logger, channel, token });
    },
  };
}

/** A burst of requests counts as over once none has arrived for this long (milliseconds). */
const ARRIVAL_QUIET_MS = 10;

/** Where Slack sends events, commands and interactions in HTTP mode. */
const EVENTS_PATH = "/slack/events";

/** The fields of a slash command the adapter uses. */
interface SlashCommandLike {
  command: string;
  text: string;
  team_id: string;
  channel_id: string;
  user_id: string;
  user_name: string;
}

/** The fields of a block_actions payload the adapter uses. */
interface BlockActionLike {
  user: { id: string; username?: string };
  team?: { id: string } | null;
  channel?: { id: string };
  container?: { thread_ts?: string; is_ephemeral?: boolean };
  message?: { ts?: string; thread_ts?: string };
  actions?: { action_id: string; value?: string; text?: { text?: string } }[];
}

/** Message subtypes that are still a person writing (not edits, joins, bot posts). */
const ALLOWED_SUBTYPES: ReadonlySet<string> = new Set(["thread_broadcast", "file_share"]);

interface MessageLike {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
}

function ts(threadTs: string | undefined): { threadTs?: string } {
  return threadTs ? { threadTs } : {};
}

/**
 * Removes the bot's own `<@U…>` mention and turns the rest of Slack's markup into plain text,
 * so the bot sees only the question.
 */
export function stripMention(text: string, botUserId: string | undefined): string {
  const pattern = botUserId ? mentionPattern(botUserId, "g") : /^\s*<@[A-Z0-9]+>/;
  return slackTextToPlain(text.replace(pattern, " ")).replace(/\s+/g, " ").trim();
}

/** The bot's mention as Slack writes it: `<@U123>` or `<@U123|briefbot>`. */
function mentionPattern(botUserId: string, flags = ""): RegExp {
  return new RegExp(`<@${botUserId}(\\|[^>]*)?>`, flags);
}

/** A one-line ephemeral note. */
function note(text: string): Reply {
  return { sections: [{ text }], visibility: "ephemeral", kind: "error" };
}

/** The mounts as Bolt custom routes: each path, each method, served by the mounts in order. */
function customRoutes(mounts: readonly HttpMount[], logger: Logger) {
  return mounts.flatMap((mount) =>
    mount.paths.map((path) => ({
      path,
      method: [...(mount.methods ?? ["GET", "HEAD"])],
      handler: (req: Parameters<HttpMount["handle"]>[0], res: Parameters<HttpMount["handle"]>[1]) =>
        void serveWith(mounts, req, res, logger),
    })),
  );
}

/** The retry policy, with each retried call counted. */
function countRetries(
  policy: webApi.RetryOptions,
  metrics: Metrics | undefined,
): webApi.RetryOptions {
  if (!metrics) return policy;
  // p-retry's hook (the WebClient retries through p-retry); not in the WebClient's own type.
  const counted: webApi.RetryOptions & { onFailedAttempt(error: { retriesLeft?: number }): void } =
    {
      ...policy,
      onFailedAttempt(error) {
        if ((error.retriesLeft ?? 0) > 0) metrics.platformApiRetry("slack");
      },
    };
  return counted;
}

/**
 * `fetch` for the WebClient and `respond`, counting failed calls: an HTTP status other than 200
 * (429 as `ratelimited`), a network failure, or Slack's `{ ok: false, error }`.
 */
function countingFetch(metrics: Metrics): typeof fetch {
  return async (input, init) => {
    let response: Response;
    try {
      response = await fetch(input, init);
    } catch (error) {
      metrics.platformApiError("slack", "network");
      throw error;
    }
    if (response.status === 429) metrics.platformApiError("slack", "ratelimited");
    else if (response.status !== 200) metrics.platformApiError("slack", `http_${response.status}`);
    else if (response.headers.get("content-type")?.includes("json")) {
      void response
        .clone()
        .json()
        .then((data: unknown) => {
          const body = data as { ok?: unknown; error?: unknown } | null;
          if (body?.ok === false) metrics.platformApiError("slack", String(body.error ?? "error"));
        })
        .catch(() => {});
    }
    return response;
  };
}

/** Bolt's logger interface on top of briefbot's (which masks secrets). */
function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) =>
    `slack: ${parts.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join(" ")}`;
  return {
    debug: (...m: unknown[]) => logger.debug(line(m)),
    info: (...m: unknown[]) => logger.info(line(m)),
    warn: (...m: unknown[]) => logger.warn(line(m)),
    error: (...m: unknown[]) => logger.error(line(m)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

export { renderReply, SLACK_LIMITS } from "./render.ts";
export { slashCommandNames, slashCommandUsageHint } from "./usage.ts";
