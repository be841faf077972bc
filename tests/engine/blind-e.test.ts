// Blind set E of issue 10: five briefings of real talks (the Six-Party Talks in Beijing, 2005 and
// 2007, as two rounds of one series; Aceh Helsinki 2005, Crans-Montana 2017, Mexico City 2021;
// tests/fixtures/blind-e) and 162 questions in chat phrasing, written by someone who had not
// read src/ or tests/.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind e",
  fixtures: "blind-e",
  briefings: 5,
  cases: blindCases("blind-e"),
  // First run (engine at 35b05af, before any change for this set): 71.4% answered right
  // (90/126), 80.6% of the questions to decline declined (29/36); see docs/answer-quality.md.
  // The floors sit just under it so that a regression fails; the target is 0.9 for both.
  answerableThreshold: 0.7,
  declineThreshold: 0.8,
});
