// The web view's pages, access rules and headers, through the app's Fetch handler over the real
// library and engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  createCitationLinker,
  createWebApp,
  sectionAnchor,
  type WebApp,
} from "../../adapters/web/index.ts";
import { HOSTILE, NATO, TOKEN, type WebFixture, webFixture } from "./helpers.ts";

let fixture: WebFixture;
let open: WebApp;
let guarded: WebApp;

beforeAll(async () => {
  fixture = await webFixture({ broken: true });
  open = createWebApp({ library: fixture.library, engine: fixture.engine });
  guarded = createWebApp({ library: fixture.library, engine: fixture.engine, token: TOKEN });
});
afterAll(async () => {
  open.close();
  guarded.close();
  await fixture.close();
});

const get = (app: WebApp, path: string, headers: Record<string, string> = {}) =>
  app.fetch(new Request(`http://127.0.0.1${path}`, { headers }));
const text = async (app: WebApp, path: string) => {
  const res = await get(app, path);
  expect(res.status).toBe(200);
  return res.text();
};

describe("the briefing page", () => {
  it("shows the whole briefing with an anchor for each section, quotes with speakers and sources with links", async () => {
    const page = await text(open, `/briefings/${NATO}`);
    for (const anchor of [
      "details",
      "summary",
      "participants",
      "positions",
      "quotes",
      "next-steps",
      "sources",
    ]) {
      expect(page).toContain(`<section id="${anchor}">`);
    }
    expect(page).toMatch(/<figcaption>— <span class="speaker">Jens Stoltenberg<\/span>/);
    expect(page).toContain('href="/series/nato-russia-council"');
  });

  it("shows hostile HTML in a briefing as text, never as markup", async () => {
    const page = await text(open, `/briefings/${HOSTILE}`);
    expect(page).toContain("&lt;script&gt;window.__pwned");
    expect(page).not.toMatch(/<(script|img|svg|iframe|style|b|i)[\s>]/i);
    expect(page).not.toMatch(/<[^>]*\bid=["']?injected/);
    // The source keeps its link; its hostile title stays text.
    expect(page).toContain(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">Report &lt;a href=javascript:alert(1)&gt;click&lt;/a&gt;</a>',
    );
  });

  it("answers an unknown id with a 404 page that says so", async () => {
    const res = await get(open, "/briefings/no-such-briefing");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("No briefing has this id");
  });
});

describe("the index", () => {
  it("lists the briefings newest first", async () => {
    const page = await text(open, "/");
    expect(page.indexOf("2022-01-26-normandy-format-paris")).toBeLessThan(page.indexOf(NATO));
    expect(page.indexOf(NATO)).toBeLessThan(page.indexOf("2021-07-28-strategic-stability"));
  });

  it("answers a question with a misspelt name as the bot does, citing the section", async () => {
    const page = await text(open, `/?q=${encodeURIComponent("what did Stoltenbreg say?")}`);
    expect(page).toMatch(/<p class="answer-text">Jens Stoltenberg[^<]* said/);
    expect(page).toContain(`href="/briefings/${NATO}#quotes"`);
  });

  it("filters by date, place and format", async () => {
    const geneva = await text(open, "/?place=geneva");
    expect(geneva).toContain("2022-01-10-strategic-stability-dialogue-geneva");
    expect(geneva).not.toContain(`href="/briefings/${NATO}"`);
    const january = await text(open, "/?from=2022-01-11&to=2022-01-13&format=council");
    expect(january).toContain(`href="/briefings/${NATO}"`);
    expect(january).toContain("2022-01-13-osce-permanent-council-vienna");
    expect(january).not.toContain("2022-01-26-normandy-format-paris");
    expect(january).toContain("2 of 7 briefings match the filters");
  });

  it("says which filter it could not read instead of failing", async () => {
    const page = await text(open, "/?from=last+week");
    expect(page).toContain("From: expected a date as YYYY-MM-DD.");
  });
});

describe("the series page", () => {
  it("shows the rounds of a format oldest first, with no changes section without a comparison", async () => {
    const page = await text(open, "/series/strategic-stability-dialogue");
    expect(page.indexOf("2021-07-28")).toBeLessThan(page.indexOf("2022-01-10"));
    expect(page).not.toContain('class="changes"');
  });

  it("shows what changed between rounds when a comparison is provided", async () => {
    const app = createWebApp({
      library: fixture.library,
      engine: fixture.engine,
      compareRounds: (previous, current) => [
        { heading: "Dates", lines: [`${previous.date} → ${current.date}`] },
      ],
    });
    const page = await text(app, "/series/strategic-stability-dialogue");
    app.close();
    expect(page).toContain("What changed since 2021-07-28");
    expect(page).toContain("<li>2021-07-28 → 2022-01-10</li>");
  });
});

describe("the status page", () => {
  it("shows the briefings loaded and each broken file at its line and column with the message", async () => {
    const page = await text(open, "/status");
    expect(page).toContain('<dd id="loaded">7</dd>');
    expect(page).toContain('<code class="place">broken-date.yaml:3:7</code>');
    expect(page).toContain("expected a date as YYYY-MM-DD, found &quot;12 January 2022&quot;");
    expect(page).toMatch(/Last reload<\/dt><dd><time datetime="\d{4}-/);
  });

  it("shows the most frequent unanswered questions when something records them", async () => {
    const app = createWebApp({
      library: fixture.library,
      engine: fixture.engine,
      unanswered: async () => [{ text: "who won <the> vote?", count: 4 }],
    });
    const page = await text(app, "/status");
    app.close();
    expect(page).toContain('who won &lt;the&gt; vote? <span class="muted">(4×)</span>');
  });
});

describe("access with a token", () => {
  it("refuses every page without the token", async () => {
    for (const path of ["/", `/briefings/${NATO}`, "/status", "/series/nato-russia-council"]) {
      const res = await get(guarded, path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
    }
  });

  it("opens pages with the token as a Bearer header, and not with a wrong one", async () => {
    expect((await get(guarded, "/status", { Authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await get(guarded, "/status", { Authorization: "Bearer nope" })).status).toBe(401);
  });

  it("turns ?token= into a session cookie and drops the token from the address", async () => {
    const res = await get(guarded, `/status?token=${TOKEN}&x=1`);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/status?x=1");
    const cookie = res.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(";")[0] ?? "";
    expect((await get(guarded, "/", { Cookie: session })).status).toBe(200);
  });

  it("opens a signed citation link to its briefing only", async () => {
    const link = createCitationLinker({ publicUrl: "https://bot.example.org/", token: TOKEN });
    const url = new URL(link(NATO, "next_steps") ?? "");
    expect(url.hash).toBe("#next-steps");
    expect((await get(guarded, `${url.pathname}${url.search}`)).status).toBe(200);
    const other = `/briefings/${HOSTILE}${url.search}`;
    expect((await get(guarded, other)).status).toBe(401);
    expect((await get(guarded, `/status${url.search}`)).status).toBe(401);
  });

  it("serves the stylesheet without the token, so signed pages are styled", async () => {
    const res = await get(guarded, "/web.css");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/css");
  });
});

describe("every response", () => {
  it("carries the strict Content-Security-Policy and no inline script or style", async () => {
    for (const [app, path] of [
      [open, "/"],
      [open, `/briefings/${NATO}`],
      [open, "/missing"],
      [guarded, "/"],
    ] as const) {
      const res = await get(app, path);
      expect(res.headers.get("Content-Security-Policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
      const body = await res.text();
      expect(body).not.toMatch(/<script|<style|<[a-z][^>]*\s(style|on[a-z]+)=/i);
    }
  });
});

describe("section anchors", () => {
  it("lead the engine's fields and the words replies show to the same place", () => {
    expect(sectionAnchor("next_steps")).toBe("next-steps");
    expect(sectionAnchor("Next steps")).toBe("next-steps");
    expect(sectionAnchor("parties")).toBe("positions");
    expect(sectionAnchor("date")).toBe("details");
    expect(sectionAnchor("nonsense")).toBeUndefined();
  });

  it("give an unsigned link without a token", () => {
    const link = createCitationLinker({ publicUrl: "http://localhost:8080" });
    expect(link(NATO, "quotes")).toBe(`http://localhost:8080/briefings/${NATO}#quotes`);
  });
});
