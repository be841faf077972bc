// Vitest global setup: a throwaway PostgreSQL 15 cluster for the whole run. initdb into a temporary
// folder, pg_ctl start on a free port of 127.0.0.1 (password login over TCP), removed afterwards.
// PostgreSQL refuses to run as root: as root, the binaries run as the `postgres` user (which owns
// the folder). A machine without the binaries gets one line saying what is missing, and the
// PostgreSQL tests fail with it (tests/helpers/postgres.ts), instead of being skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

/** What the tests get through `inject("postgres")`. */
export type PostgresCluster =
  | { ok: true; url: string; adminUrl: string; host: string; port: number; password: string }
  | { ok: false; problem: string };

declare module "vitest" {
  export interface ProvidedContext {
    postgres: PostgresCluster;
  }
}

const SERVER_USER = "postgres";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Runs a PostgreSQL binary, as `postgres` when we are root; throws with its output on failure. */
function runPg(command: string, args: string[], asOther: boolean): string {
  const [file, argv] = asOther
    ? ["runuser", ["-u", SERVER_USER, "--", command, ...args]]
    : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8", timeout: 60_000 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${command} failed (${result.status}): ${(result.stderr || result.stdout).trim()}`,
    );
  }
  return result.stdout;
}

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

/** Why this machine cannot start a cluster, or undefined when it can. */
function missing(asRoot: boolean): string | undefined {
  const absent = ["initdb", "pg_ctl"].filter((c) => !onPath(c));
  if (absent.length) {
    return `PostgreSQL tests cannot run: ${absent.join(" and ")} not found on PATH (install the PostgreSQL 15 server binaries, e.g. apt-get install postgresql-15, and put their bin folder on PATH)`;
  }
  if (asRoot) {
    const user = spawnSync("id", ["-u", SERVER_USER]);
    if (user.status !== 0) {
      return `PostgreSQL tests cannot run: running as root, and there is no "${SERVER_USER}" user to run the server as (PostgreSQL refuses root)`;
    }
    if (!onPath("runuser")) {
      return "PostgreSQL tests cannot run: running as root, and runuser (util-linux) is not on PATH to start the server as postgres";
    }
  }
  return undefined;
}

export default async function setup(project: TestProject) {
  const asRoot = process.getuid?.() === 0;
  const problem = missing(asRoot);
  if (problem) {
    console.error(problem);
    project.provide("postgres", { ok: false, problem });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "briefbot-pg-"));
  const data = join(dir, "data");
  const password = randomBytes(18).toString("base64url");
  const passwordFile = join(dir, "password");
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", SERVER_USER], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", SERVER_USER], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
    chownSync(passwordFile, uid, gid);
  }
  chmodSync(dir, 0o700);
  let started = false;
  const stop = () => {
    if (started) {
      try {
        runPg("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-w"], asRoot);
      } catch (error) {
        console.error(`could not stop the test PostgreSQL cluster: ${String(error)}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runPg(
      "initdb",
      [
        "-D",
        data,
        "-U",
        "postgres",
        `--pwfile=${passwordFile}`,
        "--auth-host=scram-sha-256",
        "--auth-local=trust",
        "--no-sync",
        "-E",
        "UTF8",
        "--locale=C",
      ],
      asRoot,
    );
    // fsync off (-F): a throwaway cluster; the socket lives in the temporary folder, not /run.
    let port = 0;
    for (let attempt = 1; !started; attempt++) {
      port = await freePort();
      try {
        runPg(
          "pg_ctl",
          [
            "start",
            "-w",
            "-D",
            data,
            "-l",
            join(dir, "server.log"),
            "-o",
            `-F -p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=300`,
          ],
          asRoot,
        );
        started = true;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
    project.provide("postgres", {
      ok: true,
      url: `${base}/postgres`,
      adminUrl: `${base}/postgres`,
      host: "127.0.0.1",
      port,
      password,
    });
  } catch (error) {
    stop();
    const problem = `PostgreSQL tests cannot run: the test cluster did not start: ${error instanceof Error ? error.message : String(error)}`;
    console.error(problem.split("\n")[0]);
    project.provide("postgres", { ok: false, problem });
    return;
  }
  return stop;
}
