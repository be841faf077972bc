// `briefbot start` with BRIEFBOT_DATABASE_URL: a bad URL or pool size, or a database that cannot
// be reached, stops the start with one line naming the place, never the password.
import { mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "..", "..");
const fixtures = join(root, "tests", "fixtures", "briefings");
const work = mkdtempSync(join(tmpdir(), "briefbot-pg-start-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function start(env: Record<string, string>) {
  const run = await runCli(["start", "--dir", fixtures], work, { env, stdin: "/quit\n" });
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  return run.stderr;
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe("briefbot start with a PostgreSQL store", () => {
  it("refuses a database URL that is not postgres://, showing it without its password", async () => {
    const stderr = await start({ BRIEFBOT_DATABASE_URL: "mysql://bot:hunter2-secret@db:3306/b" });
    expect(stderr).toBe(
      'briefbot start: BRIEFBOT_DATABASE_URL="mysql://bot:***@db:3306/b": expected a PostgreSQL URL such as postgres://briefbot:PASSWORD@db.example:5432/briefbot\n',
    );
  });

  it("refuses a pool size that is not a whole number from 1 to 100", async () => {
    for (const size of ["0", "101", "ten"]) {
      const stderr = await start({
        BRIEFBOT_DATABASE_URL: "postgres://bot@127.0.0.1/b",
        BRIEFBOT_DATABASE_POOL_SIZE: size,
      });
      expect(stderr).toMatch(
        /^briefbot start: BRIEFBOT_DATABASE_POOL_SIZE=".*": expected a whole number from 1 to 100\n$/,
      );
    }
  });

  it("stops with one line naming host, port and database when nothing listens there", async () => {
    const port = await closedPort();
    const stderr = await start({
      BRIEFBOT_DATABASE_URL: `postgres://bot:hunter2-secret@127.0.0.1:${port}/briefbot`,
    });
    expect(stderr).toBe(
      `briefbot start: cannot open the PostgreSQL store at 127.0.0.1:${port}/briefbot: connection refused (is PostgreSQL running and listening there?)\n`,
    );
  });
});
