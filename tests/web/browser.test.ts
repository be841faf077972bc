// The web view in a real headless Chromium: a cited link from a Slack answer, the search box, a
// hostile briefing, the editors' status page, a phone-sized screen and the printed handout.
// Screenshots of each page are kept under test-artifacts/web/ (git-ignored).
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createCitationLinker,
  createWebApp,
  serveWeb,
  type WebApp,
  type WebServer,
} from "../../adapters/web/index.ts";
import type { Store } from "../../src/store/types.ts";
import { testBot } from "../bot/helpers.ts";
import { type Harness, startHarness } from "../slack/harness.ts";
import { send, slashCommand } from "../slack/payloads.ts";
import { launchChromium } from "./chromium.ts";
import { HOSTILE, NATO, TOKEN, type WebFixture, webFixture } from "./helpers.ts";

// The few browser globals the in-page checks use (this project's TypeScript has no DOM library).
interface InPageElement {
  id: string;
  textContent: string | null;
  getBoundingClientRect(): { top: number };
}
declare const window: { innerHeight: number; __pwned?: unknown };
declare const document: {
  body: InPageElement;
  documentElement: { scrollWidth: number; clientWidth: number };
  querySelector(selector: string): InPageElement | null;
  querySelectorAll(selector: string): { length: number };
};
declare function getComputedStyle(
  element: InPageElement | null,
  pseudo?: string,
): { display: string; content: string };

const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-artifacts", "web");

let fixture: WebFixture;
let app: WebApp;
let server: WebServer;
let base: string;
let slack: Harness;
let store: Store;
let browser: Browser;
/** A browser that has signed in with `?token=` (a session cookie). */
let signedIn: BrowserContext;

const link = (id: string, section?: string) =>
  createCitationLinker({ publicUrl: base, token: TOKEN })(id, section) ?? "";

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  fixture = await webFixture({ broken: true });
  app = createWebApp({ library: fixture.library, engine: fixture.engine, token: TOKEN });
  server = await serveWeb(app, { port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${server.address().port}`;
  const test = await testBot({
    briefings: fixture.library.briefings(),
    engine: fixture.engine,
    citationLink: createCitationLinker({ publicUrl: base, token: TOKEN }),
  });
  store = test.store;
  slack = await startHarness(test.bot, store);
  signedIn = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await signedIn.newPage();
  const res = await page.goto(`${base}/?token=${TOKEN}`);
  expect(res?.status()).toBe(200);
  expect(page.url()).toBe(`${base}/`);
  await page.close();
}, 60_000);

afterAll(async () => {
  await signedIn?.close();
  await browser?.close();
  await slack?.close();
  await store?.close();
  await server?.close();
  app?.close();
  await fixture?.close();
});

/** Script errors and dialogs seen by the pages of a test: an injected script that ran. */
let incidents: string[] = [];
beforeEach(() => {
  incidents = [];
});
afterEach(() => {
  expect(incidents).toEqual([]);
});

/** A page whose script errors and dialogs are recorded (and fail the test). */
async function watchedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => incidents.push(`script error: ${error.message}`));
  page.on("dialog", (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

/** The id of the section the address points at, and whether its heading is on screen. */
async function landedOn(page: Page): Promise<{ id: string | undefined; onScreen: boolean }> {
  return page.evaluate(() => {
    const target = document.querySelector(":target");
    const top = target?.getBoundingClientRect().top ?? Number.NaN;
    return { id: target?.id, onScreen: top >= -1 && top < window.innerHeight / 2 };
  });
}

describe("the web view in Chromium", { timeout: 30_000 }, () => {
  it("opens the cited link of a Slack answer on the cited section of the briefing", async () => {
    const res = await send(
      slack.baseUrl,
      slashCommand({
        text: "ask what did Stoltenberg say?",
        response_url: slack.fake.responseUrl(),
      }),
    );
    expect(res.status).toBe(200);
    await slack.fake.waitFor(() => slack.fake.ok("chat.postMessage").length > 0);
    const posted = JSON.stringify(slack.fake.ok("chat.postMessage")[0]?.body.blocks);
    const cited = new RegExp(`<(${base.replace(/[.:/]/g, "\\$&")}/briefings/[^|>]+)\\|`).exec(
      posted,
    );
    expect(cited, posted).not.toBeNull();
    const url = cited?.[1] ?? "";
    expect(url).toContain(`/briefings/${NATO}?sig=`);

    // A fresh browser, as a reader tapping the link in Slack: the signed link is all it has.
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await watchedPage(context);
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(await landedOn(page)).toEqual({ id: "quotes", onScreen: true });
    await expect(page.locator("#quotes .speaker").first().textContent()).resolves.toBe(
      "Jens Stoltenberg",
    );
    await shot(page, "briefing-from-slack-citation");
    // The signature opens that briefing only.
    expect((await page.goto(`${base}/status`))?.status()).toBe(401);
    await context.close();
  });

  it("answers a search for a misspelt name with the cited answer, whose citation opens the section", async () => {
    const page = await watchedPage(signedIn);
    await page.goto(`${base}/`);
    await page.fill("#q", "what did Stoltenbreg say?");
    await Promise.all([page.waitForURL(/\?q=/), page.click("form.search button[type=submit]")]);
    await expect(page.locator(".answer-text").textContent()).resolves.toContain("Jens Stoltenberg");
    const citation = page.locator("a.citation").first();
    await expect(citation.getAttribute("href")).resolves.toBe(`/briefings/${NATO}#quotes`);
    await shot(page, "search-answer");
    await citation.click();
    await page.waitForURL(`${base}/briefings/${NATO}#quotes`);
    expect((await landedOn(page)).id).toBe("quotes");
    await page.close();
  });

  it("shows a briefing full of hostile HTML as text: no script runs and no element is injected", async () => {
    const context = await browser.newContext();
    const page = await watchedPage(context);
    expect((await page.goto(link(HOSTILE)))?.status()).toBe(200);
    const found = await page.evaluate(() => ({
      pwned: window.__pwned,
      injected: document.querySelectorAll("script, img, svg, iframe, style, b, i, #injected")
        .length,
      title: document.querySelector("h1")?.textContent,
      bodyShown: getComputedStyle(document.body).display,
    }));
    expect(found).toEqual({
      pwned: undefined,
      injected: 0,
      title: "Talks <script>window.__pwned = 'title'</script> & <b id=injected>bold</b>",
      bodyShown: "block",
    });
    await expect(page.locator("#quotes .speaker").textContent()).resolves.toContain("<svg onload=");
    await shot(page, "hostile-briefing");
    await context.close();
  });

  it("shows the editors a broken file at its line and column with the message", async () => {
    const page = await watchedPage(signedIn);
    await page.goto(`${base}/status`);
    const row = page.locator("table.problems tr", { hasText: "broken-date.yaml" });
    await expect(row.locator("code.place").textContent()).resolves.toBe("broken-date.yaml:3:7");
    await expect(row.textContent()).resolves.toContain(
      'expected a date as YYYY-MM-DD, found "12 January 2022"',
    );
    await expect(page.locator("#loaded").textContent()).resolves.toBe("7");
    await shot(page, "status");
    await page.close();
  });

  it("fits every page in a 375-pixel-wide phone screen without sideways scrolling", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await watchedPage(phone);
    await page.goto(`${base}/?token=${TOKEN}`);
    const pages: Record<string, string> = {
      index: "/",
      search: `/?q=${encodeURIComponent("what did Stoltenbreg say?")}&place=Brussels`,
      briefing: `/briefings/${NATO}`,
      hostile: `/briefings/${HOSTILE}`,
      series: "/series/strategic-stability-dialogue",
      status: "/status",
    };
    for (const [name, path] of Object.entries(pages)) {
      expect((await page.goto(`${base}${path}`))?.status(), path).toBe(200);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, `${path} is ${widths.scroll}px wide`).toBeLessThanOrEqual(
        widths.client,
      );
      await shot(page, `phone-${name}`);
    }
    await phone.close();
  });

  it("prints a briefing as a clean handout: no navigation or forms, source addresses written out", async () => {
    const page = await watchedPage(signedIn);
    await page.goto(`${base}/briefings/${HOSTILE}`);
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector("header.site")).display,
      contents: getComputedStyle(document.querySelector("nav.contents")).display,
      sourceAddress: getComputedStyle(document.querySelector("ol.sources a"), "::after").content,
    }));
    expect(printed).toEqual({
      header: "none",
      contents: "none",
      sourceAddress: '" (https://example.org/a?b=1&c=2)"',
    });
    await page.pdf({ path: join(ARTIFACTS, "briefing-handout.pdf"), format: "A4" });
    await page.close();
  });
});
