// The console chat: a prompt in the terminal that talks to the same Bot as Slack and Discord.
// Lines starting with "/" are commands (/help, /pin ID…), anything else is a question.
import { randomUUID } from "node:crypto";
import { clearLine, createInterface, cursorTo, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { commandPrefix, helpCommand, splitCommand } from "../../src/bot/index.ts";
import type { Bot, ChannelRef, PlatformAdapter, Reply } from "../../src/chat/index.ts";
import { type Logger, silentLogger } from "../../src/log.ts";
import { DRAFT_USAGE, runDraftCommand } from "./draft.ts";
import { HISTORY_SIZE, readHistory, writeHistory } from "./history.ts";
import { renderReplyText } from "./render.ts";

export { consoleHistoryFile } from "./history.ts";
export { renderReplyText, wrap } from "./render.ts";

/** The one channel of the console. */
export const CONSOLE_CHANNEL: ChannelRef = {
  platform: "console",
  workspace: "local",
  channel: "console",
};

export interface ConsoleAdapterDeps {
  bot: Bot;
  input: Readable;
  output: Writable;
  /** Line editing and history on the arrow keys; default: whether `input` is a TTY. */
  terminal?: boolean;
  /** Called once when the person quits (/quit, /exit, Ctrl-D or the end of piped input). */
  onQuit?: () => void;
  logger?: Logger;
  /** Wrap width; default the terminal's columns or 80. */
  width?: number;
  user?: string;
  /** Names this session's conversation (default: a new random id per start). */
  session?: string;
  /** Folder that `/draft FILE` reads from and writes `drafts/` into; default the process's. */
  cwd?: string;
  /**
   * Where log lines are written (stderr). In a terminal a log line is printed above the prompt,
   * and the prompt is drawn again with what was typed so far.
   */
  logOutput?: Writable;
  /** File the history of typed lines is kept in across sessions (in a terminal only). */
  historyFile?: string;
}

/** The running console chat; `finished` settles when the person has quit and every line is answered. */
export interface ConsoleAdapter extends PlatformAdapter {
  platform: "console";
  readonly finished: Promise<void>;
}

const QUIT = new Set(["/quit", "/exit", "/q"]);

/** Builds the console chat over the given streams. */
export function createConsoleAdapter(deps: ConsoleAdapterDeps): ConsoleAdapter {
  const logger = deps.logger ?? silentLogger;
  const user = { id: deps.user ?? "console", name: deps.user ?? "you" };
  const terminal = deps.terminal ?? Boolean((deps.input as { isTTY?: boolean }).isTTY);
  // A terminal that reports no size (0 columns) gets the usual 80.
  const width = () => deps.width ?? ((deps.output as { columns?: number }).columns || 80);
  let rl: Interface | undefined;
  /** This session's conversation; a new session starts without context. */
  const thread = { id: `session-${deps.session ?? randomUUID()}` };
  let queue: Promise<void> = Promise.resolve();
  let quitting = false;
  /** Whether the prompt is on the screen, waiting for a line (not answering one). */
  let waiting = false;
  let restoreLog: (() => void) | undefined;
  let resolveFinished: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve;
  });

  const write = (text: string) => {
    deps.output.write(text);
  };
  const show = (reply: Reply) => write(`\n${renderReplyText(reply, { width: width() })}\n`);

  const handle = async (raw: string) => {
    const line = raw.trim();
    if (!line) return;
    if (QUIT.has(line.toLowerCase())) {
      rl?.close();
      return;
    }
    // the session is one conversation: a follow-up is read against the answer before it
    const input = { channel: CONSOLE_CHANNEL, user, text: line.replace(/^\//, ""), thread };
    if (/^\/draft(\s|$)/i.test(line)) {
      show(await runDraftCommand(input.text, deps.cwd ?? process.cwd()));
      return;
    }
    const reply = line.startsWith("/")
      ? await deps.bot.command(input)
      : await deps.bot.question(input);
    show(reply);
    // After the list of commands (help without a command), the one only the console has.
    if (reply.kind === "help" && line.startsWith("/") && !splitCommand(input.text).rest) {
      write(`Console only: ${DRAFT_USAGE} drafts a briefing from a news report into drafts/.\n`);
    }
  };

  return {
    platform: "console",
    finished,
    async start() {
      const history = terminal && deps.historyFile ? loadHistory(deps.historyFile, logger) : [];
      rl = createInterface({
        input: deps.input,
        output: deps.output,
        terminal,
        history,
        historySize: HISTORY_SIZE,
        removeHistoryDuplicates: true,
        prompt: "brief> ",
      });
      const prompt = (keep = false) => {
        if (quitting) return;
        waiting = true;
        rl?.prompt(keep);
      };
      if (terminal && deps.historyFile) {
        const file = deps.historyFile;
        let warned = false;
        rl.on("history", (lines: string[]) => {
          // Said once: a read-only home must not repeat a warning after every line.
          if (!saveHistory(file, lines) && !warned) {
            warned = true;
            logger.warn("console: could not save the history file", { file });
          }
        });
      }
      if (terminal && deps.logOutput) restoreLog = logAbovePrompt(deps.logOutput);
      write(
        `briefbot console. Ask a question, or type ${commandPrefix("console")}${helpCommand.name} for the commands and /quit to leave.\n`,
      );
      prompt();
      // Ctrl-C leaves cleanly: what was typed stays on its line, and "Bye." gets a line of its own.
      rl.on("SIGINT", () => {
        write("^C\n");
        waiting = false;
        rl?.close();
      });
      rl.on("line", (line) => {
        waiting = false;
        // Lines typed (or piped) after /quit are not run.
        if (quitting) return;
        if (QUIT.has(line.trim().toLowerCase())) quitting = true;
        queue = queue
          .then(() => handle(line))
          .catch((error) => logger.error("console: a line failed", { error }))
          .then(() => prompt());
      });
      rl.on("close", () => {
        // Ctrl-D at the prompt: end the prompt's line before saying goodbye.
        if (waiting && terminal) write("\n");
        waiting = false;
        quitting = true;
        restoreLog?.();
        restoreLog = undefined;
        void queue.then(() => {
          write("Bye.\n");
          resolveFinished();
          deps.onQuit?.();
        });
      });
    },
    async stop() {
      quitting = true;
      rl?.close();
      await finished;
    },
    async deliver(_channel, reply) {
      // Scheduled digests arrive between prompts: above the prompt, which is drawn again.
      if (waiting && terminal) clearPromptLine();
      show(reply);
      if (waiting) rl?.prompt(true);
    },
  };

  function clearPromptLine(): void {
    clearLine(deps.output, 0);
    cursorTo(deps.output, 0);
  }

  /**
   * Log lines written while the prompt waits would land in the middle of it: the prompt line is
   * cleared first, and drawn again afterwards with what was typed so far. Works for anything that
   * writes to the stream (the logger, a library warning). Returns how to undo it.
   */
  function logAbovePrompt(stream: Writable): () => void {
    const original = stream.write;
    const patched = function (this: Writable, ...args: unknown[]): boolean {
      if (!waiting) return (original as (...a: unknown[]) => boolean).apply(this, args);
      clearPromptLine();
      const done = (original as (...a: unknown[]) => boolean).apply(this, args);
      rl?.prompt(true);
      return done;
    };
    stream.write = patched as Writable["write"];
    return () => {
      if (stream.write === patched) stream.write = original;
    };
  }
}

function loadHistory(file: string, logger: Logger): string[] {
  try {
    return readHistory(file);
  } catch (error) {
    logger.warn("console: could not read the history file; starting without it", { file, error });
    return [];
  }
}

/** Saves the history; false when the file could not be written. */
function saveHistory(file: string, lines: readonly string[]): boolean {
  try {
    writeHistory(file, lines);
    return true;
  } catch {
    return false;
  }
}
