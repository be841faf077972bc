// What a bot command is: its registry entry (name, arguments, help texts, who may use it) and its
// handler. The router, help, usage replies, Discord's /brief, Slack's usage hint and the CLI read
// the entries in ./commands/; nothing else spells a command's name.
import type { Briefing } from "../briefing/types.ts";
import type { Reply } from "../chat/reply.ts";
import type { BotInput, Platform } from "../chat/types.ts";
import type { QuestionAnswerer } from "../engine/types.ts";
import type { GapRecorder } from "../gaps/record.ts";
import type { Logger } from "../log.ts";
import type { Store } from "../store/types.ts";
import type { BriefingMatcher } from "./choices.ts";

/** One argument of a command, as usage lines show it and platforms ask for it. */
export interface CommandArgument {
  /** Its name as an option on platforms that have them (`/brief show id:…` on Discord). */
  name: string;
  /** How usage lines write it: `ID`, `HH:MM`. */
  usage: string;
  /** One line for a platform's option picker (at most 100 characters). */
  description: string;
  required: boolean;
  /**
   * What it takes. "word" (the default): one word or a quoted phrase. "words": any number of
   * words. "text": the rest of the line as typed, quotes and all (a question); the router hands
   * it to the command whole, unsplit.
   */
  takes?: "word" | "words" | "text";
  minLength?: number;
  maxLength?: number;
  /** What a platform may offer while it is typed: briefing ids, IANA zones, command names. */
  complete?: "briefing" | "timezone" | "command";
}

/** A command's registry entry: everything about it but its handler. */
export interface CommandSpec {
  /** What people type: `/brief NAME` on Slack and Discord, `/NAME` in the console. */
  name: string;
  /** Other names the router accepts for it. */
  aliases?: readonly string[];
  /** In the order the command reads them. */
  arguments: readonly CommandArgument[];
  /** What it does, for help and usage replies. */
  summary: string;
  /** What it does in at most 100 characters, for Discord's picker and one-line lists. */
  description: string;
  /** A command line that works, without the prefix. */
  example: string;
  /**
   * Whether it changes the channel for everyone (pins, the daily digest): platforms may keep it
   * to those who moderate the channel (Discord: Manage Messages or the manager role).
   */
  changesChannel: boolean;
  /** Whether its reply is only for the asker, on every platform (help). */
  private?: boolean;
}

/** A command: its registry entry and what it does. */
export interface BotCommand extends CommandSpec {
  run(call: CommandCall): Promise<Reply>;
}

/** One invocation of a command. */
export interface CommandCall {
  input: BotInput;
  /** The arguments as words (quoted phrases kept together); empty for a command that takes text. */
  args: string[];
  /** The argument text after the command's name, as typed. */
  text: string;
  /** This command's usage reply, with `problem` as its title. */
  usage(problem: string): Reply;
  bot: BotContext;
}

/** What the bot needs from the briefing library. */
export interface BriefingCatalog {
  briefings(): readonly Briefing[];
  get(id: string): Briefing | undefined;
}

/** What every command may use: the bot's parts and its shared replies. */
export interface BotContext {
  engine: QuestionAnswerer;
  library: BriefingCatalog;
  store: Store;
  /** The current instant. */
  clock: () => Date;
  logger: Logger;
  /** The default time zone for `daily` and `subscribe`. */
  timezone: string;
  matcher: BriefingMatcher;
  /** Every command, in the order help lists them. */
  commands: readonly BotCommand[];
  /** Tells the scheduler that a subscription was added or removed. */
  onSubscriptionsChange?: (() => void) | undefined;
  /** Records declined questions (and not-helpful votes) for `gaps`; inert when recording is off. */
  gaps: GapRecorder;
  /** Whether recording is on (BRIEFBOT_RECORD_QUESTIONS). */
  recordQuestions: boolean;
  /** The briefing for an id a person typed, or the command's usage reply naming the closest ids. */
  resolveBriefing(call: CommandCall, id: string): Promise<Briefing | Reply>;
  /** The reply to a name that is no command, with the closest names. */
  unknownCommand(input: BotInput, name: string): Reply;
}

/**
 * What people type before a command on each platform, for usage lines: `/brief `, `/`. On
 * Discord the commands that change a channel live under `/brief-manage`, because Discord's
 * command permissions (which server admins manage) apply to a whole command, not a subcommand.
 */
export function commandPrefix(
  platform: Platform,
  command?: Pick<CommandSpec, "changesChannel">,
): string {
  if (platform === "console") return "/";
  return platform === "discord" && command?.changesChannel ? "/brief-manage " : "/brief ";
}

/**
 * `ask QUESTION` with the platform's prefix: `/brief ask QUESTION` or `/ask QUESTION`;
 * optional arguments in brackets, or left out with `"required"`.
 */
export function usageLine(
  spec: CommandSpec,
  prefix: string,
  which: "all" | "required" = "all",
): string {
  const args = spec.arguments
    .filter((a) => which === "all" || a.required)
    .map((a) => (a.required ? a.usage : `[${a.usage}]`));
  return [`${prefix}${spec.name}`, ...args].join(" ");
}

/** The arguments of a usage line without the name: `HH:MM [TIMEZONE]`. */
export function argumentsLine(spec: CommandSpec): string {
  return usageLine(spec, "").slice(spec.name.length).trim();
}

/** The usage reply of a command: the problem, the usage line, what it does and an example. */
export function usageReply(spec: CommandSpec, input: BotInput, problem: string): Reply {
  const prefix = commandPrefix(input.channel.platform, spec);
  return {
    title: problem,
    sections: [
      {
        text: `Usage: ${usageLine(spec, prefix)}\n${spec.summary}\nExample: ${prefix}${spec.example}`,
      },
    ],
    visibility: "ephemeral",
    kind: "usage",
  };
}

/** Whether a command takes the rest of the line whole (a question) rather than words. */
export function takesText(spec: CommandSpec): boolean {
  return spec.arguments.some((a) => a.takes === "text");
}

/** The command a typed name means (any case, or an alias). */
export function findIn<T extends CommandSpec>(commands: readonly T[], name: string): T | undefined {
  const wanted = name.toLowerCase();
  return commands.find((c) => c.name === wanted || c.aliases?.includes(wanted));
}
