// General causes of the fourth blind draft set's misses (tests/fixtures/articles-blind4), each
// shown on a small article of its own with other names. See docs/drafting.md ("Blind set 4").
import { describe, expect, it } from "vitest";
import { type Draft, draftBriefing } from "../../src/draft/draft.ts";

const draft = (text: string, date?: string): Draft =>
  draftBriefing(text, date ? { date } : {});

const person = (d: Draft, name: string) =>
  (d.briefing.participants ?? []).find((p) => p.name === name);

describe("the report's own date", () => {
  it("is never read from a headline's relative words such as 'at the last minute'", () => {
    const d = draft(
      "How the harbour deal was done at the last minute\n\nFrom our correspondent\nSaturday 11 April 1998\n\nFriday's agreement was struck after midnight, officials said.",
    );
    expect(d.briefing.sources?.[0]?.published).toBe("1998-04-11");
  });

  it("takes a weekday's agreement before the report's date as the talks' date", () => {
    const d = draft(
      "Harbour deal\n\nSaturday 11 April 1998\n\nFriday's agreement at the castle was struck seventeen hours after the deadline.",
    );
    expect(d.briefing.date).toBe("1998-04-10");
    expect(d.briefing.sources?.[0]?.published).toBe("1998-04-11");
  });
});
