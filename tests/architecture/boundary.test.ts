// Keeps the dependency arrows pointing inward: the core in src/ never imports a platform adapter.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const importPattern =
  /(?:import|export)[^"'`]*?from\s*["'`]([^"'`]+)["'`]|import\(\s*["'`]([^"'`]+)["'`]/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? "");
}

describe("the core's boundary", () => {
  it("has no module in src/ that imports from adapters/", () => {
    const offenders = sourceFiles(join(root, "src")).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)adapters(\/|$)/.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("has no module in src/ that imports a chat platform client", () => {
    const platformClients = /^(discord\.js|@discordjs\/|@slack\/)/;
    const offenders = sourceFiles(join(root, "src")).flatMap((file) =>
      importsOf(file)
        .filter((spec) => platformClients.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("has adapters import the core only through an area's entry (src/AREA/index.ts) or a top-level module", () => {
    const offenders = sourceFiles(join(root, "adapters")).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)src\//.test(spec))
        .filter((spec) => !/src\/([a-z]+\/index|[a-z]+)\.ts$/.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("reads process.env only in the configuration module and the CLI entry", () => {
    // bin.js reads only RUN_BRIEFBOT_FROM_SOURCE, to choose between dist/ and the sources
    const allowed = new Set(["src/config.ts", "adapters/cli/main.ts", "adapters/cli/bin.js"]);
    const offenders = [...sourceFiles(join(root, "src")), ...sourceFiles(join(root, "adapters"))]
      .map((file) => relative(root, file))
      .filter((file) => !allowed.has(file))
      .filter((file) => /process\.env\b/.test(readFileSync(join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
