// Counts, for each attribution path (rule), the graded quotes it credits right and wrong across
// the read blind sets, for the precision review of draft.ts's DEMOTED_PATHS:
//   npx tsx tests/draft/attribution-paths.ts [DIR …]   sets 1–11 and any set folders given
import { join, resolve } from "node:path";
import { gradeBlindSet, loadBlindSet } from "./blind-grade.ts";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const sets = [
  "articles-blind",
  ...Array.from({ length: 10 }, (_, i) => `articles-blind${i + 2}`),
].map((name) => ({ name, dir: join(fixtures, name) }));
for (const dir of process.argv.slice(2)) sets.push({ name: dir, dir: resolve(dir) });

const tally = new Map<string, { right: number; wrong: number; sets: Set<string> }>();
for (const set of sets) {
  for (const report of gradeBlindSet(loadBlindSet(set.dir)).reports) {
    for (const q of report.quotes) {
      if (!q.rule || q.outcome === "unattributed" || q.outcome === "missing") continue;
      const t = tally.get(q.rule) ?? { right: 0, wrong: 0, sets: new Set<string>() };
      if (q.outcome === "right") t.right++;
      else t.wrong++;
      t.sets.add(set.name.replace(/.*\//, ""));
      tally.set(q.rule, t);
    }
  }
}
for (const [rule, t] of [...tally].sort(
  (a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong,
))
  console.log(
    `${rule.padEnd(34)} right ${String(t.right).padStart(4)}  wrong ${t.wrong}  (${[...t.sets].join(", ")})`,
  );
