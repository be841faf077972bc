// Blind set C of issue 10: five briefings of real talks (tests/fixtures/blind-c) and questions in
// chat phrasing, written by someone who had not read the engine, after the engine's first changes.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind c",
  fixtures: "blind-c",
  briefings: 5,
  cases: blindCases("blind-c"),
  // Fixed before the first run, which failed it (55.2% answered right); a general fix (names made
  // only of words of talks, "de la Calle", were spotted in every "say") brought it to 79.2%.
  // The first run's floors were 0.7; the target is 0.9 for both; see docs/answer-quality.md.
  // Third session (general causes: counts, who from a line, yes/no, talk names):
  // 88.8% answered right (111/125), 94.1% declined (48/51); floors just under, so a regression fails.
  // Floors raised to the end of the fourth session (f699808), just under its figures.
  // Floors raised to the end of the fifth session, just under its figures.
  // Floors raised to the end of the sixth session, just under its figures.
  answerableThreshold: 0.89,
  declineThreshold: 0.98,
});
