// The sixth blind draft set of issue 11 (tests/fixtures/articles-blind6: 10 reports in 8 styles,
// two wire and two agency reports from different outlets, date ranges as next steps, speakers
// named only after their quote, non-state sides, reports covering two meetings), written by
// someone who had not read src/draft. Held back for the whole fourth session: only its totals
// were read. First run (src/draft at b9f0677): 246/354 facts right (69.5%), 2/89 quotes
// misattributed (2.2%), no invalid draft. After the session's drafting changes, still unseen:
// 256/354 (72.3%), 2/89 misattributed (2.2%). The target is >= 90% facts right and <= 2%
// misattributed.
import { describeBlindDraftSet } from "./blind-suite.ts";

// End of the fourth session (src/draft at f699808): 256 facts right, 2 misattributed.
// Floors raised to the end of the fifth session (facts right as then); second round (h-attrib2):
// 0 misattributed.
// Floors raised to the end of the sixth session (facts right as then).
describeBlindDraftSet({
  ordinal: "sixth",
  fixtures: "articles-blind6",
  floors: { factsRight: 280, misattributed: 0 },
});
