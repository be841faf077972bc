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
  /** Wall-clock time of drafting and rendering. */
  ms: number;
  /** CPU time (user and system, all threads) of drafting and rendering: less sensitive to load. */
  cpuMs: number;
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
  const cpu = process.cpuUsage();
  const start = performance.now();
  let yaml = "";
  let outcome = "drafted";
  try {
    yaml = draft.renderDraft(draft.draftBriefing(text, { file: name }));
  } catch (error) {
    outcome = `refused: ${(error as Error).message.slice(0, 80)}`;
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const result: Result = {
    ms,
    cpuMs: (used.user + used.system) / 1000,
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
    const e = error as { signal?: string; stderr?: string; message: string };
    if (e.signal === "SIGTERM") return `over ${TIMEOUT_S} s`;
    if (/heap out of memory/.test(e.stderr ?? "")) return "crashed: JavaScript heap out of memory";
    return `failed: ${(e.stderr || e.message).trim().split("\n")[0]}`;
  }
}

const fmt = (r: Result | string) =>
  typeof r === "string"
    ? r
    : `${(r.ms / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s), ${r.rssMB.toFixed(0)} MB, ${r.yamlKB.toFixed(0)} KB${r.outcome === "drafted" ? "" : ` ${r.outcome}`}`;

const cpuOf = (r: Result | string | undefined) => (typeof r === "object" ? r.cpuMs : undefined);

async function main(): Promise<void> {
  const at = args.indexOf("--child");
  if (at >= 0) return child(args[at + 1] as string, args[at + 2] as string);
  const before = option("--before");
  const json = args.includes("--json");
  const rows: Array<{ input: string; kb: number; now: Result | string; before?: Result | string }> =
    [];
  if (!json) {
    console.log(
      `| input | size | now: time (CPU), peak RSS, draft | CPU × the 5,000-word report${before ? " | before | before/now (CPU)" : ""} |`,
    );
    console.log(`|---|---|---|---${before ? "|---|---" : ""}|`);
  }
  for (const [name, text] of Object.entries(inputs())) {
    const row: (typeof rows)[number] = {
      input: name,
      kb: Buffer.byteLength(text) / 1024,
      now: run(here, name),
    };
    if (before) row.before = run(resolve(before), name);
    rows.push(row);
    if (json) continue;
    const reference = cpuOf(rows[0]?.now);
    const now = cpuOf(row.now);
    const scale = reference && now ? `${(now / reference).toFixed(1)}×` : "–";
    const old = cpuOf(row.before);
    const timedOut = typeof row.before === "string" && row.before.startsWith("over");
    const ratio =
      old && now
        ? `${(old / now).toFixed(1)}×`
        : timedOut && now
          ? `> ${((TIMEOUT_S * 1000) / now).toFixed(0)}× (wall)`
          : "–";
    console.log(
      `| ${name} | ${row.kb.toFixed(0)} KB | ${fmt(row.now)} | ${scale}${row.before ? ` | ${fmt(row.before)} | ${ratio}` : ""} |`,
    );
  }
  if (json) console.log(JSON.stringify(rows, null, 2));
}

await main();
