// Operations: the Prometheus metrics, readiness checks, the /healthz, /readyz and /metrics routes
// and the small HTTP server they (and any other route set) mount on.
export { botReadinessChecks, type ReadinessParts } from "./checks.ts";
export {
  type HttpHandler,
  type HttpMount,
  type HttpServerOptions,
  pathOf,
  type RunningHttpServer,
  send,
  sendJson,
  serveWith,
  startHttpServer,
} from "./http.ts";
export {
  createPrometheusMetrics,
  type PrometheusMetrics,
  type PrometheusOptions,
} from "./prometheus.ts";
export {
  type CheckResult,
  DEFAULT_CHECK_TIMEOUT_MS,
  type ReadinessCheck,
  type ReadinessReport,
  runReadiness,
} from "./readiness.ts";
export { OPS_PATHS, type OpsRoutesOptions, opsRoutes } from "./routes.ts";
