// `briefbot timeline SERIES [--dir DIR]`: the rounds of a series, one line each.
import { type CliCommand, commandName, parseDirArgs } from "../command.ts";

const command: CliCommand = {
  name: commandName(import.meta.url),
  summary: "List the rounds of a series (its format name, typos allowed), one line each",
  usage:
    "briefbot timeline SERIES [--dir DIR]\n" +
    '  SERIES     the series: a format name such as "Strategic Stability Dialogue" (typos allowed)\n' +
    "  --dir DIR  the briefings folder (default: BRIEFBOT_BRIEFINGS_DIR or ./briefings)",
  async run(args, io) {
    const parsed = await parseDirArgs(command, args, io, { min: 1, max: 20 });
    if (typeof parsed === "number") return parsed;
    const query = parsed.positionals.join(" ");
    // loaded here, not at the top: `briefbot --help` loads every command module
    const { formatProblem, loadBriefings, printableLines } = await import(
      "../../../src/briefing/index.ts"
    );
    const { findAllSeries, lookupSeries, timeline } = await import("../../../src/series/index.ts");
    const { briefings, problems } = await loadBriefings(parsed.dir, { maxBytes: parsed.maxBytes });
    for (const p of problems) io.stderr(`warning: ${formatProblem(p, { relativeTo: io.cwd })}\n`);
    const all = findAllSeries(briefings);
    const found = lookupSeries(all, query);
    if (!found.found) {
      const names = found.suggestions.length ? found.suggestions : all.map((s) => s.name);
      const what = found.ambiguous ? "could be several series" : "names no series";
      const hint = names.length
        ? `; ${found.suggestions.length ? "did you mean" : "series in the briefings:"} ${names.map((n) => `"${n}"`).join(", ")}${found.suggestions.length ? "?" : ""}`
        : "; no briefing names a series (format or series field)";
      io.stderr(printableLines(`briefbot timeline: "${query}" ${what}${hint}\n`));
      return 1;
    }
    const s = found.found;
    const lines = timeline(s).map((t) => t.line);
    io.stdout(
      printableLines(
        `${s.name}: ${s.rounds.length} round${s.rounds.length === 1 ? "" : "s"}\n${lines.join("\n")}\n`,
      ),
    );
    return 0;
  },
};

export default command;
