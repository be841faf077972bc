// Attacks on the configuration: unknown adapters, blank and non-numeric ports, bad enums, URLs
// and zones, control characters and huge values. Each is refused at start with one line naming
// the variable and its value as given; secrets never shown. Against the spawned
// `node adapters/cli/bin.js start` where it matters, else the same CLI run in-process.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { ConfigError } from "../../src/errors.ts";
import { runCli } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "..", "..");
const fixtures = join(root, "tests", "fixtures", "briefings");
const work = mkdtempSync(join(tmpdir(), "briefbot-hostile-config-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The machine's environment without any briefbot or platform setting, plus `extra`. */
function envWith(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(SLACK_|DISCORD_|BRIEFBOT_|LOG_LEVEL|PORT$)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

/** The peak RSS of a running process in KiB (Linux /proc; 0 elsewhere or once it is gone). */
function peakRssKb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Spawns `node adapters/cli/bin.js start --dir FIXTURES ARGS` with `extra` in its environment. */
function spawnStart(extra: Record<string, string>, args: string[] = []) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; rssKb: number }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        [join(root, "adapters", "cli", "bin.js"), "start", "--dir", fixtures, ...args],
        { cwd: work, env: envWith(extra) },
      );
      let stdout = "";
      let stderr = "";
      let rssKb = 0;
      const sample = setInterval(() => {
        rssKb = Math.max(rssKb, peakRssKb(child.pid));
      }, 20);
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString();
      });
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
        rssKb = Math.max(rssKb, peakRssKb(child.pid));
      });
      child.on("error", reject);
      child.on("exit", (code) => {
        clearInterval(sample);
        resolve({ code, stdout, stderr, rssKb });
      });
      child.stdin.end("/quit\n");
    },
  );
}

/** True when `text` holds a control character other than a line break. */
const hasControl = (text: string) =>
  [...text].some((c) => c !== "\n" && (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127));

/** `briefbot start` in-process with only `env`; returns what it printed on stderr. */
async function startError(env: Record<string, string>, args: string[] = []) {
  const run = await runCli(["start", "--dir", fixtures, "--store", ":memory:", ...args], work, {
    env,
    stdin: "/quit\n",
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  return run.stderr;
}

describe("GIVEN a bad setting in the environment of the running bot", () => {
  it("THEN BRIEFBOT_ADAPTERS=foo stops the start with one line naming the variable and the value as given", async () => {
    const run = await spawnStart({ BRIEFBOT_ADAPTERS: "foo" });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'briefbot start: BRIEFBOT_ADAPTERS="foo": unknown adapter "foo"; expected a comma-separated list of console, slack, discord\n',
    );
  }, 60_000);

  it('THEN PORT=" " stops the start instead of listening on a random port', async () => {
    const run = await spawnStart({ PORT: " " });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'briefbot start: PORT=" ": is blank; give a value, or unset it to use the default\n',
    );
  }, 60_000);

  it("THEN terminal escape codes and a 100,000-character value are shown escaped and shortened, in bounded memory", async () => {
    const run = await spawnStart({
      BRIEFBOT_ADAPTERS: "\u001b[2J\u001b[31mconsole\u0007",
      PORT: "9".repeat(100_000),
    });
    expect(run.code).toBe(1);
    expect(hasControl(run.stderr)).toBe(false);
    expect(run.stderr).toContain('BRIEFBOT_ADAPTERS="\\u001b[2J\\u001b[31mconsole\\u0007"');
    expect(run.stderr).toMatch(/PORT="9{70,80}…": expected a port number from 0 to 65535/);
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stderr.length).toBeLessThan(1000);
    // Generous: a node process with tsx is ~150 MB; a copy per character would show.
    if (process.platform === "linux") expect(run.rssKb).toBeGreaterThan(0);
    expect(run.rssKb).toBeLessThan(600 * 1024);
  }, 60_000);
});

describe("GIVEN each numeric or enumerated setting with a bad value", () => {
  const cases: [string, Record<string, string>, string][] = [
    ["a blank port", { PORT: "" }, 'PORT="": is blank'],
    [
      "a port with letters",
      { PORT: "3000abc" },
      'PORT="3000abc": expected a port number from 0 to 65535',
    ],
    ["a hexadecimal port", { PORT: "0x10" }, 'PORT="0x10": expected a port number'],
    ["a port in exponent form", { PORT: "1e3" }, 'PORT="1e3": expected a port number'],
    ["a negative port", { PORT: "-1" }, 'PORT="-1": expected a port number'],
    [
      "a port past 65535",
      { PORT: "65536" },
      'PORT="65536": expected a port number from 0 to 65535',
    ],
    ["a fractional port", { PORT: "80.5" }, 'PORT="80.5": expected a port number'],
    [
      "an unknown log level",
      { LOG_LEVEL: "verbose" },
      'LOG_LEVEL="verbose": expected one of debug, info, warn, error',
    ],
    ["a blank log level", { LOG_LEVEL: " " }, 'LOG_LEVEL=" ": is blank'],
    [
      "an unknown log format",
      { LOG_FORMAT: "text" },
      'LOG_FORMAT="text": expected one of json, pretty',
    ],
    [
      "an operations port with letters",
      { BRIEFBOT_HTTP_PORT: "9090x" },
      'BRIEFBOT_HTTP_PORT="9090x": expected a port number from 0 to 65535',
    ],
    ["a blank operations port", { BRIEFBOT_HTTP_PORT: "" }, 'BRIEFBOT_HTTP_PORT="": is blank'],
    [
      "an operations port past 65535",
      { BRIEFBOT_HTTP_PORT: "70000" },
      'BRIEFBOT_HTTP_PORT="70000": expected a port number from 0 to 65535',
    ],
    [
      "two unknown adapters",
      { BRIEFBOT_ADAPTERS: "slack,telegram,irc" },
      'BRIEFBOT_ADAPTERS="slack,telegram,irc": unknown adapters "telegram", "irc"',
    ],
    [
      "an adapter list of commas",
      { BRIEFBOT_ADAPTERS: ", ," },
      'BRIEFBOT_ADAPTERS=", ,": names no adapter',
    ],
    ["a blank adapter list", { BRIEFBOT_ADAPTERS: "" }, 'BRIEFBOT_ADAPTERS="": is blank'],
    [
      "an unknown time zone",
      { BRIEFBOT_TIMEZONE: "Mars/Olympus" },
      'BRIEFBOT_TIMEZONE="Mars/Olympus": expected an IANA time zone',
    ],
    [
      "a Slack API URL that is not http",
      { SLACK_API_URL: "file:///etc/passwd" },
      'SLACK_API_URL="file:///etc/passwd": expected an http or https URL',
    ],
    [
      "a Discord API URL that is no URL",
      { DISCORD_API_URL: "discord" },
      'DISCORD_API_URL="discord": expected an http or https URL',
    ],
    ["a blank store path", { BRIEFBOT_STORE_PATH: "  " }, 'BRIEFBOT_STORE_PATH="  ": is blank'],
  ];
  for (const [what, env, expected] of cases) {
    it(`THEN ${what} stops the start with "${expected}…"`, async () => {
      const { BRIEFBOT_STORE_PATH, ...rest } = env;
      // --store would override the store variable: leave it out for that case.
      const stderr =
        BRIEFBOT_STORE_PATH === undefined
          ? await startError(rest)
          : (await runCli(["start", "--dir", fixtures], work, { env, stdin: "/quit\n" })).stderr;
      expect(stderr.startsWith(`briefbot start: ${expected}`)).toBe(true);
      expect(stderr.split("\n")).toHaveLength(2);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("THEN several bad settings are all named on the one line", async () => {
    const stderr = await startError({ PORT: "x", LOG_LEVEL: "loud", BRIEFBOT_ADAPTERS: "foo" });
    expect(stderr.split("\n")).toHaveLength(2);
    for (const part of ['PORT="x"', 'LOG_LEVEL="loud"', 'BRIEFBOT_ADAPTERS="foo"']) {
      expect(stderr).toContain(part);
    }
  });

  it("THEN the --adapters flag is checked like its variable", async () => {
    const stderr = await startError({}, ["--adapters", "console,foo"]);
    expect(stderr).toBe(
      'briefbot start: BRIEFBOT_ADAPTERS="console,foo": unknown adapter "foo"; expected a comma-separated list of console, slack, discord\n',
    );
  });

  it("THEN a secret is never shown, even next to a bad value", async () => {
    const stderr = await startError({
      PORT: "nope",
      SLACK_BOT_TOKEN: "xoxb-very-secret",
      DISCORD_TOKEN: "discord-very-secret",
    });
    expect(stderr).toContain('PORT="nope"');
    expect(stderr).not.toContain("very-secret");
  });
});

describe("GIVEN good values written loosely", () => {
  it("THEN spaces around a value are dropped and 0 still picks a free port", () => {
    const config = loadConfig({
      PORT: " 8080 ",
      LOG_LEVEL: " warn",
      BRIEFBOT_ADAPTERS: " console , discord ",
    });
    expect(config.PORT).toBe(8080);
    expect(config.LOG_LEVEL).toBe("warn");
    expect(config.BRIEFBOT_ADAPTERS).toEqual(["console", "discord"]);
    expect(loadConfig({ PORT: "0" }).PORT).toBe(0);
    expect(loadConfig({}).PORT).toBe(3000);
  });

  it("THEN the error is a ConfigError whose cause keeps the details", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: " " });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).cause).toBeDefined();
  });
});

describe("GIVEN a bad setting that a command does not use", () => {
  it("THEN `briefbot ask` and `briefbot daily` still run with a bad PORT or adapter list", async () => {
    const env = { PORT: " ", BRIEFBOT_ADAPTERS: "foo" };
    const ask = await runCli(["ask", "--dir", fixtures, "where were the geneva talks?"], work, {
      env,
    });
    expect(ask.stderr).toBe("");
    expect(ask.code).toBe(0);
    const daily = await runCli(["daily", "--dir", fixtures, "2022-01-10"], work, { env });
    expect(daily.stderr).toBe("");
    expect(daily.code).toBe(0);
  }, 60_000);
});
