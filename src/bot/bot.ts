// The platform-neutral bot: routes a command or a question from a channel to the command that
// answers it (./commands/, the registry), and always returns a Reply (never throws to the adapter).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import Fuse from "fuse.js";
import type { Reply } from "../chat/reply.ts";
import type { ActionInput, Bot, BotInput } from "../chat/types.ts";
import { warmUpDayParsing } from "../daily/dates.ts";
import type { QuestionAnswerer } from "../engine/types.ts";
import { createGapRecorder } from "../gaps/record.ts";
import { childLogger, type Logger, silentLogger } from "../log.ts";
import { type Metrics, noMetrics, type QuestionOutcome } from "../metrics.ts";
import type { Store } from "../store/types.ts";
import { parseWords, preview, splitCommand } from "./args.ts";
import { keepRatedAnswer } from "./buttons/feedback.ts";
import { feedbackButtons, pinButton, showButton } from "./buttons/make.ts";
import { pressButton } from "./buttons/press.ts";
import { briefingFileName } from "./cards.ts";
import { BriefingMatcher } from "./choices.ts";
import { type CitationLinker, withCitationLinks } from "./citation-links.ts";
import {
  type BotCommand,
  type BotContext,
  type BriefingCatalog,
  type CommandCall,
  commandPrefix,
  findIn,
  takesText,
  usageLine,
  usageReply,
} from "./command.ts";
import { answerQuestion, ask, COMMANDS, help, list } from "./commands/index.ts";
import { formatCount, MAX_ARGUMENT_LENGTH, MAX_COMMAND_NAME_LENGTH } from "./input-limits.ts";
import { limitReply } from "./limits.ts";

/** Everything the bot is built from; all external things are injected. */
export interface BotDeps {
  engine: QuestionAnswerer & { suggestions?: (scope?: readonly string[]) => string[] };
  library: BriefingCatalog;
  store: Store;
  /** The current instant (tests pass a fixed clock). */
  clock?: () => Date;
  /**
   * The default time zone for `daily` and `subscribe`; whether declined questions are recorded
   * for `gaps` (BRIEFBOT_RECORD_QUESTIONS; off unless set).
   */
  config?: { timezone: string; recordQuestions?: boolean };
  logger?: Logger;
  /** Where questions are counted and timed; none by default. */
  metrics?: Metrics;
  /** Called after a subscription is added or removed, so the scheduler can follow. */
  onSubscriptionsChange?: () => void;
  /** The commands it answers (default: the registry, `COMMANDS`). */
  commands?: readonly BotCommand[];
  /** The web view's link to a briefing's section, for citations (absent: citations carry none). */
  citationLink?: CitationLinker;
}

/** Builds the bot. */
export function createBot(deps: BotDeps): Bot {
  const clock = deps.clock ?? (() => new Date());
  const timezone = deps.config?.timezone ?? "UTC";
  const logger = deps.logger ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
  const matcher = new BriefingMatcher();
  const recordQuestions = deps.config?.recordQuestions ?? false;
  const gaps = createGapRecorder({
    store: deps.store,
    clock,
    enabled: recordQuestions,
    onError: (error) => logger.error("bot: could not record a declined question", { error }),
  });
  warmUpDayParsing();
  const commands = deps.commands ?? COMMANDS;
  const commandFuse = new Fuse(
    commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]),
    { threshold: 0.6 },
  );

  const unknownCommand = (input: BotInput, name: string): Reply => {
    const prefix = commandPrefix(input.channel.platform);
    const close =
      name.length <= MAX_COMMAND_NAME_LENGTH
        ? commandFuse
            .search(name.toLowerCase(), { limit: 2 })
            .map((h) => h.item)
            // a did-you-mean is about as long as what was typed ("lsit" is not "timeline")
            .filter((c) => Math.abs(c.length - name.length) <= 3)
        : [];
    return {
      title: `Unknown command "${preview(name, 40)}".`,
      sections: [
        {
          text: [
            close.length
              ? `Did you mean ${close
                  .map((c) => `${commandPrefix(input.channel.platform, findIn(commands, c))}${c}`)
                  .join(" or ")}?`
              : undefined,
            `To ask a question: ${usageLine(ask, prefix)}. All commands: ${prefix}${help.name}.`,
          ]
            .filter(Boolean)
            .join("\n"),
        },
      ],
      visibility: "ephemeral",
      kind: "usage",
    };
  };

  const context: BotContext = {
    engine: deps.engine,
    library: deps.library,
    store: deps.store,
    clock,
    logger,
    timezone,
    matcher,
    commands,
    onSubscriptionsChange: deps.onSubscriptionsChange,
    gaps,
    recordQuestions,
    async resolveBriefing(call, id) {
      const found = deps.library.get(id);
      if (found) return found;
      const close = await matcher.choices(deps.library.briefings(), id, 3);
      const hint = close.length
        ? `Did you mean: ${close.map((c) => `${c.id} (${c.title})`).join(", ")}?`
        : `Try ${commandPrefix(call.input.channel.platform)}${list.name} to see the ids.`;
      const reply = call.usage(`No briefing with the id "${preview(id)}".`);
      reply.sections.unshift({ text: hint });
      return reply;
    },
    unknownCommand,
  };

  const callOf = (command: BotCommand, input: BotInput, text = "", args: string[] = []) =>
    ({
      input,
      args,
      text,
      usage: (problem) => usageReply(command, input, problem),
      bot: context,
    }) satisfies CommandCall;

  /** Where the whole of a briefing is, for replies shortened to fit a chat. */
  const fileOf = (id: string) => {
    const b = deps.library.get(id);
    return b && briefingFileName(b);
  };

  /**
   * Runs one command or question with its own logger (its request id on every line) and a
   * bounded reply; questions are counted and timed by platform and outcome.
   */
  const safely = async (
    input: BotInput,
    what: string,
    isQuestion: boolean,
    run: () => Promise<Reply>,
  ) => {
    const started = performance.now();
    const log = childLogger(logger, {
      requestId: input.requestId ?? randomUUID(),
      platform: input.channel.platform,
    });
    let reply: Reply;
    try {
      // Every reply is bounded, whatever the briefings hold; a shortened one says where the rest is.
      reply = withCitationLinks(limitReply(await run(), fileOf), deps.citationLink);
    } catch (error) {
      log.error(`bot: ${what} failed`, {
        error,
        stack: (error as Error)?.stack,
        channel: input.channel,
        text: preview(input.text, 200),
      });
      reply = {
        title: "Something went wrong",
        sections: [
          {
            text: `Sorry, "${what}" failed. The details are in the bot's log for its maintainers.`,
          },
        ],
        visibility: "ephemeral",
        kind: "error",
      } satisfies Reply;
    }
    const seconds = (performance.now() - started) / 1000;
    if (isQuestion) {
      const outcome = outcomeOf(reply);
      metrics.question(input.channel.platform, outcome, seconds);
      log.info("bot: question", { outcome, ms: Math.round(seconds * 1000) });
    } else {
      log.debug(`bot: ${what}`, { kind: reply.kind, ms: Math.round(seconds * 1000) });
    }
    return reply;
  };

  /**
   * The buttons under an answer, on platforms that have them: "Show briefing" and "Pin here" for
   * the briefing it cites first (no Pin when it is pinned here already), "Helpful" and "Not
   * helpful" (the question is kept in the store for them). A store failure costs the buttons only.
   */
  const withAnswerButtons = async (
    reply: Reply,
    input: BotInput,
    question: string,
  ): Promise<Reply> => {
    if (reply.kind !== "answer" || input.channel.platform === "console") return reply;
    const cited = reply.citations?.[0]?.briefing;
    const briefing = cited !== undefined && deps.library.get(cited) ? cited : undefined;
    try {
      const pinned =
        briefing !== undefined &&
        (await deps.store.pins(input.channel)).some((p) => p.briefing === briefing);
      const key = await keepRatedAnswer(
        deps.store,
        input.channel,
        { question, answer: reply.sections[0]?.text ?? "", missing: [] },
        clock(),
      );
      return {
        ...reply,
        actions: [
          ...(briefing !== undefined ? [showButton(briefing)] : []),
          ...(briefing !== undefined && !pinned ? [pinButton(briefing)] : []),
          ...feedbackButtons(key),
        ],
      };
    } catch (error) {
      logger.warn("bot: could not keep the answer for its buttons; posting it without", { error });
      return reply;
    }
  };

  /** A registry command run for the person who pressed a button, as if typed. */
  const runFor = (command: BotCommand, pressed: ActionInput, args: string[]) => {
    const input: BotInput = {
      channel: pressed.channel,
      user: pressed.user,
      text: [command.name, ...args].join(" "),
      ...(pressed.requestId && { requestId: pressed.requestId }),
    };
    return command.run(callOf(command, input, args.join(" "), args));
  };

  return {
    command(input) {
      // The name and the argument text are cut apart without reading the arguments, so an
      // over-long line is refused before any other work.
      const { name: first, rest } = splitCommand(input.text);
      const name = first.toLowerCase();
      // `ask` (or an alias of it) is a question: counted and timed like one.
      const isQuestion = !!name && findIn(commands, name)?.name === ask.name;
      const what = name.slice(0, MAX_COMMAND_NAME_LENGTH) || help.name;
      return safely(input, what, isQuestion, async () => {
        if (!name) return help.run(callOf(help, input));
        const command = findIn(commands, name);
        if (!command) return unknownCommand(input, first);
        // A command that takes text (a question) reads the line as typed, within its own limit.
        if (takesText(command)) {
          const reply = await command.run(callOf(command, input, rest));
          return command.name === ask.name ? withAnswerButtons(reply, input, rest.trim()) : reply;
        }
        if (rest.length > MAX_ARGUMENT_LENGTH) {
          return usageReply(
            command,
            input,
            `That is too long: ${command.name} takes at most ${formatCount(MAX_ARGUMENT_LENGTH)} characters of arguments (this has ${formatCount(rest.length)}).`,
          );
        }
        const parsed = parseWords(rest);
        if (!parsed.ok) return usageReply(command, input, parsed.problem);
        return command.run(callOf(command, input, rest, parsed.words));
      });
    },

    question(input) {
      return safely(input, ask.name, true, async () => {
        const text = input.text.trim();
        const call = callOf(ask, input, text);
        return text
          ? withAnswerButtons(await answerQuestion(call, text), input, text)
          : call.usage("Ask what?");
      });
    },

    action(input) {
      const asText: BotInput = {
        channel: input.channel,
        user: input.user,
        text: `(button) ${preview(input.value, 60)}`,
        ...(input.requestId && { requestId: input.requestId }),
      };
      return safely(asText, "button", false, () => pressButton(input, context, runFor));
    },

    async notePinMessage(channel, briefing, messageRef) {
      try {
        await deps.store.setPinMessage(channel, briefing, messageRef);
      } catch (error) {
        logger.error("bot: could not record the pin message", { error, channel, briefing });
      }
    },

    briefingChoices(query, limit) {
      // Autocomplete answers at once: a query over the length limit has no choices.
      if (query.length > MAX_ARGUMENT_LENGTH) return [];
      return matcher.choicesNow(deps.library.briefings(), query, limit);
    },
  };
}

/** What a question's reply says about how it went, for the metrics. */
function outcomeOf(reply: Reply): QuestionOutcome {
  switch (reply.kind) {
    case "declined":
      return "declined";
    case "usage":
      return "invalid";
    case "error":
      return "failed";
    default:
      return "answered";
  }
}
