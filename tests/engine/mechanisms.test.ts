// The engine's general mechanisms, one by one, on invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

const harbour = briefing();
const river = otherBriefing();
const laterHarbour = briefing({
  id: "2023-09-05-harbour-accord-talks",
  title: "Fifth round of the Harbour Accord Commission",
  date: "2023-09-05",
  location: "Tallinn",
  summary: "The fifth round in Tallinn agreed a tariff timetable.",
  outcomes: ["A timetable for cutting harbour tariffs was agreed."],
  next_steps: [],
});
const engine = createEngine([harbour, river, laterHarbour]);

describe("createEngine: a party that speaks", () => {
  const withPartyQuote = briefing({
    quotes: [{ speaker: "Sudmark", text: "Our fishermen come first." }],
  });
  const e = createEngine([withPartyQuote]);

  it("answers what a party said when the quote's speaker is the party itself", () => {
    const a = e.ask("what did Sudmark say");
    expect(a.text).toContain("Sudmark said: “Our fishermen come first.”");
    expect(a.citations[0]?.speaker).toBe("Sudmark");
  });

  it("gives the speaker's full name when the quote uses an alias", () => {
    const e2 = createEngine([briefing({ quotes: [{ speaker: "Okonkwo", text: "Not today." }] })]);
    expect(e2.ask("what did okonkwo say").text).toContain("Idris Okonkwo");
  });
});

describe("createEngine: rounds of one format", () => {
  it("answers about the latest round of a format", () => {
    const a = engine.ask(
      "what was the outcome of the latest round of the harbour accord commission",
    );
    expect(a.text).toContain("timetable");
    expect(a.citations[0]?.briefing).toBe("2023-09-05-harbour-accord-talks");
  });

  it("answers about the first round when asked", () => {
    const a = engine.ask("where was the first round of the harbour accord commission");
    expect(a.text).toContain("Valletta");
  });

  it("answers about the previous round", () => {
    const a = engine.ask("when was the previous round of the harbour accord commission");
    expect(a.text).toContain("2023-03-14");
  });

  it("lists the talks of a month", () => {
    const a = engine.ask("which talks were in June 2023?");
    expect(a.text).toContain("River water sharing talks in Lisbon");
    expect(a.text).not.toContain("Harbour");
  });
});

describe("createEngine: honest declines", () => {
  it("declines a person the briefings never name, even in lower case", () => {
    const a = engine.ask("what did petrovsky say about tariffs");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("petrovsky");
  });

  it("declines when the only topic is unknown, though the speaker and place are known", () => {
    const a = engine.ask("what did Kowalczyk say about the weather in Valletta?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("weather");
  });

  it("declines a known name that belongs to other talks than the rest of the question", () => {
    const a = engine.ask("what did Ana Pereira say about harbour tariffs");
    expect(a.answered).toBe(false);
  });

  it("has no confidence in a decline and some in an answer", () => {
    expect(engine.ask("who is Napoleon").confidence).toBe(0);
    const a = engine.ask("who is Okonkwo");
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });
});

describe("createEngine: numbers and durations", () => {
  it("prefers a fact with a number for how-many questions", () => {
    const e = createEngine([
      briefing({ background: ["The commission has 14 member ports.", "Ports are old."] }),
    ]);
    expect(e.ask("how many member ports does the commission have").text).toContain("14");
  });

  it("computes how long multi-day talks lasted from their dates", () => {
    const e = createEngine([
      briefing({ end_date: "2023-03-16", points: [], summary: "Talks on harbours." }),
    ]);
    expect(e.ask("how long did the harbour talks last").text).toContain("3 days");
  });
});

describe("createEngine: roles and word forms", () => {
  it("finds the speaker from a role ('the Deputy Trade Minister')", () => {
    const a = engine.ask("what did the deputy trade minister of sudmark say about deadlines");
    expect(a.text).toContain("Idris Okonkwo");
    expect(a.text).toContain("We will not be rushed into a bad bargain.");
  });

  it("declines by name when the role's holder was never quoted", () => {
    const a = engine.ask("what did the maltese mediator say");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("Elena Borg");
  });

  it("understands another form of a known word ('commissionership' → 'commissioner')", () => {
    const a = engine.ask("who is the water commissionership holder of ostland");
    expect(a.text).toContain("Tomas Lindqvist");
  });
});

describe("createEngine: countries and their people", () => {
  const arctic = createEngine([
    briefing({
      id: "2024-05-06-arctic-fisheries",
      title: "Arctic fisheries talks",
      location: "Tromsø",
      format: "Arctic Fisheries Forum",
      summary: "Iceland, Norway and Malta discussed cod quotas.",
      participants: [
        { name: "Sigrun Olafsdottir", role: "Fisheries Minister", side: "Iceland" },
        { name: "Lars Haugen", role: "State Secretary", side: "Norway" },
        { name: "Joseph Camilleri", role: "Ambassador", side: "Malta" },
      ],
      parties: [
        { name: "Iceland", positions: ["Wants higher cod quotas."] },
        { name: "Norway", positions: ["Insists on scientific advice."] },
        { name: "Malta" },
      ],
      quotes: [
        {
          speaker: "Sigrun Olafsdottir",
          text: "Our fishermen need certainty.",
          context: "On quotas",
        },
        { speaker: "Joseph Camilleri", text: "Small states must be heard." },
      ],
    }),
  ]);

  it("matches a listed demonym to the country ('Norwegian' → Norway)", () => {
    expect(arctic.ask("who headed the norwegian delegation").text).toContain("Lars Haugen");
  });

  it("matches an unlisted demonym to a country the briefing names ('Maltese' → Malta)", () => {
    expect(arctic.ask("what did the maltese ambassador say").text).toContain("Small states");
  });

  it("lists the parties when asked which countries took part", () => {
    const a = arctic.ask("which countries took part?");
    expect(a.text).toContain("Iceland, Norway, Malta");
    expect(a.citations[0]?.section).toBe("parties");
  });

  it("declines a country the briefing does not name", () => {
    expect(arctic.ask("what did the danish minister say").answered).toBe(false);
  });
});

describe("createEngine: names used as places", () => {
  const e = createEngine([
    briefing({
      parties: [
        { name: "Norland", aliases: ["Nordstad"], positions: ["Norland wants lower tariffs."] },
        { name: "Sudmark", positions: ["Sudmark refuses to cut tariffs."] },
      ],
    }),
  ]);

  it("declines talks 'in' a capital that is only a party's alias, not where talks were held", () => {
    const a = e.ask("how long did the talks in Nordstad last");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("Nordstad");
  });

  it("still answers when the same alias names the party", () => {
    expect(e.ask("what does Nordstad want").text).toContain("lower tariffs");
  });
});

describe("createEngine: when and where of things other than the talks", () => {
  const e = createEngine([
    briefing({
      points: ["Customs checks will take place in Gozo harbour."],
      next_steps: [{ text: "The interim tariff deal expires after 90 days unless renewed." }],
    }),
  ]);

  it("answers where something happens from the fact that says so", () => {
    expect(e.ask("where will the customs checks take place").text).toContain("Gozo harbour");
  });

  it("still answers where the talks were from the location", () => {
    expect(e.ask("where were the talks held").text).toContain("Valletta");
  });

  it("answers when something ends from a fact that states it in its own words", () => {
    expect(e.ask("when does the interim tariff deal expire").text).toContain("after 90 days");
  });

  it("says when a next step has no date", () => {
    const a = e.ask("when is the next meeting");
    expect(a.text).toContain("no date");
  });
});

describe("createEngine: yes/no questions", () => {
  it("declines a yes/no question with a word the briefings never use", () => {
    const a = engine.ask("did Sudmark agree to ban whaling?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("whaling");
  });

  it("answers a yes/no question whose words the briefings use", () => {
    expect(engine.ask("did Sudmark give in on tariffs?").answered).toBe(true);
  });
});

describe("createEngine: odd input", () => {
  it("declines an empty question with suggestions", () => {
    const a = engine.ask("   ");
    expect(a.answered).toBe(false);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it("declines a pasted wall of unknown words and names only a few of them", () => {
    const a = engine.ask(Array.from({ length: 2000 }, (_, i) => `qzx${i}`).join(" "));
    expect(a.answered).toBe(false);
    expect(a.text).toContain("and more");
  });
});

describe("createEngine: confidence", () => {
  it("is lower when a name had to be guessed from a typo", () => {
    const exact = engine.ask("who is Okonkwo").confidence;
    const typo = engine.ask("who is Okonkow").confidence;
    expect(typo).toBeLessThan(exact);
  });

  it("is lower when a word of the question had to be ignored", () => {
    const plain = engine.ask("which tariffs on bananas did Norland demand").confidence;
    const full = engine.ask("which tariffs did Norland demand").confidence;
    expect(plain).toBeLessThan(full);
  });
});
