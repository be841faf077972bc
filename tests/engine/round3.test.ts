// The engine's third round of general mechanisms, on invented briefings.
import { describe, expect, it } from "vitest";
import { acronymsOf } from "../../src/engine/facts.ts";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const lagoon = briefing({
  id: "2024-09-02-lagoon-summit",
  file: "/tmp/2024-09-02-lagoon-summit.yaml",
  title: "Third Varno Lagoon Authority Summit on reeds and eels",
  date: "2024-09-02",
  end_date: "2024-09-04",
  location: "Pelkirk",
  format: "Varno Lagoon Authority Summit",
  summary: "The riparian states of the Varno lagoon met in Pelkirk on eel stocks and reed beds.",
  participants: [
    {
      name: "Odile Marchetti",
      role: "Chief Executive Officer of the Authority Secretariat",
      side: "Varno Lagoon Authority",
    },
    { name: "Bram Tessarin", role: "Head of the Ostrelian delegation", side: "Ostrelia" },
  ],
  parties: [
    { name: "Varno Lagoon Authority", positions: ["Wants one register of eel traps."] },
    {
      name: "Ostrelia",
      positions: ["Rules out the seizure of private reedland.", "Offers to share eel counts."],
    },
    { name: "Dravia", positions: ["Has opened four eel hatcheries and plans seven more."] },
  ],
  quotes: [
    {
      speaker: "Bram Tessarin",
      text: "Our fishers row out in punts, not in trawlers.",
      context: "On the size of the fleet.",
    },
  ],
  points: [
    "The eel catch of the lagoon is worth about 40 million crowns a year.",
    "The round lasted three days.",
  ],
  outcomes: ["A joint eel register will be set up."],
  next_steps: [{ text: "The fourth summit will be held in Dravia.", date: "2027-09-01" }],
  background: [
    "Summits are held every three years; the first was held in Korsa in 2015.",
    "Dravia has built twelve sluices on the upper lagoon since 2001.",
  ],
});

const canal = briefing({
  id: "2024-03-18-canal-toll-talks",
  file: "/tmp/2024-03-18-canal-toll-talks.yaml",
  title: "Canal toll talks between Ostrelia and Dravia",
  date: "2024-03-18",
  location: "Marrow",
  format: "Canal Toll Talks",
  summary: "Ostrelia and Dravia met in Marrow on the tolls of the Kessel canal.",
  participants: [
    { name: "Ines Vautrin", role: "Chair of the toll committee", side: "Dravia" },
    { name: "Pavel Oduya", role: "Envoy of Ostrelia", side: "Ostrelia" },
  ],
  parties: [
    { name: "Ostrelia", positions: ["Wants the tolls frozen."] },
    { name: "Dravia", positions: ["Wants the tolls indexed to inflation."] },
  ],
  quotes: [
    {
      speaker: "Ines Vautrin",
      text: "Next time I want numbers on the table.",
      context: "At the end of the session.",
    },
  ],
  points: ["Toll subsidies for barges are estimated at 9 million crowns a year."],
  outcomes: ["No toll schedule was agreed."],
  next_steps: [{ text: "The committee meets again in Marrow.", date: "2024-06-10" }],
  background: ["The canal was opened in 1911."],
});

const engine = createEngine([lagoon, canal]);

describe("round three: who-questions about titles the briefings lack", () => {
  it("declines who holds a title that no briefing uses", () => {
    const a = engine.ask("who is the president of ostrelia");
    expect(a.answered).toBe(false);
  });

  it("still answers a title the roles spell out, 'ceo' for chief executive officer", () => {
    const a = engine.ask("who is the ceo of the lagoon authority");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Odile Marchetti");
  });
});

describe("round three: how-many questions need a number about the thing counted", () => {
  it("declines when no fact gives a number for the thing counted", () => {
    expect(engine.ask("how many fishing boats does ostrelia have").answered).toBe(false);
  });

  it("answers from a fact with a number in words, in any section", () => {
    expect(engine.ask("how many sluices has dravia built").text).toContain("twelve");
    expect(engine.ask("how many hatcheries does dravia plan").text).toContain("seven more");
  });

  it("answers how much from the fact that states it", () => {
    expect(engine.ask("how much are toll subsidies worth").text).toContain("9 million");
  });
});

describe("round three: acronyms of long names", () => {
  it("derives the initials of a capitalised name, without ordinal or meeting word", () => {
    expect(acronymsOf("Third Varno Lagoon Authority Summit on reeds")).toContain("vla");
    expect(acronymsOf("Government of Ostrelia")).toEqual([]);
  });

  it("knows a briefing by the initials of its format", () => {
    const a = engine.ask("what was the outcome of the vla summit");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("eel register");
  });

  it("answers where an earlier numbered summit was from the background", () => {
    expect(engine.ask("where was the first vla summit").text).toContain("Korsa");
  });
});

describe("round three: everyday words do not force a decline", () => {
  it("reads 'run' in a how-long question as shaping the question", () => {
    const a = engine.ask("how long did the lagoon summit run");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("three days");
  });

  it("reads a word as the first part of a compound the briefing uses", () => {
    const a = engine.ask("does ostrelia accept the seizure of reeds");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("reedland");
  });

  it("still declines a word no briefing has", () => {
    expect(engine.ask("does ostrelia accept the seizure of submarines").answered).toBe(false);
  });
});

describe("round three: month names inside a phrase", () => {
  it("does not read 'the march session' as a date filter", () => {
    const a = engine.ask("what did vautrin say at the end of the march session");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("numbers on the table");
  });

  it("still reads 'in March' as the talks of that month", () => {
    const a = engine.ask("which talks were in march");
    expect(a.text).toContain("Canal toll talks");
    expect(a.text).not.toContain("Lagoon");
  });

  it("answers the outcome of talks named by their month from the outcomes", () => {
    expect(engine.ask("what was the outcome of the march toll talks").text).toContain(
      "No toll schedule",
    );
  });
});
