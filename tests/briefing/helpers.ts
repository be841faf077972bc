// Test helpers: a briefing YAML factory with overridable defaults, and throwaway folders.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

/** The YAML text of a small valid briefing; `overrides` replace or add top-level fields. */
export function briefingYaml(overrides: Record<string, unknown> = {}): string {
  return stringify({
    title: "Example talks",
    date: "2022-01-12",
    summary: "Two delegations met.",
    participants: [{ name: "Anna Berg", aliases: ["Berg"] }],
    quotes: [{ speaker: "Berg", text: "We met." }],
    sources: [{ title: "A report", published: "2022-01-12T15:45:00+01:00" }],
    ...overrides,
  });
}

/** Makes an empty temporary folder; `cleanup` removes every folder made so far. */
export function tempFolders() {
  const made: string[] = [];
  return {
    async make(prefix = "briefbot-test-"): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    async cleanup(): Promise<void> {
      await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** Polls `check` until it returns true or the deadline passes (then fails with `what`). */
export async function waitFor(
  what: string,
  check: () => boolean,
  deadlineMs = 5000,
): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
