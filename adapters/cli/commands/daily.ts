// `briefbot daily [DATE] [--dir DIR] [--json]`: the daily summary of a day, as text or as the Reply in JSON.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { BriefbotError } from "../../../src/errors.ts";
import { type CliCommand, commandName, startCache, usageError } from "../command.ts";

const daily: CliCommand = {
  name: commandName(import.meta.url),
  summary: "Print the daily summary of a day (default today)",
  usage:
    "briefbot daily [DATE] [--dir DIR] [--json] [--timezone ZONE]\n" +
    "  DATE             2022-01-12, 12 January 2022, today, yesterday, last Wednesday (default today)\n" +
    "  --dir DIR        the briefings folder (default: BRIEFBOT_BRIEFINGS_DIR or ./briefings)\n" +
    "  --json           print the summary as the bot's reply object in JSON instead of text\n" +
    "  --timezone ZONE  the IANA zone 'today' is read in (BRIEFBOT_TIMEZONE, default UTC)",
  async run(args, io) {
    let parsed: {
      values: { dir?: string; json?: boolean; timezone?: string };
      positionals: string[];
    };
    try {
      parsed = parseArgs({
        args,
        options: {
          dir: { type: "string", short: "d" },
          json: { type: "boolean" },
          timezone: { type: "string" },
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      return usageError(daily, io, (error as Error).message);
    }
    const { loadConfig } = await import("../../../src/config.ts");
    let timezone: string;
    let dir: string;
    let maxBytes: number;
    try {
      // Only the variables `daily` uses: a bad unrelated setting (PORT, a token) must not stop it.
      const config = loadConfig({
        BRIEFBOT_TIMEZONE: io.env.BRIEFBOT_TIMEZONE,
        BRIEFBOT_BRIEFINGS_DIR: io.env.BRIEFBOT_BRIEFINGS_DIR,
        BRIEFBOT_MAX_BRIEFING_BYTES: io.env.BRIEFBOT_MAX_BRIEFING_BYTES,
        ...(parsed.values.timezone !== undefined && { BRIEFBOT_TIMEZONE: parsed.values.timezone }),
        ...(parsed.values.dir !== undefined && { BRIEFBOT_BRIEFINGS_DIR: parsed.values.dir }),
      });
      timezone = config.BRIEFBOT_TIMEZONE;
      dir = config.BRIEFBOT_BRIEFINGS_DIR;
      maxBytes = config.BRIEFBOT_MAX_BRIEFING_BYTES;
    } catch (error) {
      if (error instanceof BriefbotError) {
        io.stderr(`briefbot daily: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    const [
      { loadBriefings },
      { dailyReply, dailySummary, localDay, parseDay },
      { renderReplyText },
    ] = await Promise.all([
      import("../../../src/briefing/index.ts"),
      import("../../../src/daily/index.ts"),
      import("../../console/render.ts"),
    ]);
    const text = parsed.positionals.join(" ");
    const now = new Date();
    const day = text ? parseDay(text, now, timezone) : localDay(now, timezone);
    if (!day) return usageError(daily, io, `"${text}" is not a date I can read`);
    const { briefings, problems } = await loadBriefings(resolve(io.cwd, dir), {
      maxBytes,
      ...startCache(io.cwd),
    });
    const reply = dailyReply(dailySummary(briefings, day));
    io.stdout(
      parsed.values.json
        ? `${JSON.stringify(reply, null, 2)}\n`
        : renderReplyText(reply, { width: io.columns ?? 80 }),
    );
    if (problems.length > 0) {
      io.stderr(`(${problems.length} problem(s) in the folder; run briefbot validate)\n`);
    }
    return 0;
  },
};

export default daily;
