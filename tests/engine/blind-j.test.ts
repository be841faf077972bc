// Blind set J of issue 10: five briefings of real talks (Obama and Castro in Panama 2015, the
// US-China Phase One signing 2020, the Russia-Ukraine talks near Gomel and in Belovezhskaya
// Pushcha 2022 as two rounds of one series, the Bangsamoro agreement 2014; tests/fixtures/blind-j)
// and 137 questions in chat phrasing, written by someone who had not read src/ or tests/. Run once
// on the engine at b9f0677 before anyone read a failure, then handed over as a tuning set in the
// fourth session: from then on it is a regression suite.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind j",
  fixtures: "blind-j",
  briefings: 5,
  cases: blindCases("blind-j"),
  // First run (engine at b9f0677): 76.7% answered right (79/103), 11 wrong, 61.8% declined
  // (21/34). The floors sit just under that so that a regression fails; the target is
  // 0.9 for both. After the fourth session's decline checks (branch h-decline): 85.3% declined
  // (29/34), so its floor sits under that.
  // Floors raised to the end of the fourth session (f699808), just under its figures.
  // Floors raised to the end of the fifth session, just under its figures.
  // Floors raised to the end of the sixth session, just under its figures.
  answerableThreshold: 0.84,
  declineThreshold: 0.94,
});
