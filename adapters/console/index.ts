// The console chat: a prompt in the terminal that talks to the same Bot as Slack and Discord.
// Lines starting with "/" are commands (/help, /pin ID…), anything else is a question.
import { randomUUID } from "node:crypto";
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { commandPrefix, helpCommand, splitCommand } from "../../src/bot/index.ts";
import type { Bot, ChannelRef, PlatformAdapter, Reply } from "../../src/chat/index.ts";
import { type Logger, silentLogger } from "../../src/log.ts";
import { DRAFT_USAGE, runDraftCommand } from "./draft.ts";
import { renderReplyText } from "./render.ts";

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
  const width = () => deps.width ?? (deps.output as { columns?: number }).columns ?? 80;
  let rl: Interface | undefined;
  /** This session's conversation; a new session starts without context. */
  const thread = { id: `session-${deps.session ?? randomUUID()}` };
  let queue: Promise<void> = Promise.resolve();
  let quitting = false;
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
      rl = createInterface({
        input: deps.input,
        output: deps.output,
        terminal,
        historySize: 200,
        prompt: "brief> ",
      });
      write(
        `briefbot console. Ask a question, or type ${commandPrefix("console")}${helpCommand.name} for the commands and /quit to leave.\n`,
      );
      rl.prompt();
      rl.on("line", (line) => {
        // Lines typed (or piped) after /quit are not run.
        if (quitting) return;
        if (QUIT.has(line.trim().toLowerCase())) quitting = true;
        queue = queue
          .then(() => handle(line))
          .catch((error) => logger.error("console: a line failed", { error }))
          .then(() => {
            if (!quitting) rl?.prompt();
          });
      });
      rl.on("close", () => {
        quitting = true;
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
      // Scheduled digests arrive between prompts.
      show(reply);
      if (!quitting) rl?.prompt(true);
    },
  };
}
