// Every `briefbot COMMAND --help` describes every argument and flag its usage line names.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commandNames } from "../../adapters/cli/main.ts";
import { runCli } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "../..");

/** The flags and upper-case arguments of the usage lines (the lines starting with "briefbot"). */
function namedIn(help: string): string[] {
  const usage = help
    .split("\n")
    .filter((l) => /^(usage: )?\s*briefbot /.test(l))
    .join(" ");
  const flags = usage.match(/--[a-z-]+/g) ?? [];
  // A flag's value (`--dir DIR`) is described with its flag; the other upper-case words are arguments.
  const rest = usage.replace(/--[a-z-]+ [A-Z][\w:|-]*/g, "");
  const words = (rest.match(/\b[A-Z][A-Z-]{1,}\b/g) ?? []).filter((w) => w !== "COMMAND");
  return [...new Set([...flags, ...words])];
}

describe("briefbot COMMAND --help", () => {
  for (const name of commandNames()) {
    it(`${name}: every flag and argument of the usage line has a line saying what it does`, async () => {
      const result = await runCli([name, "--help"], root);
      expect(result.code).toBe(0);
      const described = result.stdout
        .split("\n")
        .filter((l) => /^\s+\S/.test(l))
        .map((l) => l.trim());
      for (const item of namedIn(result.stdout)) {
        const plain = item.replace(/^--/, "");
        expect(
          described.some((l) => l.startsWith(item) || l.startsWith(`--${plain}`)),
          `${name} --help does not describe ${item}`,
        ).toBe(true);
      }
    });
  }

  it("discord: says invite needs the application id and no token, and register needs the token", async () => {
    const { stdout } = await runCli(["discord", "--help"], root);
    expect(stdout).toMatch(/invite[\s\S]*Needs DISCORD_APPLICATION_ID[\s\S]*no token is needed/);
    expect(stdout).toMatch(/register[\s\S]*Needs DISCORD_TOKEN/);
  });
});
