// A small structured logger that never prints a secret: every configured secret value is masked.

export type LogLevel = "debug" | "info" | "warn" | "error";
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Values to mask wherever they appear (tokens, signing secrets). */
  secrets?: readonly (string | undefined)[];
  /** Where lines go; stderr by default so stdout stays clean for answers. */
  write?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const min = ORDER[options.level ?? "info"];
  const secrets = (options.secrets ?? []).filter((s): s is string => !!s && s.length >= 4);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join("***"), text);
  const log = (level: LogLevel) => (message: string, details?: Record<string, unknown>) => {
    if (ORDER[level] < min) return;
    const extra = details ? ` ${safeJson(details)}` : "";
    write(mask(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${extra}`));
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/** A logger that drops everything, for tests and quiet commands. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function safeJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v instanceof Error
      ? { name: v.name, message: v.message, code: (v as { code?: unknown }).code }
      : v,
  );
}
