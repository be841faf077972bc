// The PostgreSQL store on a real, throwaway PostgreSQL (tests/helpers/postgres-cluster.ts): the
// shared contract, migrations under an advisory lock, claims racing across connections, the pool
// bound, and one clear line (no password) when the database cannot be reached.
import { type AddressInfo, createServer, type Socket } from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openPostgresStore, openStore, POSTGRES_MIGRATIONS } from "../../src/store/index.ts";
import { createTestDatabase, postgresCluster } from "../helpers/postgres.ts";
import { describeStoreContract } from "./contract.ts";

describeStoreContract("PostgreSQL", async () => openPostgresStore(await createTestDatabase()));

async function sql<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const general = { platform: "slack", workspace: "T1", channel: "C1" } as const;

describe("openPostgresStore", () => {
  it("applies every migration once when several instances start at once", async () => {
    const url = await createTestDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
    await Promise.all(stores.map((s) => s.close()));
    const rows = await sql<{ version: number }>(
      url,
      "SELECT version FROM migrations ORDER BY version",
    );
    expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    // And a restart applies nothing again.
    await (await openPostgresStore(url)).close();
    expect(await sql(url, "SELECT version FROM migrations")).toHaveLength(rows.length);
  });

  it("lets one of several instances claim a digest or a key, when their claims race", async () => {
    const url = await createTestDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
    try {
      const deliveries = await Promise.all(
        stores.flatMap((s) =>
          Array.from({ length: 5 }, () =>
            s.claimDelivery(general, "2022-01-12", false, "2022-01-12T07:00:00Z"),
          ),
        ),
      );
      expect(deliveries.filter(Boolean)).toHaveLength(1);
      const claims = await Promise.all(
        stores.flatMap((s) =>
          Array.from({ length: 5 }, () =>
            s.claimOnce("slack:event:Ev1", "2022-01-12T10:00:00Z", "2022-01-12T11:00:00Z"),
          ),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      // What one instance writes, the others read.
      await stores[0]?.addPin({
        channel: general,
        briefing: "a",
        pinnedAt: "2022-01-12T10:00:00Z",
      });
      expect((await stores[3]?.pins(general))?.map((p) => p.briefing)).toEqual(["a"]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("opens no more connections than its pool size, however many calls wait", async () => {
    const url = await createTestDatabase("pool");
    const store = await openStore({ databaseUrl: url, sqlitePath: "unused.db", poolSize: 2 });
    try {
      const name = new URL(url).pathname.slice(1);
      let most = 0;
      await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          await store.addPin({
            channel: general,
            briefing: `b${i}`,
            pinnedAt: "2022-01-12T10:00:00Z",
          });
          const [row] = await sql<{ n: string }>(
            postgresCluster().adminUrl,
            "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1",
            [name],
          );
          most = Math.max(most, Number(row?.n));
        }),
      );
      expect(await store.pins(general)).toHaveLength(40);
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(2);
    } finally {
      await store.close();
    }
  });

  it("names host and port, and never the password, when the server cannot be reached", async () => {
    const { password } = postgresCluster();
    // A port nothing listens on: bind one and let it go.
    const closed = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const url = `postgres://briefbot:${password}@127.0.0.1:${closed}/briefbot`;
    const failure = await openPostgresStore(url).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toBe(
      `cannot open the PostgreSQL store at 127.0.0.1:${closed}/briefbot: connection refused (is PostgreSQL running and listening there?)`,
    );
    expect(failure?.message).not.toContain(password);
  });

  it("says the connection timed out when the server never answers, within the connect timeout", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => {
      sockets.push(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const failure = await openPostgresStore(`postgres://bot:pw-123456@127.0.0.1:${port}/b`, {
        connectTimeoutMs: 300,
      }).then(
        () => undefined,
        (error: unknown) => error as Error,
      );
      expect(failure?.message).toBe(
        `cannot open the PostgreSQL store at 127.0.0.1:${port}/b: the connection timed out`,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("says the password was refused, without printing it", async () => {
    const { host, port } = postgresCluster();
    const url = `postgres://postgres:wrong-secret-123@${host}:${port}/postgres`;
    const failure = await openPostgresStore(url).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toBe(
      `cannot open the PostgreSQL store at ${host}:${port}/postgres: password authentication failed`,
    );
    expect(failure?.message).not.toContain("wrong-secret-123");
  });

  it("reports a database that went away on the next call, naming it", async () => {
    const url = await createTestDatabase("gone");
    const store = await openPostgresStore(url);
    const name = new URL(url).pathname.slice(1);
    await sql(postgresCluster().adminUrl, `DROP DATABASE ${name} WITH (FORCE)`);
    await expect(store.ping()).rejects.toThrow(new RegExp(`PostgreSQL store at .*/${name} failed`));
    await store.close();
  });
});
