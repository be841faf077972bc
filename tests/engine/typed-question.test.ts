// The typed question, table-driven: each chat phrasing (written blind to the reader, over the
// shipped briefing and tests/fixtures/briefings) must read as its typed question, constraints and all.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../src/briefing/index.ts";
import { createEngine, type Engine, type TypedQuestion } from "../../src/engine/index.ts";

interface Row {
  question: string;
  expected: TypedQuestion;
}

const rows = JSON.parse(
  readFileSync(new URL("./typed-phrasings.json", import.meta.url), "utf8"),
) as Row[];

/** The fields that differ between what was read and what was expected (people as a set). */
function differences(got: TypedQuestion, want: TypedQuestion): string[] {
  const keys = new Set([...Object.keys(got), ...Object.keys(want)]) as Set<keyof TypedQuestion>;
  const out: string[] = [];
  for (const k of keys) {
    let a: unknown = got[k];
    let b: unknown = want[k];
    if (k === "people") {
      a = [...((a as string[] | undefined) ?? [])].sort();
      b = [...((b as string[] | undefined) ?? [])].sort();
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.push(`${k}: got ${JSON.stringify(got[k])}, want ${JSON.stringify(want[k])}`);
    }
  }
  return out;
}

describe("the typed question reader on the phrasing table", () => {
  let engine: Engine;
  const misread: string[] = [];
  let kindsRight = 0;

  beforeAll(async () => {
    const dirs = ["../../briefings", "../fixtures/briefings"].map((d) =>
      fileURLToPath(new URL(d, import.meta.url)),
    );
    const briefings = [];
    for (const dir of dirs) briefings.push(...(await loadBriefings(dir)).briefings);
    engine = createEngine(briefings);
    for (const r of rows) {
      const got = engine.read(r.question);
      if (got.kind === r.expected.kind) kindsRight++;
      const diff = differences(got, r.expected);
      if (diff.length > 0) misread.push(`  ✗ ${r.question}\n      ${diff.join("\n      ")}`);
    }
    console.log(
      `typed question table: ${rows.length - misread.length}/${rows.length} read exactly, kind right ${kindsRight}/${rows.length}\n${misread.join("\n")}`,
    );
  });

  it("holds at least 200 phrasings, every kind at least ten times", () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const perKind = new Map<string, number>();
    for (const r of rows) perKind.set(r.expected.kind, (perKind.get(r.expected.kind) ?? 0) + 1);
    for (const n of perKind.values()) expect(n).toBeGreaterThanOrEqual(10);
  });

  it("reads the kind of at least 85% of the phrasings right", () => {
    expect(kindsRight / rows.length).toBeGreaterThanOrEqual(0.85);
  });

  it("reads at least 70% of the phrasings exactly, every constraint included", () => {
    expect((rows.length - misread.length) / rows.length).toBeGreaterThanOrEqual(0.7);
  });
});
