// A held-out exam for the engine: unseen fictional briefings and questions, graded by exam.ts.
import { describeHeldOutExam } from "./exam.ts";
import { holdoutSet } from "./holdout-set.ts";

describeHeldOutExam({
  name: "held-out",
  fixtures: "holdout",
  briefings: 4,
  cases: holdoutSet,
  // Fixed before the first run; a held-out threshold moved after seeing results measures nothing.
  answerableThreshold: 0.75,
  declineThreshold: 0.85,
});
