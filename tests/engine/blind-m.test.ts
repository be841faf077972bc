// Blind set M of issue 10: five briefings of real talks (the "5+2" Transnistria settlement talks
// in Rome, May 2018, and Bratislava, October 2019, as two rounds of one series; the US-North Korea
// Agreed Framework, Geneva 1994; the Rome General Peace Accords for Mozambique 1992; the Lomé
// Peace Agreement for Sierra Leone 1999; tests/fixtures/blind-m) and 138 questions in chat
// phrasing, written by someone who had not read src/ or tests/. Held back through the sixth
// session (only its summary line read: at the start, after the first round of helpers, at the
// end; no helper saw it); in the repo from the session's end as a regression suite.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind m",
  fixtures: "blind-m",
  briefings: 5,
  cases: blindCases("blind-m"),
  // First run (engine at ba76f66): 77.1% answered right (81/105), 8 wrong, 78.8% declined
  // (26/33). End of the sixth session, still unseen: 79.0% (83), 6 wrong, 78.8% (26). The
  // floors sit just under that so that a regression fails; the target is 0.9 for both.
  answerableThreshold: 0.93,
  declineThreshold: 0.99,
});
