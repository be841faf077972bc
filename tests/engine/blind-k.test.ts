// Blind set K of issue 10: five briefings of real talks (the Geneva II conference on Syria, its
// opening in Montreux and its second round in Geneva 2014, as two rounds of one series; the Simla
// talks 1972; the Arusha Accords 1993; the Iran-Saudi agreement brokered in Beijing 2023;
// tests/fixtures/blind-k) and 140 questions in chat phrasing, written by someone who had not read
// src/ or tests/. Held back through the fifth session: only its summary line was read, at the start
// (engine at d75bbf2) and at the end; no failure was read and no helper saw it. From the sixth
// session on it is a regression suite.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind k",
  fixtures: "blind-k",
  briefings: 5,
  cases: blindCases("blind-k"),
  // First run (d75bbf2): 65.4% answered right (70/107), 14 wrong, 69.7% declined (23/33).
  // End of the fifth session, still unseen: 70.1% (75), 13 wrong, 81.8% declined (27/33). The
  // floors sit just under that so that a regression fails; the target is 0.9 for both.
  // Floors raised to the end of the sixth session, just under its figures.
  answerableThreshold: 0.83,
  declineThreshold: 0.99,
});
