// `briefbot validate`: checks every briefing file; exit 0 when all are valid, 1 when any is not.
import { relative } from "node:path";
import { type CliCommand, commandName, parseDirArgs, startCache } from "../command.ts";

const validate: CliCommand = {
  name: commandName(import.meta.url),
  summary: "Check every briefing file; problems go to stderr as file:line:column: field: message",
  usage:
    "briefbot validate [--dir DIR] [--max-briefing-bytes SIZE]\n" +
    "  --dir DIR  the briefings folder (default: BRIEFBOT_BRIEFINGS_DIR or ./briefings)\n" +
    "  --max-briefing-bytes SIZE  largest briefing file read, e.g. 2MB (default 1MB); a larger\n" +
    "             file is reported as a problem",
  async run(args, io) {
    const parsed = await parseDirArgs(validate, args, io, { min: 0, max: 0 });
    if (typeof parsed === "number") return parsed;
    const { formatProblem, loadBriefings, printable } = await import(
      "../../../src/briefing/index.ts"
    );
    const shown = printable(relative(io.cwd, parsed.dir) || ".");
    // The cache holds each file's problems as well as its briefing, keyed by size, modification
    // time and the validator's own code, so a cached file reports exactly what parsing it would.
    const { briefings, problems } = await loadBriefings(parsed.dir, {
      maxBytes: parsed.maxBytes,
      ...startCache(io.cwd),
    });
    for (const problem of problems)
      io.stderr(`${formatProblem(problem, { relativeTo: io.cwd })}\n`);
    if (problems.length > 0) {
      const files = new Set(problems.map((p) => p.file)).size;
      io.stderr(
        `${plural(problems.length, "problem")} in ${plural(files, "file")}; ${plural(briefings.length, "briefing")} valid in ${shown}\n`,
      );
      return 1;
    }
    io.stdout(
      briefings.length === 0
        ? `no briefing files (.yaml, .yml) in ${shown}\n`
        : `${plural(briefings.length, "briefing")} valid in ${shown}\n`,
    );
    return 0;
  },
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export default validate;
