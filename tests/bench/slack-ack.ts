// `npm run bench:slack [-- --json] [-- --n 200]`: how fast the Slack HTTP receiver acknowledges a
// burst of signed requests while the bot is busy answering them. The real adapter (Bolt's HTTP
// receiver on 127.0.0.1) runs against the fake Slack Web API; the load comes from a worker thread
// with its own event loop, so a busy adapter cannot hide its own slowness from the clock.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createBot } from "../../src/bot/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import type { Bot, Reply } from "../../src/chat/index.ts";
import { createEngine } from "../../src/engine/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import { burst, quantile } from "../slack/burst.ts";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack.ts";
import { startAdapter } from "../slack/harness.ts";
import { fixture } from "../slack/payloads.ts";
import { makeBriefing, makeQuestions, namePools, seeded } from "./corpus.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const N = numberOption("--n") ?? 200;
const BUSY_MS = 50;
const SEED = 20220112;

function numberOption(name: string): number | undefined {
  const at = args.indexOf(name);
  const value =
    args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1) ??
    (at >= 0 ? args[at + 1] : undefined);
  return value === undefined ? undefined : Number(value);
}

const log = (line: string) => {
  if (!json) console.log(line);
};

interface Scenario {
  name: string;
  what: string;
  kind: "event" | "command";
  bot: Bot;
  texts: string[];
}

interface Result {
  scenario: string;
  kind: "event" | "command";
  requests: number;
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  non200: number;
  /** From the first request sent to the last answer posted to (fake) Slack. */
  allAnsweredMs: number;
  /** ack p99 divided by a bare Node HTTP server's p99 for the same burst in the same run. */
  p99VsBare?: number;
}

const reply = (text: string): Reply => ({
  sections: [{ text }],
  visibility: "public",
  kind: "answer",
});

/** Answers at once: what the protocol alone costs. */
const instantBot: Bot = {
  async command(input) {
    return reply(`done: ${input.text}`);
  },
  async question(input) {
    return reply(`answer to: ${input.text}`);
  },
  async action(input) {
    return reply(`pressed: ${input.value}`);
  },
  async notePinMessage() {},
  briefingChoices: () => [],
};

/** Holds the event loop for BUSY_MS on every answer: a heavy question or command. */
const busyBot: Bot = {
  async command(input) {
    spin(BUSY_MS);
    return reply(`done: ${input.text}`);
  },
  async question(input) {
    spin(BUSY_MS);
    return reply(`answer to: ${input.text}`);
  },
  async action(input) {
    return reply(`pressed: ${input.value}`);
  },
  async notePinMessage() {},
  briefingChoices: () => [],
};

function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy on purpose
  }
}

/** The real bot over 1,000 synthetic briefings (the engine's benchmark corpus). */
function engineBot(): { bot: Bot; questions: string[] } {
  const names = namePools(seeded(SEED));
  const briefings: Briefing[] = Array.from({ length: 1000 }, (_, i) =>
    makeBriefing(i, names, SEED),
  );
  const engine = createEngine(briefings);
  const byId = new Map(briefings.map((b) => [b.id, b]));
  const bot = createBot({
    engine,
    library: { briefings: () => briefings, get: (id) => byId.get(id) },
    store: openSqliteStore(":memory:"),
    config: { timezone: "UTC" },
  });
  return { bot, questions: makeQuestions(briefings, N, SEED + 1) };
}

let seq = 0;
function bodiesFor(kind: Scenario["kind"], texts: string[], responseUrl: string): string[] {
  if (kind === "event") {
    const base = fixture("message-im.json");
    return texts.map((text) => {
      seq += 1;
      return JSON.stringify({
        ...base,
        event_id: `EvBENCH${seq}`,
        event: { ...(base.event as Record<string, unknown>), text, ts: `1515449600.${seq}` },
      });
    });
  }
  const base = fixture<Record<string, string>>("slash-command.json");
  return texts.map((text) => {
    seq += 1;
    return new URLSearchParams({
      ...base,
      text: `ask ${text}`,
      trigger_id: `bench.${seq}`,
      response_url: responseUrl,
    }).toString();
  });
}

const round = (x: number) => Math.round(x * 10) / 10;

async function run(fake: FakeSlack, scenario: Scenario): Promise<Result> {
  const { adapter, baseUrl } = await startAdapter(fake, scenario.bot, openSqliteStore(":memory:"));
  try {
    const contentType =
      scenario.kind === "event" ? "application/json" : "application/x-www-form-urlencoded";
    const posted = () => fake.ok("chat.postMessage").length;
    // Warm up: Bolt's first request looks the bot up (auth.test), and the JIT gets going.
    const warm = bodiesFor(scenario.kind, scenario.texts.slice(0, 5), fake.responseUrl());
    await burst(baseUrl, warm, contentType);
    await fake.waitFor(() => posted() >= warm.length, 60_000);
    fake.reset();

    const bodies = bodiesFor(scenario.kind, scenario.texts, fake.responseUrl());
    const t0 = performance.now();
    const results = await burst(baseUrl, bodies, contentType);
    await fake.waitFor(() => posted() >= bodies.length, 120_000);
    const allAnsweredMs = performance.now() - t0;
    const times = results.map((r) => r.ms);
    return {
      scenario: scenario.name,
      kind: scenario.kind,
      requests: results.length,
      ackP50Ms: round(quantile(times, 0.5)),
      ackP99Ms: round(quantile(times, 0.99)),
      ackMaxMs: round(Math.max(...times)),
      non200: results.filter((r) => r.status !== 200).length,
      allAnsweredMs: Math.round(allAnsweredMs),
    };
  } finally {
    await adapter.stop();
    fake.reset();
  }
}

/**
 * The floor: a bare Node HTTP server on 127.0.0.1 that reads each body and answers 200, under the
 * same burst, so the figures can be read against what this machine manages at that moment.
 */
async function bare(bodies: string[]): Promise<Result> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await burst(baseUrl, bodies.slice(0, 5), "application/json");
    const t0 = performance.now();
    const results = await burst(baseUrl, bodies, "application/json");
    const times = results.map((r) => r.ms);
    return {
      scenario: "bare",
      kind: "event",
      requests: results.length,
      ackP50Ms: round(quantile(times, 0.5)),
      ackP99Ms: round(quantile(times, 0.99)),
      ackMaxMs: round(Math.max(...times)),
      non200: results.filter((r) => r.status !== 200).length,
      allAnsweredMs: Math.round(performance.now() - t0),
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function main(): Promise<void> {
  const fake = await startFakeSlack();
  const filler = Array.from({ length: N }, (_, i) => `question number ${i}`);
  log(`Slack HTTP acknowledgement under a burst of ${N} signed requests (Node ${process.version})`);
  const t0 = performance.now();
  const engine = engineBot();
  log(`engine over 1,000 synthetic briefings built in ${Math.round(performance.now() - t0)} ms`);
  const scenarios: Scenario[] = [
    {
      name: "instant",
      what: "bot answers at once (protocol only)",
      kind: "event",
      bot: instantBot,
      texts: filler,
    },
    {
      name: "engine",
      what: "real bot, 1,000 briefings",
      kind: "event",
      bot: engine.bot,
      texts: engine.questions,
    },
    {
      name: "busy",
      what: `every answer holds the loop ${BUSY_MS} ms`,
      kind: "event",
      bot: busyBot,
      texts: filler,
    },
    {
      name: "busy",
      what: `every command holds the loop ${BUSY_MS} ms`,
      kind: "command",
      bot: busyBot,
      texts: filler,
    },
  ];
  const line = (result: Result, what: string) =>
    log(
      `${`${result.scenario} ${result.kind}s`.padEnd(16)} ack p50 ${String(result.ackP50Ms).padStart(7)} ms  p99 ${String(result.ackP99Ms).padStart(7)} ms  max ${String(result.ackMaxMs).padStart(7)} ms  non-200 ${result.non200}  all answered ${result.allAnsweredMs} ms  (${what})`,
    );
  const floor = await bare(bodiesFor("event", filler, fake.responseUrl()));
  line(floor, "bare Node HTTP server, no Slack, no bot");
  const results: Result[] = [floor];
  for (const scenario of scenarios) {
    const result = await run(fake, scenario);
    results.push(result);
    line(result, scenario.what);
  }
  for (const r of results) r.p99VsBare = round(r.ackP99Ms / floor.ackP99Ms);
  log(
    `ack p99 against the bare server's: ${results.map((r) => `${r.scenario} ${r.kind}s ${r.p99VsBare}x`).join(", ")}`,
  );
  if (json) console.log(JSON.stringify({ n: N, node: process.version, results }, null, 2));
  await fake.close();
}

await main();
