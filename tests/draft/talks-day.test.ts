// A report of the day after: the talks' date is the day the opening places them on.
import { describe, expect, it } from "vitest";
import { draftBriefing } from "../../src/draft/index.ts";
import { talksDayBefore, talksRange } from "../../src/draft/talks-day.ts";

describe("the talks' date of a report written after them", () => {
  it("reads a weekday's summit before the report's date", () => {
    // 13 June 2018 was a Wednesday
    expect(talksDayBefore("A day after Tuesday's summit, officials …", "2018-06-13")?.day).toBe(
      "2018-06-12",
    );
    expect(talksDayBefore("Friday's closing session ended late.", "2018-06-13")?.day).toBe(
      "2018-06-08",
    );
  });

  it("reads yesterday's meeting as the day before", () => {
    expect(talksDayBefore("After yesterday's meeting in Valletta …", "2023-03-15")?.day).toBe(
      "2023-03-14",
    );
  });

  it("leaves a same-day report alone", () => {
    expect(talksDayBefore("Norland and Sudmark agreed on Tuesday to a patrol.", "2023-03-14")).toBe(
      undefined,
    );
  });

  it("dates the draft by the talks and the source by the report", () => {
    const text = [
      "Harbour states count the cost of a long night",
      "",
      "Published 15 March 2023",
      "",
      "A day after Tuesday's summit in Valletta, Norland and Sudmark were still arguing about tariffs.",
    ].join("\n");
    const { briefing } = draftBriefing(text);
    expect(briefing.date).toBe("2023-03-14");
    expect(briefing.sources[0]?.published).toBe("2023-03-15");
  });
});

describe("talks over several days", () => {
  it("dates the talks from their first day and ends them on the last", () => {
    const draft = draftBriefing(
      "Summit ends in Turku\n\nTurku, 14 May 2025\n\nThe summit ended today. From 12 to 14 May, President Aino Salo hosted the leaders of the region.",
      { file: "report.txt" },
    );
    expect([draft.briefing.date, draft.briefing.end_date]).toEqual(["2025-05-12", "2025-05-14"]);
    expect(draft.briefing.sources[0]?.published).toBe("2025-05-14");
  });

  it("takes no range that ends after the report or runs backwards", () => {
    expect(talksRange("Talks are planned from 20 to 22 May.", "2025-05-14")).toBeUndefined();
    expect(talksRange("Between 9 and 3 May nothing happened.", "2025-05-14")).toBeUndefined();
  });
});
