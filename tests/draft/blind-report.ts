// Prints the grade of a blind draft set of issue 11, per report, per style and in total:
//   npx tsx tests/draft/blind-report.ts                 the first set (tests/fixtures/articles-blind)
//   npx tsx tests/draft/blind-report.ts DIR             another set, e.g. tests/fixtures/articles-blind2
//   npx tsx tests/draft/blind-report.ts DIR --details   also every fact the drafts get wrong
import { resolve } from "node:path";
import { formatGrade, gradeBlindSet, loadBlindSet } from "./blind-grade.ts";

const dir = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
const reports = dir ? loadBlindSet(resolve(dir)) : loadBlindSet();
console.log(formatGrade(gradeBlindSet(reports), process.argv.includes("--details")));
