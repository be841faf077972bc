// The logger: one JSON object per line, readable text on request, secrets redacted by field path
// and masked by value wherever they appear, and child loggers that carry a request id.
import { describe, expect, it } from "vitest";
import { childLogger, createLogger, type Logger, MASK } from "../../src/log.ts";

const TOKEN = "xoxb-1234-5678-abcdefSECRET";
const ODD = 'se"cr\\et-with-quote';

function capture(options: Parameters<typeof createLogger>[0] = {}) {
  const lines: string[] = [];
  const logger = createLogger({ ...options, write: (line) => lines.push(line) });
  return { logger, lines };
}

describe("createLogger", () => {
  it("writes one JSON object per line with its level, time, message and details", () => {
    const { logger, lines } = capture();
    logger.info("briefbot started", { briefings: 5, adapters: ["console"] });
    logger.warn("line\nbreak in a message");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toContain("\n");
    const first = JSON.parse(lines[0] ?? "");
    expect(first).toMatchObject({
      level: "info",
      msg: "briefbot started",
      briefings: 5,
      adapters: ["console"],
    });
    expect(Number.isNaN(Date.parse(first.time))).toBe(false);
    expect(JSON.parse(lines[1] ?? "").msg).toBe("line\nbreak in a message");
  });

  it("drops lines below its level", () => {
    const { logger, lines } = capture({ level: "warn" });
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(lines.map((l) => JSON.parse(l).level)).toEqual(["warn", "error"]);
  });

  it("masks every configured secret wherever it appears: message, details, error text, escaped in JSON", () => {
    const { logger, lines } = capture({ secrets: [TOKEN, ODD, undefined, "abc"] });
    logger.error(`calling with ${TOKEN}`, {
      url: `https://example.org/?t=${TOKEN}`,
      nested: { deeper: [`x${ODD}y`] },
      error: new Error(`bad token ${TOKEN}`),
    });
    const text = lines.join("\n");
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(JSON.stringify(ODD).slice(1, -1));
    expect(text).not.toContain(ODD);
    const line = JSON.parse(lines[0] ?? "");
    expect(line.msg).toBe(`calling with ${MASK}`);
    expect(line.nested.deeper[0]).toBe(`x${MASK}y`);
    expect(line.error).toEqual({ type: "Error", message: `bad token ${MASK}` });
    // A secret under 4 characters is not masked: it would blank out ordinary words.
    logger.info("abc is a word");
    expect(JSON.parse(lines[1] ?? "").msg).toBe("abc is a word");
  });

  it("redacts fields that hold secrets by their path, whatever their value", () => {
    const { logger, lines } = capture();
    logger.info("installation saved", {
      token: "not-configured-but-secret",
      bot: { token: "xoxb-from-oauth", id: "B1" },
      headers: { authorization: "Bearer abc", "x-slack-signature": "v0=abc", host: "h" },
      installation: { clientSecret: "cs", botToken: "bt" },
    });
    const line = JSON.parse(lines[0] ?? "");
    expect(line.token).toBe(MASK);
    expect(line.bot).toEqual({ token: MASK, id: "B1" });
    expect(line.headers).toEqual({ authorization: MASK, "x-slack-signature": MASK, host: "h" });
    expect(line.installation).toEqual({ clientSecret: MASK, botToken: MASK });
  });

  it("writes readable single lines in the pretty format, secrets masked there too", () => {
    const { logger, lines } = capture({ format: "pretty", secrets: [TOKEN, ODD] });
    logger.warn(`slow call with ${TOKEN}`, { channel: "C1", note: ODD });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: slow call with \[redacted\]/);
    expect(lines[0]).toContain('"channel":"C1"');
    expect(lines[0]).not.toContain(TOKEN);
    expect(lines[0]).not.toContain("cr\\\\et");
    expect(() => JSON.parse(lines[0] ?? "")).toThrow();
  });

  it("gives child loggers that put their fields on every line, nested children adding theirs", () => {
    const { logger, lines } = capture();
    const request = logger.child?.({ requestId: "r-1", platform: "slack" });
    request?.info("asked");
    request?.child?.({ step: "post" }).warn("posted late");
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([
      { requestId: "r-1", platform: "slack", msg: "asked" },
      { requestId: "r-1", platform: "slack", step: "post", msg: "posted late" },
    ]);
  });
});

describe("childLogger", () => {
  it("adds the fields to the details of a logger that has no child of its own", () => {
    const seen: [string, Record<string, unknown> | undefined][] = [];
    const plain: Logger = {
      debug: (m, d) => seen.push([m, d]),
      info: (m, d) => seen.push([m, d]),
      warn: (m, d) => seen.push([m, d]),
      error: (m, d) => seen.push([m, d]),
    };
    childLogger(plain, { requestId: "r-2" }).info("hello", { n: 1 });
    expect(seen).toEqual([["hello", { requestId: "r-2", n: 1 }]]);
  });
});
