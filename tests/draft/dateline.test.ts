// A report's dateline gives the draft its location and publisher, and stays out of the summary.
import { describe, expect, it } from "vitest";
import { draftBriefing } from "../../src/draft/index.ts";

const wire = [
  "Harbour states agree joint patrol after long night of talks",
  "",
  "VALLETTA, Malta, 14 March 2023 (Reuters) - Norland and Sudmark agreed on Tuesday to a joint fisheries patrol after six hours of talks, officials said.",
  "",
  'Foreign Minister Marta Kowalczyk said: "The patrol shows what trust can build."',
].join("\n");

describe("the dateline of a report", () => {
  it("gives the location and the agency, and leaves the summary to the news", () => {
    const { briefing, marks } = draftBriefing(wire);
    expect(briefing.location).toBe("Valletta");
    expect(briefing.sources[0]?.publisher).toBe("Reuters");
    expect(briefing.summary.startsWith("Norland and Sudmark agreed")).toBe(true);
    expect(marks.some((m) => m.path[0] === "location" && m.note.includes("dateline"))).toBe(true);
  });

  it("keeps a publisher given on the command line over the dateline's", () => {
    const { briefing } = draftBriefing(wire, { publisher: "ARD" });
    expect(briefing.sources[0]?.publisher).toBe("ARD");
  });

  it("reads no dateline into a lead that has none", () => {
    const plain = wire.replace("VALLETTA, Malta, 14 March 2023 (Reuters) - ", "On 14 March 2023 ");
    const { briefing } = draftBriefing(plain, { date: "2023-03-14" });
    expect(briefing.location).toBeUndefined();
    expect(briefing.summary.startsWith("On 14 March 2023 Norland")).toBe(true);
  });
});
