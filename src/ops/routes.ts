// The operations routes: GET /healthz (the process answers), GET /readyz (briefings loaded,
// store reachable, platforms connected; 503 naming the failed check) and GET /metrics.
import type { Logger } from "../log.ts";
import { silentLogger } from "../log.ts";
import { type HttpMount, pathOf, send, sendJson } from "./http.ts";
import { type ReadinessCheck, runReadiness } from "./readiness.ts";

export interface OpsRoutesOptions {
  /** The readiness checks, run on each GET /readyz. */
  checks: () => readonly ReadinessCheck[];
  /** The metrics exposition and its content type. */
  metrics: { render(): Promise<string>; contentType: string };
  /** Hides secrets in a failed check's reason (the logger's mask). */
  mask?: (text: string) => string;
  /** True once shutdown began: /readyz answers 503 so a load balancer stops sending. */
  stopping?: () => boolean;
  logger?: Logger;
  /** Per-check time limit, ms. */
  checkTimeoutMs?: number;
}

export const OPS_PATHS = ["/healthz", "/readyz", "/metrics"] as const;

export function opsRoutes(options: OpsRoutesOptions): HttpMount {
  const logger = options.logger ?? silentLogger;
  const mask = options.mask ?? ((text: string) => text);
  let lastFailed = "";
  return {
    paths: OPS_PATHS,
    async handle(req, res) {
      switch (pathOf(req)) {
        case "/healthz":
          sendJson(res, 200, { status: "ok" });
          return true;
        case "/readyz": {
          if (options.stopping?.()) {
            sendJson(res, 503, {
              status: "unready",
              checks: { shutdown: { ok: false, error: "shutting down" } },
            });
            return true;
          }
          const report = await runReadiness(options.checks(), options.checkTimeoutMs);
          for (const result of Object.values(report.checks)) {
            if (result.error) result.error = mask(result.error);
          }
          const failed = Object.entries(report.checks)
            .filter(([, r]) => !r.ok)
            .map(([name]) => name)
            .join(",");
          // Said once per change, not on every probe.
          if (failed !== lastFailed) {
            if (failed) logger.warn("ops: not ready", { failed: report.checks });
            else logger.info("ops: ready");
            lastFailed = failed;
          }
          sendJson(res, report.ready ? 200 : 503, {
            status: report.ready ? "ready" : "unready",
            checks: report.checks,
          });
          return true;
        }
        case "/metrics":
          send(res, 200, options.metrics.contentType, await options.metrics.render());
          return true;
        default:
          return false;
      }
    },
  };
}
