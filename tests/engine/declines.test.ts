// Questions the briefings do not answer must be declined, never answered with a fact about
// something else: each test is one cause of a wrong answer seen on unseen question sets, with an
// invented briefing where the tempting wrong fact is present.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const talks = briefing({
  participants: [
    ...(briefing().participants ?? []),
    { name: "Miriam Begin", role: "Fisheries Minister of Norland", side: "Norland" },
  ],
  quotes: [
    ...(briefing().quotes ?? []),
    { speaker: "Miriam Begin", text: "Our fishermen cannot wait another season." },
  ],
  outcomes: [
    "Agreement on a joint fisheries patrol, with Finmark invited to join it.",
    "No agreement on tariffs.",
  ],
  points: [
    "Release of all detained fishermen within 60 days.",
    "Sudmark will withdraw its 300 coast guards and hand over its patrol boats.",
  ],
  next_steps: [{ text: "The fifth round of the commission meets in Tallinn.", date: "2023-05-02" }],
  background: [
    "The Harbour Accord was signed in 2009.",
    "Former envoy Henrik Dahl drafted the first tariff plan in 2019.",
    "Earlier talks in Reykjavik broke down in 2021.",
  ],
});

describe("declining what the briefings do not answer", () => {
  const engine = createEngine([talks]);

  it("declines a count when the fact's number counts days, not the thing asked", () => {
    const a = engine.ask("how many fishermen were released");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("no number of fishermen");
  });

  it("declines a count when the number in the fact counts something else", () => {
    const a = engine.ask("how many patrol boats will sudmark hand over");
    expect(a.answered).toBe(false);
    const guards = engine.ask("how many coast guards will sudmark withdraw");
    expect(guards.answered).toBe(true);
    expect(guards.text).toContain("300 coast guards");
  });

  it("declines what something cost when the facts give numbers but no sum of money", () => {
    const a = engine.ask("how much did the joint fisheries patrol cost");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("no sum of money");
    const paid = createEngine([
      { ...talks, outcomes: ["The joint fisheries patrol will cost 12 million euros a year."] },
    ]);
    expect(paid.ask("how much did the joint fisheries patrol cost").text).toContain(
      "12 million euros",
    );
  });

  it("declines where the talks were in a year no briefing is of", () => {
    const a = engine.ask("where were the harbour talks in 2020");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("2020");
    expect(engine.ask("where were the harbour talks in 2023").answered).toBe(true);
  });

  it("declines a round beyond the rounds a series has, and offers questions that are answered", () => {
    const second = briefing({
      id: "2023-09-14-harbour-accord-talks",
      date: "2023-09-14",
      quotes: [{ speaker: "Marta Kowalczyk", text: "The patrol has proved itself." }],
    });
    const series = createEngine([talks, second]);
    const a = series.ask("what did kowalczyk say at the third harbour accord commission meeting");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("none is the third");
    expect(a.suggestions.length).toBeGreaterThan(0);
    for (const s of a.suggestions) expect(series.ask(s).answered).toBe(true);
  });

  it("does not answer what was agreed at a round with the step that announced it", () => {
    const a = engine.ask("what was agreed at the fifth round in may 2023");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("Tallinn");
  });

  it("declines talks in a capital where no briefing was held instead of answering from elsewhere", () => {
    // the United States is a party with Washington as another name
    const withUs = createEngine([
      {
        ...talks,
        parties: [
          ...(talks.parties ?? []),
          { name: "United States", aliases: ["Washington"], positions: ["Backs the patrol."] },
        ],
      },
    ]);
    const a = withUs.ask("when were the harbour talks in washington");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/washington/i);
  });

  it("reads a surname that is also a word as the person asked about, and needs the topic in the quote", () => {
    const all = engine.ask("what did begin say");
    expect(all.answered).toBe(true);
    expect(all.text).toContain("Our fishermen cannot wait another season.");
    const about = engine.ask("what did begin say about nordstad");
    expect(about.answered).toBe(false);
    expect(about.text).toContain("no quote from Miriam Begin");
    expect(about.text).toContain("nordstad");
    expect(about.suggestions[0]).toMatch(/^What did Begin say/);
  });

  it("declines the view of someone named only in the background, saying where they are named", () => {
    const a = engine.ask("what did dahl think of the tariffs");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No statement or position of dahl");
    expect(a.text).toContain("background");
  });

  it("declines the position of a country that is only named in an outcome", () => {
    const a = engine.ask("what was finmark's position");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No statement or position of finmark");
  });

  it("declines who led a delegation no participant belongs to, and answers one that is there", () => {
    const a = engine.ask("who led the finmark delegation");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("nobody of the finmark delegation");
    expect(engine.ask("who led the sudmark delegation").text).toContain("Idris Okonkwo");
  });

  it("answers who led a side named by another of its names, and declines the host instead", () => {
    const led = createEngine([
      {
        ...talks,
        participants: [
          { name: "Idris Okonkwo", role: "Head of the Sudmark delegation", side: "Sudmark" },
          { name: "Elena Borg", role: "Foreign Minister of Malta, host", side: "Malta" },
        ],
        parties: [
          { name: "Sudmark", aliases: ["Rahimi government"], positions: ["Wants quotas."] },
        ],
      },
    ]);
    const a = led.ask("who led rahimi's delegation in valletta");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Idris Okonkwo");
    expect(a.text).not.toContain("Elena Borg");
  });

  it("reads a capital after 'at' as where, not as the side asked about", () => {
    const hosted = createEngine([
      {
        ...talks,
        participants: [
          { name: "Elena Borg", role: "Prime Minister of Malta, host", side: "Malta" },
          { name: "Karl Vennberg", role: "Premier of Ostmark", side: "Ostmark" },
        ],
        parties: [{ name: "Malta", aliases: ["Valletta"], positions: ["Hosts the talks."] }],
      },
    ]);
    const a = hosted.ask("who represented ostmark at valletta");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Karl Vennberg");
    expect(a.text).not.toContain("Elena Borg");
  });

  it("declines what was agreed at a past venue the background names", () => {
    const a = engine.ask("what did they agree in reykjavik");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("Reykjavik only in the background");
  });
});
