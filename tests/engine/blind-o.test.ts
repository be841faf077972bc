// Blind set O of issue 10: five briefings of real talks (the Geneva International Discussions on
// the South Caucasus, October 2008 and February 2009, as two rounds of one series in one city;
// the Lusaka Protocol for Angola 1994; the Addis Ababa Agreement on southern Sudan 1972; the
// Nkomati Accord 1984; tests/fixtures/blind-o) and 140 questions in chat phrasing, written by
// someone who had not read src/ or tests/. Held back through the seventh session (only its
// summary line read: at the start, after the first round of helpers, at the end; no helper saw
// it); in the repo from the session's end as a regression suite.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind o",
  fixtures: "blind-o",
  briefings: 5,
  cases: blindCases("blind-o"),
  // First run (engine at ed1bd7f): 70.5% answered right (74/105), 10 wrong, 68.6% declined
  // (24/35). End of the seventh session, still unseen: 72.4% (76), 8 wrong, 71.4% (25);
  // after the first round of helpers 73.3% (77), 8 wrong, 71.4% (25). The floors sit just under that so that a regression fails; the
  // issue's target is 0.9 for both.
  answerableThreshold: 0.72,
  declineThreshold: 0.71,
});
