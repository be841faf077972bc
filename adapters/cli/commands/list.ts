// `briefbot list [WORDS]`: one line per briefing (id, date, title), newest first, narrowed by words
// as chat `/list WORDS` is; problems as warnings.
import { relative } from "node:path";
import { type CliCommand, commandName, parseDirArgs, startCache, usageError } from "../command.ts";

const list: CliCommand = {
  name: commandName(import.meta.url),
  summary: "List the briefings (id, date, title), newest first; WORDS narrow the list",
  usage:
    "briefbot list [WORDS] [--dir DIR] [--max-briefing-bytes SIZE]\n" +
    "  WORDS      keep the briefings matching every word (title, format, participants, tags,\n" +
    "             location; typos allowed), the same words as in chat\n" +
    "  --dir DIR  the briefings folder (default: BRIEFBOT_BRIEFINGS_DIR or ./briefings)\n" +
    "  --max-briefing-bytes SIZE  largest briefing file read, e.g. 2MB (default 1MB)",
  async run(args, io) {
    const parsed = await parseDirArgs(list, args, io, { min: 0, max: Number.POSITIVE_INFINITY });
    if (typeof parsed === "number") return parsed;
    const [{ BriefingMatcher, MAX_LIST_WORDS }, { formatProblem, loadBriefings, printable }] =
      await Promise.all([
        import("../../../src/bot/index.ts"),
        import("../../../src/briefing/index.ts"),
      ]);
    const words = parsed.positionals.flatMap((w) => w.split(/\s+/)).filter(Boolean);
    if (new Set(words).size > MAX_LIST_WORDS) {
      return usageError(list, io, `too many words: list narrows by at most ${MAX_LIST_WORDS}`);
    }
    const loaded = await loadBriefings(parsed.dir, {
      maxBytes: parsed.maxBytes,
      ...startCache(io.cwd),
    });
    const { problems } = loaded;
    for (const problem of problems) {
      io.stderr(`warning: ${formatProblem(problem, { relativeTo: io.cwd })}\n`);
    }
    // The listing failed only when the folder itself could not be read.
    if (problems.some((p) => p.file === parsed.dir)) return 1;
    if (loaded.briefings.length === 0) {
      io.stderr(`no briefings in ${printable(relative(io.cwd, parsed.dir) || ".")}\n`);
      return 0;
    }
    const briefings = await new BriefingMatcher().filter(loaded.briefings, words);
    if (briefings.length === 0) {
      io.stderr(`no briefings match “${printable(words.join(" "))}”\n`);
      return 1;
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
