// The composition root: configuration, logger, briefings, engine, store, bot, scheduler and the
// platform adapters, wired together and shut down in order.
import { resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { createBot, limitReply } from "../src/bot/index.ts";
import { BriefingLibrary } from "../src/briefing/index.ts";
import type { Bot, Platform, PlatformAdapter } from "../src/chat/index.ts";
import { type Config, loadConfig, SECRET_KEYS } from "../src/config.ts";
import { dailyReply, dailySummary } from "../src/daily/index.ts";
import { connectEngine, openEngine } from "../src/engine/index.ts";
import { createLogger, type Logger } from "../src/log.ts";
import { createScheduler } from "../src/schedule/index.ts";
import type { Store } from "../src/store/index.ts";
import { openSqliteStore } from "../src/store/index.ts";
import { createConsoleAdapter } from "./console/index.ts";
import type { DiscordAdapterConfig } from "./discord/config.ts";
import type { SlackAdapterConfig } from "./slack/config.ts";

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
  /** Stop on SIGINT and SIGTERM (default true). */
  handleSignals?: boolean;
}

export interface RunningBriefbot {
  config: Config;
  adapters: PlatformAdapter[];
  logger: Logger;
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
  const logger = createLogger({
    level: quietConsole ? "warn" : config.LOG_LEVEL,
    secrets: SECRET_KEYS.map((key) => config[key]),
    ...(options.writeLog && { write: options.writeLog }),
  });
  const cleanups: (() => Promise<void> | void)[] = [];
  let stopping: Promise<void> | undefined;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  const adapters: PlatformAdapter[] = [];

  const stop = () => {
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
    // First: a store that cannot be written stops the start with one line, before any loading.
    const store = openSqliteStore(resolve(options.cwd, config.BRIEFBOT_STORE_PATH));
    cleanups.push(() => store.close());
    const dir = resolve(options.cwd, config.BRIEFBOT_BRIEFINGS_DIR);
    const cacheDir = resolve(options.cwd, ".cache/briefbot");
    const library = await BriefingLibrary.open(dir, {
      watch: true,
      cacheDir,
      logger,
      maxBytes: config.BRIEFBOT_MAX_BRIEFING_BYTES,
    });
    cleanups.push(() => library.close());
    const problems = library.problems();
    if (problems.length) {
      logger.warn(`start: ${problems.length} problem(s) in ${dir}; run briefbot validate`);
    }
    // restored from the snapshot when the briefings are unchanged; else built and snapshotted
    const { engine } = await openEngine(library.briefings(), {
      snapshotPath: resolve(cacheDir, "engine-snapshot.bin"),
      logger,
    });
    cleanups.push(connectEngine(engine, library));

    const scheduler = createScheduler({
      store,
      digest: (day) => limitReply(dailyReply(dailySummary(library.briefings(), day))),
      logger,
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
      onSubscriptionsChange: () => {
        scheduler.refresh().catch((error) => logger.error("start: rescheduling failed", { error }));
      },
    });
    cleanups.push(() => scheduler.stop());

    const deps: AdapterParts = { config, bot, store, logger };
    for (const platform of platforms) {
      const adapter = await createAdapter(platform, deps, options, () => void stop());
      await adapter.start();
      cleanups.push(() => adapter.stop());
      adapters.push(adapter);
      scheduler.addPort(adapter);
      logger.info(`start: ${platform} adapter running`);
    }
    await scheduler.start();
    logger.info("briefbot started", {
      briefings: library.briefings().length,
      adapters: platforms,
      store: config.BRIEFBOT_STORE_PATH,
    });
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
  return { config, adapters, logger, stop, done };
}

/** What the adapters are built from; each takes only its own part of the configuration. */
interface AdapterParts {
  config: Config;
  bot: Bot;
  store: Store;
  logger: Logger;
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
  };
}

async function createAdapter(
  platform: Platform,
  deps: AdapterParts,
  options: StartOptions,
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
      });
    case "slack": {
      // Loaded only when used, so the console start does not pay for Bolt.
      const { createSlackAdapter } = await import("./slack/index.ts");
      const { bot, store, logger } = deps;
      return createSlackAdapter({ config: slackAdapterConfig(deps.config), bot, store, logger });
    }
    case "discord": {
      const { createDiscordAdapter } = await import("./discord/index.ts");
      const { bot, logger } = deps;
      return createDiscordAdapter({ config: discordAdapterConfig(deps.config), bot, logger });
    }
  }
}
