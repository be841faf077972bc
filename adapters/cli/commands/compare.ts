// `briefbot compare [ID_A] [ID_B] [--dir DIR] [--json]`: what changed between two rounds of a series.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type CliCommand, commandName, usageError } from "../command.ts";

const command: CliCommand = {
  name: commandName(import.meta.url),
  summary: "What changed between two rounds of a series (default: its last two)",
  usage:
    "briefbot compare [ID_A] [ID_B] [--dir DIR] [--json]\n" +
    "  no ids: the last two rounds of the series with the newest round; one id: that round and the one before\n" +
    "  --dir DIR  the briefings folder (default: BRIEFBOT_BRIEFINGS_DIR or ./briefings)\n" +
    "  --json     the comparison as JSON: earlier, later, participants, parties, positions, outcomes, nextSteps",
  async run(args, io) {
    let parsed: { values: { dir?: string; json?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({
        args,
        options: { dir: { type: "string", short: "d" }, json: { type: "boolean" } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      return usageError(command, io, (error as Error).message);
    }
    if (parsed.positionals.length > 2) {
      return usageError(command, io, `unexpected argument "${parsed.positionals[2]}"`);
    }
    if (parsed.values.dir === "") return usageError(command, io, "--dir needs a folder");
    // loaded here, not at the top: `briefbot --help` loads every command module
    const { formatProblem, loadBriefings, printableLines } = await import(
      "../../../src/briefing/index.ts"
    );
    const { loadConfig } = await import("../../../src/config.ts");
    const { compare, comparisonText, pickRounds } = await import("../../../src/series/index.ts");
    const config = loadConfig({
      BRIEFBOT_BRIEFINGS_DIR: parsed.values.dir ?? io.env.BRIEFBOT_BRIEFINGS_DIR,
      BRIEFBOT_MAX_BRIEFING_BYTES: io.env.BRIEFBOT_MAX_BRIEFING_BYTES,
    });
    const dir = resolve(io.cwd, config.BRIEFBOT_BRIEFINGS_DIR);
    const { briefings, problems } = await loadBriefings(dir, {
      maxBytes: config.BRIEFBOT_MAX_BRIEFING_BYTES,
    });
    for (const p of problems) io.stderr(`warning: ${formatProblem(p, { relativeTo: io.cwd })}\n`);
    const given = [];
    for (const id of parsed.positionals) {
      const found = briefings.find((b) => b.id === id);
      if (!found) {
        io.stderr(
          `briefbot compare: no briefing with id "${printableLines(id)}"; run briefbot list to see the ids\n`,
        );
        return 1;
      }
      given.push(found);
    }
    const pair = pickRounds(briefings, given);
    if (!pair.ok) {
      io.stderr(`briefbot compare: ${printableLines(pair.problem)}\n`);
      return 1;
    }
    const c = compare(pair.earlier, pair.later, pair.series.rounds);
    io.stdout(
      parsed.values.json
        ? `${JSON.stringify({ series: { key: pair.series.key, name: pair.series.name }, ...c }, null, 2)}\n`
        : printableLines(comparisonText(c, pair.series.name)),
    );
    return 0;
  },
};

export default command;
