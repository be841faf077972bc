// Prints the grade of a blind draft set of issue 11, per report, per style and in total:
//   npx tsx tests/draft/blind-report.ts                  the first set, figures only
//   npx tsx tests/draft/blind-report.ts --details        also every fact the drafts get wrong
//   npx tsx tests/draft/blind-report.ts --set=articles-blind2   another set in tests/fixtures
//   npx tsx tests/draft/blind-report.ts DIR              a set in any folder
import { join, resolve } from "node:path";
import { formatGrade, gradeBlindSet, loadBlindSet } from "./blind-grade.ts";

const set = process.argv.find((a) => a.startsWith("--set="))?.slice("--set=".length);
const dir = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
const reports = set
  ? loadBlindSet(join(import.meta.dirname, "..", "fixtures", set))
  : dir
    ? loadBlindSet(resolve(dir))
    : loadBlindSet();
console.log(formatGrade(gradeBlindSet(reports), process.argv.includes("--details")));
