// Blind set G of issue 10: five briefings of real talks (Tashkent 1966, Esquipulas II 1987, the
// New START signing in Prague 2010, and the Ethiopia-Tigray talks in Pretoria and Nairobi in 2022
// as two rounds of one series; tests/fixtures/blind-g) and 177 questions in chat phrasing (yes/no
// questions, two constraints at once, people and topics present but never together), written by
// someone who had not read src/ or tests/. Its first run was recorded before anyone read a failure;
// since then it is tuned against, so it is a regression suite, not a held-out figure.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind g",
  fixtures: "blind-g",
  briefings: 5,
  cases: blindCases("blind-g"),
  // First run (engine at 2f7fc92): 74.6% answered right (100/134), 12.7% wrong (17/134),
  // 90.7% declined (39/43). Tuned on its failures' general causes (docs/answer-quality.md):
  // 87.3% right (117/134), 7.5% wrong (10/134), 95.3% declined (41/43); merged with the third
  // session's causes on A-F: 88.1% right (118/134), 7.5% wrong, 95.3% declined. The floors sit just
  // under that so that a regression fails; the target is 0.9 for both.
  // Floors raised to the end of the fourth session (f699808), just under its figures.
  // Floors raised to the end of the fifth session, just under its figures.
  answerableThreshold: 0.9,
  declineThreshold: 0.95,
});
