// Blind set I of issue 10: five briefings of real talks (the Summit on Peace in Ukraine at
// Bürgenstock 2024, the Syrian Constitutional Committee's first and second rounds in Geneva 2019
// as one series, the Maputo accord 2019, the ASEAN leaders' meeting on Myanmar in Jakarta 2021;
// tests/fixtures/blind-i) and 140 questions in chat phrasing, written by someone who had not read
// src/ or tests/. Held back for the whole fourth session: only its summary line was read, before
// and after the session's engine changes, never a failure. From the fifth session on it is a
// regression suite.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind i",
  fixtures: "blind-i",
  briefings: 5,
  cases: blindCases("blind-i"),
  // First run (engine at b9f0677): 73.6% answered right (78/106), 14 wrong, 73.5% declined
  // (25/34). After the fourth session's engine changes, still unseen: 72.6% (77/106) right,
  // 13 wrong, 82.4% (28/34) declined; see docs/answer-quality.md. The floors sit just under
  // that so that a regression fails; the target is 0.9 for both.
  // Floors raised to the end of the fifth session, just under its figures.
  // Floors raised to the end of the sixth session, just under its figures.
  answerableThreshold: 0.9,
  declineThreshold: 0.99,
});
