// The logger port the core uses, and its one factory: pino, one JSON object per line (readable
// when a person watches a terminal), secrets redacted by field path and every configured secret
// value masked wherever it appears in a line.
import { createRequire } from "node:module";
import type pinoModule from "pino";
import type pinoPrettyModule from "pino-pretty";

// pino and pino-pretty load when a logger is made, not when the port is imported: the one-shot
// commands import this module (through the briefing library) and never log through pino.
const require = createRequire(import.meta.url);

export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
  /** A logger whose every line also carries `fields` (a request id, a platform). */
  child?(fields: Record<string, unknown>): Logger;
}

/** How lines are written: one JSON object per line, or pino-pretty's text for a person. */
export type LogFormat = "json" | "pretty";

export interface LoggerOptions {
  level?: LogLevel;
  /** Values to mask wherever they appear (tokens, signing secrets). */
  secrets?: readonly (string | undefined)[];
  /** Where lines go, without their line break; stderr by default so stdout stays clean for answers. */
  write?: (line: string) => void;
  /** Default "json". */
  format?: LogFormat;
}

/**
 * Fields that hold a secret whatever their value, redacted before a line is written, however
 * the value got there (a token in a payload, a header object, an installation).
 */
export const REDACTED_PATHS = [
  "token",
  "botToken",
  "appToken",
  "accessToken",
  "refreshToken",
  "clientSecret",
  "signingSecret",
  "stateSecret",
  "password",
  "secret",
  "authorization",
  "headers.authorization",
  "headers.cookie",
  'headers["x-slack-signature"]',
  "bot.token",
  "bot.refreshToken",
  "user.token",
].flatMap((path) => [path, `*.${path}`]);

/** What replaces a secret: a masked value and a redacted field read the same. */
export const MASK = "[redacted]";

/** Builds the logger; pino underneath, but nothing outside this file knows it. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const pino = require("pino") as typeof pinoModule;
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const mask = maskSecrets(options.secrets ?? []);
  const pretty =
    options.format === "pretty"
      ? (require("pino-pretty") as typeof pinoPrettyModule).prettyFactory({
          colorize: false,
          translateTime: "SYS:HH:MM:ss.l",
          ignore: "pid,hostname",
          singleLine: true,
          // Errors on the same line as the rest, not as an indented block.
          errorLikeObjectKeys: [],
        })
      : undefined;
  const destination = {
    write(line: string) {
      // Masked in the JSON first (escaped secrets included), and again after pino-pretty,
      // which unescapes strings.
      const json = mask(line.endsWith("\n") ? line.slice(0, -1) : line);
      write(pretty ? mask(pretty(json).replace(/\n$/, "")) : json);
    },
  };
  const root = pino(
    {
      level: options.level ?? "info",
      base: null,
      messageKey: "msg",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: MASK },
      serializers: { error: serializeError, err: serializeError },
    },
    destination,
  );
  return wrap(root);
}

function wrap(instance: pinoModule.Logger): Logger {
  const at =
    (level: LogLevel) =>
    (message: string, details?: Record<string, unknown>): void => {
      if (details) instance[level](details, message);
      else instance[level](message);
    };
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (fields) => wrap(instance.child(fields)),
  };
}

/**
 * `logger` with `fields` on every line: its own child when it has one, else a wrapper that adds
 * them to the details (test loggers, the silent logger).
 */
export function childLogger(logger: Logger, fields: Record<string, unknown>): Logger {
  if (logger.child) return logger.child(fields);
  const at =
    (level: LogLevel) =>
    (message: string, details?: Record<string, unknown>): void =>
      logger[level](message, { ...fields, ...details });
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (more) => childLogger(logger, { ...fields, ...more }),
  };
}

/**
 * Replaces every configured secret in a line: as written and as JSON escapes it (a secret with a
 * quote or a backslash is written escaped inside a JSON string). Secrets under 4 characters are
 * not masked: they would blank out ordinary words.
 */
export function maskSecrets(secrets: readonly (string | undefined)[]): (text: string) => string {
  const forms = [
    ...new Set(
      secrets
        .filter((s): s is string => !!s && s.length >= 4)
        .flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]),
    ),
  ].sort((a, b) => b.length - a.length);
  if (!forms.length) return (text) => text;
  return (text) => forms.reduce((t, s) => (t.includes(s) ? t.split(s).join(MASK) : t), text);
}

/** An error as a log field: what a maintainer needs (type, message, code), never its stack. */
function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = (value as { code?: unknown }).code;
  return { type: value.name, message: value.message, ...(code !== undefined && { code }) };
}

/** A logger that drops everything, for tests and quiet commands. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child: () => silentLogger,
};
