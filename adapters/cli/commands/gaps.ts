// `briefbot gaps [--days N] [--store PATH] [--json]`: the questions the briefings could not answer,
// grouped by the word or name that was missing, most frequent first, from every workspace.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type CliCommand, commandName, usageError } from "../command.ts";

/** How long gaps are kept (src/gaps RETENTION_DAYS; not imported, so --help stays light). */
const RETENTION_DAYS = 90;

const DAY_MS = 86_400_000;

const command: CliCommand = {
  name: commandName(import.meta.url),
  summary: "The questions the briefings could not answer, grouped, with what was missing",
  usage:
    "briefbot gaps [--days N] [--store PATH] [--json]\n" +
    `  --days N      the last N days (default 30, at most ${RETENTION_DAYS}: older records are deleted)\n` +
    "  --store PATH  the store (default: BRIEFBOT_STORE_PATH or data/briefbot.db)\n" +
    "  --json        the groups as JSON: missing, count, declined, notHelpful, people, channels, examples, lastAt",
  async run(args, io) {
    let parsed: {
      values: { days?: string; store?: string; json?: boolean };
      positionals: string[];
    };
    try {
      parsed = parseArgs({
        args,
        options: { days: { type: "string" }, store: { type: "string" }, json: { type: "boolean" } },
        allowPositionals: false,
        strict: true,
      });
    } catch (error) {
      return usageError(command, io, (error as Error).message);
    }
    const daysText = parsed.values.days ?? "30";
    const days = /^\d{1,3}$/.test(daysText) ? Number(daysText) : Number.NaN;
    if (!(days >= 1 && days <= RETENTION_DAYS)) {
      return usageError(
        command,
        io,
        `--days: expected a whole number from 1 to ${RETENTION_DAYS}, found "${daysText}"`,
      );
    }
    if (parsed.values.store === "") return usageError(command, io, "--store needs a path");
    // loaded here, not at the top: `briefbot --help` loads every command module
    const { printableLines } = await import("../../../src/briefing/index.ts");
    const { loadConfig } = await import("../../../src/config.ts");
    const { gapLine, groupGaps } = await import("../../../src/gaps/index.ts");
    const { openSqliteStore } = await import("../../../src/store/index.ts");
    const config = loadConfig({
      BRIEFBOT_STORE_PATH: parsed.values.store ?? io.env.BRIEFBOT_STORE_PATH,
    });
    const path = resolve(io.cwd, config.BRIEFBOT_STORE_PATH);
    // Reading gaps must not create an empty store where none was.
    if (!existsSync(path)) {
      io.stderr(
        `briefbot gaps: no store at ${printableLines(path)}; give --store PATH or set BRIEFBOT_STORE_PATH\n`,
      );
      return 1;
    }
    const store = openSqliteStore(path);
    try {
      const since = new Date(Date.now() - days * DAY_MS).toISOString();
      const records = await store.unansweredSince(since);
      const gaps = groupGaps(records, 50);
      if (parsed.values.json) {
        io.stdout(`${JSON.stringify(gaps, null, 2)}\n`);
        return 0;
      }
      const head = `What the briefings could not answer, last ${days} day${days === 1 ? "" : "s"} (${records.length} record${records.length === 1 ? "" : "s"}):`;
      io.stdout(
        printableLines(
          `${head}\n${gaps.length ? gaps.map(gapLine).join("\n") : "nothing recorded"}\n`,
        ),
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};

export default command;
