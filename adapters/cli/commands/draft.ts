// `briefbot draft FILE`: turns a news report into a briefing draft (YAML with review marks).
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { DraftOptions } from "../../../src/draft/index.ts";
import { type CliCommand, type CliIO, commandName, usageError } from "../command.ts";

const VALUE_FLAGS = {
  "--out": "out",
  "--date": "date",
  "--source-title": "sourceTitle",
  "--publisher": "publisher",
  "--url": "url",
} as const;

type Flags = Partial<Record<(typeof VALUE_FLAGS)[keyof typeof VALUE_FLAGS], string>>;

const command: CliCommand = {
  name: commandName(import.meta.url),
  summary: "Draft a briefing from a news report (plain text or Markdown) for a person to review",
  usage:
    "briefbot draft FILE|- [--out FILE] [--date YYYY-MM-DD] [--source-title T] [--publisher P] [--url U]\n" +
    "  FILE                the news report, plain text or Markdown, at most 200 KB (- reads stdin)\n" +
    "  --out FILE          write the draft YAML there instead of to stdout; review it, then save it\n" +
    "                      in briefings/ (a summary line goes to stderr either way)\n" +
    "  --date YYYY-MM-DD   the day of the talks; needed when the report has no dated time stamp\n" +
    "                      or dateline, and used instead of the one found\n" +
    "  --source-title T    the report's title in the draft's sources (default: its headline)\n" +
    "  --publisher P       who published the report, e.g. ARD, for the draft's sources\n" +
    "  --url U             the report's absolute http(s) address, for the draft's sources",
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseArgs(args);
    if (typeof parsed === "string") return usageError(command, io, parsed);
    const { file, flags } = parsed;
    if (flags.date !== undefined && !isCalendarDay(flags.date)) {
      return usageError(command, io, `--date "${flags.date}" is not a real day as YYYY-MM-DD`);
    }
    if (flags.url !== undefined && !/^https?:\/\/\S+$/.test(flags.url)) {
      return usageError(command, io, `--url "${flags.url}" is not an absolute http(s) URL`);
    }
    const name = file === "-" ? "standard input" : file;
    const {
      DraftError,
      draftBriefing,
      readArticleFile,
      readArticleStream,
      renderDraft,
      summaryLine,
    } = await import("../../../src/draft/index.ts");
    let text: string;
    try {
      // Over MAX_ARTICLE_BYTES is refused here, before the article is parsed or read whole.
      text =
        file === "-"
          ? await readArticleStream(io.stdin, name)
          : await readArticleFile(resolve(io.cwd, file), name);
    } catch (error) {
      if (error instanceof DraftError) {
        io.stderr(`briefbot draft: ${error.message}\n`);
        return 1;
      }
      io.stderr(
        `briefbot draft: cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
      );
      return 1;
    }
    const options: DraftOptions = { file: name };
    if (flags.date) options.date = flags.date;
    if (flags.sourceTitle) options.sourceTitle = flags.sourceTitle;
    if (flags.publisher) options.publisher = flags.publisher;
    if (flags.url) options.url = flags.url;
    try {
      const draft = draftBriefing(text, options);
      const yaml = renderDraft(draft);
      if (flags.out) {
        await writeFile(resolve(io.cwd, flags.out), yaml, "utf8");
      } else {
        io.stdout(yaml);
      }
      io.stderr(
        `briefbot draft: ${name}: ${summaryLine(draft.counts)}${flags.out ? ` → ${flags.out}` : ""}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof DraftError) {
        io.stderr(`briefbot draft: ${error.message}\n`);
        return 1;
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code) {
        io.stderr(`briefbot draft: cannot write ${flags.out}: ${code}\n`);
        return 1;
      }
      throw error;
    }
  },
};

export default command;

function parseArgs(args: string[]): { file: string; flags: Flags } | string {
  const flags: Flags = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (flag in VALUE_FLAGS) {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") return `${flag} needs a value`;
      flags[VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS]] = value;
    } else if (arg.startsWith("-") && arg !== "-") {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1)
    return files.length === 0
      ? "give the article's file (or - for standard input)"
      : `give one article, not ${files.length}`;
  return { file: files[0] as string, flags };
}

function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}
