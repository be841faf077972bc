// Blind set N of issue 10: five briefings of real talks (the Libyan Political Dialogue Forum in
// Tunis, November 2020, and near Geneva, February 2021, as two rounds of one series; the Brasília
// Presidential Act of Ecuador and Peru 1998; the Reagan-Gorbachev Washington summit 1987; the
// Algiers Accords 1981; tests/fixtures/blind-n) and 135 questions in chat phrasing, written by
// someone who had not read src/ or tests/. Run once on the engine at ba76f66 before anyone read a
// failure, then handed over as the sixth session's tuning set: from then on it is a regression suite.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind n",
  fixtures: "blind-n",
  briefings: 5,
  cases: blindCases("blind-n"),
  // First run (engine at ba76f66): 65.0% answered right (65/100), 15 wrong, 74.3% declined
  // (26/35). The floors sit just under that so that a regression fails; the target is
  // 0.9 for both.
  // Floors raised to the end of the sixth session, just under its figures.
  answerableThreshold: 0.78,
  declineThreshold: 0.97,
});
