// "How long" questions about something other than the talks: the sentence stating a length must
// be about what is asked (the truce the talks agreed, the interim period, what a person did),
// never a length that sits in the same long summary about something else. Invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const tarn = briefing({
  id: "2031-03-14-tarn-valley-talks",
  file: "/tmp/2031-03-14-tarn-valley-talks.yaml",
  title: "Ostria and Velmark agree a truce at the Tarn valley talks",
  date: "2031-03-14",
  end_date: "2031-03-16",
  location: "Grand Hotel, Lindau",
  format: "Tarn valley talks",
  summary:
    "After 51 days of shelling along the Tarn, Ostria and Velmark signed a settlement in Lindau " +
    "mediated by Norway. River monitors stay on both banks and the ferries resume.",
  participants: [
    {
      name: "Ilse Varga",
      role: "Foreign Minister of Ostria, head of delegation",
      side: "Ostria",
      aliases: ["Varga"],
    },
    {
      name: "Tomas Brecht",
      role: "Chief negotiator of Velmark",
      side: "Velmark",
      aliases: ["Brecht"],
    },
  ],
  parties: [
    { name: "Ostria", positions: ["Ostria wanted the monitors on the Velmark bank only."] },
    { name: "Velmark", positions: ["Velmark wanted the ferries back before any truce."] },
  ],
  quotes: [
    {
      speaker: "Ilse Varga",
      text: "The river belongs to those who live on both of its banks.",
      context: "Opening speech.",
    },
  ],
  points: [
    "Varga spoke for almost an hour although speakers had been given ten minutes each.",
    "The interim period will last 18 months.",
    "Both sides accepted a truce of 90 days.",
    "The talks lasted three days.",
    "Velmark's militias are to hand their rifles to the river monitors within 60 days.",
  ],
  outcomes: ["A settlement of the Tarn dispute was signed."],
  next_steps: [{ text: "The river monitors report to both capitals every week." }],
  background: ["Prisoners were held in Lindau for 200 days before the talks."],
});

// another briefing that calls its text "accords", so that the word is known to the engine
const kessel = briefing({
  id: "2029-06-02-kessel-harbour-accords",
  file: "/tmp/2029-06-02-kessel-harbour-accords.yaml",
  title: "Kessel harbour accords signed by Norland and Sudmark",
  date: "2029-06-02",
  location: "Kessel",
  format: "Kessel harbour accords",
  summary: "Norland and Sudmark signed the Kessel harbour accords on fishing rights.",
});

describe("how long something other than the talks lasts", () => {
  const engine = createEngine([tarn, kessel]);

  it("gives the truce's length, not the talks' or the fighting's, when the title names the truce", () => {
    const a = engine.ask("how long is the tarn truce");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("90 days");
    expect(a.text).not.toContain("51 days");
  });

  it("gives the length of the thing asked even when the question calls the text by a word the briefing never uses", () => {
    const a = engine.ask("how long is the interim period under the lindau accords");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("18 months");
  });

  it("gives the length the briefing states of what the person asked about did", () => {
    const a = engine.ask("how long did varga speak for");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("almost an hour");
  });

  it("reads a phrasal verb by its own words in the sentence stating the length", () => {
    const a = engine.ask("how long do velmark's militias have to hand over their rifles");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("60 days");
  });

  it("never answers with a length stated in the summary about something else", () => {
    const a = engine.ask("how long will the river monitors stay");
    expect(a.text).not.toContain("51 days");
  });

  it("declines the length of a stay at a place no sentence stating a length names", () => {
    const a = engine.ask("how long were the prisoners kept in kessel");
    expect(a.answered).toBe(false);
  });
});
