// Blind set L of issue 10: five briefings of real talks (the GRP-NDFP peace talks in Oslo, August
// and October 2016, as two rounds of one series; the Taif talks 1989; the Kyoto climate conference
// 1997; the Stockholm consultations on Yemen 2018; tests/fixtures/blind-l) and 139 questions in chat
// phrasing, written by someone who had not read src/ or tests/. Run once on the engine at d75bbf2
// before anyone read a failure, then handed over as the fifth session's tuning set: from then on it
// is a regression suite.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind l",
  fixtures: "blind-l",
  briefings: 5,
  cases: blindCases("blind-l"),
  // First run (engine at d75bbf2): 72.9% answered right (78/107), 12 wrong, 78.1% declined
  // (25/32). The floors sit just under that so that a regression fails; the target is
  // 0.9 for both.
  // Floors raised to the end of the fifth session, just under its figures.
  answerableThreshold: 0.87,
  declineThreshold: 0.99,
});
