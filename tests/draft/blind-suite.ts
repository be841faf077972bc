// One blind draft set as a regression suite: every draft valid, and no fewer facts right and no
// more quotes in a wrong mouth than the floors its test file records (with how they came about).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { figuresLine, gradeBlindSet, loadBlindSet } from "./blind-grade.ts";

export interface BlindDraftSuite {
  /** "seventh": the set's place in the order the sets were written. */
  ordinal: string;
  /** The folder under tests/fixtures. */
  fixtures: string;
  /** The floors a regression must not cross: facts right at least, misattributed at most. */
  floors: { factsRight: number; misattributed: number };
}

export function describeBlindDraftSet({ ordinal, fixtures, floors }: BlindDraftSuite): void {
  describe(`${ordinal} blind draft set (issue 11)`, () => {
    const grade = gradeBlindSet(
      loadBlindSet(join(import.meta.dirname, "..", "fixtures", fixtures)),
    );

    it("has at least 8 reports in at least 6 styles, every draft valid", () => {
      expect(grade.reports.length).toBeGreaterThanOrEqual(8);
      expect(grade.byStyle.size).toBeGreaterThanOrEqual(6);
      expect(grade.total.invalid).toBe(0);
      console.info(`${ordinal} blind drafts: ${figuresLine(grade.total)}`);
    });

    it(`gives at most ${floors.misattributed} quotes to a wrong speaker`, () => {
      expect(grade.total.quotes.misattributed).toBeLessThanOrEqual(floors.misattributed);
    });

    it(`gets at least ${floors.factsRight} facts right`, () => {
      expect(grade.total.core.right).toBeGreaterThanOrEqual(floors.factsRight);
    });
  });
}
