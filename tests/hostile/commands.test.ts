// Attacks on the command router: quoted arguments on every platform, over-long arguments and
// questions, and commands whose cost grows with what is typed or with the library. Through the
// real bot (engine, SQLite store), the console adapter and the Discord adapter; every cost test
// asserts that the event loop was never blocked for long (timestamps of a 5 ms interval timer).

import { performance } from "node:perf_hooks";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../adapters/console/index.ts";
import { MAX_ARGUMENT_LENGTH, MAX_QUESTION_LENGTH } from "../../src/bot/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import type { Bot, ChannelRef, Reply } from "../../src/chat/index.ts";
import { createEngine } from "../../src/engine/index.ts";
import { namePools, seeded, makeBriefing as syntheticBriefing } from "../bench/corpus.ts";
import { realBriefings, type TestBot, testBot, textOf } from "../bot/helpers.ts";
import { type Harness, startHarness } from "../discord/harness.ts";
import {
  APP_ID,
  CHANNEL_ID,
  chatInput,
  GUILD_ID,
  PERMISSIONS,
} from "../fixtures/discord/payloads.ts";

const NATO = "2022-01-12-nato-russia-council";
const GENEVA_2022 = "2022-01-10-strategic-stability-dialogue-geneva";
const GENEVA_2021 = "2021-07-28-strategic-stability-dialogue-geneva";

/** Generous: the aim is ~100 ms; this catches the multi-second blocks without flaking on a busy machine. */
const MAX_BLOCK_MS = 500;

const channels: ChannelRef[] = [
  { platform: "console", workspace: "local", channel: "console" },
  { platform: "slack", workspace: "T1", channel: "C1" },
  { platform: "discord", workspace: "G1", channel: "D1" },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` and measures the longest the event loop went without running a 5 ms timer (in CPU time). */
async function maxBlockDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; blockedMs: number }> {
  // The longest stretch between timer ticks, counted in CPU time the process spent in it: on a
  // loaded machine the scheduler can pause the whole process, which is not the bot blocking.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpuMs();
  let blockedMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = cpuMs();
    blockedMs = Math.max(blockedMs, Math.min(now - last, cpu - lastCpu));
    last = now;
    lastCpu = cpu;
  }, 5);
  await sleep(20);
  blockedMs = 0;
  last = performance.now();
  lastCpu = cpuMs();
  const result = await work();
  await sleep(20);
  clearInterval(timer);
  return { result, blockedMs };
}

/** A random lower-case string: nothing in the briefings matches it. */
function junk(length: number, seed = 1): string {
  const rand = seeded(seed);
  let s = "";
  while (s.length < length) s += String.fromCharCode(97 + Math.floor(rand() * 26));
  return s;
}

const listedIds = (reply: Reply) =>
  [...(reply.sections[0]?.text ?? "").matchAll(/\[([^\]]+)\]$/gm)].map((m) => m[1]);

describe("quoted arguments work for every command on every platform", () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await testBot();
  });
  afterAll(() => t.store.close());

  const quoteStyles: [string, string, string][] = [
    ["straight double", '"', '"'],
    ["straight single", "'", "'"],
    ["typographic double", "“", "”"],
    ["typographic single", "‘", "’"],
    ["German low-high", "„", "“"],
    ["guillemets", "«", "»"],
  ];

  for (const channel of channels) {
    describe(`on ${channel.platform}`, () => {
      it.each(quoteStyles)("reads a %s quoted date for daily", async (_name, open, close) => {
        const reply = await t.run(`daily ${open}12 January 2022${close}`, channel);
        expect(reply.kind).toBe("daily");
        expect(reply.title).toContain("12 Jan 2022");
      });

      it("filters list on a quoted phrase, each of its words", async () => {
        const reply = await t.run('list "geneva strategic"', channel);
        expect(reply.kind).toBe("list");
        expect(listedIds(reply).sort()).toEqual([GENEVA_2021, GENEVA_2022]);
        expect(reply.title).toBe('Briefings matching "geneva strategic"');
      });

      it("shows, pins and unpins a quoted id", async () => {
        expect((await t.run(`show "${NATO}"`, channel)).kind).toBe("card");
        expect((await t.run(`pin “${NATO}”`, channel)).effects).toEqual([
          { type: "pin", briefing: NATO },
        ]);
        const unpinned = await t.run(`unpin '${NATO}'`, channel);
        expect(unpinned.title).toContain("Unpinned");
      });

      it("subscribes with a quoted time and a quoted zone", async () => {
        const reply = await t.run('subscribe "08:00" "Europe/Brussels"', channel);
        expect(reply.title).toBe("Daily summary at 08:00 Europe/Brussels");
        expect((await t.run("subscribe «7:30» Europe/Brussels", channel)).title).toBe(
          "Daily summary at 07:30 Europe/Brussels",
        );
        await t.run("unsubscribe", channel);
      });

      it("gives help on a quoted command name", async () => {
        const reply = await t.run('help "subscribe"', channel);
        expect(reply.kind).toBe("help");
        expect(reply.title).toContain("subscribe HH:MM [TIMEZONE]");
      });

      it("asks a quoted question as if it were typed without quotes", async () => {
        const quoted = await t.run('ask "what did Stoltenberg say about Ukraine?"', channel);
        const plain = await t.run("ask what did Stoltenberg say about Ukraine?", channel);
        expect(quoted.kind).toBe("answer");
        expect(textOf(quoted)).toBe(textOf(plain));
      });

      it("answers an unclosed quote with the command's usage", async () => {
        const reply = await t.run('daily "12 January 2022', channel);
        expect(reply).toMatchObject({ kind: "usage", visibility: "ephemeral" });
        expect(reply.title).toBe('The quote " before "12 January 2022" is not closed.');
        expect(textOf(reply)).toContain("daily [DATE]");
        const show = await t.run(`show “${NATO}`, channel);
        expect(show.kind).toBe("usage");
        expect(textOf(show)).toContain("show ID");
      });
    });
  }

  it("keeps apostrophes inside words, and unquoted words work as before", async () => {
    expect((await t.run("daily 12 January 2022")).kind).toBe("daily");
    expect(listedIds(await t.run("list geneva strategic")).sort()).toEqual([
      GENEVA_2021,
      GENEVA_2022,
    ]);
    const reply = await t.run("list Stoltenberg's");
    expect(listedIds(reply)).toEqual([NATO]);
  });
});

describe("quoted arguments through the console adapter", () => {
  it("answers quoted commands and an unclosed quote typed at the prompt", async () => {
    const { bot, store } = await testBot();
    const printed = await consoleChat(bot, [
      '/daily "12 January 2022"',
      '/list "geneva strategic"',
      `/show “${NATO}”`,
      '/subscribe "08:00" Europe/Brussels',
      "/list 'geneva",
      "/quit",
    ]);
    expect(printed).toContain("Daily summary: Wed 12 Jan 2022");
    expect(printed).toContain("Briefings matching “geneva strategic”");
    expect(printed).toContain("NATO-Russia Council talks on Ukraine and security guarantees");
    expect(printed).toContain("Daily summary at 08:00 Europe/Brussels");
    expect(printed).toContain("The quote ' before “geneva” is not closed.");
    expect(printed).toContain("Usage: /list [WORDS]");
    await store.close();
  });
});

describe("quoted and spaced option values through the Discord adapter", () => {
  let h: Harness;
  let t: TestBot;
  beforeAll(async () => {
    t = await testBot({ now: "2022-01-14T09:00:00Z" });
    h = await startHarness(t.bot, {}, { deferAfterMs: 1000 });
  });
  afterAll(async () => {
    await h?.stop();
    await t?.store.close();
  });

  type Embed = { title?: string; description?: string };
  async function invoke(payload: { id: string; token: string }): Promise<Embed[]> {
    h.fake.dispatch("INTERACTION_CREATE", payload);
    const callback = await h.fake.waitForCall(
      (c) =>
        c.method === "POST" && c.path === `/interactions/${payload.id}/${payload.token}/callback`,
    );
    const body = callback.body as { type: number; data?: { embeds?: Embed[] } };
    if (body.type !== 5) return body.data?.embeds ?? [];
    const edit = await h.fake.waitForCall(
      (c) =>
        c.method === "PATCH" &&
        c.path === `/webhooks/${APP_ID}/${payload.token}/messages/@original`,
    );
    return (edit.body as { embeds?: Embed[] }).embeds ?? [];
  }

  it("reads a date typed with or without quotes in the date option", async () => {
    for (const date of ["12 January 2022", '"12 January 2022"', "“12 January 2022”"]) {
      const [embed] = await invoke(chatInput("daily", { date }));
      expect(embed?.title).toContain("12 Jan 2022");
    }
  });

  it("filters list on words typed with quotes in the words option", async () => {
    const [embed] = await invoke(chatInput("list", { words: '"geneva strategic"' }));
    expect(embed?.description).toContain(GENEVA_2022);
    expect(embed?.description).toContain(GENEVA_2021);
  });

  it("keeps an id option with spaces as one argument and suggests close ids", async () => {
    const [embed] = await invoke(chatInput("show", { id: "nato russia council" }));
    expect(embed?.title).toContain("No briefing with the id");
    expect(embed?.description).toContain(NATO);
  });

  it("subscribes with a quoted time zone", async () => {
    const [embed] = await invoke(
      chatInput(
        "subscribe",
        { time: "08:00", timezone: '"Europe/Brussels"' },
        { permissions: PERMISSIONS.moderator },
      ),
    );
    expect(embed?.title).toBe("Daily summary at 08:00 Europe/Brussels");
    const subs = await t.store.subscriptions();
    expect(subs.find((s) => s.channel.channel === CHANNEL_ID)?.channel.workspace).toBe(GUILD_ID);
  });
});

describe("over-long arguments and questions are refused at once, with usage", () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await testBot();
  });
  afterAll(() => t.store.close());

  const attacks: [string, () => string, RegExp][] = [
    ["a 140,000-character list argument", () => `list ${junk(140_000)}`, /list \[WORDS\]/],
    ["a 100,000-character show id", () => `show ${junk(100_000)}`, /show ID/],
    ["a 100,000-character daily date", () => `daily ${junk(100_000)}`, /daily \[DATE\]/],
    ["a 100,000-character pin id", () => `pin ${junk(100_000)}`, /pin ID/],
    ["a 100,000-character time zone", () => `subscribe 08:00 ${junk(100_000)}`, /subscribe/],
    ["a 100,000-character help topic", () => `help ${junk(100_000)}`, /help \[COMMAND\]/],
    ["arguments one over the limit", () => `list ${"a ".repeat(MAX_ARGUMENT_LENGTH)}`, /list/],
  ];

  it.each(attacks)("refuses %s without blocking the bot", async (_name, make, usageLine) => {
    const rss = process.memoryUsage().rss;
    const { result: reply, blockedMs } = await maxBlockDuring(() => t.run(make()));
    expect(reply).toMatchObject({ kind: "usage", visibility: "ephemeral" });
    expect(reply.title).toMatch(/^That is too long: \w+ takes at most 1,000 characters/);
    expect(textOf(reply)).toMatch(usageLine);
    // Nothing typed is echoed back at length.
    expect(textOf(reply).length).toBeLessThan(1000);
    expect(blockedMs).toBeLessThan(MAX_BLOCK_MS);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
  });

  it("takes arguments up to the limit", async () => {
    const words = `geneva ${"x".repeat(MAX_ARGUMENT_LENGTH - 7)}`;
    expect(words).toHaveLength(MAX_ARGUMENT_LENGTH);
    const reply = await t.run(`list ${words}`);
    expect(reply.kind).toBe("list");
  });

  it("refuses a question over the limit as a mention, a DM or /ask, with a clear message", async () => {
    const question = `what did Stoltenberg say${" about Ukraine".repeat(10_000)}`;
    for (const reply of [await t.ask(question), await t.run(`ask ${question}`)]) {
      expect(reply).toMatchObject({ kind: "usage", visibility: "ephemeral" });
      expect(reply.title).toBe(
        `That question is too long: at most ${MAX_QUESTION_LENGTH} characters (it has ${question.length.toLocaleString("en-GB")}).`,
      );
      expect(textOf(reply)).toContain("Ask about one thing at a time");
    }
    const atLimit = `what did Stoltenberg say about Ukraine ${"x".repeat(MAX_QUESTION_LENGTH - 39)}`;
    expect(atLimit).toHaveLength(MAX_QUESTION_LENGTH);
    expect((await t.ask(atLimit)).kind).not.toBe("usage");
  });

  it("refuses a 100,000-character command name without a did-you-mean search", async () => {
    const { result: reply, blockedMs } = await maxBlockDuring(() => t.run(junk(100_000)));
    expect(reply.kind).toBe("usage");
    expect(reply.title).toMatch(/^Unknown command "[a-z]{39}…"\.$/);
    expect(blockedMs).toBeLessThan(MAX_BLOCK_MS);
  });

  it("keeps answering another channel while a flood of over-long commands arrives", async () => {
    const flood = Array.from({ length: 20 }, (_, i) => `list ${junk(140_000, i)}`);
    const { result, blockedMs } = await maxBlockDuring(async () => {
      const started = performance.now();
      const replies = await Promise.all([
        ...flood.map((text) => t.run(text)),
        t.run("pins", channels[1]),
      ]);
      return { replies, tookMs: performance.now() - started };
    });
    expect(result.replies.slice(0, -1).every((r) => r.kind === "usage")).toBe(true);
    expect(result.replies.at(-1)?.kind).toBe("pins");
    expect(blockedMs).toBeLessThan(MAX_BLOCK_MS);
  });
});

describe("over-long lines through the console adapter", () => {
  it("answers every line, refuses the long ones with usage, and never blocks long", async () => {
    const { bot, store } = await testBot();
    const { result: printed, blockedMs } = await maxBlockDuring(() =>
      consoleChat(bot, [
        `/list ${junk(140_000)}`,
        `/show ${junk(100_000, 2)}`,
        `what did stoltenberg say ${junk(100_000, 3)}`,
        `/draft ${junk(100_000, 4)}`,
        "/pins",
        "/quit",
      ]),
    );
    expect(printed).toContain("That is too long: list takes at most 1,000 characters");
    expect(printed).toContain("That is too long: show takes at most 1,000 characters");
    expect(printed).toContain("That question is too long: at most 500 characters");
    expect(printed).toContain("That is too long: at most 1000 characters after /draft.");
    expect(printed).toContain("Nothing is pinned in this channel.");
    expect(printed.length).toBeLessThan(20_000);
    expect(blockedMs).toBeLessThan(MAX_BLOCK_MS);
    await store.close();
  });
});

describe("commands stay cheap with a large library and hostile input", () => {
  const SIZE = 10_000;
  let t: TestBot;
  let big: Briefing[];
  let rssBefore = 0;

  beforeAll(async () => {
    const real = await realBriefings();
    const names = namePools(seeded(20220112));
    big = [...real, ...Array.from({ length: SIZE }, (_, i) => syntheticBriefing(i, names, 7))];
    rssBefore = process.memoryUsage().rss;
    // The engine answers questions over the real briefings; the commands see the large library.
    t = await testBot({ briefings: big, engine: createEngine(real) });
  }, 120_000);
  afterAll(() => t?.store.close());

  const rand = seeded(99);
  const word = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join("");
  const words = (count: number, length: number) =>
    Array.from({ length: count }, () => word(length)).join(" ");

  it("builds the list index in slices: the first filtered list never blocks long", async () => {
    const { result: reply, blockedMs } = await maxBlockDuring(() => t.run("list geneva"));
    expect(listedIds(reply).sort()).toEqual([GENEVA_2021, GENEVA_2022]);
    expect(blockedMs).toBeLessThan(MAX_BLOCK_MS);
  }, 60_000);

  const cases: [string, () => string, (reply: Reply) => void][] = [
    ["list with a typo", () => "list genva", (r) => expect(listedIds(r)).toContain(GENEVA_2022)],
    [
      "list with eight 31-letter words",
      () => `list ${words(8, 31)}`,
      (r) => expect(r.kind).toBe("list"),
    ],
    [
      "list with eight 7-letter words",
      () => `list ${words(8, 7)}`,
      (r) => expect(r.kind).toBe("list"),
    ],
    [
      "list with eight one-letter words",
      () => "list a e i o u s t r",
      (r) => expect(r.kind).toBe("list"),
    ],
    [
      "list with a 999-character word",
      () => `list ${word(999)}`,
      (r) => expect(r.kind).toBe("list"),
    ],
    [
      "list with too many words",
      () => `list ${words(50, 4)}`,
      (r) => expect(r.title).toMatch(/^Too many words/),
    ],
    [
      "show with a near id",
      () => "show 2022-01-12-nato",
      (r) => expect(textOf(r)).toContain(`Did you mean: ${NATO}`),
    ],
    [
      "show with a 999-character id",
      () => `show ${word(999)}`,
      (r) => expect(r.kind).toBe("usage"),
    ],
    [
      "show with a quoted 60-word phrase",
      () => `show "${words(60, 8)}"`,
      (r) => expect(r.kind).toBe("usage"),
    ],
    [
      "daily far before every briefing",
      () => "daily 1990-01-01",
      (r) => expect(r.kind).toBe("daily"),
    ],
    [
      "daily with a 999-character date",
      () => `daily ${word(999)}`,
      (r) => expect(r.kind).toBe("usage"),
    ],
    [
      "daily with dates repeated",
      () => `daily ${"12 January 2022 ".repeat(60)}`,
      (r) => expect(r.kind).toBe("usage"),
    ],
  ];

  it.each(cases)(
    "%s",
    async (_name, make, check) => {
      const { result: reply, blockedMs } = await maxBlockDuring(() => t.run(make()));
      check(reply);
      expect(blockedMs).toBeLessThan(MAX_BLOCK_MS);
    },
    30_000,
  );

  it("answers autocomplete at once, even for long or many-word queries", async () => {
    for (const query of ["nato rus", "kalo", word(100), words(12, 8), word(5000)]) {
      const started = performance.now();
      const choices = t.bot.briefingChoices(query, 25);
      expect(performance.now() - started).toBeLessThan(MAX_BLOCK_MS);
      expect(choices.length).toBeLessThanOrEqual(25);
    }
    expect(t.bot.briefingChoices("nato rus", 3)[0]?.id).toBe(NATO);
  });

  it("keeps the indexes' memory bounded", () => {
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(800 * 1024 * 1024);
  });
});

/** Runs the console chat over `lines` with a real bot and returns what it printed. */
async function consoleChat(bot: Bot, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const adapter = createConsoleAdapter({ bot, input, output, terminal: false, width: 100 });
  await adapter.start();
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await adapter.finished;
  return printed;
}
