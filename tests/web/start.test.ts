// `briefbot start` with BRIEFBOT_WEB=on: the web view served beside the console chat, whose
// answers cite briefings with signed links that open on the running server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { startBriefbot } from "../../adapters/start.ts";
import { NATO, TOKEN } from "./helpers.ts";

const root = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "briefbot-web-start-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function start(extra: Record<string, string>) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let printed = "";
  stdout.on("data", (c: Buffer) => {
    printed += c.toString();
  });
  const running = await startBriefbot({
    env: { BRIEFBOT_ADAPTERS: "console", BRIEFBOT_HTTP_PORT: "0", ...extra },
    flags: { dir: join(root, "briefings"), store: join(work, `${Object.keys(extra).length}.db`) },
    cwd: work,
    stdin,
    stdout,
    handleSignals: false,
    httpHost: "127.0.0.1",
    writeLog: () => {},
  });
  return { running, stdin, printed: () => printed };
}

describe("briefbot start with the web view", () => {
  it("serves the web view beside /healthz on BRIEFBOT_HTTP_PORT and gives console answers a signed link that opens the cited section", async () => {
    const { running, stdin, printed } = await start({
      BRIEFBOT_WEB: "on",
      BRIEFBOT_WEB_TOKEN: TOKEN,
      BRIEFBOT_PUBLIC_URL: "https://briefbot.example.org",
    });
    expect(running.web).toBeDefined();
    const port = running.httpPort();
    expect(port).toBeGreaterThan(0);
    // One server: the pages beside the operations routes.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    stdin.write("what did Stoltenberg say?\n");
    await expect.poll(printed, { timeout: 10_000 }).toContain("Read: ");
    const link = /Read: (\S+)/.exec(printed())?.[1] ?? "";
    expect(link).toMatch(
      new RegExp(`^https://briefbot\\.example\\.org/briefings/${NATO}\\?sig=[\\w-]+#quotes$`),
    );
    const local = link.replace("https://briefbot.example.org", `http://127.0.0.1:${port}`);
    const page = await fetch(local);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<section id="quotes">');
    expect((await fetch(`http://127.0.0.1:${port}/status`)).status).toBe(401);
    stdin.end("/quit\n");
    await running.done;
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it("serves nothing and links nothing unless BRIEFBOT_WEB=on", async () => {
    const { running, stdin, printed } = await start({
      BRIEFBOT_PUBLIC_URL: "https://briefbot.example.org",
    });
    expect(running.web).toBeUndefined();
    stdin.write("what did Stoltenberg say?\n");
    await expect.poll(printed, { timeout: 10_000 }).toContain("Source: ");
    expect(printed()).not.toContain("Read: ");
    stdin.end("/quit\n");
    await running.done;
  });
});
