// A time or length written inside a line of a briefing (its background, summary or points) answers
// questions about what that line tells, whatever the talks' own date: "who met X in June 2029"
// is answered by the background line of June 2029 in a briefing of talks held in 2031, and a time
// the line does not state still declines. Invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const lindau = briefing({
  id: "2031-03-14-lindau-river-talks",
  file: "/tmp/2031-03-14-lindau-river-talks.yaml",
  title: "Ostria and Velmark sign the Lindau river settlement",
  date: "2031-03-14",
  location: "Lindau",
  format: "Lindau river talks",
  summary:
    "Ostria and Velmark signed a settlement in Lindau on the use of the Tarn river, mediated by " +
    "Norway's envoy Kari Lund.",
  participants: [
    { name: "Ilse Varga", role: "Foreign Minister of Ostria", side: "Ostria", aliases: ["Varga"] },
    {
      name: "Tomas Brecht",
      role: "Chief negotiator of Velmark",
      side: "Velmark",
      aliases: ["Brecht"],
    },
    { name: "Kari Lund", role: "Norwegian envoy, mediator", side: "Norway", aliases: ["Lund"] },
  ],
  parties: [
    { name: "Ostria", positions: ["Ostria wanted river monitors on both banks."] },
    { name: "Velmark", positions: ["Velmark wanted the ferries back first."] },
  ],
  quotes: [{ speaker: "Ilse Varga", text: "The river belongs to both banks." }],
  points: ["The settlement sets up a joint river commission."],
  outcomes: ["The settlement was signed."],
  next_steps: [],
  background: [
    "The 2026 war on the Tarn ended with a truce signed in Basel on 2 May 2026 by Ostria's President Anton Weiss and Velmark's President Jonas Falk.",
    "Former Danish Prime Minister Ida Holm met Brecht in Velmark City in June 2029, which opened the way to talks.",
    "Weiss was overthrown in a coup in 2028; the junta was led by Colonel Petr Hanak.",
    "Bishop Lena Marr was assassinated in Kessel in March 2025.",
    "The river commission is named after the meeting in Basel in October 2027 under the Danish chairmanship.",
  ],
});

const engine = createEngine([lindau]);

describe("who-questions about an event of another time than the talks", () => {
  it("answers with the background line that tells who did it at the time asked", () => {
    const a = engine.ask("who met brecht in velmark city in june 2029?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ida Holm");
    expect(a.citations[0]?.section).toBe("background");
  });

  it("answers who signed for a side at a year asked from the line naming them, not the side's negotiator", () => {
    const a = engine.ask("who signed the 2026 truce for ostria");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Anton Weiss");
    expect(a.text).not.toContain("Ilse Varga");
  });

  it("answers who led an event the line dates, with the place the line gives", () => {
    const a = engine.ask("who led the junta in 2028");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Petr Hanak");
  });

  it("answers about an event at a place where no talks were held, when the line dates it as asked", () => {
    const a = engine.ask("who was assassinated in kessel in march 2025");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Lena Marr");
    expect(engine.ask("who was assassinated in kessel in april 2025").answered).toBe(false);
  });

  it("declines a month the line does not state, though its year is the one asked", () => {
    const a = engine.ask("who met brecht in velmark city in july 2029?");
    expect(a.answered).toBe(false);
  });

  it("declines a year no line states", () => {
    expect(engine.ask("who signed the 2027 truce for ostria").answered).toBe(false);
  });

  it("declines when the line of that time does not tell the act asked", () => {
    // the line names the Basel meeting of October 2027, not who attended it
    expect(engine.ask("who attended the meeting in basel in 2027?").answered).toBe(false);
  });
});

const harbin = briefing({
  id: "2032-09-20-kessel-accord",
  file: "/tmp/2032-09-20-kessel-accord.yaml",
  title: "Kessel accord signed between Ostria and the Free Hills Movement",
  date: "2032-09-20",
  location: "Kessel",
  format: "Kessel talks",
  summary:
    "Ostria and the Free Hills Movement signed the Kessel accord on 20 September 2032 after " +
    "seven weeks of talks hosted by the Danish government.",
  participants: [
    { name: "Ilse Varga", role: "Foreign Minister of Ostria", side: "Ostria", aliases: ["Varga"] },
    {
      name: "Rosa Lind",
      role: "Leader of the Free Hills Movement",
      side: "Free Hills Movement",
      aliases: ["Lind"],
    },
  ],
  parties: [
    { name: "Ostria", positions: ["Ostria wanted the movement disarmed first."] },
    { name: "Free Hills Movement", positions: ["The movement wanted seats in parliament."] },
  ],
  quotes: [{ speaker: "Rosa Lind", text: "The hills will vote, not shoot." }],
  points: [
    "The talks opened in Kessel on 2 August 2032, two days after a truce signed on 31 July 2032.",
    "The round was the first meeting of the two sides in almost 14 months, since Basel in June 2031.",
  ],
  outcomes: ["The accord was signed."],
  next_steps: [],
  background: ["Earlier talks had opened in Basel in March 2030 and collapsed."],
});

describe("when the talks opened and how long they took, as a line of the briefing says", () => {
  const both = createEngine([harbin]);

  it("answers when the talks began with the line telling that they opened, not the signing day", () => {
    const a = both.ask("when did the kessel talks kick off");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2 August 2032");
  });

  it("answers how long the talks took with the weeks of talks the summary states, not a gap before a truce", () => {
    const a = both.ask("how long did the kessel negotiations take");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("seven weeks of talks");
  });

  it("answers how long it had been since the previous round with the gap a line states", () => {
    const a = both.ask("how long had it been since the previous round");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("14 months");
  });

  it("answers the gap since what the question names, and declines one no line gives", () => {
    expect(both.ask("how long had it been since the truce").text).toContain(
      "two days after a truce",
    );
    expect(both.ask("how long had it been since the election").answered).toBe(false);
  });
});

describe("how-many questions read as asking for a section", () => {
  const counted = briefing({
    id: "2033-04-02-marrow-accord",
    file: "/tmp/2033-04-02-marrow-accord.yaml",
    title: "Marrow accord between Norland and the Coast League",
    date: "2033-04-02",
    location: "Marrow",
    summary: "Norland and the Coast League signed the Marrow accord.",
    participants: [{ name: "Ada Nyberg", role: "Prime Minister of Norland", side: "Norland" }],
    parties: [{ name: "Norland", positions: ["Norland wanted the ports reopened."] }],
    quotes: [],
    points: ["The agenda of the memorandum covers the ports and the fishing grounds."],
    outcomes: [
      "The memorandum sets out an agenda of nine points for the next rounds.",
      "Both sides agreed to reopen the ports.",
    ],
    next_steps: [],
    background: [],
  });
  const engine = createEngine([counted]);

  it("answers with the line of any section that counts the thing, not the points section", () => {
    const a = engine.ask("how many points are on the agenda of the marrow memorandum");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("nine points");
  });

  it("declines when no line counts the thing", () => {
    expect(engine.ask("how many ports are on the agenda of the marrow memorandum").answered).toBe(
      false,
    );
  });
});
