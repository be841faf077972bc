// Graceful shutdown of the real `briefbot start` in Slack HTTP mode: on SIGTERM /readyz turns 503
// at once, the answer in flight (held up by a rate limit) is still posted, then the process exits 0.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack.ts";
import { eventEnvelope, send } from "../slack/payloads.ts";
import { cleanEnv, fixtures, get, type RunningProcess, startProcess } from "./process.ts";

const SIGNING = "shutdown-signing-secret-1234";
const work = mkdtempSync(join(tmpdir(), "briefbot-shutdown-"));
let fake: FakeSlack | undefined;
const started: RunningProcess[] = [];
afterAll(async () => {
  for (const p of started) p.child.kill("SIGKILL");
  await fake?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("GIVEN a Slack answer in flight when SIGTERM arrives", () => {
  it("THEN /readyz answers 503 while it drains, the answer is posted, and the process exits 0", async () => {
    fake = await startFakeSlack();
    const bot = startProcess(
      ["--dir", fixtures, "--store", "data/shutdown.db"],
      work,
      cleanEnv({
        SLACK_BOT_TOKEN: "xoxb-shutdown-test-token",
        SLACK_SIGNING_SECRET: SIGNING,
        SLACK_API_URL: fake.apiUrl,
        PORT: "0",
        BRIEFBOT_HTTP_PORT: "0",
      }),
    );
    started.push(bot);
    const up = await bot.waitForLog((l) => l.msg === "briefbot started");
    const ops = up.httpPort as number;
    const slack = (await bot.waitForLog((l) => l.msg === "slack: listening for events"))
      .port as number;
    expect(ops).not.toBe(slack);
    expect((await get(ops, "/readyz")).status).toBe(200);

    // Slack holds the answer's post back for 3 seconds.
    fake.rateLimit("chat.postMessage", 1, 3);
    const mention = eventEnvelope("app-mention.json", {
      text: "<@U0LAN0Z89> who led the russian delegation in geneva?",
    });
    expect((await send(`http://127.0.0.1:${slack}`, mention, { secret: SIGNING })).status).toBe(
      200,
    );
    await fake.waitFor((calls) => calls.some((c) => c.status === 429), 20_000);

    bot.child.kill("SIGTERM");
    await bot.waitForLog((l) => l.msg === "start: SIGTERM received, stopping");
    const draining = await get(ops, "/readyz");
    expect(draining.status).toBe(503);
    expect(JSON.parse(draining.body).checks.shutdown).toEqual({
      ok: false,
      error: "shutting down",
    });
    expect(fake.ok("chat.postMessage")).toHaveLength(0);

    expect(await bot.exited).toBe(0);
    const posted = fake.ok("chat.postMessage");
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]?.body)).toContain("Ryabkov");
    expect(bot.logLines().at(-1)?.msg).toBe("briefbot stopped");
  }, 120_000);
});
