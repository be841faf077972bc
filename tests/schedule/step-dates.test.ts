// Which next steps written without a `date` still get a reminder: only those whose text names one
// day beyond doubt; anything a reader could take two ways gets none.
import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/index.ts";
import { datedSteps, dayNamedIn } from "../../src/daily/index.ts";

const briefingDay = "2022-01-12";

describe("the day a next step's text names", () => {
  it.each([
    ["The next round is due on 12 February 2022 in Geneva.", "2022-02-12"],
    ["Talks continue in Vienna on 13 January.", "2022-01-13"],
    ["Meeting in Vienna on January 13th", "2022-01-13"],
    ["Ministers meet on 2022-02-10.", "2022-02-10"],
  ])("reads %j as %s", (text, day) => {
    expect(dayNamedIn(text, briefingDay)).toBe(day);
  });

  it.each([
    ["a weekday", "Further talks with Russia on Thursday."],
    ["a relative word", "The allies will meet again next week."],
    ["a numeric date that reads two ways", "Follow-up meeting on 02/03/2022."],
    ["a month without a day", "A summit is planned for February."],
    ["a range", "Talks on 12-13 February 2022."],
    ["a range written with words", "Consultations between 10 and 12 February."],
    ["two different days", "Experts meet on 14 January, ministers on 21 January."],
    ["a day before the briefing", "Recalling the 10 January 2022 meeting in Geneva."],
    ["a yearless day far ahead (last January, read forward)", "As agreed on 10 January."],
    ["no date at all", "Sound out a schedule for further meetings."],
  ])("reads no day from %s", (_, text) => {
    expect(dayNamedIn(text, briefingDay)).toBeUndefined();
  });
});

describe("the dated steps of a briefing", () => {
  it("takes given dates, days read from the text, and the last day of multi-day talks", () => {
    const briefing: Briefing = {
      id: "2022-01-12-talks",
      file: "/b/2022-01-12-talks.yaml",
      title: "Talks",
      date: briefingDay,
      end_date: "2022-01-13",
      summary: "Talks.",
      sources: [{ title: "Report" }],
      next_steps: [
        { text: "OSCE talks on Thursday.", date: "2022-01-13" },
        { text: "Next round on 12 February 2022." },
        { text: "Further meetings at some point." },
      ],
    };
    expect(datedSteps(briefing)).toEqual([
      { date: "2022-01-13", text: "OSCE talks on Thursday.", from: "date" },
      { date: "2022-02-12", text: "Next round on 12 February 2022.", from: "text" },
      {
        date: "2022-01-13",
        text: "Last day of the talks (Talks, since 2022-01-12).",
        from: "end_date",
      },
    ]);
  });
});
