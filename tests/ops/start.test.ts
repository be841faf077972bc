// The running bot's operations surface, end to end: `briefbot start` spawned with
// BRIEFBOT_HTTP_PORT, questions typed into its console, /metrics counting them, /readyz turning
// 503 when the store file is removed, every log line one JSON object, and SIGTERM stopping it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  cleanEnv,
  fixtures,
  get,
  opsPort,
  type RunningProcess,
  sample,
  startProcess,
} from "./process.ts";

const work = mkdtempSync(join(tmpdir(), "briefbot-ops-"));
const started: RunningProcess[] = [];
afterAll(() => {
  for (const p of started) p.child.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
});

const answered = 'briefbot_questions_total{platform="console",outcome="answered"}';
const declined = 'briefbot_questions_total{platform="console",outcome="declined"}';

describe("GIVEN briefbot start with BRIEFBOT_HTTP_PORT and the console chat", () => {
  it("THEN /metrics counts the questions, /readyz turns 503 when the store file is removed, logs are JSON lines, and SIGTERM stops it cleanly", async () => {
    const bot = startProcess(
      ["--dir", fixtures, "--store", "data/ops.db"],
      work,
      cleanEnv({ BRIEFBOT_HTTP_PORT: "0", LOG_LEVEL: "info" }),
    );
    started.push(bot);
    const port = await opsPort(bot);
    await bot.waitForOutput("briefbot console.");

    expect((await get(port, "/healthz")).status).toBe(200);
    const ready = await get(port, "/readyz");
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body).checks).toEqual({
      briefings: { ok: true },
      store: { ok: true },
      console: { ok: true },
    });
    const before = (await get(port, "/metrics")).body;
    expect(sample(before, answered)).toBe(0);
    expect(sample(before, "briefbot_briefings_indexed")).toBe(5);
    expect(sample(before, "briefbot_facts_indexed")).toBeGreaterThan(50);

    bot.child.stdin.write(
      "who led the russian delegation in geneva?\n/ask\nwhat did Napoleon say about the moon landing?\n/pins\n",
    );
    await bot.waitForLog(() => bot.logLines().filter((l) => l.msg === "bot: question").length >= 3);
    const after = (await get(port, "/metrics")).body;
    expect(sample(after, answered)).toBe(1);
    expect(sample(after, declined)).toBe(1);
    expect(sample(after, 'briefbot_questions_total{platform="console",outcome="invalid"}')).toBe(1);
    expect(sample(after, 'briefbot_answer_duration_seconds_count{platform="console"}')).toBe(3);

    // One request id per question, on its log line.
    const questions = bot.logLines().filter((l) => l.msg === "bot: question");
    expect(questions.map((q) => q.outcome)).toEqual(["answered", "invalid", "declined"]);
    expect(new Set(questions.map((q) => q.requestId)).size).toBe(3);
    for (const q of questions) expect(q.requestId).toMatch(/^[0-9a-f-]{36}$/);

    // A deploy script that deletes the database under the running bot.
    rmSync(join(work, "data", "ops.db"));
    const unready = await get(port, "/readyz");
    expect(unready.status).toBe(503);
    const body = JSON.parse(unready.body);
    expect(body.status).toBe("unready");
    expect(body.checks.store.ok).toBe(false);
    expect(body.checks.store.error).toMatch(/ops\.db was removed while open; restart the bot/);
    expect(body.checks.briefings).toEqual({ ok: true });
    expect((await get(port, "/healthz")).status).toBe(200);

    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    const lines = bot.logLines();
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(typeof line.level).toBe("string");
      expect(typeof line.msg).toBe("string");
      expect(typeof line.time).toBe("string");
    }
    expect(lines.some((l) => l.msg === "ops: not ready" && l.level === "warn")).toBe(true);
    expect(lines.at(-1)?.msg).toBe("briefbot stopped");
  }, 120_000);
});
