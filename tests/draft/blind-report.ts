// Prints the grade of the blind draft set of issue 11, per report, per style and in total:
//   npx tsx tests/draft/blind-report.ts            figures only
//   npx tsx tests/draft/blind-report.ts --details  also every fact the drafts get wrong
import { formatGrade, gradeBlindSet } from "./blind-grade.ts";

console.log(formatGrade(gradeBlindSet(), process.argv.includes("--details")));
