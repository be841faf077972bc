// Blind set A of issue 10: five briefings of real talks (tests/fixtures/blind-a) and questions in
// chat phrasing, written by someone who had not read the engine; graded by exam.ts.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind a",
  fixtures: "blind-a",
  briefings: 5,
  cases: blindCases("blind-a"),
  // The first run's floors were 0.7, fixed before it; the target is 0.9 for both (see
  // docs/answer-quality.md). Tuned against since: these floors catch regressions.
  // Third session (general causes: counts, who from a line, yes/no, talk names):
  // 83.3% answered right (95/114), 94.7% declined (36/38); floors just under, so a regression fails.
  // Floors raised to the end of the fourth session (f699808), just under its figures.
  // Floors raised to the end of the sixth session, just under its figures.
  answerableThreshold: 0.87,
  declineThreshold: 0.99,
});
