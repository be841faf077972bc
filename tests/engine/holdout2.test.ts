// A second held-out exam: unseen fictional briefings (tests/fixtures/holdout2) and questions, graded by exam.ts.
import { describeHeldOutExam } from "./exam.ts";
import { holdout2Set } from "./holdout2-set.ts";

describeHeldOutExam({
  name: "second held-out",
  fixtures: "holdout2",
  briefings: 4,
  cases: holdout2Set,
  // Fixed before the first run; a held-out threshold moved after seeing results measures nothing.
  answerableThreshold: 0.75,
  declineThreshold: 0.85,
});
