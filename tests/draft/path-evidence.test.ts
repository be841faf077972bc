// A quote credited only by an attribution path with little evidence of precision on the read
// sets (src/draft/path-evidence.ts) is left Unattributed with the candidate named for review.
import { describe, expect, it } from "vitest";
import { draftBriefing } from "../../src/draft/index.ts";
import { WELL_EVIDENCED_PATHS } from "../../src/draft/path-evidence.ts";
import { byText, speakers } from "./quote-speakers.ts";

const LEAD = "Norway and Chile ended two days of fisheries talks in Oslo on Monday.";

describe("a quote credited by a rarely seen attribution path", () => {
  it("is left Unattributed with a REVIEW note naming the candidate and the rule", () => {
    const got = speakers(
      `${LEAD} The new quota is "a fair compromise for both fleets", according to Lars Berg, the Norwegian negotiator.`,
    );
    const q = byText(got, "a fair compromise");
    expect(q?.speaker).toBe("Unattributed");
    expect(q?.note).toBe("REVIEW: said by Lars Berg? (rule: accordingTo/name, rarely seen)");
  });

  it("keeps its speaker when a well-evidenced path credits the same person in the report", () => {
    const got = speakers(
      `${LEAD} The new quota is "a fair compromise for both fleets", according to Lars Berg, the Norwegian negotiator. "We will meet again in spring," Berg said.`,
    );
    expect(byText(got, "a fair compromise")?.speaker).toBe("Lars Berg");
    expect(byText(got, "We will meet again")?.speaker).toBe("Lars Berg");
  });
});

describe("a quote credited by a well-evidenced attribution path", () => {
  it("keeps its speaker, and its review mark names the path that credited it", () => {
    const draft = draftBriefing(
      `Fisheries talks in Oslo\n\n${LEAD} "We will meet again in spring," said Ana Soto, Chile's fisheries minister.`,
      { date: "2025-06-03" },
    );
    expect(draft.briefing.quotes?.[0]?.speaker).toBe("Ana Soto");
    const rule = draft.marks.find((m) => m.path[0] === "quotes" && m.path[1] === 0)?.rule;
    expect(rule).toBe("attributionAfterQuote/name");
    expect(WELL_EVIDENCED_PATHS.has(rule ?? "")).toBe(true);
  });
});
