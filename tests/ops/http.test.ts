// The operations routes in process: /healthz, /readyz naming the failed check (a store that
// fails or hangs, briefings missing, a platform down, shutdown), /metrics from the Metrics port,
// other mounts beside them, and the same routes on Bolt's server in Slack HTTP mode.
import { afterEach, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../adapters/slack/index.ts";
import { slackAdapterConfig } from "../../adapters/start.ts";
import { loadConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import {
  botReadinessChecks,
  createPrometheusMetrics,
  type HttpMount,
  opsRoutes,
  type ReadinessParts,
  type RunningHttpServer,
  sendJson,
  startHttpServer,
} from "../../src/ops/index.ts";
import { startFakeSlack } from "../slack/fake-slack.ts";
import { createMemoryStore } from "../slack/memory-store.ts";
import { createStubBot } from "../slack/stub-bot.ts";
import { sample } from "./process.ts";

const library = { briefings: () => [{}, {}], problems: () => [] };
const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.close();
});

async function serve(parts: ReadinessParts, extra: HttpMount[] = [], stopping = () => false) {
  const metrics = createPrometheusMetrics({ platforms: parts.platforms, processMetrics: false });
  const server: RunningHttpServer = await startHttpServer({
    port: 0,
    host: "127.0.0.1",
    mounts: [
      opsRoutes({
        checks: () => botReadinessChecks(parts),
        metrics,
        stopping,
        checkTimeoutMs: 300,
        mask: (t) => t.replaceAll("hunter2", "[redacted]"),
      }),
      ...extra,
    ],
  });
  running.push(server);
  const base = `http://127.0.0.1:${server.address().port}`;
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return {
      status: response.status,
      body: await response.text(),
      type: response.headers.get("content-type"),
    };
  };
  return { metrics, get };
}

const healthy = (): ReadinessParts => ({
  platforms: ["console"],
  adapters: [{ platform: "console" }],
  library,
  store: { ping: async () => {} },
});

describe("GET /healthz and /readyz", () => {
  it("answers 200 on both when briefings are loaded, the store answers and every platform is up", async () => {
    const { get } = await serve(healthy());
    expect(await get("/healthz")).toMatchObject({ status: 200, body: '{"status":"ok"}\n' });
    const ready = await get("/readyz");
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({
      status: "ready",
      checks: { briefings: { ok: true }, store: { ok: true }, console: { ok: true } },
    });
  });

  it("answers 503 naming the store when its ping fails, with secrets in the reason hidden", async () => {
    const parts = healthy();
    parts.store = {
      ping: async () => {
        throw new Error("connection to postgres://bot:hunter2@db refused");
      },
    };
    const { get } = await serve(parts);
    const ready = await get("/readyz");
    expect(ready.status).toBe(503);
    const body = JSON.parse(ready.body);
    expect(body.status).toBe("unready");
    expect(body.checks.store).toEqual({
      ok: false,
      error: "connection to postgres://bot:[redacted]@db refused",
    });
    expect(body.checks.briefings).toEqual({ ok: true });
    // Liveness is not readiness: the process still answers.
    expect((await get("/healthz")).status).toBe(200);
  });

  it("answers 503 within its time limit when the store does not answer at all", async () => {
    const parts = healthy();
    parts.store = { ping: () => new Promise<void>(() => {}) };
    const { get } = await serve(parts);
    const ready = await get("/readyz");
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body).checks.store).toEqual({
      ok: false,
      error: "no answer within 300 ms",
    });
  });

  it("answers 503 while briefings load, when none is in service, and when a platform is down", async () => {
    const loading = healthy();
    delete loading.library;
    const { get: getLoading } = await serve(loading);
    expect(JSON.parse((await getLoading("/readyz")).body).checks.briefings).toEqual({
      ok: false,
      error: "still loading",
    });

    const empty = healthy();
    empty.library = { briefings: () => [], problems: () => [{}, {}] };
    const { get: getEmpty } = await serve(empty);
    expect(JSON.parse((await getEmpty("/readyz")).body).checks.briefings.error).toBe(
      "no briefings in service (2 problem(s); run briefbot validate)",
    );

    const down: ReadinessParts = {
      ...healthy(),
      platforms: ["slack", "discord"],
      adapters: [{ platform: "slack", connected: () => false }],
    };
    const { get: getDown } = await serve(down);
    const ready = await getDown("/readyz");
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body).checks).toMatchObject({
      slack: { ok: false, error: "not connected" },
      discord: { ok: false, error: "not started yet" },
    });
  });

  it("answers 503 once shutdown began, so a load balancer stops sending", async () => {
    let stopping = false;
    const { get } = await serve(healthy(), [], () => stopping);
    expect((await get("/readyz")).status).toBe(200);
    stopping = true;
    const ready = await get("/readyz");
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body).checks.shutdown).toEqual({ ok: false, error: "shutting down" });
  });
});

describe("GET /metrics", () => {
  it("serves what the Metrics port counted, in Prometheus text", async () => {
    const { get, metrics } = await serve(healthy());
    const before = await get("/metrics");
    expect(before.type).toContain("text/plain");
    expect(
      sample(before.body, 'briefbot_questions_total{platform="console",outcome="answered"}'),
    ).toBe(0);
    metrics.question("console", "answered", 0.02);
    metrics.question("console", "declined", 0.004);
    metrics.digest("slack", "posted");
    metrics.platformApiError("slack", "not_in_channel");
    metrics.platformApiRetry("discord");
    metrics.reloadError();
    metrics.indexSize(() => ({ briefings: 7, facts: 321 }));
    const after = (await get("/metrics")).body;
    expect(sample(after, 'briefbot_questions_total{platform="console",outcome="answered"}')).toBe(
      1,
    );
    expect(sample(after, 'briefbot_questions_total{platform="console",outcome="declined"}')).toBe(
      1,
    );
    expect(sample(after, 'briefbot_answer_duration_seconds_count{platform="console"}')).toBe(2);
    expect(
      sample(after, 'briefbot_answer_duration_seconds_bucket{le="0.005",platform="console"}'),
    ).toBe(1);
    expect(sample(after, 'briefbot_digests_total{platform="slack",outcome="posted"}')).toBe(1);
    expect(
      sample(after, 'briefbot_platform_api_errors_total{platform="slack",code="not_in_channel"}'),
    ).toBe(1);
    expect(sample(after, 'briefbot_platform_api_retries_total{platform="discord"}')).toBe(1);
    expect(sample(after, "briefbot_reload_errors_total")).toBe(1);
    expect(sample(after, "briefbot_briefings_indexed")).toBe(7);
    expect(sample(after, "briefbot_facts_indexed")).toBe(321);
  });
});

describe("other mounts", () => {
  it("serve their own paths beside the operations routes; an unknown path is a JSON 404", async () => {
    const web: HttpMount = {
      paths: ["/web"],
      async handle(req, res) {
        if (!req.url?.startsWith("/web")) return false;
        sendJson(res, 200, { page: "web" });
        return true;
      },
    };
    const { get } = await serve(healthy(), [web]);
    expect(JSON.parse((await get("/web")).body)).toEqual({ page: "web" });
    expect((await get("/healthz")).status).toBe(200);
    const missing = await get("/nowhere");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ error: "not found" });
  });
});

describe("in Slack HTTP mode", () => {
  it("serves the operations routes on Bolt's own server, beside /slack/events", async () => {
    const fake = await startFakeSlack();
    running.push(fake);
    const metrics = createPrometheusMetrics({ platforms: ["slack"], processMetrics: false });
    const parts: ReadinessParts = { ...healthy(), platforms: ["slack"], adapters: [] };
    const adapter = createSlackAdapter(
      {
        config: slackAdapterConfig(
          loadConfig({
            SLACK_BOT_TOKEN: "xoxb-test-ops",
            SLACK_SIGNING_SECRET: "ops-signing-secret",
            SLACK_API_URL: fake.apiUrl,
          }),
        ),
        bot: createStubBot(),
        store: createMemoryStore(),
        logger: silentLogger,
        metrics,
      },
      {
        host: "127.0.0.1",
        port: 0,
        routes: [opsRoutes({ checks: () => botReadinessChecks(parts), metrics })],
      },
    );
    parts.adapters = [adapter];
    const base = () => `http://127.0.0.1:${adapter.address()?.port}`;
    await adapter.start();
    running.push({ close: () => adapter.stop() });
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { slack: { ok: true } } });
    const text = await (await fetch(`${base()}/metrics`)).text();
    expect(text).toContain('briefbot_questions_total{platform="slack",outcome="answered"} 0');
    // Bolt still answers its own path (an unsigned request is refused, not a 404).
    const events = await fetch(`${base()}/slack/events`, { method: "POST", body: "{}" });
    expect(events.status).toBe(401);
  });
});
