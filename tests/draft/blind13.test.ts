// The thirteenth blind draft set of issue 11 (tests/fixtures/articles-blind13: 10 reports in 8
// styles, the same hard cases as set 12 over ten other talks), written by someone who had not
// read src/draft. First run (src/draft at ed1bd7f), before anyone read a failure: 296/388 facts
// right (76.3%), 9/114 quotes misattributed (7.9%); then the seventh session's tuning set.
// End of the seventh session (tuned against): 326/388 (84.0%), 0/114.
import { describeBlindDraftSet } from "./blind-suite.ts";

describeBlindDraftSet({
  ordinal: "thirteenth",
  fixtures: "articles-blind13",
  floors: { factsRight: 326, misattributed: 0 },
});
