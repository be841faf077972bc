// The platform-neutral bot: routes a command or a question from a channel to the engine, the
// store and the daily summary, and always returns a Reply (never throws to the adapter).
import Fuse from "fuse.js";
import type { Briefing } from "../briefing/types.ts";
import type { Reply } from "../chat/reply.ts";
import type { Bot, BotInput, ChannelRef, Platform } from "../chat/types.ts";
import { localDay, longDay, parseDay, warmUpDayParsing } from "../daily/dates.ts";
import { dailyReply } from "../daily/reply.ts";
import { dailySummary } from "../daily/summary.ts";
import type { QuestionAnswerer } from "../engine/types.ts";
import { createGapRecorder, RETENTION_DAYS } from "../gaps/record.ts";
import { type Logger, silentLogger } from "../log.ts";
import { isTimeZone, nextSlot, parseTimeOfDay } from "../schedule/slots.ts";
import { answerAcrossRounds } from "../series/questions.ts";
import type { Store } from "../store/types.ts";
import { parseWords, preview, splitCommand, unquoteWhole } from "./args.ts";
import { answerReply, briefingCard, briefingFileName, briefingLabel } from "./cards.ts";
import { BriefingMatcher } from "./choices.ts";
import { COMMANDS, type CommandSpec, findCommand, usageLine } from "./commands.ts";
import {
  formatCount,
  MAX_ARGUMENT_LENGTH,
  MAX_COMMAND_NAME_LENGTH,
  MAX_LIST_WORDS,
  MAX_QUESTION_LENGTH,
} from "./input-limits.ts";
import { limitReply } from "./limits.ts";
import { compareReply, gapsReply, parseDays, timelineReply } from "./series-commands.ts";
import { termsOf } from "./terms.ts";

/** What the bot needs from the briefing library. */
export interface BriefingCatalog {
  briefings(): readonly Briefing[];
  get(id: string): Briefing | undefined;
}

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
  /** Called after a subscription is added or removed, so the scheduler can follow. */
  onSubscriptionsChange?: () => void;
}

/** How many briefings `list` shows before asking for narrower words. */
const LIST_LIMIT = 20;

/** The command prefix people type on each platform, for usage lines. */
export function commandPrefix(platform: Platform): string {
  return platform === "console" ? "/" : "/brief ";
}

/** Builds the bot. */
export function createBot(deps: BotDeps): Bot {
  const clock = deps.clock ?? (() => new Date());
  const timezone = deps.config?.timezone ?? "UTC";
  const logger = deps.logger ?? silentLogger;
  const matcher = new BriefingMatcher();
  const recording = deps.config?.recordQuestions ?? false;
  const gaps = createGapRecorder({
    store: deps.store,
    clock,
    enabled: recording,
    onError: (error) => logger.error("bot: could not record a declined question", { error }),
  });
  warmUpDayParsing();
  const commandFuse = new Fuse(
    COMMANDS.map((c) => c.name),
    { threshold: 0.6 },
  );

  const usage = (input: BotInput, spec: CommandSpec, problem: string): Reply => {
    const prefix = commandPrefix(input.channel.platform);
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
  };

  /** The briefing for an id a person typed, or a usage reply naming the closest ids. */
  const resolveBriefing = async (
    input: BotInput,
    spec: CommandSpec,
    id: string,
  ): Promise<Briefing | Reply> => {
    const found = deps.library.get(id);
    if (found) return found;
    const close = await matcher.choices(deps.library.briefings(), id, 3);
    const hint = close.length
      ? `Did you mean: ${close.map((c) => `${c.id} (${c.title})`).join(", ")}?`
      : `Try ${commandPrefix(input.channel.platform)}list to see the ids.`;
    const reply = usage(input, spec, `No briefing with the id "${preview(id)}".`);
    reply.sections.unshift({ text: hint });
    return reply;
  };

  /** The reply to a question over the length limit, before the engine sees any of it. */
  const tooLongQuestion = (input: BotInput, length: number): Reply => {
    const reply = usage(
      input,
      spec("ask"),
      `That question is too long: at most ${formatCount(MAX_QUESTION_LENGTH)} characters (it has ${formatCount(length)}).`,
    );
    reply.sections.unshift({ text: "Ask about one thing at a time, in a sentence or two." });
    return reply;
  };

  const ask = async (input: BotInput, question: string): Promise<Reply> => {
    if (question.length > MAX_QUESTION_LENGTH) return tooLongQuestion(input, question.length);
    const pins = await deps.store.pins(input.channel);
    const scope = pins.map((p) => p.briefing).filter((id) => deps.library.get(id));
    // questions across rounds go to the series module; the rest to the engine
    const answer =
      answerAcrossRounds(question, deps.library.briefings(), scope) ??
      deps.engine.ask(question, scope.length ? { scope } : {});
    if (!answer.answered) await gaps.declined(input.channel, input.user, answer);
    let note: string | undefined;
    if (scope.length) {
      const fromPins =
        answer.scope === "scoped" ||
        (answer.scope === undefined &&
          answer.answered &&
          answer.citations.every((c) => scope.includes(c.briefing)));
      note = !answer.answered
        ? "Searched this channel's pinned briefings, then all briefings."
        : fromPins
          ? `From this channel's pinned briefings (${scope.length}).`
          : "Not in this channel's pinned briefings: answered from all briefings.";
    }
    return answerReply(answer, (id) => deps.library.get(id), note);
  };

  const handlers: Record<string, (input: BotInput, args: string[]) => Promise<Reply>> = {
    async ask(input, args) {
      // Reached only through `command`, which passes the question whole (see below).
      if (args.length === 0) return usage(input, spec("ask"), "Ask what?");
      return ask(input, args.join(" "));
    },

    async daily(input, args) {
      const now = clock();
      const text = args.join(" ");
      const day = args.length === 0 ? localDay(now, timezone) : parseDay(text, now, timezone);
      if (!day) {
        return usage(input, spec("daily"), `"${preview(text)}" is not a date I can read.`);
      }
      return dailyReply(dailySummary(deps.library.briefings(), day));
    },

    async show(input, args) {
      if (args.length !== 1) return usage(input, spec("show"), "Show which briefing?");
      const found = await resolveBriefing(input, spec("show"), args[0] ?? "");
      return "sections" in found ? found : briefingCard(found);
    },

    async list(input, args) {
      const words = args.flatMap((a) => a.split(/\s+/)).filter(Boolean);
      if (new Set(words.flatMap(termsOf)).size > MAX_LIST_WORDS) {
        return usage(
          input,
          spec("list"),
          `Too many words: list narrows by at most ${MAX_LIST_WORDS} words.`,
        );
      }
      const all = deps.library.briefings();
      const matches = await matcher.filter(all, words);
      const shown = matches.slice(0, LIST_LIMIT);
      const what = words.length ? ` matching "${preview(words.join(" "))}"` : "";
      if (matches.length === 0) {
        return {
          title: "Briefings",
          sections: [{ text: all.length ? `No briefings${what}.` : "There are no briefings yet." }],
          visibility: "public",
          kind: "list",
        };
      }
      return {
        title: `Briefings${what}`,
        sections: [
          {
            text: shown
              .map((b) => `${b.date}  ${b.title}${b.location ? `, ${b.location}` : ""}  [${b.id}]`)
              .join("\n"),
          },
        ],
        footer:
          matches.length > shown.length
            ? `Showing the newest ${shown.length} of ${matches.length}; add words to narrow the list.`
            : `${matches.length} briefing${matches.length === 1 ? "" : "s"}, newest first.`,
        visibility: "public",
        kind: "list",
      };
    },

    async pin(input, args) {
      if (args.length !== 1) return usage(input, spec("pin"), "Pin which briefing?");
      const found = await resolveBriefing(input, spec("pin"), args[0] ?? "");
      if ("sections" in found) return found;
      const added = await deps.store.addPin({
        channel: input.channel,
        briefing: found.id,
        pinnedAt: clock().toISOString(),
        pinnedBy: input.user.id,
      });
      if (!added) {
        return {
          title: `Already pinned here: ${briefingLabel(found)}`,
          sections: [],
          visibility: "ephemeral",
          kind: "ok",
        };
      }
      const card = briefingCard(found);
      return {
        ...card,
        title: `Pinned in this channel: ${found.title}`,
        footer: `id: ${found.id} · questions here are answered from the pinned briefings first`,
        kind: "ok",
        effects: [{ type: "pin", briefing: found.id }],
      };
    },

    async unpin(input, args) {
      if (args.length !== 1) return usage(input, spec("unpin"), "Unpin which briefing?");
      const id = args[0] ?? "";
      const removed = await deps.store.removePin(input.channel, id);
      if (!removed) {
        const pins = await deps.store.pins(input.channel);
        const reply = usage(
          input,
          spec("unpin"),
          `"${preview(id)}" is not pinned in this channel.`,
        );
        reply.sections.unshift({
          text: pins.length
            ? `Pinned here: ${pins.map((p) => p.briefing).join(", ")}`
            : "Nothing is pinned in this channel.",
        });
        return reply;
      }
      const b = deps.library.get(id);
      return {
        title: `Unpinned: ${b ? b.title : id}`,
        sections: [],
        visibility: "public",
        kind: "ok",
        effects: [
          {
            type: "unpin",
            briefing: id,
            ...(removed.messageRef && { messageRef: removed.messageRef }),
          },
        ],
      };
    },

    async pins(input) {
      const pins = await deps.store.pins(input.channel);
      const prefix = commandPrefix(input.channel.platform);
      if (pins.length === 0) {
        return {
          title: "Pinned briefings",
          sections: [{ text: `Nothing is pinned in this channel. Pin one with ${prefix}pin ID.` }],
          visibility: "public",
          kind: "pins",
        };
      }
      const lines = pins.map((p) => {
        const b = deps.library.get(p.briefing);
        return b
          ? `${b.date}  ${b.title}  [${b.id}]`
          : `(missing: the file was removed)  [${p.briefing}]`;
      });
      const missing = pins.filter((p) => !deps.library.get(p.briefing)).length;
      return {
        title: "Pinned briefings",
        sections: [{ text: lines.join("\n") }],
        footer: missing
          ? `${missing} pinned briefing${missing === 1 ? " is" : "s are"} missing; ${prefix}unpin ID removes a pin.`
          : `${pins.length} pinned; questions here are answered from these first.`,
        visibility: "public",
        kind: "pins",
      };
    },

    async subscribe(input, args) {
      if (args.length < 1 || args.length > 2) return usage(input, spec("subscribe"), "When?");
      const time = parseTimeOfDay(args[0] ?? "");
      if (!time) {
        return usage(
          input,
          spec("subscribe"),
          `"${preview(args[0] ?? "")}" is not a time as HH:MM.`,
        );
      }
      const zone = args[1] ?? timezone;
      if (!isTimeZone(zone)) {
        return usage(
          input,
          spec("subscribe"),
          `"${preview(zone)}" is not a time zone; use an IANA name such as Europe/Brussels.`,
        );
      }
      const now = clock();
      await deps.store.subscribe({
        channel: input.channel,
        time,
        timezone: zone,
        createdBy: input.user.id,
        createdAt: now.toISOString(),
      });
      deps.onSubscriptionsChange?.();
      const next = nextSlot(time, zone, now);
      return {
        title: `Daily summary at ${time} ${zone}`,
        sections: [
          {
            text: `This channel will get the daily summary every day at ${time} (${zone}).${
              next ? ` The next one: ${longDay(localDay(next, zone))} at ${time}.` : ""
            }`,
          },
        ],
        visibility: "public",
        kind: "ok",
      };
    },

    async unsubscribe(input) {
      const removed = await deps.store.unsubscribe(input.channel);
      if (removed) deps.onSubscriptionsChange?.();
      return {
        title: removed
          ? "Daily summary stopped for this channel"
          : "This channel has no daily summary",
        sections: [],
        visibility: removed ? "public" : "ephemeral",
        kind: "ok",
      };
    },

    async subscriptions(input) {
      const all = await deps.store.subscriptions();
      const here = all.filter(
        (s) =>
          s.channel.platform === input.channel.platform &&
          s.channel.workspace === input.channel.workspace,
      );
      const same = (c: ChannelRef) => c.channel === input.channel.channel;
      return {
        title: "Daily summaries",
        sections: [
          {
            text: here.length
              ? here
                  .map(
                    (s) =>
                      `${s.time} ${s.timezone}  #${s.channel.channel}${same(s.channel) ? " (this channel)" : ""}${
                        s.pausedReason ? `  paused: ${s.pausedReason}` : ""
                      }`,
                  )
                  .join("\n")
              : `No daily summaries here. Start one with ${commandPrefix(input.channel.platform)}subscribe HH:MM.`,
          },
        ],
        visibility: "public",
        kind: "subscriptions",
      };
    },

    async compare(input, args) {
      if (args.length > 2) return usage(input, spec("compare"), "Compare at most two rounds.");
      const given: Briefing[] = [];
      for (const id of args) {
        const found = await resolveBriefing(input, spec("compare"), id);
        if ("sections" in found) return found;
        given.push(found);
      }
      const pinned = (await deps.store.pins(input.channel))
        .map((p) => deps.library.get(p.briefing))
        .filter((b): b is Briefing => b !== undefined);
      return compareReply(deps.library.briefings(), given, pinned);
    },

    async timeline(input, args) {
      const reply = timelineReply(deps.library.briefings(), args.join(" "));
      if (reply.kind !== "usage") return reply;
      const help = usage(input, spec("timeline"), reply.title ?? "Which series?");
      help.sections.unshift(...reply.sections);
      return help;
    },

    async gaps(input, args) {
      if (args.length > 1) return usage(input, spec("gaps"), "How many days?");
      const days = parseDays(args[0]);
      if (days === undefined) {
        return usage(
          input,
          spec("gaps"),
          `"${preview(args[0] ?? "")}" is not a number of days from 1 to ${RETENTION_DAYS}.`,
        );
      }
      return gapsReply(deps.store, input.channel, clock(), days, recording);
    },

    async help(input, args) {
      const prefix = commandPrefix(input.channel.platform);
      if (args.length > 1) return usage(input, spec("help"), "Help with which command?");
      if (args.length > 0) {
        const name = args[0] ?? "";
        const one = findCommand(name);
        if (!one) return unknownCommand(input, name);
        return {
          title: usageLine(one, prefix),
          sections: [{ text: `${one.summary}\nExample: ${prefix}${one.example}` }],
          visibility: "ephemeral",
          kind: "help",
        };
      }
      return {
        title: "Briefbot commands",
        sections: [
          {
            text: COMMANDS.map((c) => `${usageLine(c, prefix)}\n    ${c.summary}`).join("\n"),
          },
          {
            text:
              input.channel.platform === "console"
                ? "Type a question without a slash to ask it. /quit leaves."
                : "Mention the bot with a question to ask it.",
          },
        ],
        visibility: "ephemeral",
        kind: "help",
      };
    },
  };

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
              ? `Did you mean ${close.map((c) => `${prefix}${c}`).join(" or ")}?`
              : undefined,
            `To ask a question: ${prefix}ask QUESTION. All commands: ${prefix}help.`,
          ]
            .filter(Boolean)
            .join("\n"),
        },
      ],
      visibility: "ephemeral",
      kind: "usage",
    };
  };

  /** Where the whole of a briefing is, for replies shortened to fit a chat. */
  const fileOf = (id: string) => {
    const b = deps.library.get(id);
    return b && briefingFileName(b);
  };

  const safely = async (input: BotInput, what: string, run: () => Promise<Reply>) => {
    try {
      // Every reply is bounded, whatever the briefings hold; a shortened one says where the rest is.
      return limitReply(await run(), fileOf);
    } catch (error) {
      logger.error(`bot: ${what} failed`, {
        error,
        stack: (error as Error)?.stack,
        channel: input.channel,
        text: preview(input.text, 200),
      });
      return {
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
  };

  return {
    command(input) {
      // The name and the argument text are cut apart without reading the arguments, so an
      // over-long line is refused before any other work.
      const { name: first, rest } = splitCommand(input.text);
      const name = first.toLowerCase();
      return safely(input, name.slice(0, MAX_COMMAND_NAME_LENGTH) || "help", async () => {
        if (!name) return handlers.help?.(input, []) as Promise<Reply>;
        const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
        if (!handler) return unknownCommand(input, first);
        if (name === "ask") {
          // A question is free text: quotes in it are part of it, and one pair around the whole
          // question is dropped.
          if (rest.length > MAX_QUESTION_LENGTH) return tooLongQuestion(input, rest.length);
          const question = unquoteWhole(rest);
          return question ? ask(input, question) : usage(input, spec("ask"), "Ask what?");
        }
        if (rest.length > MAX_ARGUMENT_LENGTH) {
          return usage(
            input,
            spec(name),
            `That is too long: ${name} takes at most ${formatCount(MAX_ARGUMENT_LENGTH)} characters of arguments (this has ${formatCount(rest.length)}).`,
          );
        }
        const parsed = parseWords(rest);
        if (!parsed.ok) return usage(input, spec(name), parsed.problem);
        return handler(input, parsed.words);
      });
    },

    question(input) {
      return safely(input, "ask", async () => {
        const text = input.text.trim();
        if (!text) return usage(input, spec("ask"), "Ask what?");
        return ask(input, text);
      });
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

function spec(name: string): CommandSpec {
  const found = findCommand(name);
  if (!found) throw new Error(`src/bot/bot.ts: no command spec named "${name}"`);
  return found;
}
