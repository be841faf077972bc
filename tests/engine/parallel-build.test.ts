// The engine built on worker threads is the engine a build in one thread makes: the same
// snapshot to the byte and the same answers; a briefing that cannot be tokenised fails the build
// by its file name instead of hanging it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBriefings, sortBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import type { Engine } from "../../src/engine/index.ts";
import { buildEngine } from "../../src/engine/parallel-build.ts";
import { snapshotKey, writeSnapshot } from "../../src/engine/snapshot.ts";
import {
  makeCast,
  makeQuestions,
  makeRecurringBriefing,
  makeRecurringQuestions,
  namePools,
  seeded,
} from "../bench/corpus.ts";
import { blindCases } from "./blind.ts";
import { evalSet } from "./eval-set.ts";

const fixtures = fileURLToPath(new URL("../fixtures", import.meta.url));
const folders = ["../../briefings", "briefings", "blind-a", "blind-b", "blind-c", "holdout"];

let dir: string;
let exams: Briefing[];
let recurring: Briefing[];
let recurringQuestions: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-parallel-"));
  const loaded = await Promise.all(folders.map((f) => loadBriefings(join(fixtures, f))));
  const byId = new Map(loaded.flatMap((l) => l.briefings).map((b) => [b.id, b]));
  exams = sortBriefings([...byId.values()]);
  const seed = 20220112;
  const names = namePools(seeded(seed));
  const cast = makeCast(names, seed);
  recurring = sortBriefings(
    Array.from({ length: 120 }, (_, i) => {
      const b = makeRecurringBriefing(i, names, cast, seed);
      return { ...b, file: `/synthetic/${b.id}.yaml` };
    }),
  );
  recurringQuestions = [
    ...makeRecurringQuestions(recurring, cast, 60, seed + 1),
    ...makeQuestions(recurring, 40, seed + 2),
  ];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function snapshotBytes(engine: Engine, briefings: readonly Briefing[], name: string) {
  const path = join(dir, name);
  expect(await writeSnapshot(path, engine, snapshotKey(briefings))).toBe(true);
  return readFileSync(path);
}

const answers = (engine: Engine, questions: readonly string[]) =>
  questions.map((q) => JSON.stringify(engine.ask(q)));

describe("buildEngine on worker threads", () => {
  it("gives the exam corpora the same snapshot and answers as a build in one thread", async () => {
    expect(exams.length).toBeGreaterThan(20);
    const questions = [
      ...evalSet.map((c) => c.question),
      ...["blind-a", "blind-b", "blind-c"].flatMap((s) => blindCases(s).map((c) => c.question)),
    ];
    const serial = await buildEngine(exams, { threads: 1 });
    // runs of 3 briefings over 3 workers: runs come back out of order and are added in order
    const parallel = await buildEngine(exams, { threads: 3, runSize: 3 });
    expect(parallel.factCount()).toBe(serial.factCount());
    expect(await snapshotBytes(parallel, exams, "parallel.bin")).toEqual(
      await snapshotBytes(serial, exams, "serial.bin"),
    );
    expect(answers(parallel, questions)).toEqual(answers(serial, questions));
  }, 60_000);

  it("gives 120 briefings where the same people recur the same snapshot and answers", async () => {
    const serial = await buildEngine(recurring, { threads: 1 });
    const parallel = await buildEngine(recurring, { threads: 2, runSize: 7 });
    expect(await snapshotBytes(parallel, recurring, "rec-parallel.bin")).toEqual(
      await snapshotBytes(serial, recurring, "rec-serial.bin"),
    );
    expect(answers(parallel, recurringQuestions)).toEqual(answers(serial, recurringQuestions));
  }, 60_000);

  it("keeps following updates as a build in one thread does", async () => {
    const serial = await buildEngine(recurring, { threads: 1 });
    const parallel = await buildEngine(recurring, { threads: 2, runSize: 25 });
    const [first, second] = recurring as [Briefing, Briefing];
    const changed = { ...first, summary: "A harbour accord on fisheries was signed in Reykjavik." };
    for (const engine of [serial, parallel]) {
      engine.update({ upserted: [changed], removed: [second.id] });
    }
    const questions = [...recurringQuestions.slice(0, 30), "Where was the harbour accord signed?"];
    expect(answers(parallel, questions)).toEqual(answers(serial, questions));
  }, 60_000);

  it("fails a build whose briefing cannot be tokenised, naming the briefing's file", async () => {
    const broken = recurring.map((b, i) =>
      i === 77 ? ({ ...b, title: 42 } as unknown as Briefing) : b,
    );
    const file = (recurring[77] as Briefing).file;
    await expect(buildEngine(broken, { threads: 2, runSize: 10 })).rejects.toThrow(file);
    // and the one-thread build says the same thing in its own way: it throws
    await expect(buildEngine(broken, { threads: 1 })).rejects.toThrow();
  });
});
