// The Metrics port in Prometheus terms (prom-client), on a registry of its own so that two bots in
// one process (tests) never share counters. The names are listed in docs/operations.md.
import { createRequire } from "node:module";
import type * as PromClient from "prom-client";
import type { DigestOutcome, IndexSize, Metrics, QuestionOutcome } from "../metrics.ts";

// prom-client loads when metrics are made (by `briefbot start`), not whenever this area is
// imported: the other commands never pay for it.
const require = createRequire(import.meta.url);

/** The Metrics port plus what the /metrics route serves. */
export interface PrometheusMetrics extends Metrics {
  /** The registry, for tests and for anyone adding metrics of their own. */
  readonly registry: PromClient.Registry;
  /** The exposition text of every metric, as /metrics serves it. */
  render(): Promise<string>;
  /** Its content type (text/plain; version=0.0.4). */
  readonly contentType: string;
}

export interface PrometheusOptions {
  /** Platforms whose series start at 0, so a dashboard shows them before the first question. */
  platforms?: readonly string[];
  /** Also collect Node's process metrics (CPU, memory, event loop lag); default true. */
  processMetrics?: boolean;
}

const QUESTION_OUTCOMES: readonly QuestionOutcome[] = ["answered", "declined", "invalid", "failed"];
const DIGEST_OUTCOMES: readonly DigestOutcome[] = ["posted", "failed", "channel_gone"];

/** Answer times: an engine answer takes milliseconds, a reply through a slow store seconds. */
const ANSWER_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Error codes come from the platforms: kept short and plain so the label set stays small. */
function codeLabel(code: string): string {
  return (
    code
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, "_")
      .slice(0, 40) || "unknown"
  );
}

export function createPrometheusMetrics(options: PrometheusOptions = {}): PrometheusMetrics {
  const { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } =
    require("prom-client") as typeof PromClient;
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const questions = new Counter({
    name: "briefbot_questions_total",
    help: "Questions asked, by platform and outcome (answered, declined, invalid, failed)",
    labelNames: ["platform", "outcome"] as const,
    registers,
  });
  const answerSeconds = new Histogram({
    name: "briefbot_answer_duration_seconds",
    help: "Time from a question to its reply, by platform",
    labelNames: ["platform"] as const,
    buckets: ANSWER_BUCKETS,
    registers,
  });
  const digests = new Counter({
    name: "briefbot_digests_total",
    help: "Daily digests by platform and outcome (posted, failed, channel_gone)",
    labelNames: ["platform", "outcome"] as const,
    registers,
  });
  const apiErrors = new Counter({
    name: "briefbot_platform_api_errors_total",
    help: "Platform API calls that failed, by platform and error code or HTTP status",
    labelNames: ["platform", "code"] as const,
    registers,
  });
  const apiRetries = new Counter({
    name: "briefbot_platform_api_retries_total",
    help: "Platform API calls tried again after a rate limit, server error or network failure",
    labelNames: ["platform"] as const,
    registers,
  });
  const reloadErrors = new Counter({
    name: "briefbot_reload_errors_total",
    help: "Briefing reloads that failed, and files a reload found invalid",
    registers,
  });
  let readIndex: (() => IndexSize) | undefined;
  new Gauge({
    name: "briefbot_briefings_indexed",
    help: "Briefings in service",
    registers,
    collect() {
      if (readIndex) this.set(readIndex().briefings);
    },
  });
  new Gauge({
    name: "briefbot_facts_indexed",
    help: "Facts in the engine's index",
    registers,
    collect() {
      if (readIndex) this.set(readIndex().facts);
    },
  });

  for (const platform of options.platforms ?? []) {
    for (const outcome of QUESTION_OUTCOMES) questions.labels(platform, outcome).inc(0);
    for (const outcome of DIGEST_OUTCOMES) digests.labels(platform, outcome).inc(0);
    // The console calls no platform API.
    if (platform !== "console") apiRetries.labels(platform).inc(0);
  }
  reloadErrors.inc(0);

  return {
    registry,
    contentType: registry.contentType,
    render: () => registry.metrics(),
    question(platform, outcome, seconds) {
      questions.labels(platform, outcome).inc();
      answerSeconds.labels(platform).observe(seconds);
    },
    digest(platform, outcome) {
      digests.labels(platform, outcome).inc();
    },
    platformApiError(platform, code) {
      apiErrors.labels(platform, codeLabel(code)).inc();
    },
    platformApiRetry(platform) {
      apiRetries.labels(platform).inc();
    },
    reloadError() {
      reloadErrors.inc();
    },
    indexSize(read) {
      readIndex = read;
    },
  };
}
