// `npx tsx tests/engine/quality-report.ts [--failures]`: every exam and the paraphrase suite, with
// answered-right, answered-wrong and declined counted apart (the figures of docs/answer-quality.md).
import { fileURLToPath } from "node:url";
import { loadBriefings } from "../../src/briefing/index.ts";
import { createEngine, type Engine } from "../../src/engine/index.ts";
import { blindCases, paraphraseGroups } from "./blind.ts";
import { evalSet } from "./eval-set.ts";
import type { ExamCase } from "./exam.ts";
import { judge } from "./exam.ts";
import { holdoutSet } from "./holdout-set.ts";
import { holdout2Set } from "./holdout2-set.ts";
import { holdout3Set } from "./holdout3-set.ts";

const showFailures = process.argv.includes("--failures");

async function engineOver(...folders: string[]): Promise<Engine> {
  const briefings = [];
  for (const folder of folders) {
    const dir = fileURLToPath(new URL(`../${folder}`, import.meta.url));
    briefings.push(...(await loadBriefings(dir)).briefings);
  }
  return createEngine(briefings);
}

function pct(n: number, of: number): string {
  return of === 0 ? "-" : `${((100 * n) / of).toFixed(1)}% (${n}/${of})`;
}

async function exam(
  name: string,
  engineFor: Engine | ((c: ExamCase) => Engine),
  cases: readonly ExamCase[],
): Promise<void> {
  let right = 0;
  let wrong = 0;
  let declined = 0;
  let declineRight = 0;
  let declineWrong = 0;
  const failures: string[] = [];
  for (const c of cases) {
    const engine = typeof engineFor === "function" ? engineFor(c) : engineFor;
    const o = judge(c, engine);
    const a = engine.ask(c.question);
    if (c.answerable) {
      if (o.ok) right++;
      else if (a.answered) wrong++;
      else declined++;
    } else if (o.ok) declineRight++;
    else declineWrong++;
    if (!o.ok) {
      const want = c.answerable ? `${JSON.stringify(c.expect)} from ${c.briefing}` : "a decline";
      failures.push(
        `  ✗ [${c.kind}] ${c.question}\n      want ${want}\n      got  ${o.firstCitation ?? "-"}: ${o.text.replace(/\n/g, " / ").slice(0, 240)}`,
      );
    }
  }
  const answerable = right + wrong + declined;
  console.log(
    `${name}: answerable ${answerable}: right ${pct(right, answerable)}, wrong ${pct(wrong, answerable)}, declined ${pct(declined, answerable)}; to decline ${declineRight + declineWrong}: declined ${pct(declineRight, declineRight + declineWrong)}, answered ${pct(declineWrong, declineRight + declineWrong)}`,
  );
  if (showFailures) console.log(failures.join("\n"));
}

async function paraphrases(): Promise<void> {
  const engine = await engineOver("fixtures/paraphrase");
  const groups = paraphraseGroups();
  let consistent = 0;
  let allRight = 0;
  let wordingsRight = 0;
  let wordings = 0;
  const failures: string[] = [];
  for (const g of groups) {
    const outcomes = g.wordings.map((w) => {
      const c: ExamCase = { ...g, question: w, corpus: "paraphrase" };
      const o = judge(c, engine);
      const a = engine.ask(w);
      const cite = a.citations[0];
      return {
        w,
        ok: o.ok,
        key: a.answered ? `${cite?.briefing}|${cite?.section}|${cite?.text}` : "declined",
        text: a.text,
      };
    });
    wordings += outcomes.length;
    wordingsRight += outcomes.filter((o) => o.ok).length;
    if (new Set(outcomes.map((o) => o.key)).size === 1) consistent++;
    if (outcomes.every((o) => o.ok)) allRight++;
    else
      failures.push(
        `  ✗ ${g.id} [${g.kind}] want ${g.answerable ? JSON.stringify(g.expect) : "a decline"}\n${outcomes
          .filter((o) => !o.ok)
          .map((o) => `      ${o.w} → ${o.text.replace(/\n/g, " / ").slice(0, 160)}`)
          .join("\n")}`,
      );
  }
  console.log(
    `paraphrase suite: ${groups.length} questions, ${wordings} wordings: same answer for every wording ${pct(consistent, groups.length)}, every wording right ${pct(allRight, groups.length)}, wordings right ${pct(wordingsRight, wordings)}`,
  );
  if (showFailures) console.log(failures.join("\n"));
}

const shipped = await engineOver("../briefings");
const withFixtures = await engineOver("../briefings", "fixtures/briefings");
await exam("blind a", await engineOver("fixtures/blind-a"), blindCases("blind-a"));
await exam("blind b", await engineOver("fixtures/blind-b"), blindCases("blind-b"));
await exam("blind c", await engineOver("fixtures/blind-c"), blindCases("blind-c"));
await exam("blind d", await engineOver("fixtures/blind-d"), blindCases("blind-d"));
await exam("blind e", await engineOver("fixtures/blind-e"), blindCases("blind-e"));
await exam("blind f", await engineOver("fixtures/blind-f"), blindCases("blind-f"));
await exam("blind g", await engineOver("fixtures/blind-g"), blindCases("blind-g"));
await exam("blind h", await engineOver("fixtures/blind-h"), blindCases("blind-h"));
await exam("blind i", await engineOver("fixtures/blind-i"), blindCases("blind-i"));
await exam("blind j", await engineOver("fixtures/blind-j"), blindCases("blind-j"));
await exam("blind k", await engineOver("fixtures/blind-k"), blindCases("blind-k"));
await exam("blind l", await engineOver("fixtures/blind-l"), blindCases("blind-l"));
await exam("blind m", await engineOver("fixtures/blind-m"), blindCases("blind-m"));
await exam("blind n", await engineOver("fixtures/blind-n"), blindCases("blind-n"));
await exam("blind o", await engineOver("fixtures/blind-o"), blindCases("blind-o"));
await exam("blind p", await engineOver("fixtures/blind-p"), blindCases("blind-p"));
await exam("blind r", await engineOver("fixtures/blind-r"), blindCases("blind-r"));
await paraphrases();
await exam(
  "regression: evaluation",
  (c) => ((c as (typeof evalSet)[number]).corpus === "shipped" ? shipped : withFixtures),
  evalSet,
);
await exam("regression: held-out 1", await engineOver("fixtures/holdout"), holdoutSet);
await exam("regression: held-out 2", await engineOver("fixtures/holdout2"), holdout2Set);
await exam("regression: held-out 3", await engineOver("fixtures/holdout3"), holdout3Set);
