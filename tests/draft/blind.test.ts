// The blind draft set of issue 11 (tests/fixtures/articles-blind: 9 reports in 9 styles, written by
// someone who had not read src/draft), graded by blind-grade.ts. The target is at least 90%
// of facts right and at most 2% of quotes misattributed. The first run (before any change to
// src/draft for this set) got 244 facts right and misattributed 23 quotes; since the discourse
// reading (src/draft/discourse.ts) the drafter has been tuned against this set, so it is now a
// regression suite, not a blind measure (docs/drafting.md, "Blind evaluation (issue 11)"); a
// second blind set gives the honest figure. These floors are the figures after that change.
import { describe, expect, it } from "vitest";
import { figuresLine, formatGrade, gradeBlindSet } from "./blind-grade.ts";

/**
 * First run (src/draft unchanged): 244/389 facts right (62.7%), 23/115 misattributed, 0 invalid.
 * After the discourse reading (tuned against this set): 281/389 (72.2%), 0/115 misattributed;
 * after the second session's attribution, roles, sides and next-step work: 329/389 (84.6%), 0;
 * after the third session's roles and sides from other sentences: 336/389 (86.4%), 0;
 * after the fourth session's sides, dates and attribution work: 348/389 (89.5%), 0.
 * after the fifth session's office holders, roles and attribution work: 359/389 (92.3%), 0.
 * Seventh session: 358, since "…", US officials said (expected as the United States) is an unnamed
 * source the draft leaves open, as issue 11's later sets expect.
 */
const FIRST_RUN = {
  factsRight: 358,
  misattributed: 0,
  invalid: 0,
};

describe("blind draft set (issue 11)", () => {
  const grade = gradeBlindSet();

  it("has at least 8 reports in at least 6 styles", () => {
    expect(grade.reports.length).toBeGreaterThanOrEqual(8);
    expect(grade.byStyle.size).toBeGreaterThanOrEqual(6);
    console.info(formatGrade(grade));
  });

  it("drafts every report, and every draft validates as it is", () => {
    for (const r of grade.reports) expect(r.problems, r.name).toEqual([]);
    expect(grade.total.invalid).toBe(FIRST_RUN.invalid);
  });

  it("gives no more quotes to a wrong speaker than the floor", () => {
    const q = grade.total.quotes;
    console.info(`blind drafts: ${figuresLine(grade.total)}`);
    // Every expected quote is in the draft (verbatim drafting finds them all).
    expect(q.missing).toBe(0);
    expect(q.misattributed).toBeLessThanOrEqual(FIRST_RUN.misattributed);
  });

  it("gets at least as many facts right as on the first run", () => {
    expect(grade.total.core.right).toBeGreaterThanOrEqual(FIRST_RUN.factsRight);
  });
});
