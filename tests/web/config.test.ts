// The web view's configuration: off by default, and every bad value refused at start-up by name.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";

describe("the web view's configuration", () => {
  it("is off by default, with no port of its own, no token and no public URL", () => {
    const config = loadConfig({});
    expect(config.BRIEFBOT_WEB).toBe("off");
    expect(config.BRIEFBOT_HTTP_PORT).toBeUndefined();
    expect(config.BRIEFBOT_WEB_TOKEN).toBeUndefined();
    expect(config.BRIEFBOT_PUBLIC_URL).toBeUndefined();
  });

  it("refuses a BRIEFBOT_WEB other than on or off, naming it", () => {
    expect(() => loadConfig({ BRIEFBOT_WEB: "yes" })).toThrow(
      'BRIEFBOT_WEB="yes": expected "on" or "off"',
    );
  });

  it("refuses a short token without showing it", () => {
    let message = "";
    try {
      loadConfig({ BRIEFBOT_WEB_TOKEN: "hunter2" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("BRIEFBOT_WEB_TOKEN=(hidden): must be at least 16 characters");
    expect(message).not.toContain("hunter2");
  });

  it("refuses a public URL that is not http(s)", () => {
    expect(() => loadConfig({ BRIEFBOT_PUBLIC_URL: "briefbot.example.org" })).toThrow(
      /BRIEFBOT_PUBLIC_URL="briefbot.example.org": expected an http or https URL/,
    );
  });
});
