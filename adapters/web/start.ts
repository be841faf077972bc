// The web view for the running bot when BRIEFBOT_WEB=on: the app over the live library and
// engine, as a mount for the bot's HTTP server (beside /healthz, /readyz and /metrics, on
// BRIEFBOT_HTTP_PORT or Bolt's server), and the linker that gives chat citations their links.
import type { CitationLinker } from "../../src/bot/index.ts";
import type { Config } from "../../src/config.ts";
import type { QuestionAnswerer } from "../../src/engine/index.ts";
import { gapLine, groupGaps } from "../../src/gaps/index.ts";
import type { Logger } from "../../src/log.ts";
import { compare, comparisonBlocks } from "../../src/series/index.ts";
import type { Store } from "../../src/store/index.ts";
import { createWebApp, type WebApp, type WebAppOptions } from "./app.ts";
import { createCitationLinker } from "./links.ts";
import { type WebMount, webMount } from "./mount.ts";

export interface WebViewDeps {
  config: Pick<Config, "BRIEFBOT_WEB_TOKEN" | "BRIEFBOT_PUBLIC_URL">;
  library: WebAppOptions["library"];
  engine: QuestionAnswerer;
  logger: Logger;
  /** Where declined questions are recorded; /status lists the most frequent of the last 30 days. */
  store?: Pick<Store, "unansweredSince">;
  /** The time, for the 30 days (injected by tests). */
  now?: () => Date;
}

/** How far back /status looks for unanswered questions. */
const UNANSWERED_DAYS = 30;

export interface RunningWebView {
  app: WebApp;
  /** What the bot's HTTP server serves the pages through. */
  mount: WebMount;
  /** Undefined without BRIEFBOT_PUBLIC_URL: a link needs an address people can reach. */
  citationLink: CitationLinker | undefined;
  stop(): void;
}

/** Builds the web view; the caller mounts `mount` on its HTTP server. */
export function startWebView(deps: WebViewDeps): RunningWebView {
  const { config, logger } = deps;
  const publicUrl = config.BRIEFBOT_PUBLIC_URL;
  const token = config.BRIEFBOT_WEB_TOKEN;
  const app = createWebApp({
    library: deps.library,
    engine: deps.engine,
    token,
    secureCookie: publicUrl?.startsWith("https:") ?? false,
    logger,
    compareRounds: (previous, current, rounds) =>
      comparisonBlocks(compare(previous, current, rounds)),
    ...(deps.store && { unanswered: unansweredFrom(deps.store, deps.now ?? (() => new Date())) }),
  });
  logger.info("web: serving the web view", {
    token: token ? "required" : "none (open to anyone who can reach the port)",
  });
  if (!publicUrl) {
    logger.warn("web: BRIEFBOT_PUBLIC_URL is not set, so chat citations carry no links");
  }
  return {
    app,
    mount: webMount(app),
    citationLink: publicUrl ? createCitationLinker({ publicUrl, token }) : undefined,
    stop: () => app.close(),
  };
}

/** The groups `briefbot gaps` shows, one line each, most frequent first, across every workspace. */
function unansweredFrom(store: Pick<Store, "unansweredSince">, now: () => Date) {
  return async () => {
    const since = new Date(now().getTime() - UNANSWERED_DAYS * 86_400_000).toISOString();
    return groupGaps(await store.unansweredSince(since)).map((gap) => ({
      text: gapLine(gap),
      count: gap.count,
    }));
  };
}
