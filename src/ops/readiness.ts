// Readiness: named checks (briefings loaded, store reachable, platforms connected), each bounded
// in time, so /readyz says which one failed instead of hanging on a store that does not answer.

/** One check: resolves when fine, throws (or rejects) with the reason when not. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void> | void;
}

export interface CheckResult {
  ok: boolean;
  /** Why it failed, in one line. */
  error?: string;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

/** How long one check may take before it counts as failed. */
export const DEFAULT_CHECK_TIMEOUT_MS = 2000;

/** Runs every check at once; ready when all pass within `timeoutMs` each. */
export async function runReadiness(
  checks: readonly ReadinessCheck[],
  timeoutMs = DEFAULT_CHECK_TIMEOUT_MS,
): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }): Promise<[string, CheckResult]> => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          Promise.resolve().then(check),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${timeoutMs} ms`)),
              timeoutMs,
            );
          }),
        ]);
        return [name, { ok: true }];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return [name, { ok: false, error: message.split("\n")[0]?.slice(0, 300) ?? "failed" }];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ready: results.every(([, r]) => r.ok), checks: Object.fromEntries(results) };
}
