// A third held-out exam: unseen fictional briefings (tests/fixtures/holdout3) and questions, graded by exam.ts.
import { describeHeldOutExam } from "./exam.ts";
import { holdout3Set } from "./holdout3-set.ts";

describeHeldOutExam({
  name: "third held-out",
  fixtures: "holdout3",
  briefings: 4,
  cases: holdout3Set,
  // Fixed before the first run; a held-out threshold moved after seeing results measures nothing.
  answerableThreshold: 0.75,
  declineThreshold: 0.85,
});
