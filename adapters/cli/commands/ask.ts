// `briefbot ask "QUESTION" [--dir DIR] [--json]`: answers from the briefings; with no question,
// answers one question per line of standard input, one answer per line (JSON lines with --json).
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Briefing } from "../../../src/briefing/index.ts";
import type { Answer, Engine } from "../../../src/engine/index.ts";
import { BriefbotError } from "../../../src/errors.ts";
import { withSeries } from "../../../src/series/index.ts";
import {
  type CliCommand,
  type CliIO,
  commandName,
  SNAPSHOT_FILE,
  startCache,
  usageError,
} from "../command.ts";

const command: CliCommand = {
  name: commandName(import.meta.url),
  summary: "Answer a question from the briefings (or one per line from stdin)",
  usage:
    'briefbot ask ["QUESTION"] [--dir DIR] [--json]\n' +
    "  QUESTION   the question; without it, one question per line is read from stdin\n" +
    "  --dir DIR  the briefings folder (default: BRIEFBOT_BRIEFINGS_DIR or ./briefings)\n" +
    "  --json     one JSON object per answer: question, answered, text, confidence, citations, suggestions",
  async run(args, io) {
    let dir: string | undefined;
    let json = false;
    const words: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === "--json") json = true;
      else if (arg === "--dir") {
        dir = args[++i];
        if (!dir) return usageError(command, io, "--dir needs a folder");
      } else if (arg.startsWith("--dir=")) dir = arg.slice("--dir=".length);
      else if (arg.startsWith("--")) return usageError(command, io, `unknown option "${arg}"`);
      else words.push(arg);
    }
    let engine: Engine;
    let byId = new Map<string, Briefing>();
    // Imported here, not at the top: `briefbot --help` must not pay for the engine.
    const [{ formatProblem, loadBriefings }, { loadConfig }, { openEngine }, bot, consoleRender] =
      await Promise.all([
        import("../../../src/briefing/index.ts"),
        import("../../../src/config.ts"),
        import("../../../src/engine/index.ts"),
        import("../../../src/bot/index.ts"),
        import("../../console/render.ts"),
      ]);
    try {
      // Only the variables it uses: a bad unrelated setting (PORT, a token) must not stop `ask`.
      const config = loadConfig({
        BRIEFBOT_BRIEFINGS_DIR: io.env.BRIEFBOT_BRIEFINGS_DIR,
        BRIEFBOT_MAX_BRIEFING_BYTES: io.env.BRIEFBOT_MAX_BRIEFING_BYTES,
      });
      const folder = resolve(io.cwd, dir ?? config.BRIEFBOT_BRIEFINGS_DIR);
      const cache = startCache(io.cwd);
      const { briefings, problems } = await loadBriefings(folder, {
        maxBytes: config.BRIEFBOT_MAX_BRIEFING_BYTES,
        ...cache,
      });
      for (const p of problems) io.stderr(`briefbot ask: ${formatProblem(p)}\n`);
      // The snapshot `briefbot start` wrote, when it was taken over exactly these briefings by
      // this engine's code; else a build (not saved: the snapshot is the bot's).
      ({ engine } = await openEngine(briefings, {
        snapshotPath: join(cache.cacheDir, SNAPSHOT_FILE),
        saveSnapshot: false,
      }));
      // questions across rounds ("what changed since the last round?") go to the series module
      engine = withSeries(engine, () => briefings);
      byId = new Map(briefings.map((b) => [b.id, b]));
    } catch (error) {
      if (error instanceof BriefbotError) {
        io.stderr(`briefbot ask: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    const write = (a: Answer, oneLine: boolean) =>
      io.stdout(
        json
          ? `${toJson(a)}\n`
          : render(a, oneLine, (id) => byId.get(id), { ...bot, ...consoleRender }),
      );

    if (words.length > 0) {
      write(engine.ask(words.join(" ")), false);
      return 0;
    }
    for await (const line of lines(io)) {
      const question = line.trim();
      if (question) write(engine.ask(question), true);
    }
    return 0;
  },
};

export default command;

function lines(io: CliIO): AsyncIterable<string> {
  return createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
}

/** The JSON contract of `ask --json`, with exactly these fields in this order. */
export function toJson(a: Answer): string {
  return JSON.stringify({
    question: a.question,
    answered: a.answered,
    text: a.text,
    confidence: a.confidence,
    citations: a.citations.map((c) => ({
      briefing: c.briefing,
      title: c.title,
      date: c.date,
      section: c.section,
      text: c.text,
      ...(c.speaker !== undefined ? { speaker: c.speaker } : {}),
    })),
    suggestions: a.suggestions,
  });
}

/** What `render` needs from the bot and the console renderer (imported lazily by `run`). */
interface Renderers {
  answerReply: typeof import("../../../src/bot/index.ts").answerReply;
  typographicReply: typeof import("../../../src/bot/index.ts").typographicReply;
  citationText: typeof import("../../console/render.ts").citationText;
  renderReplyText: typeof import("../../console/render.ts").renderReplyText;
}

/**
 * Plain text, as the console chat shows it: the answer (each day once, typographic quotes), then
 * its citations in words or the suggestions; on one line in stdin mode.
 */
function render(
  a: Answer,
  oneLine: boolean,
  lookup: (id: string) => Briefing | undefined,
  r: Renderers,
): string {
  const reply = r.typographicReply(r.answerReply(a, lookup));
  if (!oneLine) return r.renderReplyText(reply, { width: process.stdout.columns || 80 });
  const [answer, suggestions] = reply.sections;
  const notes = a.answered
    ? (reply.citations ?? []).map(r.citationText)
    : (suggestions?.text ?? "").split("\n").map((s) => `try: ${s.replace(/^• /, "")}`);
  const text = (answer?.text ?? "").replace(/:\n• /g, ": ").replace(/\n(• )?/g, " / ");
  return `${[text, ...notes].join("  ")}\n`;
}
