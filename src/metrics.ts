// The metrics port: what the core counts (questions, digests, platform API calls, reloads), with
// no metrics library behind it. The Prometheus implementation lives in src/ops/prometheus.ts and
// is injected at start; everything else gets `noMetrics`.

/** How a question ended: an answer, an honest decline, a refusal of bad input, or a failure. */
export type QuestionOutcome = "answered" | "declined" | "invalid" | "failed";

/** How a digest ended. */
export type DigestOutcome = "posted" | "failed" | "channel_gone";

/** What the index holds right now, read when metrics are collected. */
export interface IndexSize {
  briefings: number;
  facts: number;
}

export interface Metrics {
  /** A question (a free-text question or `ask`) and how long its reply took, in seconds. */
  question(platform: string, outcome: QuestionOutcome, seconds: number): void;
  /** A digest's final outcome, after its retries. */
  digest(platform: string, outcome: DigestOutcome): void;
  /** A platform API call that failed (`code`: the platform's error code or the HTTP status). */
  platformApiError(platform: string, code: string): void;
  /** A platform API call tried again (after a rate limit, a server error or a network failure). */
  platformApiRetry(platform: string): void;
  /** A briefing reload that failed, or a file that a reload found invalid. */
  reloadError(): void;
  /** Where to read the size of the index from (called at each collection). */
  indexSize(read: () => IndexSize): void;
}

/** Metrics that go nowhere: the default of every component. */
export const noMetrics: Metrics = {
  question() {},
  digest() {},
  platformApiError() {},
  platformApiRetry() {},
  reloadError() {},
  indexSize() {},
};
