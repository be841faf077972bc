// A full session of the real `briefbot start` with every secret configured: Slack in HTTP mode
// against the fake Slack (a mention, a DM, a slash command, a failed and a rate-limited post)
// and the console chat, at LOG_LEVEL=debug. Every log line is one JSON object, the platform API
// counters move, and no configured token or secret appears anywhere in what the process wrote.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack.ts";
import { eventEnvelope, send, slashCommand } from "../slack/payloads.ts";
import {
  cleanEnv,
  fixtures,
  get,
  opsPort,
  type RunningProcess,
  sample,
  startProcess,
} from "./process.ts";

const SECRETS = {
  SLACK_BOT_TOKEN: "xoxb-4242-ops-test-Z9y8X7w6V5u4",
  SLACK_SIGNING_SECRET: "0ps-signing-4f3e2d1c0b9a8f7e6d5c",
  SLACK_CLIENT_SECRET: "client-secret-9a8b7c6d5e4f3a2b",
  SLACK_STATE_SECRET: "state-secret-1f2e3d4c5b6a7980",
  DISCORD_TOKEN: "MTA-discord.token-Gh1Jk2Lm3Np4",
};

const work = mkdtempSync(join(tmpdir(), "briefbot-secrets-"));
let fake: FakeSlack | undefined;
const started: RunningProcess[] = [];
afterAll(async () => {
  for (const p of started) p.child.kill("SIGKILL");
  await fake?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("GIVEN a full session with every token and secret configured", () => {
  it("THEN every log line is a JSON object, the Slack counters move, and no secret appears in any output", async () => {
    fake = await startFakeSlack();
    // Someone pasted each secret into a briefing: the loader's problem lines quote the bad value.
    const dir = join(work, "briefings");
    cpSync(fixtures, dir, { recursive: true });
    for (const [i, value] of Object.values(SECRETS).entries()) {
      writeFileSync(
        join(dir, `2022-02-0${i + 1}-pasted.yaml`),
        `id: pasted-${i}\ntitle: Talks\ndate: ${value}\nsummary: s\nsources:\n  - title: x\n`,
      );
    }
    const bot = startProcess(
      ["--dir", dir, "--store", "data/secrets.db"],
      work,
      cleanEnv({
        ...SECRETS,
        BRIEFBOT_ADAPTERS: "slack,console",
        SLACK_API_URL: fake.apiUrl,
        PORT: "0",
        LOG_LEVEL: "debug",
      }),
    );
    started.push(bot);
    // No BRIEFBOT_HTTP_PORT: in Slack HTTP mode the ops routes share Bolt's port.
    const port = await opsPort(bot);
    const base = `http://127.0.0.1:${port}`;
    const options = { secret: SECRETS.SLACK_SIGNING_SECRET };

    // The console: commands, a question, and a question that quotes a secret.
    bot.child.stdin.write(
      `/help\nwho led the russian delegation in geneva?\n/pin 2022-01-10-strategic-stability-dialogue-geneva\nis ${SECRETS.SLACK_BOT_TOKEN} the token?\n`,
    );

    // Slack: a mention that quotes secrets, a DM, a slash command answered through response_url.
    const mention = eventEnvelope("app-mention.json", {
      text: `<@U0LAN0Z89> what did Stoltenberg say? ${SECRETS.SLACK_SIGNING_SECRET} ${SECRETS.DISCORD_TOKEN}`,
    });
    expect((await send(base, mention, options)).status).toBe(200);
    await fake.waitFor(() => fake?.ok("chat.postMessage").length === 1, 20_000);
    expect((await send(base, eventEnvelope("message-im.json"), options)).status).toBe(200);
    await fake.waitFor(() => fake?.ok("chat.postMessage").length === 2, 20_000);
    const command = slashCommand({ text: "pins", response_url: fake.responseUrl("r1") });
    expect((await send(base, command, options)).status).toBe(200);
    await fake.waitFor(() => fake?.ok("chat.postMessage").length === 3, 20_000);

    // A post Slack refuses, then one it rate-limits once (retried after Retry-After).
    fake.fail("chat.postMessage", "not_in_channel");
    expect((await send(base, eventEnvelope("app-mention.json"), options)).status).toBe(200);
    await bot.waitForLog((l) => l.msg === "slack: answering a question failed", 20_000);
    fake.rateLimit("chat.postMessage", 1, 1);
    expect((await send(base, eventEnvelope("app-mention.json"), options)).status).toBe(200);
    // Recorded with status 200: the mention, the DM, /brief pins, the refused post, the retried one.
    await fake.waitFor(() => fake?.ok("chat.postMessage").length === 5, 20_000);

    const metrics = (await (await fetch(`${base}/metrics`)).text()).toString();
    // The DM is answered; the mentions ask about someone the fixtures do not know.
    expect(sample(metrics, 'briefbot_questions_total{platform="slack",outcome="answered"}')).toBe(
      1,
    );
    expect(sample(metrics, 'briefbot_questions_total{platform="slack",outcome="declined"}')).toBe(
      3,
    );
    expect(
      sample(metrics, 'briefbot_platform_api_errors_total{platform="slack",code="not_in_channel"}'),
    ).toBe(1);
    expect(
      sample(metrics, 'briefbot_platform_api_errors_total{platform="slack",code="ratelimited"}'),
    ).toBe(1);
    expect(sample(metrics, 'briefbot_platform_api_retries_total{platform="slack"}')).toBe(1);
    expect((await get(port, "/readyz")).status).toBe(200);

    // The Slack question's log lines share one request id, from the adapter through the bot.
    const failed = bot.logLines().find((l) => l.msg === "slack: answering a question failed");
    expect(typeof failed?.requestId).toBe("string");
    expect(
      bot.logLines().some((l) => l.msg === "bot: question" && l.requestId === failed?.requestId),
    ).toBe(true);

    bot.child.stdin.end("/quit\n");
    expect(await bot.exited).toBe(0);

    const lines = bot.logLines();
    expect(lines.length).toBeGreaterThan(20);
    const pasted = lines.filter((l) =>
      /pasted\.yaml:3:7: date: expected a date/.test(String(l.msg)),
    );
    expect(pasted).toHaveLength(5);
    for (const line of pasted) expect(line.msg).toMatch(/found "\[redacted\]"$/);
    expect(lines.some((l) => l.level === "debug")).toBe(true);
    const everything = `${bot.stdout()}\n${bot.stderr()}`;
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(everything.includes(value), `${name} appears in the output`).toBe(false);
    }
    // What Slack was sent is not the log's business either: its bot token went only to Slack.
    expect(fake.calls.some((c) => c.token === SECRETS.SLACK_BOT_TOKEN)).toBe(true);
  }, 180_000);
});
