// The engine snapshot: a restart over unchanged briefings restores the index instead of building
// it, answers exactly as a fresh build would, and falls back to a build whenever it cannot trust it.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import type { BriefingEngine } from "../../src/engine/engine.ts";
import { createEngine, type Engine, openEngine } from "../../src/engine/index.ts";
import { evalSet } from "./eval-set.ts";
import { briefing } from "./factory.ts";

const shippedDir = fileURLToPath(new URL("../../briefings", import.meta.url));
const fixturesDir = fileURLToPath(new URL("../fixtures/briefings", import.meta.url));

function answersOf(engine: Engine, questions: readonly string[]): string[] {
  return questions.map((q) => JSON.stringify(engine.ask(q)));
}

describe("openEngine with a snapshot", () => {
  let corpora: Record<"shipped" | "fixtures", Briefing[]>;
  let dir: string;
  let path: string;

  beforeAll(async () => {
    const shipped = (await loadBriefings(shippedDir)).briefings;
    const extra = (await loadBriefings(fixturesDir)).briefings;
    corpora = { shipped, fixtures: [...shipped, ...extra] };
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "briefbot-snapshot-"));
    path = join(dir, "cache", "engine-snapshot.bin");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const corpus of ["shipped", "fixtures"] as const) {
    it(`answers every evaluation question on the ${corpus} corpus exactly as a fresh build does`, async () => {
      const briefings = corpora[corpus];
      const questions = evalSet.filter((c) => c.corpus === corpus).map((c) => c.question);
      const first = await openEngine(briefings, { snapshotPath: path });
      await first.saved;
      expect(first.restored).toBe(false);
      const second = await openEngine(briefings, { snapshotPath: path });
      expect(second.restored).toBe(true);
      expect(answersOf(second.engine, questions)).toEqual(
        answersOf(createEngine(briefings), questions),
      );
    });
  }

  it("answers the same when a restored engine's facts are made on demand or all in steps first", async () => {
    const briefings = corpora.fixtures;
    const questions = evalSet.filter((c) => c.corpus === "fixtures").map((c) => c.question);
    await (await openEngine(briefings, { snapshotPath: path })).saved;
    const onDemand = (await openEngine(briefings, { snapshotPath: path })).engine;
    const inSteps = (await openEngine(briefings, { snapshotPath: path })).engine as BriefingEngine;
    let steps = 0;
    while (inSteps.makeRestoredFacts(1)) steps++;
    expect(steps).toBeGreaterThan(1);
    const expected = answersOf(createEngine(briefings), questions);
    expect(answersOf(onDemand, questions)).toEqual(expected);
    expect(answersOf(inSteps, questions)).toEqual(expected);
  });

  it("keeps following updates after a restore, as a built engine does", async () => {
    const briefings = corpora.fixtures;
    await (await openEngine(briefings, { snapshotPath: path })).saved;
    const restored = (await openEngine(briefings, { snapshotPath: path })).engine;
    const built = createEngine(briefings);
    const changed = briefing({ id: "2023-03-14-harbour-accord-talks" });
    const removed = briefings[0]?.id as string;
    for (const engine of [restored, built]) {
      engine.update({ upserted: [changed], removed: [removed] });
    }
    const questions = [
      ...evalSet.filter((c) => c.corpus === "fixtures").map((c) => c.question),
      "What did Kowalczyk say about tariffs?",
      "Where were the harbour accord talks?",
    ];
    expect(restored.size()).toBe(built.size());
    expect(answersOf(restored, questions)).toEqual(answersOf(built, questions));
  });

  it("rebuilds when a briefing changed since the snapshot, and answers from the new text", async () => {
    const before = [briefing()];
    await (await openEngine(before, { snapshotPath: path })).saved;
    const after = [briefing({ location: "Reykjavik" })];
    const opened = await openEngine(after, { snapshotPath: path });
    expect(opened.restored).toBe(false);
    expect(opened.engine.ask("Where were the harbour accord talks?").text).toContain("Reykjavik");
    // and the new snapshot is then used
    await opened.saved;
    expect((await openEngine(after, { snapshotPath: path })).restored).toBe(true);
  });

  it("over a loaded folder, rebuilds after a file is edited and restores after it is only touched", async () => {
    const folder = join(dir, "briefings");
    const cacheDir = join(dir, "cache");
    cpSync(shippedDir, folder, { recursive: true });
    const [name] = readdirSync(folder).filter((f) => f.endsWith(".yaml"));
    const file = join(folder, name as string);
    const load = async () => (await loadBriefings(folder, { cacheDir })).briefings;
    await (await openEngine(await load(), { snapshotPath: path })).saved;
    expect((await openEngine(await load(), { snapshotPath: path })).restored).toBe(true);

    // the same bytes with a new modification time: parsed again, and the snapshot still fits
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    const touched = await loadBriefings(folder, { cacheDir });
    expect(touched.parsedFiles).toEqual([file]);
    expect((await openEngine(touched.briefings, { snapshotPath: path })).restored).toBe(true);

    // other bytes: rebuilt, answering from the new text
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("role: NATO Secretary General", "role: NATO Chief"));
    const edited = await openEngine(await load(), { snapshotPath: path });
    expect(edited.restored).toBe(false);
    expect(edited.engine.ask("who is Stoltenberg?").text).toContain("NATO Chief");
    await edited.saved;
  });

  it("rebuilds when briefings were added or removed", async () => {
    const one = [briefing()];
    const two = [briefing(), briefing({ id: "other", title: "Grain corridor talks" })];
    await (await openEngine(two, { snapshotPath: path })).saved;
    const rebuilt = await openEngine(one, { snapshotPath: path });
    expect(rebuilt.restored).toBe(false);
    await rebuilt.saved;
  });

  it("falls back to a full build when the snapshot is truncated or altered", async () => {
    const briefings = corpora.shipped;
    const questions = evalSet.filter((c) => c.corpus === "shipped").map((c) => c.question);
    const expected = answersOf(createEngine(briefings), questions);
    await (await openEngine(briefings, { snapshotPath: path })).saved;
    const good = readFileSync(path);

    writeFileSync(path, good.subarray(0, Math.floor(good.length / 2)));
    const truncated = await openEngine(briefings, { snapshotPath: path });
    expect(truncated.restored).toBe(false);
    expect(answersOf(truncated.engine, questions)).toEqual(expected);
    // the rebuild writes a fresh snapshot in the background: let it land before the next case
    await truncated.saved;

    const altered = Buffer.from(good);
    const at = altered.length - 4001;
    altered[at] = (altered[at] as number) ^ 0xff;
    writeFileSync(path, altered);
    const corrupt = await openEngine(briefings, { snapshotPath: path });
    expect(corrupt.restored).toBe(false);
    expect(answersOf(corrupt.engine, questions)).toEqual(expected);
    await corrupt.saved;

    writeFileSync(path, "not a snapshot at all");
    const garbage = await openEngine(briefings, { snapshotPath: path });
    expect(garbage.restored).toBe(false);
    await garbage.saved;
  });

  it("logs why it rebuilt instead of failing", async () => {
    writeFileSync(join(dir, "garbage.bin"), "garbage");
    const lines: string[] = [];
    const logger = { debug: (m: string) => lines.push(m), info: (m: string) => lines.push(m) };
    const opened = await openEngine([briefing()], {
      snapshotPath: join(dir, "garbage.bin"),
      logger,
    });
    expect(opened.restored).toBe(false);
    expect(lines.join("\n")).toContain("unreadable");
    await opened.saved;
  });

  it("writes no snapshot when none is asked for", async () => {
    const opened = await openEngine([briefing()]);
    await opened.saved;
    expect(opened.restored).toBe(false);
    expect(opened.engine.size()).toBe(1);
  });
});
