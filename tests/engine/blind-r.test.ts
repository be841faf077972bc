// Blind set R of issue 10: five briefings of real talks (the Wye River Memorandum 1998; the
// Tripoli Agreement between the Philippine government and the MNLF 1976; the Algiers Agreement
// between Ethiopia and Eritrea 2000; the EU-facilitated Belgrade–Pristina dialogue in Brussels,
// 2 and 19 April 2013, as two rounds of one series in one city; tests/fixtures/blind-r) and 186
// questions in chat phrasing, written by someone who had not read src/ or tests/. First run on the
// engine as at 3277514, before anyone read a failure; then the eighth session's tuning set: a
// regression suite.
import { blindCases } from "./blind.ts";
import { describeHeldOutExam } from "./exam.ts";

describeHeldOutExam({
  name: "blind r",
  fixtures: "blind-r",
  briefings: 5,
  cases: blindCases("blind-r"),
  // First run (engine at 3277514): 64.5% answered right (91/141), 16 wrong, 84.4% declined
  // (38/45). The floors sit just under the latest figures so that a regression fails; the
  // issue's target is 0.9 for both.
  answerableThreshold: 0.64,
  declineThreshold: 0.84,
});
