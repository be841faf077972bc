// The console half of the fuzzer: starts briefbot as `briefbot start` does with the console chat
// (the real composition root, library, engine, SQLite store, scheduler and console adapter), over a
// briefings folder that holds the real briefings and mutated-but-valid ones, and types thousands of
// hostile lines into it one at a time. Each line must get its answer (a prompt after it, and text
// for a line that is not blank) without a crash, a stack trace or a raw control character, within
// about a second; memory is sampled as it runs.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { PassThrough, Writable } from "node:stream";
import { type RunningBriefbot, startBriefbot } from "../../adapters/start.ts";
import { loadBriefings } from "../../src/briefing/index.ts";
import { generateFile, loadSeeds } from "./briefings.ts";
import {
  CONTROL,
  DATES,
  EMOJI,
  hostilePhrase,
  hostilePiece,
  LINKS,
  MENTIONS,
  NUMBERS,
  QUOTES,
  SCRIPTS,
  WORDS,
} from "./hostile-text.ts";
import { Random } from "./random.ts";

const COMMANDS = [
  "help",
  "ask",
  "daily",
  "show",
  "list",
  "pin",
  "unpin",
  "pins",
  "subscribe",
  "unsubscribe",
  "subscriptions",
  "draft",
];
const IDS = [
  "2022-01-12-nato-russia-council",
  "2022-01-10-strategic-stability-dialogue-geneva",
  "2021-11-29-vienna-jcpoa-talks",
  "2022-01-26-normandy-format-paris",
  "2022-01-12-nato",
  "nato",
  "fz-3",
  "fz-17",
  "../../etc/passwd",
  "NATO-RUSSIA",
];
const TIMES = [
  "08:00",
  "8:00",
  "23:59",
  "24:00",
  "00:00",
  "25:61",
  "-1:00",
  "8am",
  "noon",
  "99999:99",
];
const ZONES = [
  "Europe/Brussels",
  "UTC",
  "America/New_York",
  "Mars/Olympus",
  "Etc/GMT+14",
  "europe/brussels",
  "../../etc/localtime",
  "Asia/Kathmandu",
];
const QUIT = new Set(["/quit", "/exit", "/q"]);

/** Lines as readline reads them from `text` (it ends a line at \n, \r\n and a lone \r). */
export function readlineLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** One hostile line (or a few, when it holds line breaks) and the kind of attack it is. */
export function hostileInput(r: Random): { kind: string; text: string | Buffer } {
  const kind = r.pick([
    "question",
    "question",
    "question",
    "command",
    "command",
    "command",
    "command",
    "long-line",
    "unknown-command",
    "controls",
    "nul",
    "mentions-links",
    "quotes",
    "numbers-dates",
    "emoji-rtl",
    "invalid-utf8",
    "blank",
    "line-breaks",
  ]);
  switch (kind) {
    case "question":
      return { kind, text: hostilePhrase(r, r.int(1, 20)) };
    case "command":
      return { kind, text: command(r) };
    case "long-line": {
      const piece = r.chance(0.5) ? `${r.pick(WORDS)} ` : hostilePiece(r);
      const length = r.int(400, r.chance(0.1) ? 200_000 : 5_000);
      const body = piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
      return { kind, text: r.chance(0.5) ? body : `/${r.pick(COMMANDS)} ${body}` };
    }
    case "unknown-command": {
      const name = r.pick([
        () => hostilePhrase(r, 1).replace(/\s/g, ""),
        () => "x".repeat(r.int(33, 5000)),
        () =>
          r.pick([
            "/",
            "?",
            "",
            "-",
            "--help",
            "quit!",
            "quit now",
            "exit?",
            "lsit",
            "HELP",
            "Show",
            "ṡhow",
            "ask\u0000",
          ]),
        () => r.pick(COMMANDS) + r.pick(EMOJI),
      ])();
      return { kind, text: `/${name}${r.chance(0.5) ? ` ${hostilePhrase(r, r.int(0, 5))}` : ""}` };
    }
    case "controls": {
      const parts: string[] = [];
      for (let i = r.int(1, 30); i > 0; i--)
        parts.push(r.chance(0.7) ? r.pick(CONTROL) : r.pick(WORDS));
      return { kind, text: `${r.chance(0.3) ? `/${r.pick(COMMANDS)} ` : ""}${parts.join("")}` };
    }
    case "nul":
      return {
        kind,
        text: `${r.chance(0.5) ? "/" : ""}${"\u0000".repeat(r.int(1, 2000))}${r.pick(WORDS)}`,
      };
    case "mentions-links": {
      const parts: string[] = [];
      for (let i = r.int(1, 8); i > 0; i--) parts.push(r.pick([...MENTIONS, ...LINKS]));
      return { kind, text: `${r.chance(0.3) ? `/${r.pick(COMMANDS)} ` : ""}${parts.join(" ")}` };
    }
    case "quotes": {
      const parts: string[] = [];
      for (let i = r.int(1, 12); i > 0; i--)
        parts.push(r.chance(0.5) ? r.pick(QUOTES) : r.pick(WORDS));
      return {
        kind,
        text: `${r.chance(0.6) ? `/${r.pick(COMMANDS)} ` : ""}${parts.join(r.chance(0.5) ? "" : " ")}`,
      };
    }
    case "numbers-dates": {
      const parts: string[] = [];
      for (let i = r.int(1, 5); i > 0; i--) parts.push(r.pick([...NUMBERS, ...DATES]));
      const prefix = r.pick([
        "/daily ",
        "/show ",
        "/subscribe ",
        "/list ",
        "what happened on ",
        "",
      ]);
      return { kind, text: `${prefix}${parts.join(" ")}` };
    }
    case "emoji-rtl": {
      const parts: string[] = [];
      for (let i = r.int(1, 10); i > 0; i--)
        parts.push(r.pick([...EMOJI, ...SCRIPTS, "\u202e", "\u200f", "\u2067"]));
      return { kind, text: `${r.chance(0.3) ? `/${r.pick(COMMANDS)} ` : ""}${parts.join(" ")}` };
    }
    case "invalid-utf8": {
      const bytes: number[] = [];
      for (let i = r.int(1, 40); i > 0; i--) {
        const b = r.int(0, 255);
        if (b !== 0x0a && b !== 0x0d) bytes.push(b);
      }
      const prefix = r.chance(0.5) ? `/${r.pick(COMMANDS)} ` : "";
      return { kind, text: Buffer.concat([Buffer.from(prefix), Buffer.from(bytes)]) };
    }
    case "blank":
      return { kind, text: r.pick(["", " ", "\t", "   \t  ", "\u00a0", "\u3000", "\u200b"]) };
    default: {
      const parts: string[] = [];
      for (let i = r.int(2, 6); i > 0; i--)
        parts.push(r.chance(0.5) ? command(r) : hostilePhrase(r, r.int(1, 5)));
      return { kind: "line-breaks", text: parts.join(r.pick(["\n", "\r", "\r\n"])) };
    }
  }
}

/** A known command with random arguments. */
function command(r: Random): string {
  const name = r.pick(COMMANDS);
  if (name === "draft" && r.chance(0.4)) {
    // drafts that succeed: the small report, the 4 KB one, with and without a date
    const date = r.chance(0.5) ? ` --date ${r.pick(DATES)}` : "";
    return `/draft ${r.pick(["article.txt", "article-big.txt", '"article.txt"', "./article.txt"])}${date}`;
  }
  const args: string[] = [];
  for (let i = r.int(0, 4); i > 0; i--) {
    const q = r.chance(0.2) ? r.pick(QUOTES) : "";
    const value = r.pick([
      () => r.pick(IDS),
      () => r.pick(DATES),
      () => r.pick(TIMES),
      () => r.pick(ZONES),
      () => r.pick(NUMBERS),
      () => hostilePiece(r),
      () => hostilePhrase(r, r.int(1, 4)),
      () =>
        r.pick([
          "article.txt",
          "missing.txt",
          ".",
          "..",
          "--date",
          "2022-01-12",
          "drafts",
          "article-big.txt",
        ]),
    ])();
    args.push(`${q}${value}${r.chance(0.7) ? q : ""}`);
  }
  const casing = r.chance(0.1) ? name.toUpperCase() : name;
  return `/${casing}${args.length ? " " : ""}${args.join(" ")}`;
}

/** What a reply was, read from its text: an answer, or the kind of refusal. */
export function replyKind(text: string): string {
  if (/Something went wrong/.test(text)) return "internal error";
  if (/That question is too long/.test(text)) return "refused: question too long";
  if (/That is too long/.test(text)) return "refused: arguments too long";
  if (/Unknown command/.test(text)) return "refused: unknown command";
  if (/is not closed/.test(text)) return "refused: unclosed quote";
  if (/Too many words/.test(text)) return "refused: too many words";
  if (/is not a date I can read/.test(text)) return "refused: unreadable date";
  if (/^Usage|\nUsage|usage:/i.test(text)) return "usage shown";
  if (
    /not in the briefings|No briefing|no briefing|do not (cover|mention)|don't (cover|mention)|couldn't find|could not find|Nothing/i.test(
      text,
    )
  ) {
    return "declined or empty";
  }
  return "answered";
}

export interface ConsoleFuzzOptions {
  seed: number;
  count: number;
  /** A scratch folder for the briefings, the store and drafts; made and emptied by the fuzzer. */
  workDir: string;
  /** Mutated-but-valid briefings served beside the real ones (default 60). */
  extraBriefings?: number;
  onProgress?: (done: number) => void;
  /** Called with each line and its answer (for `--transcript`). */
  onAnswer?: (line: string, answer: string, ms: number) => void;
}

export interface ConsoleFuzzReport {
  /** Hostile inputs generated, and the lines they made (a line break splits one into several). */
  inputs: number;
  lines: number;
  answered: number;
  prompts: number;
  digests: number;
  briefingsServed: number;
  inputsByKind: Record<string, number>;
  repliesByKind: Record<string, number>;
  maxAnswerMs: number;
  p99AnswerMs: number;
  p50AnswerMs: number;
  slowest: { ms: number; line: string }[];
  peakRssMB: number;
  /** RSS at the end minus RSS after the first tenth of the lines. */
  rssGrowthMB: number;
  durationMs: number;
  failures: string[];
}

/** Controls that must never reach the terminal raw (line breaks and tabs are fine). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const STACK =
  /\n\s+at \S|\bat [^\n]*\(?(?:file:\/\/|\/)[^\n]*:\d+:\d+\)?|node:internal|\bstack\b"?:/;

/** Starts briefbot's console over a hostile folder and types `count` hostile inputs into it. */
export async function fuzzConsole(options: ConsoleFuzzOptions): Promise<ConsoleFuzzReport> {
  const started = performance.now();
  const r = new Random(options.seed);
  const failures: string[] = [];
  const fail = (message: string) => {
    if (failures.length < 200) failures.push(message);
  };
  const work = options.workDir;
  rmSync(work, { recursive: true, force: true });
  const dir = join(work, "briefings");
  mkdirSync(dir, { recursive: true });
  // The real briefings and mutated ones that stay valid: control characters, links, emoji, huge
  // text, many items, odd file names.
  const seeds = loadSeeds();
  seeds.forEach((seed, i) => {
    writeFileSync(
      join(dir, `seed-${i}.yaml`),
      JSON.stringify({ ...seed, id: seed.id ?? `seed-${i}` }),
    );
  });
  const briefingsRandom = r.fork();
  for (let i = 0, written = 0; written < (options.extraBriefings ?? 60) && i < 10_000; i++) {
    const file = generateFile(i, seeds, briefingsRandom.fork(), []);
    if (file.expect !== "valid" || typeof file.name !== "string") continue;
    writeFileSync(join(dir, file.name), file.bytes);
    written++;
  }
  writeFileSync(
    join(work, "article.txt"),
    'GENEVA, 10 January 2022 (Wire) - US Deputy Secretary of State Wendy Sherman met Russian Deputy Foreign Minister Sergei Ryabkov. "We had a frank discussion," said Sherman. Ryabkov said the talks were "difficult".\n',
  );
  writeFileSync(join(work, "article-big.txt"), `${"The talks went on. ".repeat(200)}\n`);

  const report: ConsoleFuzzReport = {
    inputs: 0,
    lines: 0,
    answered: 0,
    prompts: 0,
    digests: 0,
    briefingsServed: 0,
    inputsByKind: {},
    repliesByKind: {},
    maxAnswerMs: 0,
    p99AnswerMs: 0,
    p50AnswerMs: 0,
    slowest: [],
    peakRssMB: 0,
    rssGrowthMB: 0,
    durationMs: 0,
    failures,
  };

  // Crashes: anything thrown or rejected outside the bot's own handling.
  const onCrash = (error: unknown) => fail(`uncaught: ${(error as Error)?.stack ?? String(error)}`);
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);

  let pending: { resolve: () => void; text: string } | undefined;
  let digesting = 0;
  let everything = "";
  const stdout = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      const text = chunk.toString();
      everything =
        everything.length > 100_000 ? everything.slice(-50_000) + text : everything + text;
      if (digesting > 0) {
        if (text === "brief> ") report.digests++;
      } else if (text === "brief> ") {
        report.prompts++;
        const waiting = pending;
        pending = undefined;
        waiting?.resolve();
      } else if (pending) {
        pending.text += text;
      } else {
        fail(`output with no line waiting for it: ${JSON.stringify(text.slice(0, 200))}`);
      }
      callback();
    },
  });
  const stdin = new PassThrough();
  const logs: string[] = [];
  let running: RunningBriefbot;
  try {
    const prompted = new Promise<void>((resolve) => {
      pending = { resolve, text: "" };
    });
    running = await startBriefbot({
      env: { BRIEFBOT_ADAPTERS: "console", BRIEFBOT_TIMEZONE: "Europe/Brussels" },
      flags: { dir, store: join(work, "briefbot.db") },
      cwd: work,
      stdin,
      stdout,
      writeLog: (line) => logs.push(line),
      handleSignals: false,
    });
    await prompted;
  } catch (error) {
    process.off("uncaughtException", onCrash);
    process.off("unhandledRejection", onCrash);
    fail(`briefbot did not start: ${(error as Error)?.stack ?? String(error)}`);
    return { ...report, durationMs: performance.now() - started };
  }
  report.prompts = 0;
  const adapter = running.adapters[0];
  if (adapter) {
    // Scheduled digests are printed between prompts; they are counted, not taken for answers.
    const deliver = adapter.deliver.bind(adapter);
    adapter.deliver = async (channel, reply) => {
      digesting++;
      try {
        await deliver(channel, reply);
      } finally {
        digesting--;
      }
    };
  }
  report.briefingsServed = (await loadBriefings(dir)).briefings.length;

  const times: number[] = [];
  let firstTenthRss: number | undefined;
  const inputs = r.fork();
  for (let i = 0; i < options.count; i++) {
    const input = hostileInput(inputs);
    report.inputs++;
    report.inputsByKind[input.kind] = (report.inputsByKind[input.kind] ?? 0) + 1;
    const lines = typeof input.text === "string" ? readlineLines(input.text) : [input.text];
    for (const line of lines) {
      const shown = typeof line === "string" ? line : line.toString("utf8");
      if (QUIT.has(shown.trim().toLowerCase())) continue;
      report.lines++;
      const answer = new Promise<void>((resolve) => {
        pending = { resolve, text: "" };
      });
      const waiting = pending as unknown as { text: string };
      const t0 = performance.now();
      stdin.write(
        typeof line === "string" ? `${line}\n` : Buffer.concat([line, Buffer.from("\n")]),
      );
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        answer.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), 30_000);
        }),
      ]);
      clearTimeout(timer);
      const ms = performance.now() - t0;
      const preview = JSON.stringify(shown.slice(0, 120));
      if (timedOut) {
        fail(`no answer within 30 s to ${preview}`);
        break;
      }
      times.push(ms);
      if (report.slowest.length < 5 || ms > (report.slowest[report.slowest.length - 1]?.ms ?? 0)) {
        report.slowest.push({ ms: Math.round(ms), line: shown.slice(0, 80) });
        report.slowest.sort((a, b) => b.ms - a.ms);
        report.slowest.splice(5);
      }
      const text = waiting.text;
      options.onAnswer?.(shown, text, ms);
      if (shown.trim()) {
        if (!text.trim()) fail(`no answer text for ${preview}`);
        else report.answered++;
        const kind = replyKind(text);
        report.repliesByKind[kind] = (report.repliesByKind[kind] ?? 0) + 1;
        if (kind === "internal error") fail(`"Something went wrong" for ${preview}`);
      } else if (text.trim()) {
        fail(`a blank line was answered: ${JSON.stringify(text.slice(0, 200))}`);
      }
      if (STACK.test(text))
        fail(`a stack trace in the answer to ${preview}: ${text.slice(0, 300)}`);
      if (RAW_CONTROL.test(text)) {
        const at = text.search(RAW_CONTROL);
        fail(
          `a raw control character in the answer to ${preview}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}`,
        );
      }
      if (ms > 1000) fail(`the answer to ${preview} took ${Math.round(ms)} ms`);
    }
    if (failures.some((f) => f.startsWith("no answer within"))) break;
    if (i % 50 === 0 || i === options.count - 1) {
      const rss = process.memoryUsage().rss;
      report.peakRssMB = Math.max(report.peakRssMB, rss / 2 ** 20);
      if (i >= options.count / 10) firstTenthRss ??= rss;
      report.rssGrowthMB = firstTenthRss === undefined ? 0 : (rss - firstTenthRss) / 2 ** 20;
      options.onProgress?.(i + 1);
    }
  }

  // /quit ends the chat and stops everything in order.
  pending = { resolve: () => {}, text: "" };
  stdin.write("/quit\n");
  let timer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    running.done.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), 20_000);
    }),
  ]);
  clearTimeout(timer);
  if (!stopped) {
    fail("/quit did not stop briefbot within 20 s");
    await running.stop();
  }
  if (!everything.trimEnd().endsWith("Bye.")) fail("the chat did not end with Bye.");
  for (const line of logs) {
    if (STACK.test(line)) fail(`a stack trace in the log on the terminal: ${line.slice(0, 300)}`);
    else if (/\bERROR\b/.test(line)) fail(`an error in the log: ${line.slice(0, 300)}`);
  }
  process.off("uncaughtException", onCrash);
  process.off("unhandledRejection", onCrash);

  times.sort((a, b) => a - b);
  report.maxAnswerMs = times[times.length - 1] ?? 0;
  report.p99AnswerMs = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? 0;
  report.p50AnswerMs = times[Math.floor(times.length / 2)] ?? 0;
  report.peakRssMB = Math.max(report.peakRssMB, process.memoryUsage().rss / 2 ** 20);
  report.durationMs = performance.now() - started;
  rmSync(work, { recursive: true, force: true });
  return report;
}
