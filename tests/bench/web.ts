// `npm run bench:web [-- --json] [-- --n 400] [-- --briefings 10000]`: every page of the web view
// served over HTTP (@hono/node-server on 127.0.0.1, the token checked on each request) at 10,000
// synthetic briefings. Requests go one at a time, the pages taking turns so that a noisy machine
// slows them alike; the baseline is the same server sending its stylesheet (no page work at all),
// measured in the same run, and every page's figures are also given as ratios to it.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { formatSlug } from "../../adapters/web/anchors.ts";
import { createWebApp } from "../../adapters/web/app.ts";
import { createCitationLinker } from "../../adapters/web/index.ts";
import { serveWeb } from "../../adapters/web/server.ts";
import type { BriefingProblem } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import { createEngine } from "../../src/engine/index.ts";
import { makeBriefing, makeQuestions, namePools, seeded } from "./corpus.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const N = numberOption("--n") ?? 400;
const SIZE = numberOption("--briefings") ?? 10_000;
const WARM_UP = 30;
const SEED = 20220112;
const TOKEN = "bench-token-0123456789abcdef";
const BUDGET_P99_MS = 50;

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

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

// The corpus, and a library as the running bot has one: newest first, with 200 files in error.
let started = performance.now();
const names = namePools(seeded(SEED));
const briefings: Briefing[] = Array.from({ length: SIZE }, (_, i) =>
  makeBriefing(i, names, SEED),
).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
const byId = new Map(briefings.map((b) => [b.id, b]));
const problems: BriefingProblem[] = Array.from({ length: 200 }, (_, i) => ({
  file: `/srv/briefings/broken-${i}.yaml`,
  line: 3 + (i % 40),
  column: 7,
  path: `quotes[${i % 12}].speaker`,
  message: `"Speaker ${i}" names no participant or party; add the speaker under participants or parties`,
}));
const library = {
  dir: "/srv/briefings",
  briefings: () => briefings,
  get: (id: string) => byId.get(id),
  problems: () => problems,
  lastReload: () => new Date(),
  onChange: () => () => {},
};
log(`corpus: ${SIZE} briefings in ${Math.round(performance.now() - started)} ms`);
started = performance.now();
const engine = createEngine(briefings);
log(`engine: built in ${Math.round(performance.now() - started)} ms`);

const app = createWebApp({ library, engine, token: TOKEN });
/** CPU time of the last request's handler: the page's own work, which the machine's load cannot inflate. */
let lastCpuMs = 0;
const timed = {
  fetch: async (request: Request) => {
    const cpu = process.cpuUsage();
    const response = await app.fetch(request);
    const used = process.cpuUsage(cpu);
    lastCpuMs = (used.user + used.system) / 1000;
    return response;
  },
};
const server = await serveWeb(timed, { port: 0, host: "127.0.0.1" });
const base = `http://127.0.0.1:${server.address().port}`;

// What each page is asked for; lists of paths are taken in turn.
const rand = seeded(SEED + 1);
const pickIds = Array.from({ length: 200 }, () => briefings[Math.floor(rand() * SIZE)]?.id ?? "");
const questions = makeQuestions(briefings, 200, SEED + 2);
const formats = new Map<string, number>();
for (const b of briefings) {
  if (b.format) formats.set(formatSlug(b.format), (formats.get(formatSlug(b.format)) ?? 0) + 1);
}
const biggestSeries = [...formats].sort((a, b) => b[1] - a[1])[0];
const slugs = [...formats.keys()];
const place = briefings[0]?.location ?? "";
const signed = createCitationLinker({ publicUrl: base, token: TOKEN });

const pages: Record<string, { what: string; paths: string[]; headers?: Record<string, string> }> = {
  baseline: { what: "the stylesheet (no page work)", paths: ["/web.css"] },
  index: { what: "/ first page", paths: ["/"] },
  "index-deep": { what: "/?page=150 (briefings 7,451-7,500)", paths: ["/?page=150"] },
  filtered: {
    what: "/ filtered by place, dates and format",
    paths: [`/?place=${encodeURIComponent(place)}&from=2000-01-01&to=2020-12-31&format=council`],
  },
  search: {
    what: "/?q= 200 questions (a fifth misspelt), the engine answering",
    paths: questions.map((q) => `/?q=${encodeURIComponent(q)}`),
  },
  briefing: { what: "/briefings/ID, 200 ids", paths: pickIds.map((id) => `/briefings/${id}`) },
  "briefing-signed": {
    what: "/briefings/ID?sig= (signed link, no header)",
    paths: pickIds.map((id) => (signed(id) ?? "").replace(base, "")),
  },
  series: {
    what: `/series/SLUG, every format (largest: ${biggestSeries?.[1]} rounds)`,
    paths: slugs.map((slug) => `/series/${slug}`),
  },
  status: { what: "/status (200 problems)", paths: ["/status"] },
};
const authHeader = { Authorization: `Bearer ${TOKEN}` };

async function request(path: string, headers: Record<string, string>): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${base}${path}`, { headers });
  const body = await res.text();
  const ms = performance.now() - t;
  if (res.status !== 200 || body.length === 0) throw new Error(`${path}: status ${res.status}`);
  return ms;
}

const times: Record<string, number[]> = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
const cpuTimes: Record<string, number[]> = Object.fromEntries(
  Object.keys(pages).map((k) => [k, []]),
);
const bytes: Record<string, number> = {};
for (let i = 0; i < WARM_UP + N; i++) {
  for (const [name, page] of Object.entries(pages)) {
    const path = page.paths[i % page.paths.length] as string;
    const headers = name === "briefing-signed" || name === "baseline" ? {} : authHeader;
    const ms = await request(path, headers);
    if (i >= WARM_UP) {
      times[name]?.push(ms);
      cpuTimes[name]?.push(lastCpuMs);
    }
  }
}
for (const [name, page] of Object.entries(pages)) {
  const res = await fetch(`${base}${page.paths[0]}`, { headers: authHeader });
  bytes[name] = (await res.arrayBuffer()).byteLength;
}
await server.close();
app.close();

const stats = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? 0 };
};
const wallBase = stats(times.baseline ?? []);
const cpuBase = stats(cpuTimes.baseline ?? []);
const results = Object.keys(pages).map((name) => {
  const wall = stats(times[name] ?? []);
  const cpu = stats(cpuTimes[name] ?? []);
  return {
    page: name,
    what: pages[name]?.what,
    bytes: bytes[name],
    wall: { p50Ms: round(wall.p50), p99Ms: round(wall.p99), maxMs: round(wall.max) },
    wallVsBaseline: {
      p50: round(wall.p50 / wallBase.p50, 1),
      p99: round(wall.p99 / wallBase.p99, 1),
    },
    cpu: { p50Ms: round(cpu.p50), p99Ms: round(cpu.p99) },
    cpuVsBaseline: { p50: round(cpu.p50 / cpuBase.p50, 1), p99: round(cpu.p99 / cpuBase.p99, 1) },
    withinBudget: wall.p99 < BUDGET_P99_MS,
  };
});

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (json) {
  console.log(
    JSON.stringify(
      { briefings: SIZE, requestsPerPage: N, budgetP99Ms: BUDGET_P99_MS, load: loadavg(), results },
      null,
      2,
    ),
  );
} else {
  log(
    `\n${N} requests per page, one at a time, pages taking turns; p99 budget ${BUDGET_P99_MS} ms; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}\n`,
  );
  log(
    "| page | what | bytes | wall p50 / p99 / max ms | wall ÷ baseline p50, p99 | handler CPU p50 / p99 ms | CPU ÷ baseline p50, p99 | wall p99 < 50 ms |",
  );
  log("|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    log(
      `| ${r.page} | ${r.what} | ${r.bytes} | ${r.wall.p50Ms} / ${r.wall.p99Ms} / ${r.wall.maxMs} | ×${r.wallVsBaseline.p50}, ×${r.wallVsBaseline.p99} | ${r.cpu.p50Ms} / ${r.cpu.p99Ms} | ×${r.cpuVsBaseline.p50}, ×${r.cpuVsBaseline.p99} | ${r.withinBudget ? "yes" : "**no**"} |`,
    );
  }
}
if (results.some((r) => !r.withinBudget)) process.exitCode = 1;
