// The composition root: configuration, logger, briefings, engine, store, bot, scheduler and the
// platform adapters, wired together and shut down in order.
import { resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { createBot, limitReply, withCitationLinks } from "../src/bot/index.ts";
import { BriefingLibrary } from "../src/briefing/index.ts";
import type { Bot, Platform, PlatformAdapter } from "../src/chat/index.ts";
import { type Config, loadConfig, secretValues } from "../src/config.ts";
import { dailyReply, dailySummary } from "../src/daily/index.ts";
import { connectEngine, openEngine } from "../src/engine/index.ts";
import { createLogger, type Logger, maskSecrets } from "../src/log.ts";
import type { Metrics } from "../src/metrics.ts";
import {
  botReadinessChecks,
  createPrometheusMetrics,
  type HttpMount,
  opsRoutes,
  type PrometheusMetrics,
  type ReadinessParts,
  startHttpServer,
} from "../src/ops/index.ts";
import { createScheduler } from "../src/schedule/index.ts";
import type { Store } from "../src/store/index.ts";
import { openStore, redactDatabaseUrl } from "../src/store/index.ts";
import { consoleHistoryFile, createConsoleAdapter } from "./console/index.ts";
import type { DiscordAdapterConfig } from "./discord/config.ts";
import type { SlackAdapterConfig } from "./slack/config.ts";
import type { SlackAdapter } from "./slack/index.ts";
import type { RunningWebView } from "./web/start.ts";

/** Command-line flags of `briefbot start`; each overrides its environment variable. */
export interface StartFlags {
  dir?: string;
  store?: string;
  adapters?: string;
  timezone?: string;
  maxBriefingBytes?: string;
}

export interface StartOptions {
  env: Record<string, string | undefined>;
  flags?: StartFlags;
  cwd: string;
  stdin: Readable;
  stdout: Writable;
  /** Where log lines go (stderr by default). */
  writeLog?: (line: string) => void;
  /** Whether a person reads the log in a terminal: readable lines then, JSON otherwise (LOG_FORMAT wins). */
  logToTerminal?: boolean;
  /** Interface the operations server binds to (default all); tests use 127.0.0.1. */
  httpHost?: string;
  /** Stop on SIGINT and SIGTERM (default true). */
  handleSignals?: boolean;
}

export interface RunningBriefbot {
  config: Config;
  adapters: PlatformAdapter[];
  /** The web view, when BRIEFBOT_WEB=on. */
  web?: RunningWebView;
  logger: Logger;
  metrics: PrometheusMetrics;
  /** Where /healthz, /readyz and /metrics are served, once running; undefined when nowhere. */
  httpPort(): number | undefined;
  /** Stops everything (idempotent). */
  stop(): Promise<void>;
  /** Settles once everything has stopped (console /quit, a signal, or `stop()`). */
  done: Promise<void>;
}

/** Merges flags over the environment, then validates; throws ConfigError naming the variable. */
export function resolveConfig(env: StartOptions["env"], flags: StartFlags = {}): Config {
  return loadConfig({
    ...env,
    ...(flags.dir !== undefined && { BRIEFBOT_BRIEFINGS_DIR: flags.dir }),
    ...(flags.store !== undefined && { BRIEFBOT_STORE_PATH: flags.store }),
    ...(flags.adapters !== undefined && { BRIEFBOT_ADAPTERS: flags.adapters }),
    ...(flags.timezone !== undefined && { BRIEFBOT_TIMEZONE: flags.timezone }),
    ...(flags.maxBriefingBytes !== undefined && {
      BRIEFBOT_MAX_BRIEFING_BYTES: flags.maxBriefingBytes,
    }),
  });
}

/** Which adapters to start: as configured, else Slack/Discord when their tokens are set, else the console. */
export function chooseAdapters(config: Config): Platform[] {
  if (config.BRIEFBOT_ADAPTERS?.length) return [...new Set(config.BRIEFBOT_ADAPTERS)];
  const chosen: Platform[] = [];
  if (config.SLACK_BOT_TOKEN || (config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET)) {
    chosen.push("slack");
  }
  if (config.DISCORD_TOKEN) chosen.push("discord");
  return chosen.length ? chosen : ["console"];
}

/** Starts briefbot; resolves once every adapter is running. */
export async function startBriefbot(options: StartOptions): Promise<RunningBriefbot> {
  const config = resolveConfig(options.env, options.flags);
  const platforms = chooseAdapters(config);
  // The console chat shares the terminal with the log: keep it to warnings unless asked.
  const quietConsole = platforms.includes("console") && !options.env.LOG_LEVEL;
  const secrets = secretValues(config);
  const logger = createLogger({
    level: quietConsole ? "warn" : config.LOG_LEVEL,
    secrets,
    format: config.LOG_FORMAT ?? (options.logToTerminal ? "pretty" : "json"),
    ...(options.writeLog && { write: options.writeLog }),
  });
  const metrics = createPrometheusMetrics({ platforms });
  let shuttingDown = false;
  let httpPort: () => number | undefined = () => undefined;
  const cleanups: (() => Promise<void> | void)[] = [];
  let stopping: Promise<void> | undefined;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  const adapters: PlatformAdapter[] = [];
  let web: RunningWebView | undefined;
  // Filled in as the parts come up; /readyz reports whichever is missing.
  const parts: ReadinessParts = { platforms, adapters };

  const stop = () => {
    // From now on /readyz answers 503, so a load balancer sends no more while answers drain.
    shuttingDown = true;
    stopping ??= (async () => {
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch (error) {
          logger.error("start: a shutdown step failed", { error });
        }
      }
      logger.info("briefbot stopped");
      resolveDone();
    })();
    return stopping;
  };

  try {
    // First: a store that cannot be written (or reached) stops the start with one line, before any loading.
    const store = await openStore({
      databaseUrl: config.BRIEFBOT_DATABASE_URL,
      sqlitePath: resolve(options.cwd, config.BRIEFBOT_STORE_PATH),
      poolSize: config.BRIEFBOT_DATABASE_POOL_SIZE,
    });
    cleanups.push(() => store.close());
    parts.store = store;

    // The operations routes (and any other mount added to this list) go on the bot's own server,
    // or on Bolt's in Slack HTTP mode when that is the port asked for: see docs/operations.md.
    const mounts: HttpMount[] = [
      opsRoutes({
        checks: () => botReadinessChecks(parts),
        metrics,
        mask: maskSecrets(secrets),
        stopping: () => shuttingDown,
        logger,
      }),
    ];
    const onBolt = sharesBoltServer(config, platforms);
    // The web view needs a port of its own when nothing else would serve it.
    const webOn = config.BRIEFBOT_WEB === "on";
    const ownPort = config.BRIEFBOT_HTTP_PORT ?? (webOn ? DEFAULT_WEB_PORT : undefined);
    if (!onBolt && ownPort !== undefined) {
      const server = await startHttpServer({
        port: ownPort,
        ...(options.httpHost && { host: options.httpHost }),
        mounts,
        logger,
      });
      // Closed after the adapters have drained, so probes see 503 meanwhile.
      cleanups.push(() => server.close());
      httpPort = () => server.address().port;
      logger.info("ops: listening", { port: httpPort(), paths: mounts.flatMap((m) => m.paths) });
    }
    const dir = resolve(options.cwd, config.BRIEFBOT_BRIEFINGS_DIR);
    const cacheDir = resolve(options.cwd, ".cache/briefbot");
    const library = await BriefingLibrary.open(dir, {
      watch: true,
      cacheDir,
      logger,
      metrics,
      maxBytes: config.BRIEFBOT_MAX_BRIEFING_BYTES,
      // saved below, once the engine is ready: serialising 10,000 briefings is not on the way
      deferCacheWrite: true,
    });
    cleanups.push(() => library.close());
    parts.library = library;
    const problems = library.problems();
    if (problems.length) {
      logger.warn(`start: ${problems.length} problem(s) in ${dir}; run briefbot validate`);
    }
    // restored from the snapshot when the briefings are unchanged; else built and snapshotted
    const { engine } = await openEngine(library.briefings(), {
      snapshotPath: resolve(cacheDir, "engine-snapshot.bin"),
      logger,
      // restored: each briefing's facts are made when first needed, the rest while serving
      completeInBackground: true,
    });
    cleanups.push(connectEngine(engine, library));
    metrics.indexSize(() => ({ briefings: engine.size(), facts: engine.factCount() }));

    // The web view (off unless BRIEFBOT_WEB=on) mounts beside the operations routes, on the same
    // server (mounts are read per request), and gives chat citations their links.
    if (webOn) {
      const { startWebView } = await import("./web/start.ts");
      const view = startWebView({ config, library, engine, logger, store });
      cleanups.push(() => view.stop());
      mounts.push(view.mount);
      web = view;
    }
    const citationLink = web?.citationLink;

    const scheduler = createScheduler({
      store,
      digest: (day) =>
        withCitationLinks(
          limitReply(dailyReply(dailySummary(library.briefings(), day))),
          citationLink,
        ),
      briefings: () => library.briefings(),
      shapeReminder: (reply) => withCitationLinks(limitReply(reply), citationLink),
      logger,
      metrics,
    });
    const bot = createBot({
      engine,
      library,
      store,
      config: {
        timezone: config.BRIEFBOT_TIMEZONE,
        recordQuestions: config.BRIEFBOT_RECORD_QUESTIONS,
      },
      logger,
      metrics,
      ...(citationLink && { citationLink }),
      onSubscriptionsChange: () => {
        scheduler.refresh().catch((error) => logger.error("start: rescheduling failed", { error }));
      },
    });
    cleanups.push(() => scheduler.stop());

    const deps: AdapterParts = { config, bot, store, logger, metrics };
    for (const platform of platforms) {
      const routes = onBolt && platform === "slack" ? mounts : [];
      const adapter = await createAdapter(platform, deps, options, routes, () => void stop());
      await adapter.start();
      if (routes.length) {
        const slack = adapter as SlackAdapter;
        httpPort = () => slack.address()?.port;
      }
      cleanups.push(() => adapter.stop());
      adapters.push(adapter);
      scheduler.addPort(adapter);
      logger.info(`start: ${platform} adapter running`);
    }
    await scheduler.start();
    logger.info("briefbot started", {
      briefings: library.briefings().length,
      adapters: platforms,
      store: config.BRIEFBOT_DATABASE_URL
        ? redactDatabaseUrl(config.BRIEFBOT_DATABASE_URL)
        : config.BRIEFBOT_STORE_PATH,
      ...(httpPort() !== undefined && { httpPort: httpPort() }),
    });
    // the start-up's parse, saved now that the bot serves (a failure is logged)
    void library.saveCache();
  } catch (error) {
    await stop();
    throw error;
  }

  if (options.handleSignals !== false) {
    const onSignal = (signal: string) => {
      logger.info(`start: ${signal} received, stopping`);
      void stop();
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    cleanups.unshift(() => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    });
  }
  return {
    config,
    adapters,
    ...(web && { web }),
    logger,
    metrics,
    httpPort: () => httpPort(),
    stop,
    done,
  };
}

/** Where the web view is served when BRIEFBOT_HTTP_PORT is unset and Bolt's server is not used. */
export const DEFAULT_WEB_PORT = 8080;

/**
 * In Slack HTTP mode Bolt already runs a server on PORT: the operations routes share it when
 * BRIEFBOT_HTTP_PORT is unset or names that same port; another port (or 0, a free one) gets the
 * bot's own server.
 */
export function sharesBoltServer(config: Config, platforms: readonly Platform[]): boolean {
  const slackHttp = platforms.includes("slack") && !config.SLACK_APP_TOKEN;
  const port = config.BRIEFBOT_HTTP_PORT;
  return slackHttp && (port === undefined || (port !== 0 && port === config.PORT));
}

/** What the adapters are built from; each takes only its own part of the configuration. */
interface AdapterParts {
  config: Config;
  bot: Bot;
  store: Store;
  logger: Logger;
  metrics: Metrics;
}

/** The Slack adapter's settings, from the validated configuration. */
export function slackAdapterConfig(config: Config): SlackAdapterConfig {
  return {
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    stateSecret: config.SLACK_STATE_SECRET,
    apiUrl: config.SLACK_API_URL,
    port: config.PORT,
  };
}

/** The Discord adapter's settings, from the validated configuration. */
export function discordAdapterConfig(config: Config): DiscordAdapterConfig {
  return {
    token: config.DISCORD_TOKEN,
    apiUrl: config.DISCORD_API_URL,
    managerRole: config.DISCORD_MANAGER_ROLE,
    messageContent: config.DISCORD_MESSAGE_CONTENT,
    shards: config.DISCORD_SHARDS,
    shardCount: config.DISCORD_SHARD_COUNT,
  };
}

async function createAdapter(
  platform: Platform,
  deps: AdapterParts,
  options: StartOptions,
  routes: readonly HttpMount[],
  onQuit: () => void,
): Promise<PlatformAdapter> {
  switch (platform) {
    case "console":
      return createConsoleAdapter({
        bot: deps.bot,
        input: options.stdin,
        output: options.stdout,
        logger: deps.logger,
        cwd: options.cwd,
        onQuit,
        // Log lines share the terminal: printed above the prompt, which is drawn again.
        logOutput: process.stderr,
        historyFile: consoleHistoryFile(options.env),
      });
    case "slack": {
      // Loaded only when used, so the console start does not pay for Bolt.
      const { createSlackAdapter } = await import("./slack/index.ts");
      const { bot, store, logger, metrics } = deps;
      return createSlackAdapter(
        { config: slackAdapterConfig(deps.config), bot, store, logger, metrics },
        { routes },
      );
    }
    case "discord": {
      const { createDiscordAdapter } = await import("./discord/index.ts");
      const { bot, logger, metrics } = deps;
      return createDiscordAdapter({
        config: discordAdapterConfig(deps.config),
        bot,
        logger,
        metrics,
      });
    }
  }
}
