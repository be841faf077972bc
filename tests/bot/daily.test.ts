// The daily summary's parts: which quotes matter most, nearest days, and reading a DATE.
import { describe, expect, it } from "vitest";
import {
  addDays,
  dailySummary,
  localDay,
  nearestDays,
  parseDay,
  topQuotes,
} from "../../src/daily/index.ts";
import { makeBriefing } from "./helpers.ts";

describe("topQuotes", () => {
  const briefing = makeBriefing({
    id: "q",
    participants: [
      { name: "Anna Berg", role: "Foreign Minister of Norland" },
      { name: "Carl Dunn", role: "Deputy head of delegation" },
      { name: "Eve Fox", role: "Press officer" },
    ],
    quotes: [
      { speaker: "Eve Fox", text: "No comment." },
      {
        speaker: "Carl Dunn",
        text: "We listened carefully to every proposal that was put on the table today and will report back.",
      },
      {
        speaker: "Anna Berg",
        text: "Our borders are not negotiable, and we said so plainly to our partners in the room.",
      },
      {
        speaker: "Anna Berg",
        text: "We will meet again in March to continue the work on the ceasefire monitoring.",
      },
      { speaker: "Unnamed diplomat", text: "It was tense." },
    ],
  });

  it("prefers the leads' substantive quotes and different speakers, at most the limit", () => {
    expect(topQuotes(briefing, 3).map((q) => q.speaker)).toEqual([
      "Anna Berg",
      "Carl Dunn",
      "Anna Berg",
    ]);
    expect(topQuotes(briefing, 2).map((q) => q.text.slice(0, 10))).toEqual([
      "Our border",
      "We listene",
    ]);
  });

  it("returns what there is when a briefing has fewer quotes", () => {
    expect(topQuotes(makeBriefing({ id: "none" }), 3)).toEqual([]);
    expect(
      topQuotes(makeBriefing({ id: "one", quotes: [{ speaker: "X", text: "Yes." }] }), 3),
    ).toHaveLength(1);
  });
});

describe("dailySummary", () => {
  const briefings = [
    makeBriefing({
      id: "a",
      date: "2022-01-10",
      next_steps: [
        { text: "Report", date: "2022-01-20" },
        { text: "Old", date: "2022-01-11" },
      ],
    }),
    makeBriefing({
      id: "b",
      date: "2022-01-12",
      end_date: "2022-01-14",
      next_steps: [{ text: "Undated step" }],
    }),
    makeBriefing({ id: "c", date: "2022-02-01" }),
  ];

  it("puts next steps dated after the day under coming up, soonest first", () => {
    const summary = dailySummary(briefings, "2022-01-13");
    expect(summary.briefings.map((b) => b.briefing.id)).toEqual(["b"]);
    expect(summary.comingUp.map((c) => c.text)).toEqual(["Report"]);
    expect(summary.nearest).toEqual({});
  });

  it("names the nearest earlier and later days for an empty day, counting multi-day ends", () => {
    expect(nearestDays(briefings, "2022-01-20")).toEqual({
      before: "2022-01-14",
      after: "2022-02-01",
    });
    expect(nearestDays(briefings, "2023-01-01")).toEqual({ before: "2022-02-01" });
    expect(dailySummary([], "2022-01-01").nearest).toEqual({});
  });
});

describe("parseDay", () => {
  const now = new Date("2022-01-14T10:00:00Z"); // a Friday

  it("reads ISO dates, written dates and relative days", () => {
    expect(parseDay("2022-01-12", now, "UTC")).toBe("2022-01-12");
    expect(parseDay("12 January 2022", now, "UTC")).toBe("2022-01-12");
    expect(parseDay("January 12, 2022", now, "UTC")).toBe("2022-01-12");
    expect(parseDay("12/01/2022", now, "UTC")).toBe("2022-01-12");
    expect(parseDay("today", now, "UTC")).toBe("2022-01-14");
    expect(parseDay("Yesterday", now, "UTC")).toBe("2022-01-13");
    expect(parseDay("last Wednesday", now, "UTC")).toBe("2022-01-12");
  });

  it("reads relative days in the given time zone", () => {
    const lateEvening = new Date("2022-01-14T23:30:00Z");
    expect(parseDay("today", lateEvening, "UTC")).toBe("2022-01-14");
    expect(parseDay("today", lateEvening, "Europe/Brussels")).toBe("2022-01-15");
    expect(parseDay("today", lateEvening, "America/Los_Angeles")).toBe("2022-01-14");
  });

  it("refuses text that is not wholly a date, and days that do not exist", () => {
    for (const bad of ["", "banana", "2022-02-30", "2022-13-01", "the talks on 12 January"]) {
      expect(parseDay(bad, now, "UTC")).toBeUndefined();
    }
  });
});

describe("localDay and addDays", () => {
  it("give the calendar day in a zone and move across month and year ends", () => {
    expect(localDay(new Date("2021-12-31T23:30:00Z"), "Europe/Brussels")).toBe("2022-01-01");
    expect(addDays("2021-12-31", 1)).toBe("2022-01-01");
    expect(addDays("2022-03-01", -1)).toBe("2022-02-28");
  });
});
