// The tenth blind draft set of issue 11 (tests/fixtures/articles-blind10: 10 reports in 8 styles,
// two wire reports and two reports with a quote across paragraphs from different outlets,
// non-state groups and institutions as speakers, role phrases holding another person's name,
// quotes named only afterwards and ambiguous), written by someone who had not read src/draft.
// Held back through the sixth session (only its totals read: at the start, after the first round
// of helpers, at the end; no helper saw it); in the repo from the session's end as a regression
// suite. First run (src/draft at ba76f66): 281/347 facts right (81.0%), 5/94 quotes misattributed
// (5.3%). End of the sixth session, still unseen: 286/347 (82.4%), 6/94 (6.4%): the session's
// attribution rules, tuned to 0 on the read sets, did not carry. The target is >= 90%
// facts right and <= 2% misattributed; the floors below are the end figures, so that the next
// session's work on these six must lower the misattribution ceiling with it.
import { describeBlindDraftSet } from "./blind-suite.ts";

// Seventh session (h-dbody: bodies that speak, unnamed sources, headline quotes): 292/347, 0/94;
// at the session's end (with h-drole, h-dfacts, h-dprec) 302/347, 0/94.
describeBlindDraftSet({
  ordinal: "tenth",
  fixtures: "articles-blind10",
  floors: { factsRight: 302, misattributed: 0 },
});
