// The web view as a Hono app: read-only pages over the live library and the engine, behind the
// token when one is set, with a strict Content-Security-Policy and no script at all.
import { readFileSync } from "node:fs";
import { type Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { answerReply, MAX_QUESTION_LENGTH } from "../../src/bot/index.ts";
import type { BriefingProblem } from "../../src/briefing/index.ts";
import type { QuestionAnswerer } from "../../src/engine/index.ts";
import { type Logger, silentLogger } from "../../src/log.ts";
import { bearerToken, SESSION_COOKIE, sameSecret, sessionValue, verifyPath } from "./access.ts";
import { Catalog, type Filters, type WebLibrary } from "./catalog.ts";
import { html, page } from "./html.ts";
import { briefingPage } from "./pages/briefing.ts";
import { indexPage } from "./pages/index.ts";
import { type CompareRounds, seriesPage } from "./pages/series.ts";
import { statusPage, type UnansweredQuestion } from "./pages/status.ts";

/** Every response's policy: nothing runs, nothing loads from elsewhere, nothing frames the page. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const STYLESHEET = readFileSync(new URL("./web.css", import.meta.url), "utf8");

/** What the status page reads from the library besides the briefings (`BriefingLibrary` has it). */
export interface StatusSource {
  problems(): readonly BriefingProblem[];
  lastReload?(): Date | undefined;
  /** The briefings folder: problems name their files relative to it. */
  readonly dir?: string;
}

export interface WebAppOptions {
  library: WebLibrary & StatusSource;
  /** Answers the search box: the engine the bot asks, so the answers are the same. */
  engine: QuestionAnswerer;
  /** When set, every page needs it (or a link signed with it). */
  token?: string | undefined;
  /** Mark the session cookie Secure (the public URL is https). */
  secureCookie?: boolean;
  /** What changed between rounds of a series; without it the timeline shows the rounds only. */
  compareRounds?: CompareRounds;
  /** The most frequent unanswered questions, where something records them. */
  unanswered?: () => Promise<readonly UnansweredQuestion[]> | readonly UnansweredQuestion[];
  logger?: Logger;
}

export interface WebApp {
  /** The Fetch API handler: serve it with @hono/node-server, or mount it on another server. */
  fetch: (request: Request) => Response | Promise<Response>;
  /** Stops following the library. */
  close(): void;
}

/** Builds the web view. */
export function createWebApp(options: WebAppOptions): WebApp {
  const logger = options.logger ?? silentLogger;
  const catalog = new Catalog(options.library);
  const token = options.token;
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
  });

  // The stylesheet holds nothing secret, and a page opened through a signed link needs it.
  app.get("/web.css", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  if (token) {
    const session = sessionValue(token);
    app.use(async (c, next) => {
      if (sameSecret(bearerToken(c.req.header("Authorization")), token)) return next();
      if (sameSecret(getCookie(c, SESSION_COOKIE), session)) return next();
      const url = new URL(c.req.url);
      const given = url.searchParams.get("token");
      if (given !== null && sameSecret(given, token)) {
        // The token leaves the address at once (history, screenshots); a cookie carries the visit.
        setCookie(c, SESSION_COOKIE, session, {
          path: "/",
          httpOnly: true,
          sameSite: "Lax",
          secure: options.secureCookie ?? false,
        });
        url.searchParams.delete("token");
        return c.redirect(`${url.pathname}${url.search}`, 303);
      }
      // A signed link opens the one page it was signed for, and no other.
      if (verifyPath(token, url.pathname, url.searchParams.get("sig") ?? undefined)) return next();
      c.header("WWW-Authenticate", 'Bearer realm="briefbot"');
      return c.html(
        page({
          title: "Sign-in needed",
          body: html`<h1>This page needs the web view's token</h1><p>Open it from a link in a chat answer, or add <code>?token=…</code> to the address.</p>`,
        }),
        401,
      );
    });
  }

  app.get("/", async (c) => {
    const query = (c.req.query("q") ?? "").trim();
    const problems: string[] = [];
    const filters: Filters = {};
    for (const key of ["from", "to"] as const) {
      const value = c.req.query(key)?.trim();
      if (!value) continue;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) filters[key] = value;
      else problems.push(`${key === "from" ? "From" : "To"}: expected a date as YYYY-MM-DD.`);
    }
    for (const key of ["place", "format"] as const) {
      const value = c.req.query(key)?.trim().slice(0, 100);
      if (value) filters[key] = value;
    }
    let answer: ReturnType<typeof answerReply> | undefined;
    if (query.length > MAX_QUESTION_LENGTH) {
      problems.push(`That question is too long: at most ${MAX_QUESTION_LENGTH} characters.`);
    } else if (query) {
      answer = answerReply(options.engine.ask(query), (id) => catalog.get(id));
    }
    const pageNumber = Number.parseInt(c.req.query("page") ?? "1", 10);
    return c.html(
      indexPage({
        query,
        ...(answer && { answer }),
        filters,
        problems,
        matches: catalog.filter(filters),
        total: catalog.newestFirst().length,
        page: Number.isFinite(pageNumber) ? pageNumber : 1,
        formats: catalog.formats(),
      }),
    );
  });

  app.get("/briefings/:id", (c) => {
    const briefing = catalog.get(c.req.param("id"));
    if (!briefing)
      return notFound(c, "No briefing has this id; it may have been removed or renamed.");
    return c.html(briefingPage(briefing));
  });

  app.get("/series/:format", (c) => {
    const series = catalog.series(c.req.param("format"));
    if (!series) return notFound(c, "No briefing has this format.");
    return c.html(seriesPage(series, options.compareRounds));
  });

  app.get("/status", async (c) => {
    const library = options.library;
    const dir = library.dir;
    return c.html(
      statusPage({
        briefings: catalog.newestFirst().length,
        problems: library.problems(),
        fileName: (file) => (dir && file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file),
        lastReload: library.lastReload?.(),
        unanswered: options.unanswered ? await options.unanswered() : undefined,
      }),
    );
  });

  app.notFound((c) => notFound(c, "There is no page at this address."));
  app.onError((error, c) => {
    logger.error("web: a page failed", { error, path: new URL(c.req.url).pathname });
    return c.html(
      page({
        title: "Something went wrong",
        body: html`<h1>Something went wrong</h1><p>The details are in the bot's log for its maintainers.</p>`,
      }),
      500,
    );
  });

  return { fetch: app.fetch, close: () => catalog.close() };
}

function notFound(c: Context, why: string): Response | Promise<Response> {
  return c.html(page({ title: "Not found", body: html`<h1>Not found</h1><p>${why}</p>` }), 404);
}
