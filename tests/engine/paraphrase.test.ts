// The paraphrase suite of issue 10: each question in five or more wordings (written blind to the
// engine, over tests/fixtures/paraphrase); reports how often every wording gets the same answer.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../src/briefing/index.ts";
import { createEngine } from "../../src/engine/index.ts";
import { paraphraseGroups } from "./blind.ts";
import { judge } from "./exam.ts";

const dir = fileURLToPath(new URL("../fixtures/paraphrase", import.meta.url));

describe("the engine on the paraphrase suite", () => {
  const groups = paraphraseGroups();
  const results: { same: boolean; right: number; wordings: number }[] = [];

  beforeAll(async () => {
    const engine = createEngine((await loadBriefings(dir)).briefings);
    for (const g of groups) {
      const keys = new Set<string>();
      let right = 0;
      for (const w of g.wordings) {
        const a = engine.ask(w);
        const cite = a.citations[0];
        keys.add(a.answered ? `${cite?.briefing}|${cite?.section}|${cite?.text}` : "declined");
        if (judge({ ...g, question: w, corpus: "paraphrase" }, engine).ok) right++;
      }
      results.push({ same: keys.size === 1, right, wordings: g.wordings.length });
    }
    const same = results.filter((r) => r.same).length;
    const right = results.reduce((n, r) => n + r.right, 0);
    const all = results.reduce((n, r) => n + r.wordings, 0);
    console.log(
      `paraphrase suite: same answer for every wording in ${same}/${groups.length} questions; ${right}/${all} wordings right`,
    );
  });

  it("holds at least 40 questions in at least five wordings each", () => {
    expect(groups.length).toBeGreaterThanOrEqual(40);
    for (const g of groups) expect(g.wordings.length).toBeGreaterThanOrEqual(5);
  });

  it("answers at least two thirds of all wordings right (a regression floor, set after the first run's 71%)", () => {
    const right = results.reduce((n, r) => n + r.right, 0);
    const all = results.reduce((n, r) => n + r.wordings, 0);
    expect(right / all).toBeGreaterThanOrEqual(0.67);
  });
});
