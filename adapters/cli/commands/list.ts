// `briefbot list`: one line per briefing (id, date, title), newest first; problems as warnings.
import { relative } from "node:path";
import { type CliCommand, commandName, parseDirArgs, startCache } from "../command.ts";

const list: CliCommand = {
  name: commandName(import.meta.url),
  summary: "List the briefings (id, date, title), newest first",
  usage:
    "briefbot list [--dir DIR] [--max-briefing-bytes SIZE]   (DIR defaults to BRIEFBOT_BRIEFINGS_DIR or ./briefings)",
  async run(args, io) {
    const parsed = await parseDirArgs(list, args, io, { min: 0, max: 0 });
    if (typeof parsed === "number") return parsed;
    const { formatProblem, loadBriefings, printable } = await import(
      "../../../src/briefing/index.ts"
    );
    const { briefings, problems } = await loadBriefings(parsed.dir, {
      maxBytes: parsed.maxBytes,
      ...startCache(io.cwd),
    });
    for (const problem of problems) {
      io.stderr(`warning: ${formatProblem(problem, { relativeTo: io.cwd })}\n`);
    }
    // The listing failed only when the folder itself could not be read.
    if (problems.some((p) => p.file === parsed.dir)) return 1;
    if (briefings.length === 0) {
      io.stderr(`no briefings in ${printable(relative(io.cwd, parsed.dir) || ".")}\n`);
      return 0;
    }
    const width = Math.max(...briefings.map((b) => b.id.length));
    // Titles come from the files: a line break or escape code in one must not forge or colour lines.
    for (const b of briefings) {
      io.stdout(`${b.id.padEnd(width)}  ${b.date}  ${printable(b.title)}\n`);
    }
    return 0;
  },
};

export default list;
