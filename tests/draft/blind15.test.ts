// The fifteenth blind draft set of issue 11 (tests/fixtures/articles-blind15: 10 reports in 9
// styles over talks of 2025), written by someone who had not read src/draft. First run (src/draft
// at 3277514), before anyone read a failure: 314/399 facts right (78.7%), 9/146 quotes
// misattributed (6.2%); then the eighth session's tuning set: a regression suite.
import { describeBlindDraftSet } from "./blind-suite.ts";

describeBlindDraftSet({
  ordinal: "fifteenth",
  fixtures: "articles-blind15",
  floors: { factsRight: 314, misattributed: 9 },
});
