// Serves the web view on BRIEFBOT_HTTP_PORT with @hono/node-server. Small on purpose: the app is a
// Fetch handler, so the bot's one HTTP server can mount it beside /healthz and /metrics instead.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { WebApp } from "./app.ts";

export interface WebServer {
  /** The address it listens on (port 0 picks a free one). */
  address(): AddressInfo;
  close(): Promise<void>;
}

/** Starts serving `app`; resolves once it listens. */
export function serveWeb(
  app: Pick<WebApp, "fetch">,
  options: { port: number; host?: string },
): Promise<WebServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host ?? "0.0.0.0" },
      () => {
        server.off("error", reject);
        resolve({
          address: () => server.address() as AddressInfo,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // Keep-alive connections from browsers would hold the close open.
              if ("closeAllConnections" in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once("error", reject);
  });
}
