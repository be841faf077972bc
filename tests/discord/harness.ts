// Test harness: a stub bot, the fake Discord, and the real discord.js adapter wired together.

import {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterOptions,
} from "../../adapters/discord/index.ts";
import { discordAdapterConfig } from "../../adapters/start.ts";
import type {
  ActionInput,
  Bot,
  BotInput,
  BriefingChoice,
  ChannelRef,
  Reply,
} from "../../src/chat/index.ts";
import { loadConfig } from "../../src/config.ts";
import type { Logger } from "../../src/log.ts";
import {
  type FakeDiscord,
  type RecordedCall,
  startFakeDiscord,
} from "../fixtures/discord/fake-discord.ts";

export const BRIEFINGS: BriefingChoice[] = [
  { id: "2022-01-12-nato-russia-council", title: "NATO-Russia Council", date: "2022-01-12" },
  {
    id: "2022-01-10-us-russia-geneva",
    title: "US-Russia Strategic Stability Dialogue",
    date: "2022-01-10",
  },
  { id: "2022-01-13-osce-permanent-council", title: "OSCE Permanent Council", date: "2022-01-13" },
  {
    id: "2021-11-29-vienna-jcpoa-talks",
    title:
      "Seventh round of the Vienna talks on restoring the Joint Comprehensive Plan of Action with all remaining parties",
    date: "2021-11-29",
  },
];

/** A bot that records its inputs and answers from a function (by default: echo as a card). */
export class StubBot implements Bot {
  commands: BotInput[] = [];
  questions: BotInput[] = [];
  actions: ActionInput[] = [];
  notedPins: { channel: ChannelRef; briefing: string; messageRef: string }[] = [];
  delayMs = 0;
  answer: (input: BotInput, kind: "command" | "question") => Reply = (input, kind) => ({
    kind: kind === "question" ? "answer" : "ok",
    visibility: "public",
    title: kind === "question" ? "Answer" : `Did: ${input.text}`,
    sections: [{ text: `You said: ${input.text}` }],
  });

  async command(input: BotInput): Promise<Reply> {
    this.commands.push(input);
    await sleep(this.delayMs);
    return this.answer(input, "command");
  }
  async question(input: BotInput): Promise<Reply> {
    this.questions.push(input);
    await sleep(this.delayMs);
    return this.answer(input, "question");
  }
  async action(input: ActionInput): Promise<Reply> {
    this.actions.push(input);
    await sleep(this.delayMs);
    return { kind: "ok", visibility: "ephemeral", sections: [{ text: `Pressed: ${input.value}` }] };
  }
  async notePinMessage(channel: ChannelRef, briefing: string, messageRef: string): Promise<void> {
    this.notedPins.push({ channel, briefing, messageRef });
  }
  briefingChoices(query: string, limit: number): BriefingChoice[] {
    const q = query.toLowerCase();
    return BRIEFINGS.filter(
      (b) => !q || `${b.id} ${b.title} ${b.date}`.toLowerCase().includes(q),
    ).slice(0, limit);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A logger that keeps lines for assertions. */
export function memoryLogger(): Logger & {
  lines: { level: string; message: string; details?: unknown }[];
} {
  const lines: { level: string; message: string; details?: unknown }[] = [];
  const at = (level: string) => (message: string, details?: Record<string, unknown>) => {
    lines.push({ level, message, details });
  };
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  bot: Bot;
  logger: ReturnType<typeof memoryLogger>;
  stop(): Promise<void>;
}

/** Starts the fake Discord and the adapter against it, and waits until the client is ready. */
export async function startHarness(
  bot: Bot,
  env: Record<string, string> = {},
  options: DiscordAdapterOptions = {},
): Promise<Harness> {
  const fake = await startFakeDiscord();
  const { adapter, logger } = await startAdapter(fake, bot, env, options);
  return {
    fake,
    adapter,
    bot,
    logger,
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** Starts one adapter (one instance of briefbot's Discord side) against a fake that is already running. */
export async function startAdapter(
  fake: FakeDiscord,
  bot: Bot,
  env: Record<string, string> = {},
  options: DiscordAdapterOptions = {},
): Promise<{ adapter: DiscordAdapter; logger: ReturnType<typeof memoryLogger> }> {
  const logger = memoryLogger();
  const config = discordAdapterConfig(
    loadConfig({
      DISCORD_TOKEN: "fake-token-123456",
      DISCORD_APPLICATION_ID: "900000000000000001",
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    }),
  );
  const adapter = createDiscordAdapter(
    { config, bot, logger },
    {
      readyTimeoutMs: 10_000,
      clientOptions: { rest: { retries: 0, timeout: 5000 } },
      ...options,
    },
  );
  await adapter.start();
  return { adapter, logger };
}

/** Calls whose body is a message (posted, replied, edited or followed up). */
export function messageBodies(calls: RecordedCall[]): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  for (const call of calls) {
    const body = call.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== "object") continue;
    if (call.path.endsWith("/callback")) {
      const data = body.data as Record<string, unknown> | undefined;
      // Type 4 is a message reply; 5 a deferral, 8 autocomplete choices: not messages.
      if (body.type === 4 && data) bodies.push(data);
    } else if (call.path.includes("/messages") || /^\/webhooks\/\d+\/[^/]+$/.test(call.path)) {
      if (call.method !== "DELETE" && !call.path.includes("/pins/")) bodies.push(body);
    }
  }
  return bodies;
}
