// The web view mounted on another Node HTTP server, as the bot's own server on
// BRIEFBOT_HTTP_PORT mounts it beside its health and metrics endpoints.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebApp, type WebApp, webMount } from "../../adapters/web/index.ts";
import { NATO, TOKEN, type WebFixture, webFixture } from "./helpers.ts";

let fixture: WebFixture;
let app: WebApp;
let server: Server;
let base: string;

beforeAll(async () => {
  fixture = await webFixture();
  app = createWebApp({ library: fixture.library, engine: fixture.engine, token: TOKEN });
  const mount = webMount(app);
  // A host server with a route of its own, offering every other request to the mount.
  server = createServer((req, res) => {
    if (req.url === "/healthz") {
      res.end("ok");
      return;
    }
    void mount.handle(req, res).then((served) => {
      if (!served) {
        res.statusCode = 404;
        res.end("host: not found");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  app.close();
  await fixture.close();
});

const auth = { headers: { Authorization: `Bearer ${TOKEN}` } };

describe("the web view mounted on another server", () => {
  it("serves its pages, with their headers and access rules", async () => {
    const page = await fetch(`${base}/briefings/${NATO}`, auth);
    expect(page.status).toBe(200);
    expect(page.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    expect(await page.text()).toContain('<section id="quotes">');
    expect((await fetch(`${base}/status`)).status).toBe(401);
  });

  it("passes other paths and methods back to the host server", async () => {
    expect(await (await fetch(`${base}/healthz`)).text()).toBe("ok");
    expect(await (await fetch(`${base}/metrics`, auth)).text()).toBe("host: not found");
    const post = await fetch(`${base}/status`, { ...auth, method: "POST" });
    expect(await post.text()).toBe("host: not found");
  });
});
