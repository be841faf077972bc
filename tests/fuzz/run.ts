// `npm run fuzz [-- --seed N] [-- --briefings N] [-- --inputs N] [-- --json]`: the seeded fuzz run
// of issue 12. Generates mutated briefing files and loads them through the real library, then
// types hostile questions and commands into the real console chat; prints the figures and every
// failure, and exits 1 if there was one. The same seed gives the same run.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type BriefingFuzzReport, fuzzBriefings } from "./briefings.ts";
import { type ConsoleFuzzReport, fuzzConsole } from "./console.ts";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "20220112" },
    briefings: { type: "string", default: "10000" },
    inputs: { type: "string", default: "10000" },
    batch: { type: "string", default: "500" },
    json: { type: "boolean", default: false },
    transcript: { type: "string" },
  },
});
const count = (name: string, value: string): number => {
  if (!/^\d+$/.test(value)) {
    process.stderr.write(`fuzz: --${name} must be a whole number, not ${JSON.stringify(value)}\n`);
    process.exit(2);
  }
  return Number(value);
};
const seed = count("seed", values.seed);
const briefings = count("briefings", values.briefings);
const inputs = count("inputs", values.inputs);
const batch = Math.max(1, count("batch", values.batch));
const work = mkdtempSync(join(tmpdir(), "briefbot-fuzz-"));
const progress = (label: string, total: number) => (done: number) => {
  if (!values.json && process.stderr.isTTY) process.stderr.write(`\r${label}: ${done}/${total}   `);
};

/** Appends each line and its answer to `file`, as JSON lines. */
function transcript(file: string) {
  writeFileSync(file, "");
  return (line: string, answer: string, ms: number) => {
    appendFileSync(file, `${JSON.stringify({ line, answer, ms: Math.round(ms) })}\n`);
  };
}

let files: BriefingFuzzReport | undefined;
let chat: ConsoleFuzzReport | undefined;
try {
  if (briefings > 0) {
    files = await fuzzBriefings({
      seed,
      count: briefings,
      batch,
      workDir: join(work, "files"),
      onProgress: progress("briefings", briefings),
    });
  }
  if (inputs > 0) {
    chat = await fuzzConsole({
      seed: seed + 1,
      count: inputs,
      workDir: join(work, "console"),
      onProgress: progress("console", inputs),
      ...(values.transcript !== undefined && { onAnswer: transcript(values.transcript) }),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (!values.json && process.stderr.isTTY) process.stderr.write("\n");

const failures = [...(files?.failures ?? []), ...(chat?.failures ?? [])];
if (values.json) {
  process.stdout.write(`${JSON.stringify({ seed, briefings: files, console: chat }, null, 2)}\n`);
} else {
  const out: string[] = [`fuzz run, seed ${seed}`];
  const table = (record: Record<string, number>) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `    ${k}: ${v.toLocaleString("en")}`);
  if (files) {
    out.push(
      "",
      `briefing files: ${files.files.toLocaleString("en")} generated in folders of ${batch}, ${(files.durationMs / 1000).toFixed(1)} s`,
      `  served ${files.served}, refused ${files.refused}, ignored by name ${files.ignored}`,
      `  problems ${files.problems}: with a line ${files.problemsWithLine}, with a field ${files.problemsWithField}; longest line ${files.longestProblem} characters`,
      `  slowest folder ${Math.round(files.slowestBatchMs)} ms (opened twice: fresh, then through the cache); ${files.meanFileMs.toFixed(1)} ms a file`,
      `  peak RSS ${Math.round(files.peakRssMB)} MB, growth ${Math.round(files.rssGrowthMB)} MB`,
      "  refusals by kind:",
      ...table(files.refusalsByKind),
      "  mutations:",
      ...table(files.mutationsUsed),
    );
  }
  if (chat) {
    out.push(
      "",
      `console: ${chat.inputs.toLocaleString("en")} hostile inputs, ${chat.lines.toLocaleString("en")} lines, ${chat.briefingsServed} briefings served, ${(chat.durationMs / 1000).toFixed(1)} s`,
      `  prompts after lines ${chat.prompts}, answered (non-blank) ${chat.answered}, digests ${chat.digests}`,
      `  answer time p50 ${chat.p50AnswerMs.toFixed(1)} ms, p99 ${chat.p99AnswerMs.toFixed(1)} ms, max ${chat.maxAnswerMs.toFixed(1)} ms`,
      `  slowest: ${chat.slowest.map((s) => `${s.ms} ms ${JSON.stringify(s.line)}`).join("; ")}`,
      `  peak RSS ${Math.round(chat.peakRssMB)} MB, growth after the first tenth ${Math.round(chat.rssGrowthMB)} MB`,
      "  inputs by kind:",
      ...table(chat.inputsByKind),
      "  replies by kind:",
      ...table(chat.repliesByKind),
    );
  }
  out.push("", failures.length ? `FAILURES (${failures.length}):` : "no failures");
  out.push(...failures.map((f) => `  - ${f}`));
  process.stdout.write(`${out.join("\n")}\n`);
}
process.exitCode = failures.length ? 1 : 0;
