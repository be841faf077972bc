// One configuration, read from the environment (and CLI flags), validated with zod at start-up.
// No other module reads process.env: the result is passed down.
import { z } from "zod";
import { DEFAULT_MAX_BRIEFING_BYTES } from "./briefing/read.ts";
import { ConfigError } from "./errors.ts";

const optionalText = z.string().trim().min(1).optional();

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const BYTE_UNITS: Record<string, number> = {
  "": 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
};

/** A size in bytes, as a whole number with an optional KB or MB (binary: 1 KB = 1024 bytes). */
const byteSize = z
  .string()
  .trim()
  .regex(/^\d+\s*(k|kb|m|mb)?$/i, {
    message: "expected a whole number of bytes, optionally with KB or MB (such as 1048576 or 2MB)",
  })
  .transform((v) => {
    const [, digits = "0", unit = ""] = /^(\d+)\s*([a-z]*)$/i.exec(v) ?? [];
    return Number(digits) * (BYTE_UNITS[unit.toLowerCase()] ?? 1);
  })
  .pipe(
    z
      .number()
      .min(1024, { message: "must be at least 1 KB (1024 bytes)" })
      .max(256 * 1024 ** 2, { message: "must be at most 256 MB" }),
  );

export const configSchema = z.object({
  BRIEFBOT_BRIEFINGS_DIR: z.string().min(1).default("briefings"),
  /** The largest briefing file the bot reads; larger files are refused with a message naming them. */
  BRIEFBOT_MAX_BRIEFING_BYTES: byteSize.default(DEFAULT_MAX_BRIEFING_BYTES),
  BRIEFBOT_STORE_PATH: z.string().min(1).default("data/briefbot.db"),
  BRIEFBOT_TIMEZONE: z
    .string()
    .default("UTC")
    .refine(isTimeZone, { message: "expected an IANA time zone such as Europe/Brussels" }),
  /** Comma-separated adapters to start; default: slack/discord when their tokens are set, else console. */
  BRIEFBOT_ADAPTERS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(z.enum(["console", "slack", "discord"])).optional()),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  SLACK_API_URL: z.url().default("https://slack.com/api/"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: z.url().default("https://discord.com/api"),
  /** A role name or id that may pin and subscribe besides those with Manage Messages. */
  DISCORD_MANAGER_ROLE: optionalText,
});

export type Config = z.infer<typeof configSchema>;

/** Names of configuration values whose contents must never be logged. */
export const SECRET_KEYS = [
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
  "DISCORD_TOKEN",
] as const satisfies readonly (keyof Config)[];

/** Reads and validates the configuration; a bad value throws one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.join(".") ?? "configuration";
  const secret = (SECRET_KEYS as readonly string[]).includes(name);
  const value = secret ? "(hidden)" : JSON.stringify(env[name] ?? "");
  throw new ConfigError(`${name}=${value}: ${issue?.message ?? "invalid"}`, {
    cause: result.error,
  });
}
