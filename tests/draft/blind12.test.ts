// The twelfth blind draft set of issue 11 (tests/fixtures/articles-blind12: 10 reports in 8
// styles, two wire and two agency reports from different outlets; two people of one side speaking
// in turn, quotes introduced by a role noun alone, statements, posts and unnamed sources, names
// seen first in a headline), written by someone who had not read src/draft. Held back through the
// seventh session (only its totals read: at the start, after the first round of helpers, at the
// end; no helper saw it); in the repo from the session's end as a regression suite. First run
// (src/draft at ed1bd7f): 293/406 facts right (72.2%), 7/138 quotes misattributed (5.1%).
// After the first round, still unseen: 307/406, 8/138; end of the seventh session, still unseen:
// 306/406 (75.4%), 8/138 (5.8%). The target is >= 90% facts right and <= 2% misattributed; the floors are
// the end figures.
import { describeBlindDraftSet } from "./blind-suite.ts";

describeBlindDraftSet({
  ordinal: "twelfth",
  fixtures: "articles-blind12",
  floors: { factsRight: 306, misattributed: 8 },
});
