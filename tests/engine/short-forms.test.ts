// Short forms a question types for what the briefings spell out, on invented talks.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { acronymsOf } from "../../src/text/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

const ferry = briefing({
  id: "2025-05-20-ferry-route-summit",
  file: "/tmp/2025-05-20-ferry-route-summit.yaml",
  title: "Ferry route summit at Lindqvist",
  date: "2025-05-20",
  location: "Lindqvist",
  format: "Ferry Route Summit",
  summary: "Ostrelia, Dravia and Kessmark met at Lindqvist on the ferry routes of the strait.",
  participants: [
    { name: "Tomas Vyborny", role: "Dravian Foreign Minister", side: "Dravia" },
    { name: "Pia Lundgren", role: "Dravian Transport Minister", side: "Dravia" },
  ],
  parties: [{ name: "Dravia", positions: ["Wants a night ferry."] }],
  points: ["Members of the Strait Assembly asked for lower fares."],
  outcomes: ["A joint timetable will be drafted."],
});

describe("two-letter short forms of two-word names", () => {
  it("reads two capitalised words as a two-letter acronym, and the last two of a longer run", () => {
    const found = acronymsOf("Tomas Vyborny, Dravian Foreign Minister").map((a) => a.acronym);
    expect(found).toContain("fm");
    expect(acronymsOf("the Strait Assembly asked").map((a) => a.acronym)).toContain("sa");
  });

  it("answers a question that types the short form in capitals", () => {
    const engine = createEngine([ferry]);
    const a = engine.ask("who was the dravian FM at lindqvist");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Tomas Vyborny");
    expect(a.text).not.toContain("Pia Lundgren");
    const tm = engine.ask("who was the dravian TM at lindqvist");
    expect(tm.text).toContain("Pia Lundgren");
    expect(tm.text).not.toContain("Tomas Vyborny");
  });
});

const levy = briefing({
  outcomes: [
    "Sudmark will withdraw its gunboats from the bay by 1 June 2023.",
    "Norland will postpone the vote on the harbour levy.",
  ],
});

describe("a verb and its particle read as one verb", () => {
  it("answers a phrasal verb the briefings say in one word", () => {
    const engine = createEngine([levy]);
    const a = engine.ask("did norland put off the vote on the harbour levy");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("postpone the vote");
  });

  it("declines a phrasal verb that means something the briefings do not say", () => {
    const engine = createEngine([levy]);
    expect(engine.ask("did norland call off the vote on the harbour levy").answered).toBe(false);
  });
});

const session = briefing({
  id: "2024-10-07-reed-council-second-session",
  file: "/tmp/2024-10-07-reed-council-second-session.yaml",
  title: "Second session of the Reed Council in Pelkirk",
  date: "2024-10-07",
  end_date: "2024-10-10",
  location: "Pelkirk",
  summary: "The Reed Council met for its second session in Pelkirk on the reed harvest quotas.",
});

describe("till when did it run", () => {
  it("reads the verb of lasting in a till-when question as shaping, and gives the last day", () => {
    const engine = createEngine([session]);
    const a = engine.ask("till when did the second session in pelkirk run");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2024-10-10");
  });
});

const accord = briefing({
  id: "2024-04-02-lagoon-accord",
  file: "/tmp/2024-04-02-lagoon-accord.yaml",
  title: "Ostrelia and Dravia sign the Pelkirk Lagoon Accord",
  date: "2024-04-02",
  location: "Pelkirk",
  summary: "Ostrelia and Dravia signed the Pelkirk Lagoon Accord on eel stocks.",
  parties: [
    { name: "Ostrelia", positions: ["Wants a joint register."] },
    { name: "Dravia", positions: ["Wants more hatcheries."] },
  ],
  outcomes: ["The accord caps the number of eel traps at 400 per village."],
  quotes: [],
});

describe("what a text says", () => {
  it("answers what an accord says from its content, not from quotes", () => {
    const engine = createEngine([accord]);
    const a = engine.ask("what did the pelkirk lagoon accord say about eel traps");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("400 per village");
  });

  it("still declines what the accord does not cover", () => {
    const engine = createEngine([accord]);
    expect(engine.ask("what did the pelkirk lagoon accord say about gunboats").answered).toBe(
      false,
    );
  });
});

const canal = briefing({
  id: "2024-03-18-canal-toll-talks",
  file: "/tmp/2024-03-18-canal-toll-talks.yaml",
  title: "Canal toll talks between Ostrelia and Dravia",
  date: "2024-03-18",
  location: "Marrow",
  summary: "Ostrelia and Dravia met in Marrow on the tolls of the Kessel canal.",
  participants: [{ name: "Ines Vautrin", role: "Chair of the toll committee", side: "Dravia" }],
  parties: [
    { name: "Ostrelia", positions: ["Wants lower tolls for grain barges."] },
    { name: "Dravia", positions: ["Wants the tolls kept."] },
    {
      name: "Kessmark",
      aliases: ["Velno"],
      positions: ["Kessmark observes the talks on behalf of the river states."],
    },
    { name: "Lunmark" },
  ],
  quotes: [],
});

describe("what role did a side have", () => {
  it("reads a side's stated position as its role", () => {
    const engine = createEngine([canal]);
    const a = engine.ask("what role did velno play in the marrow talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("observes the talks");
  });

  it("declines the role of a side the briefing gives no position", () => {
    const engine = createEngine([canal]);
    expect(engine.ask("what role did lunmark play in the marrow talks").answered).toBe(false);
  });
});

describe("a spelled-out name with a hyphenated word or of two words", () => {
  const lagoon = briefing({
    id: "2025-09-02-lagoon-council-round",
    file: "/tmp/2025-09-02-lagoon-council-round.yaml",
    title: "Lagoon council round in Marrowby",
    date: "2025-09-02",
    location: "Marrowby",
    summary: "Ostrelia and Dravia met in Marrowby with the OLCT and the EU as observers.",
    parties: [
      { name: "OLCT", positions: ["Wants the dredging halted until a survey is done."] },
      { name: "EU", positions: ["The EU signed the observers' statement."] },
    ],
    outcomes: ["Ostrelia joined the NPS accord on lagoon fishing."],
  });
  const engine = createEngine([lagoon]);

  it("reads a hyphenated word of the name as one initial", () => {
    const a = engine.ask("what does the organisation for lagoon co-operation and tides want");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("dredging halted");
  });

  it("reads each part of a hyphenated word as an initial too", () => {
    const a = engine.ask("did ostrelia join the non-poaching socialism accord");
    // "non-poaching socialism": N, P, S spell the briefing's NPS
    expect(a.answered).toBe(true);
    expect(a.text).toContain("NPS accord");
  });

  it("reads two words WordNet holds as one name as a two-letter short form", () => {
    const a = engine.ask("did the european union sign the statement in marrowby");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("signed the observers' statement");
  });

  it("never reads any two words of chat as a two-letter short form", () => {
    // "eager umpires" spells EU too, but is no name
    const a = engine.ask("did the eager umpires sign the statement in marrowby");
    expect(a.answered).toBe(false);
  });
});

describe("a name the places table spells out for a short form the briefings write", () => {
  const mission = briefing({
    participants: [
      { name: "Kofi Adjei", role: "ASEAN special envoy and mediator", side: "ASEAN" },
      { name: "Ama Boateng", role: "UN observer", side: "United Nations" },
    ],
  });
  const engine = createEngine([mission]);

  it("reads the table's spelled-out name as the short form, though its initials differ", () => {
    // "association of southeast asian nations" has the initials ASAN or AOSAN, not ASEAN
    const a = engine.ask("who was the association of southeast asian nations envoy");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Kofi Adjei");
    expect(a.text).not.toContain("Ama Boateng");
  });
});

describe("a short form of a name translated with its words in another order", () => {
  const coast = briefing({
    outcomes: ["Sudmark will set up a National Coast Guard under civilian control."],
  });
  const engine = createEngine([coast, otherBriefing()]);

  it("reads the letters of a briefing's name in another order as that name", () => {
    // "Guardia Costera Nacional": GCN for the National Coast Guard
    const a = engine.ask("what did sudmark agree on the GCN");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("National Coast Guard");
  });

  it("does not read letters that are no name's initials in any order", () => {
    expect(engine.ask("what did sudmark agree on the GCX").answered).toBe(false);
  });
});
