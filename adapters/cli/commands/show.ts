// `briefbot show ID`: the whole briefing as readable text; an unknown id suggests the closest ones.
import { relative } from "node:path";
import { type CliCommand, commandName, parseDirArgs, startCache } from "../command.ts";

const show: CliCommand = {
  name: commandName(import.meta.url),
  summary: "Show one briefing, every field, as readable text",
  usage:
    "briefbot show ID [--dir DIR] [--max-briefing-bytes SIZE]\n" +
    "  ID         the briefing's id (briefbot list shows them)\n" +
    "  --dir DIR  the briefings folder (default: BRIEFBOT_BRIEFINGS_DIR or ./briefings)\n" +
    "  --max-briefing-bytes SIZE  largest briefing file read, e.g. 2MB (default 1MB)\n" +
    "  In a terminal the text is wrapped to its width; piped, every field stays on one line.",
  async run(args, io) {
    const parsed = await parseDirArgs(show, args, io, { min: 1, max: 1 });
    if (typeof parsed === "number") return parsed;
    const [
      { loadBriefings, printable, printableLines, renderBriefingText },
      { typographic },
      { wrap },
    ] = await Promise.all([
      import("../../../src/briefing/index.ts"),
      import("../../../src/text/index.ts"),
      import("../../console/render.ts"),
    ]);
    const id = parsed.positionals[0] ?? "";
    const { briefings, problems } = await loadBriefings(parsed.dir, {
      maxBytes: parsed.maxBytes,
      ...startCache(io.cwd),
    });
    const briefing = briefings.find((b) => b.id === id);
    if (briefing) {
      // Line breaks stay; terminal escape codes from the file are shown, not obeyed.
      const text = renderBriefingText(briefing, {
        file: printable(relative(io.cwd, briefing.file)),
      });
      // Wrapped to the terminal, each line's wrap hanging under its own text; a pipe gets whole lines.
      const shown = typographic(printableLines(text));
      io.stdout(io.columns ? `${wrap(shown.trimEnd(), io.columns, "", 2)}\n` : shown);
      return 0;
    }
    const ids = briefings.map((b) => b.id);
    const { default: Fuse } = await import("fuse.js");
    const close = new Fuse(ids, { threshold: 0.5, ignoreLocation: true })
      .search(id)
      .slice(0, 3)
      .map((hit) => hit.item);
    const hint =
      close.length > 0
        ? `; did you mean ${close.map((c) => `"${c}"`).join(", ")}?`
        : ids.length > 0
          ? "; run briefbot list to see the ids"
          : "";
    io.stderr(`briefbot show: no briefing with id "${printable(id)}"${hint}\n`);
    if (problems.length > 0) {
      io.stderr(`(${problems.length} problem(s) in the folder; run briefbot validate)\n`);
    }
    return 1;
  },
};

export default show;
