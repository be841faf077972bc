// The fifth blind draft set of issue 11 (tests/fixtures/articles-blind5: 11 reports in 9 styles,
// two wire and two agency reports from different outlets, a dateline without a year, a report
// covering two meetings, a quote inside a quote, an interviewer's question), written by someone
// who had not read src/draft. Held back for the whole third session: only its totals were read.
// First run (src/draft at 2f7fc92): 296/416 facts right (71.2%), 10/121 quotes misattributed
// (8.3%), no invalid draft. After the session's drafting changes, still unseen: 310/416 (74.5%),
// 5/121 misattributed (4.1%). The target is >= 90% facts right and <= 2% misattributed.
import { describeBlindDraftSet } from "./blind-suite.ts";

// Read in the fourth session (branch h-attrib): no quote in a wrong mouth since.
// End of the fourth session (src/draft at f699808): 326 facts right, 0 misattributed.
// Floors raised to the end of the fifth session (facts right as then).
// Floors raised to the end of the sixth session (facts right as then).
describeBlindDraftSet({
  ordinal: "fifth",
  fixtures: "articles-blind5",
  floors: { factsRight: 360, misattributed: 0 },
});
