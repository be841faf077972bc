// Blind set H of issue 10: five briefings of real talks (the Colombia-ELN talks in Caracas 2022
// and Havana 2023 as two rounds of one series, the Kenya National Dialogue 2008, the Lahore
// summit 1999, COP21 in Paris 2015; tests/fixtures/blind-h) and 164 questions in chat phrasing,
// written by someone who had not read src/ or tests/. Held back for the whole third session:
// only its summary line was read, before and after the session's engine changes, never a failure.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind h",
  fixtures: "blind-h",
  briefings: 5,
  cases: blindCases("blind-h"),
  // First run (engine at 2f7fc92): 77.5% answered right (100/129), 14 wrong, 85.7% declined
  // (30/35). After the third session's engine changes, still unseen: 81.4% (105/129) right,
  // 13 wrong, 91.4% (32/35) declined; see docs/answer-quality.md. The floors sit just under
  // that so that a regression fails; the target is 0.9 for both.
  // Floors raised to the end of the fourth session (f699808), just under its figures.
  // Floors raised to the end of the fifth session, just under its figures.
  // Floors raised to the end of the sixth session, just under its figures.
  answerableThreshold: 0.88,
  declineThreshold: 0.97,
});
