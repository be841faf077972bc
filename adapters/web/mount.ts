// The web view as a mount on another Node HTTP server (the bot's own server on
// BRIEFBOT_HTTP_PORT, beside /healthz and /metrics): the paths it answers and a (req, res)
// handler that resolves false for any other path, so the server can offer it elsewhere.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";
import type { WebApp } from "./app.ts";

/** The paths the web view serves, as route patterns. */
export const WEB_PATHS = ["/", "/web.css", "/status", "/briefings/:id", "/series/:format"] as const;

const SERVED = [/^\/$/, /^\/web\.css$/, /^\/status$/, /^\/briefings\/[^/]+$/, /^\/series\/[^/]+$/];

export interface WebMount {
  paths: readonly string[];
  methods: readonly string[];
  /** Serves the request and resolves true, or resolves false when the path is not the web view's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/** The web view as a mount: `{ paths, methods, handle }`. */
export function webMount(app: Pick<WebApp, "fetch">): WebMount {
  const listener = getRequestListener(app.fetch);
  return {
    paths: WEB_PATHS,
    methods: ["GET", "HEAD"],
    async handle(req, res) {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (!SERVED.some((pattern) => pattern.test(path))) return false;
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      await listener(req, res);
      return true;
    },
  };
}
