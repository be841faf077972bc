// Test helpers for the bot: a briefing factory, a mutable library, and a bot over the real engine.
import { join } from "node:path";
import type { BotDeps } from "../../src/bot/index.ts";
import { createBot } from "../../src/bot/index.ts";
import { loadBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import type { Bot, BotInput, ChannelRef } from "../../src/chat/index.ts";
import { createEngine } from "../../src/engine/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import type { Store } from "../../src/store/types.ts";

const root = join(import.meta.dirname, "..", "..");

/** A valid briefing with overridable fields. */
export function makeBriefing(overrides: Partial<Briefing> & { id: string }): Briefing {
  return {
    title: `Talks ${overrides.id}`,
    date: "2022-01-12",
    summary: "The delegations met and talked.",
    sources: [{ title: "Wire report", url: "https://example.org/report" }],
    file: `/briefings/${overrides.id}.yaml`,
    ...overrides,
  };
}

/** A library whose briefings the test can change. */
export class FakeLibrary {
  list: Briefing[];
  constructor(briefings: Briefing[]) {
    this.list = briefings;
  }
  briefings(): Briefing[] {
    return [...this.list];
  }
  get(id: string): Briefing | undefined {
    return this.list.find((b) => b.id === id);
  }
}

/** The shipped briefing and the test fixtures, loaded through the real loader. */
export async function realBriefings(): Promise<Briefing[]> {
  const shipped = await loadBriefings(join(root, "briefings"));
  const fixtures = await loadBriefings(join(root, "tests", "fixtures", "briefings"));
  return [...shipped.briefings, ...fixtures.briefings];
}

export interface TestBot {
  bot: Bot;
  store: Store;
  library: FakeLibrary;
  run(text: string, channel?: ChannelRef): ReturnType<Bot["command"]>;
  ask(text: string, channel?: ChannelRef): ReturnType<Bot["question"]>;
}

export const general: ChannelRef = { platform: "slack", workspace: "T1", channel: "C-general" };
export const other: ChannelRef = { platform: "slack", workspace: "T1", channel: "C-other" };
export const console: ChannelRef = { platform: "console", workspace: "local", channel: "console" };

/** A bot over the real engine and a fresh in-memory store; the clock stands at `now` (default 2022-01-14 10:00 UTC) unless one is given. */
export async function testBot(
  options: Partial<BotDeps> & { briefings?: Briefing[]; now?: string } = {},
): Promise<TestBot> {
  const briefings = options.briefings ?? (await realBriefings());
  const library = new FakeLibrary(briefings);
  const store = options.store ?? openSqliteStore(":memory:");
  const now = new Date(options.now ?? "2022-01-14T10:00:00Z");
  const bot = createBot({
    engine: options.engine ?? createEngine(briefings),
    library,
    store,
    clock: options.clock ?? (() => now),
    config: options.config ?? { timezone: "Europe/Brussels" },
    ...(options.logger && { logger: options.logger }),
    ...(options.metrics && { metrics: options.metrics }),
    ...(options.onSubscriptionsChange && { onSubscriptionsChange: options.onSubscriptionsChange }),
    ...(options.commands && { commands: options.commands }),
    ...(options.citationLink && { citationLink: options.citationLink }),
  });
  const input = (text: string, channel: ChannelRef): BotInput => ({
    channel,
    user: { id: "U1", name: "Ana" },
    text,
  });
  return {
    bot,
    store,
    library,
    run: (text, channel = general) => bot.command(input(text, channel)),
    ask: (text, channel = general) => bot.question(input(text, channel)),
  };
}

/** Every piece of text in a reply, joined, for `toContain` checks. */
export function textOf(reply: {
  title?: string;
  sections: {
    heading?: string;
    text?: string;
    fields?: { name: string; value: string }[];
    quotes?: { speaker: string; text: string }[];
  }[];
  footer?: string;
}): string {
  return [
    reply.title,
    ...reply.sections.flatMap((s) => [
      s.heading,
      s.text,
      ...(s.fields ?? []).map((f) => `${f.name}: ${f.value}`),
      ...(s.quotes ?? []).map((q) => `${q.speaker}: ${q.text}`),
    ]),
    reply.footer,
  ]
    .filter(Boolean)
    .join("\n");
}
