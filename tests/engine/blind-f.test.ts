// Blind set F of issue 10: five briefings of real talks (Egypt-Israel treaty 1979, the Minsk
// Protocol and memorandum of September 2014 as two rounds of one series, Rambouillet 1999, the
// Shanghai Communiqué 1972; tests/fixtures/blind-f) and 157 questions in chat phrasing, written
// by someone who had not read src/ or tests/. Held back while the engine was changed: only its
// summary line was read, three times, and none of its failures.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind f",
  fixtures: "blind-f",
  briefings: 5,
  cases: blindCases("blind-f"),
  // First run (engine at 35b05af): 79.3% answered right (96/121), 80.6% declined (29/36).
  // After the session's engine changes (typed kind reader, word correction, constraint checks),
  // still unseen: 78.5% (95/121) right, 91.7% (33/36) declined; see docs/answer-quality.md.
  // The floors sit just under that so that a regression fails; the target is 0.9 for both.
  // Third session (general causes: counts, who from a line, yes/no, talk names):
  // 78.5% answered right (95/121), 91.7% declined (33/36); floors just under, so a regression fails.
  // With blind G's causes (places, names in capitals, spellings, lengths in years) merged:
  // 83.5% right (101/121), 6.6% wrong (8/121).
  // Floors raised to the end of the fourth session (f699808), just under its figures.
  answerableThreshold: 0.86,
  declineThreshold: 0.97,
});
