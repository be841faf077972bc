// Starts the web view for the running bot when BRIEFBOT_WEB=on: the app over the live library and
// engine, served on BRIEFBOT_HTTP_PORT, and the linker that gives chat citations their links.
import type { CitationLinker } from "../../src/bot/index.ts";
import type { Config } from "../../src/config.ts";
import type { QuestionAnswerer } from "../../src/engine/index.ts";
import type { Logger } from "../../src/log.ts";
import { createWebApp, type WebApp, type WebAppOptions } from "./app.ts";
import { createCitationLinker } from "./links.ts";
import { serveWeb, type WebServer } from "./server.ts";

export interface WebViewDeps {
  config: Pick<Config, "BRIEFBOT_WEB_TOKEN" | "BRIEFBOT_PUBLIC_URL" | "BRIEFBOT_HTTP_PORT">;
  library: WebAppOptions["library"];
  engine: QuestionAnswerer;
  logger: Logger;
  /** Where to listen; all interfaces by default. */
  host?: string;
}

export interface RunningWebView {
  app: WebApp;
  server: WebServer;
  /** Undefined without BRIEFBOT_PUBLIC_URL: a link needs an address people can reach. */
  citationLink: CitationLinker | undefined;
  stop(): Promise<void>;
}

/** Serves the web view; resolves once it listens. */
export async function startWebView(deps: WebViewDeps): Promise<RunningWebView> {
  const { config, logger } = deps;
  const publicUrl = config.BRIEFBOT_PUBLIC_URL;
  const token = config.BRIEFBOT_WEB_TOKEN;
  const app = createWebApp({
    library: deps.library,
    engine: deps.engine,
    token,
    secureCookie: publicUrl?.startsWith("https:") ?? false,
    logger,
  });
  const server = await serveWeb(app, {
    port: config.BRIEFBOT_HTTP_PORT,
    ...(deps.host && { host: deps.host }),
  });
  logger.info(`web: serving the web view on port ${server.address().port}`, {
    token: token ? "required" : "none (open to anyone who can reach the port)",
  });
  if (!publicUrl) {
    logger.warn("web: BRIEFBOT_PUBLIC_URL is not set, so chat citations carry no links");
  }
  return {
    app,
    server,
    citationLink: publicUrl ? createCitationLinker({ publicUrl, token }) : undefined,
    async stop() {
      await server.close();
      app.close();
    },
  };
}
