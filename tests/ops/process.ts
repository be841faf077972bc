// Runs the real `node adapters/cli/bin.js start` for the operations tests: its output kept line by
// line, its log lines readable as JSON, its ops port found in the log, and a signal to stop it.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");
export const fixtures = join(root, "tests", "fixtures", "briefings");
const bin = join(root, "adapters", "cli", "bin.js");

/** The machine's environment without any briefbot or platform setting, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(SLACK_|DISCORD_|BRIEFBOT_|LOG_|PORT$)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

export interface RunningProcess {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** stderr's lines, each parsed as JSON (throws naming the first line that is not). */
  logLines(): Record<string, unknown>[];
  /** Resolves with the first log line `match` accepts (rejects after `ms` or on exit). */
  waitForLog(
    match: (line: Record<string, unknown>) => boolean,
    ms?: number,
  ): Promise<Record<string, unknown>>;
  /** Resolves once stdout contains `text`. */
  waitForOutput(text: string, ms?: number): Promise<void>;
  /** The exit code, once it has exited. */
  exited: Promise<number | null>;
}

/** Starts `briefbot start ARGS` in `cwd`. */
export function startProcess(args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [bin, "start", ...args], { cwd, env });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    err += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const logLines = () =>
    // Complete lines only: the last one may still be arriving.
    err
      .slice(0, err.lastIndexOf("\n") + 1)
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          throw new Error(`a log line is not JSON: ${line}`);
        }
      });
  const poll = async <T>(find: () => T | undefined, what: string, ms: number): Promise<T> => {
    const until = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (gone) throw new Error(`briefbot exited before ${what}; stderr ends:\n${tail(err)}`);
      if (Date.now() > until)
        throw new Error(`no ${what} within ${ms} ms; stderr ends:\n${tail(err)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const running: RunningProcess = {
    child,
    stdout: () => out,
    stderr: () => err,
    logLines,
    waitForLog: (match, ms = 60_000) => poll(() => logLines().find(match), "matching log line", ms),
    waitForOutput: (text, ms = 60_000) =>
      poll(() => (out.includes(text) ? true : undefined), JSON.stringify(text), ms).then(() => {}),
    exited,
  };
  return running;
}

/** The last lines of a text, enough to see why a wait failed. */
function tail(text: string, lines = 40): string {
  return text.split("\n").slice(-lines).join("\n");
}

/** The port of the operations server, from the log line that says where it listens. */
export async function opsPort(running: RunningProcess): Promise<number> {
  const line = await running.waitForLog((l) => l.msg === "briefbot started");
  const port = line.httpPort;
  if (typeof port !== "number") throw new Error(`no httpPort in ${JSON.stringify(line)}`);
  return port;
}

/** GETs a path of the ops server on 127.0.0.1. */
export async function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: await response.text() };
}

/** The value of one series in Prometheus text (`name{labels}`), 0 when it is absent. */
export function sample(metrics: string, series: string): number {
  const line = metrics.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
