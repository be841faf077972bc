// `briefbot start`: runs the bot (console chat when no platform is configured) until /quit or a signal.
import { parseArgs } from "node:util";
import { BriefbotError } from "../../../src/errors.ts";
import type { StartFlags } from "../../start.ts";
import { type CliCommand, commandName, usageError } from "../command.ts";

const start: CliCommand = {
  name: commandName(import.meta.url),
  summary: "Run the bot: Slack and/or Discord when configured, else the console chat",
  usage:
    "briefbot start [--dir DIR] [--store PATH] [--adapters LIST] [--timezone ZONE] [--max-briefing-bytes SIZE]\n" +
    "  --dir DIR        briefings folder (BRIEFBOT_BRIEFINGS_DIR, default ./briefings)\n" +
    "  --store PATH     SQLite file (BRIEFBOT_STORE_PATH, default data/briefbot.db)\n" +
    "  --adapters LIST  console,slack,discord (BRIEFBOT_ADAPTERS)\n" +
    "  --timezone ZONE  default IANA time zone (BRIEFBOT_TIMEZONE, default UTC)\n" +
    "  --max-briefing-bytes SIZE  largest briefing file, e.g. 2MB (BRIEFBOT_MAX_BRIEFING_BYTES, default 1MB)",
  async run(args, io) {
    let values: StartFlags;
    try {
      const parsed = parseArgs({
        args,
        options: {
          dir: { type: "string", short: "d" },
          store: { type: "string" },
          adapters: { type: "string" },
          timezone: { type: "string" },
          "max-briefing-bytes": { type: "string" },
        },
        strict: true,
        allowPositionals: false,
      });
      const { "max-briefing-bytes": maxBriefingBytes, ...rest } = parsed.values;
      values = { ...rest, ...(maxBriefingBytes !== undefined && { maxBriefingBytes }) };
    } catch (error) {
      return usageError(start, io, (error as Error).message);
    }
    try {
      const { startBriefbot } = await import("../../start.ts");
      const running = await startBriefbot({
        env: io.env,
        flags: values,
        cwd: io.cwd,
        stdin: io.stdin,
        stdout: process.stdout,
        writeLog: (line) => io.stderr(`${line}\n`),
        logToTerminal: Boolean(process.stderr.isTTY),
      });
      await running.done;
      return 0;
    } catch (error) {
      if (error instanceof BriefbotError) {
        // One clear line: the message names the variable or file; never a stack or a secret.
        io.stderr(`briefbot start: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};

export default start;
