// `npm run bench:draft [-- --before DIR] [-- --json]`: drafts a realistic report and the
// pathological inputs of issue 12, each in a fresh Node process, and prints the time, the peak
// memory and the size of the YAML draft. With `--before DIR` (a copy of an older `src/`, see
// docs/drafting.md) each input is also drafted with that code in the same run, and the table
// gives the ratio old/new.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pathologicalInputs, realisticReport } from "./draft-inputs.ts";

const self = fileURLToPath(import.meta.url);
const here = resolve(self, "..", "..", "..", "src");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
/** Just under the cap: 199 KB. */
const BYTES = Number(option("--bytes") ?? 199 * 1024);
const TIMEOUT_S = Number(option("--timeout") ?? 240);

interface Result {
  ms: number;
  rssMB: number;
  inputKB: number;
  yamlKB: number;
  outcome: string;
}

function inputs(): Record<string, string> {
  return {
    "realistic report, 5,000 words": realisticReport(5000),
    "realistic report, 199 KB": realisticReport(5000 * 8).slice(0, BYTES),
    ...pathologicalInputs(BYTES),
  };
}

async function child(src: string, name: string): Promise<void> {
  const text = inputs()[name];
  if (text === undefined) throw new Error(`no input named ${name}`);
  const draft = (await import(pathToFileURL(resolve(src, "draft", "index.ts")).href)) as {
    draftBriefing: (text: string, options: object) => unknown;
    renderDraft: (draft: unknown) => string;
  };
  draft.draftBriefing("Warm up\n\nStatus: 12.01.2022\n\nLavrov met Blinken in Geneva.", {});
  const start = performance.now();
  let yaml = "";
  let outcome = "drafted";
  try {
    yaml = draft.renderDraft(draft.draftBriefing(text, { file: name }));
  } catch (error) {
    outcome = `refused: ${(error as Error).message.slice(0, 80)}`;
  }
  const result: Result = {
    ms: performance.now() - start,
    rssMB: process.resourceUsage().maxRSS / 1024,
    inputKB: Buffer.byteLength(text) / 1024,
    yamlKB: Buffer.byteLength(yaml) / 1024,
    outcome,
  };
  process.stdout.write(JSON.stringify(result));
}

function run(src: string, name: string): Result | string {
  try {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", self, "--child", src, name, "--bytes", String(BYTES)],
      { encoding: "utf8", timeout: TIMEOUT_S * 1000, maxBuffer: 1 << 20 },
    );
    return JSON.parse(out) as Result;
  } catch (error) {
    const e = error as { signal?: string; message: string };
    return e.signal === "SIGTERM" ? `over ${TIMEOUT_S} s` : `failed: ${e.message.split("\n")[0]}`;
  }
}

const fmt = (r: Result | string) =>
  typeof r === "string"
    ? r
    : `${(r.ms / 1000).toFixed(2)} s, ${r.rssMB.toFixed(0)} MB peak RSS, ${r.yamlKB.toFixed(0)} KB draft`;

async function main(): Promise<void> {
  const at = args.indexOf("--child");
  if (at >= 0) return child(args[at + 1] as string, args[at + 2] as string);
  const before = option("--before");
  const rows: Array<{ input: string; kb: number; now: Result | string; before?: Result | string }> =
    [];
  for (const [name, text] of Object.entries(inputs())) {
    const row: (typeof rows)[number] = {
      input: name,
      kb: Buffer.byteLength(text) / 1024,
      now: run(here, name),
    };
    if (before) row.before = run(resolve(before), name);
    rows.push(row);
    if (!args.includes("--json")) {
      const ratio =
        row.before && typeof row.before !== "string" && typeof row.now !== "string"
          ? ` | ${(row.before.ms / row.now.ms).toFixed(1)}×`
          : row.before
            ? " | –"
            : "";
      console.log(
        `| ${name} | ${row.kb.toFixed(0)} KB | ${fmt(row.now)}${row.before ? ` | ${fmt(row.before)}` : ""}${ratio} |`,
      );
    }
  }
  if (args.includes("--json")) console.log(JSON.stringify(rows, null, 2));
}

await main();
