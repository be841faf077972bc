// Per-test-file databases on the throwaway cluster started by tests/helpers/postgres-cluster.ts:
// each call makes a new, empty database (CREATE DATABASE), so files and tests run in parallel.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/** The cluster's connection details; throws the setup's one-line problem when there is none. */
export function postgresCluster() {
  const cluster = inject("postgres");
  if (!cluster.ok) throw new Error(cluster.problem);
  return cluster;
}

/** Creates an empty database and returns its URL (with the cluster's password). */
export async function createTestDatabase(prefix = "t"): Promise<string> {
  const cluster = postgresCluster();
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return `postgres://postgres:${encodeURIComponent(cluster.password)}@${cluster.host}:${cluster.port}/${name}`;
}
