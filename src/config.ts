// One configuration, read from the environment (and CLI flags), validated with zod at start-up.
// No other module reads process.env: the result is passed down.
import { z } from "zod";
import { DEFAULT_MAX_BRIEFING_BYTES } from "./briefing/read.ts";
import { discordShardCount, discordShards, shardProblem } from "./config-discord-shards.ts";
import { ConfigError } from "./errors.ts";
import {
  DEFAULT_POOL_SIZE,
  databasePassword,
  isPostgresUrl,
  redactDatabaseUrl,
} from "./store/database-url.ts";
import { isTimeZone } from "./text/time-zones.ts";

/** A variable that is set must say something: "" or spaces is refused, not read as unset. */
const BLANK = "is blank; give a value, or unset it to use the default";

/** A set variable's text: never blank; surrounding spaces (as .env files leave them) dropped. */
const given = () =>
  z
    .string()
    .refine((v) => v.trim() !== "", { message: BLANK, abort: true })
    .trim();

const optionalText = given().optional();

const ADAPTERS = ["console", "slack", "discord"] as const;
type AdapterName = (typeof ADAPTERS)[number];

const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
const LOG_FORMATS = ["json", "pretty"] as const;

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

/** An http(s) URL, such as the API base of a platform. */
const httpUrl = (example: string) =>
  given().pipe(
    z.url({
      protocol: /^https?$/,
      error: `expected an http or https URL such as ${example}`,
    }),
  );

/** A TCP port: whole digits only, so " " or "3000abc" is refused rather than read as 0 or NaN. */
const port = given()
  .refine((v) => /^\d+$/.test(v), {
    message: "expected a port number from 0 to 65535 (0 picks a free port)",
    abort: true,
  })
  .transform(Number)
  .refine((n) => n <= 65535, { message: "expected a port number from 0 to 65535" });

/** A yes/no switch: true/false, 1/0, yes/no, on/off (any case). */
const flag = given()
  .transform((v) => v.toLowerCase())
  .pipe(
    z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"], {
      error: "expected true or false",
    }),
  )
  .transform((v) => ["true", "1", "yes", "on"].includes(v));

/** `value` quoted and escaped (no raw control characters reach a terminal), at most `max` long. */
function quote(value: string, max: number): string {
  const quoted = JSON.stringify(value);
  return quoted.length > max + 2 ? `${quoted.slice(0, max)}…"` : quoted;
}

export const configSchema = z
  .object({
    BRIEFBOT_BRIEFINGS_DIR: given().default("briefings"),
    /** The largest briefing file the bot reads; larger files are refused with a message naming them. */
    BRIEFBOT_MAX_BRIEFING_BYTES: given().pipe(byteSize).default(DEFAULT_MAX_BRIEFING_BYTES),
    BRIEFBOT_STORE_PATH: given().default("data/briefbot.db"),
    /** postgres://user:password@host:5432/db selects the PostgreSQL store; unset keeps SQLite. */
    BRIEFBOT_DATABASE_URL: given()
      .refine(isPostgresUrl, {
        message:
          "expected a PostgreSQL URL such as postgres://briefbot:PASSWORD@db.example:5432/briefbot",
      })
      .optional(),
    /** Most connections the PostgreSQL store opens at once (per instance). */
    BRIEFBOT_DATABASE_POOL_SIZE: given()
      .refine((v) => /^\d+$/.test(v), {
        message: "expected a whole number from 1 to 100",
        abort: true,
      })
      .transform(Number)
      .refine((n) => n >= 1 && n <= 100, { message: "expected a whole number from 1 to 100" })
      .default(DEFAULT_POOL_SIZE),
    BRIEFBOT_TIMEZONE: given()
      .refine(isTimeZone, { message: "expected an IANA time zone such as Europe/Brussels" })
      .default("UTC"),
    /** Comma-separated adapters to start; default: slack/discord when their tokens are set, else console. */
    BRIEFBOT_ADAPTERS: given()
      .transform((v, ctx): AdapterName[] => {
        const names = v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        const unknown = names.filter((n) => !(ADAPTERS as readonly string[]).includes(n));
        if (unknown.length || !names.length) {
          ctx.issues.push({
            code: "custom",
            input: v,
            message: `${
              unknown.length
                ? `unknown adapter${unknown.length > 1 ? "s" : ""} ${unknown
                    .slice(0, 3)
                    .map((n) => quote(n, 40))
                    .join(", ")}${unknown.length > 3 ? ", …" : ""}`
                : "names no adapter"
            }; expected a comma-separated list of ${ADAPTERS.join(", ")}`,
          });
          return z.NEVER;
        }
        return names as AdapterName[];
      })
      .optional(),
    /** Record declined questions for `gaps` (question, channel, time, missing words; no user names). */
    BRIEFBOT_RECORD_QUESTIONS: flag.default(true),
    LOG_LEVEL: given()
      .pipe(z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(", ")}` }))
      .default("info"),
    /** json: one JSON object per line; pretty: readable text. Unset: pretty on a terminal, else json. */
    LOG_FORMAT: given()
      .pipe(z.enum(LOG_FORMATS, { error: `expected one of ${LOG_FORMATS.join(", ")}` }))
      .optional(),
    /**
     * Where /healthz, /readyz, /metrics (and the web view) are served. Unset: on PORT in Slack
     * HTTP mode (Bolt's server), else nowhere, or 8080 when the web view is on.
     */
    BRIEFBOT_HTTP_PORT: port.optional(),

    SLACK_BOT_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_CLIENT_ID: optionalText,
    SLACK_CLIENT_SECRET: optionalText,
    SLACK_STATE_SECRET: optionalText,
    SLACK_API_URL: httpUrl("https://slack.com/api/").default("https://slack.com/api/"),
    PORT: port.default(3000),

    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText,
    DISCORD_GUILD_ID: optionalText,
    DISCORD_API_URL: httpUrl("https://discord.com/api").default("https://discord.com/api"),
    /** A role name or id that may pin and subscribe besides those with Manage Messages. */
    DISCORD_MANAGER_ROLE: optionalText,
    /** `auto`, or the shard ids this instance runs (with DISCORD_SHARD_COUNT); default: one shard. */
    DISCORD_SHARDS: given().pipe(discordShards).optional(),
    DISCORD_SHARD_COUNT: given().pipe(discordShardCount).optional(),
    /** Ask for the privileged Message Content intent (reads messages that reach the bot without a direct mention). */
    DISCORD_MESSAGE_CONTENT: flag.default(false),

    /** The read-only web view (docs/web.md): off unless "on". */
    BRIEFBOT_WEB: given()
      .pipe(z.enum(["on", "off"], { error: 'expected "on" or "off"' }))
      .default("off"),
    /** When set, every web page needs it (Bearer, ?token=) or a signed link from a citation. */
    BRIEFBOT_WEB_TOKEN: given()
      .refine((v) => v.length >= 16, {
        message:
          "must be at least 16 characters (a long random string, such as openssl rand -hex 32)",
      })
      .optional(),
    /** Where people reach the web view, such as https://briefbot.example.org; citations link there. */
    BRIEFBOT_PUBLIC_URL: httpUrl("https://briefbot.example.org").optional(),
  })
  .superRefine((config, ctx) => {
    const problem = shardProblem(config.DISCORD_SHARDS, config.DISCORD_SHARD_COUNT);
    if (problem)
      ctx.addIssue({ code: "custom", path: [problem.variable], message: problem.message });
  });

export type Config = z.infer<typeof configSchema>;
export type { ShardSelection } from "./config-discord-shards.ts";

/** Names of configuration values whose contents must never be logged. */
export const SECRET_KEYS = [
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
  "DISCORD_TOKEN",
  "BRIEFBOT_WEB_TOKEN",
  "BRIEFBOT_DATABASE_URL",
] as const satisfies readonly (keyof Config)[];

/** Every secret value of the configuration, for the logger to mask: the database password too. */
export function secretValues(config: Config): string[] {
  const values = SECRET_KEYS.map((key) => config[key]);
  values.push(databasePassword(config.BRIEFBOT_DATABASE_URL));
  return values.filter((v): v is string => !!v);
}

/** How a bad value is shown: as given (quoted, escaped, shortened), secrets hidden unless blank. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined) return "(unset)";
  // Enough of a database URL to see what is wrong with it, never its password.
  if (name === "BRIEFBOT_DATABASE_URL" && value.trim() !== "") {
    return quote(redactDatabaseUrl(value.trim()), 120);
  }
  const secret = (SECRET_KEYS as readonly string[]).includes(name);
  if (secret && value.trim() !== "") return "(hidden)";
  return quote(value, 80);
}

/**
 * Reads and validates the configuration. A bad value throws a ConfigError whose message names
 * each bad variable and its value as given (`PORT=" ": expected a port number…`), on one line.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    // The variable is the first step of the path; deeper steps are zod's own (array indexes).
    const name = String(issue.path[0] ?? "configuration");
    if (!problems.has(name))
      problems.set(name, `${name}=${shown(name, env[name])}: ${issue.message}`);
  }
  throw new ConfigError([...problems.values()].join("; "), { cause: result.error });
}
