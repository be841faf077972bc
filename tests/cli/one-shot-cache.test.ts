// One-shot commands (`ask`, `list`, `show`, `daily`, `validate`) read the loader cache and the
// engine snapshot that `briefbot start` keeps in ./.cache/briefbot, and never write them.
import { cpSync, existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../src/briefing/index.ts";
import { openEngine } from "../../src/engine/index.ts";
import { tempFolders } from "../briefing/helpers.ts";
import { runCli } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "../..");
const folders = tempFolders();
afterAll(() => folders.cleanup());

const SHIPPED = "2022-01-12-nato-russia-council.yaml";
const WHOLE_SECOND = 1_700_000_000;

/** A working folder with a copy of the shipped briefings, and the cache `briefbot start` leaves. */
async function startedApp(): Promise<{ app: string; file: string; cacheDir: string }> {
  const app = await folders.make();
  cpSync(join(root, "briefings"), join(app, "briefings"), { recursive: true });
  const file = join(app, "briefings", SHIPPED);
  utimesSync(file, WHOLE_SECOND, WHOLE_SECOND); // a time a test can set again exactly
  const cacheDir = join(app, ".cache/briefbot");
  // what adapters/start.ts does at start: the loader with its cache, the engine with its snapshot
  const { briefings } = await loadBriefings(join(app, "briefings"), { cacheDir });
  await (await openEngine(briefings, { snapshotPath: join(cacheDir, "engine-snapshot.bin") }))
    .saved;
  return { app, file, cacheDir };
}

describe("one-shot commands and the cache of briefbot start", () => {
  it("read a file's briefing from the cache while its size and modification time are unchanged", async () => {
    const { app, file } = await startedApp();
    // Same size, same time, other words: only a reader of the cache still sees the old title.
    const text = readFileSync(file, "utf8");
    const edited = text.replace(
      "title: NATO-Russia Council talks",
      "title: NATO-Russia Council TALKS",
    );
    expect(edited.length).toBe(text.length);
    writeFileSync(file, edited);
    utimesSync(file, WHOLE_SECOND, WHOLE_SECOND);
    const list = await runCli(["list"], app);
    expect(list.stdout).toContain("NATO-Russia Council talks on Ukraine");
  });

  it("answer from the edited file once it changed, never from a stale cache or snapshot", async () => {
    const { app, file } = await startedApp();
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("role: NATO Secretary General", "role: NATO Chief"),
    );
    const ask = await runCli(["ask", "who is Stoltenberg?"], app);
    expect(ask.stdout).toMatch(/^Jens Stoltenberg, NATO Chief\n/);
    const show = await runCli(["show", "2022-01-12-nato-russia-council"], app);
    expect(show.stdout).toContain("NATO Chief");
  });

  it("report a cached invalid file's problems as a fresh parse would", async () => {
    const { app, file, cacheDir } = await startedApp();
    writeFileSync(file, readFileSync(file, "utf8").replace(/^next_steps:/m, "next_step:"));
    await loadBriefings(join(app, "briefings"), { cacheDir }); // the bot reloads: cached problem
    const validate = await runCli(["validate"], app);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toMatch(
      /:\d+:1: next_step: unknown field; did you mean "next_steps"\?/,
    );
  });

  it("leave no cache behind in a folder where briefbot start never ran", async () => {
    const app = await folders.make();
    cpSync(join(root, "briefings"), join(app, "briefings"), { recursive: true });
    for (const args of [
      ["ask", "who is Stoltenberg?"],
      ["list"],
      ["validate"],
      ["daily", "2022-01-12"],
    ]) {
      expect((await runCli(args, app)).code).toBe(0);
    }
    expect(existsSync(join(app, ".cache"))).toBe(false);
  });

  it("leave the cache of briefbot start as it was, even for another folder", async () => {
    const { app, cacheDir } = await startedApp();
    const before = readFileSync(join(cacheDir, "briefings-cache.bin"));
    const other = await folders.make();
    cpSync(join(root, "tests/fixtures/valid"), other, { recursive: true });
    expect((await runCli(["list", "--dir", other], app)).code).toBe(0);
    expect((await runCli(["ask", "who attended?", "--dir", other], app)).code).toBe(0);
    expect(readFileSync(join(cacheDir, "briefings-cache.bin")).equals(before)).toBe(true);
  });
});
