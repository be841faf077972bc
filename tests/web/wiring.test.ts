// The web view as `briefbot start` builds it: the series page shows src/series' comparison of
// each round with the one before, and /status the gaps the store recorded, grouped as
// `briefbot gaps` groups them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebView } from "../../adapters/web/start.ts";
import { silentLogger } from "../../src/log.ts";
import type { UnansweredQuestion } from "../../src/store/index.ts";
import { type WebFixture, webFixture } from "./helpers.ts";

const NOW = new Date("2022-01-20T12:00:00Z");
const channel = { platform: "slack", workspace: "T1", channel: "C1" } as const;
const declined = (question: string, missing: string[], daysAgo: number): UnansweredQuestion => ({
  at: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(),
  channel,
  kind: "declined",
  question,
  missing,
});

let fixture: WebFixture;
beforeAll(async () => {
  fixture = await webFixture();
});
afterAll(() => fixture.close());

function view() {
  const records = [
    declined("what did Lukashenko say?", ["Lukashenko"], 1),
    declined("did lukashenko attend?", ["Lukashenko"], 2),
    declined("what about Warsaw?", ["Warsaw"], 3),
    declined("what about the Arctic?", ["Arctic"], 45),
  ];
  return startWebView({
    config: { BRIEFBOT_WEB_TOKEN: undefined, BRIEFBOT_PUBLIC_URL: undefined },
    library: fixture.library,
    engine: fixture.engine,
    logger: silentLogger,
    now: () => NOW,
    store: {
      unansweredSince: async (since) => records.filter((r) => r.at >= since),
    },
  });
}

async function page(path: string): Promise<string> {
  const running = view();
  try {
    const response = await running.app.fetch(new Request(`http://localhost${path}`));
    expect(response.status).toBe(200);
    return await response.text();
  } finally {
    running.stop();
  }
}

describe("the web view as the bot starts it", () => {
  it("shows what changed between the rounds of a series, from the series comparison", async () => {
    const html = await page("/series/strategic-stability-dialogue");
    expect(html).toContain('class="changes"');
    expect(html).toContain("What changed since 2021-07-28");
  });

  it("lists the last 30 days' unanswered questions on /status, grouped by what was missing, most frequent first", async () => {
    const html = await page("/status");
    const lukashenko = html.indexOf("“Lukashenko”");
    const warsaw = html.indexOf("“Warsaw”");
    expect(lukashenko).toBeGreaterThan(-1);
    expect(warsaw).toBeGreaterThan(lukashenko);
    expect(html).not.toContain("Arctic");
  });
});
