// Choosing among several briefings that name the same people: the next best when the chosen one
// lacks the fact, the one whose section matches the question, places and events as topics.
import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/types.ts";
import { createEngine } from "../../src/engine/index.ts";

/** Two rounds of invented talks between Ostmark and the Fenwald Front, mediated by Zeltia. */
function round(overrides: Partial<Briefing>): Briefing {
  return {
    id: "2024-04-02-lakeside-mediation",
    file: "/tmp/2024-04-02-lakeside-mediation.yaml",
    title: "First round of Lakeside mediation between Ostmark and the Fenwald Front",
    date: "2024-04-02",
    location: "Kessin",
    format: "Lakeside Mediation",
    summary:
      "Delegations of Ostmark and the Fenwald Front met in Kessin under Zeltian mediation and " +
      "agreed a 48-hour truce for grain convoys.",
    participants: [
      {
        name: "Oriane Vasquez-Lund",
        role: "Zeltian foreign minister, lead mediator",
        side: "Zeltia",
        aliases: ["Vasquez-Lund", "Vasquez Lund"],
      },
      {
        name: "Bertil Haraldsen",
        role: "Head of the Ostmark delegation",
        side: "Ostmark",
        aliases: ["Haraldsen"],
      },
      {
        name: "Petra Lindqvist",
        role: "Political chief of the Fenwald Front",
        side: "Fenwald Front",
        aliases: ["Lindqvist"],
      },
    ],
    parties: [
      {
        name: "Ostmark",
        positions: ["Demands that the insurgents leave the river valley before any truce."],
      },
      {
        name: "Fenwald Front",
        aliases: ["the insurgents", "FF"],
        positions: ["Demands the release of all jailed organisers."],
      },
      { name: "Zeltia", positions: ["Offers to host further rounds."] },
    ],
    quotes: [
      {
        speaker: "Oriane Vasquez-Lund",
        text: "Forty-eight hours is little, but it is a start.",
        context: "At a press conference after the talks.",
      },
      {
        speaker: "Petra Lindqvist",
        text: "A truce is not peace, but we will keep it.",
        context: "Speaking to local radio after the round.",
      },
    ],
    points: [
      "The talks lasted eleven hours.",
      "The sides agreed a 48-hour truce for grain convoys.",
    ],
    outcomes: ["A 48-hour truce.", "No lasting ceasefire."],
    next_steps: [
      { text: "The grain truce begins at dawn.", date: "2024-04-04" },
      { text: "The convoy working group meets for the first time in Marrow.", date: "2024-04-10" },
    ],
    background: ["The Lakeside mediation began in 2019 and stalled in 2021."],
    sources: [],
    ...overrides,
  } as Briefing;
}

const first = round({});
const second = round({
  id: "2024-05-20-lakeside-mediation",
  file: "/tmp/2024-05-20-lakeside-mediation.yaml",
  title: "Second Lakeside round brings a 20-day ceasefire between Ostmark and the Fenwald Front",
  date: "2024-05-20",
  summary: "In the second round the sides signed a 20-day ceasefire.",
  parties: [
    { name: "Ostmark", positions: ["Accepted a joint committee on the river valley."] },
    {
      name: "Fenwald Front",
      aliases: ["the insurgents", "FF"],
      positions: ["Accepted that the river valley be handled by a joint committee."],
    },
    { name: "Zeltia" },
  ],
  quotes: [
    {
      speaker: "Bertil Haraldsen",
      text: "Twenty days will show who wants peace.",
      context: "After signing.",
    },
  ],
  points: ["The ceasefire lasts 20 days, starting on 1 June 2024."],
  outcomes: ["A 20-day ceasefire was signed."],
  next_steps: [{ text: "The ceasefire takes effect.", date: "2024-06-01" }],
  background: ["The first round in April 2024 produced a 48-hour truce."],
});
const tradeRound = round({
  id: "2024-05-19-corran-trade-round",
  file: "/tmp/2024-05-19-corran-trade-round.yaml",
  title: "Corran trade round on salt tariffs",
  date: "2024-05-19",
  end_date: "2024-05-21",
  location: "Corran",
  format: "Corran Trade Committee",
  summary: "Ostmark and Zeltia spent three days in Corran on salt tariffs.",
  participants: [
    {
      name: "Aurelio Fenn",
      role: "Zeltian chief negotiator",
      side: "Zeltia",
      aliases: ["Fenn"],
    },
    { name: "Marit Sollberg", role: "Chair of the tariffs board", side: "Zeltia" },
  ],
  parties: [{ name: "Ostmark" }, { name: "Zeltia", aliases: ["Ulmen"] }],
  quotes: [],
  points: ["Salt tariffs were not settled."],
  outcomes: ["No agreement on salt tariffs."],
  next_steps: [{ text: "Next round on salt tariffs in Ulmen.", date: "2024-07-02" }],
  background: [],
});
const engine = createEngine([first, second, tradeRound]);

describe("createEngine: when the chosen briefing lacks the fact", () => {
  it("finds a person's quote in an earlier briefing when the latest has none from them", () => {
    const a = engine.ask("what did lindqvist say");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("A truce is not peace");
    expect(a.citations[0]?.briefing).toBe("2024-04-02-lakeside-mediation");
  });

  it("declines with the person's name as the briefings write it when no briefing quotes them", () => {
    const a = createEngine([second]).ask("what did lindkvist say");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("Petra Lindqvist");
  });
});

describe("createEngine: briefings that name the same parties", () => {
  it("prefers the briefing whose stated positions match the question", () => {
    const a = engine.ask("what do the insurgents demand");
    expect(a.text).toContain("jailed organisers");
    expect(a.citations[0]?.briefing).toBe("2024-04-02-lakeside-mediation");
  });

  it("answers how long talks lasted from the briefing that states their length", () => {
    const a = engine.ask("how many days did the trade round last");
    expect(a.text).toContain("3 days");
    expect(a.citations[0]?.briefing).toBe("2024-05-19-corran-trade-round");
  });
});

describe("createEngine: a place named in a next step", () => {
  it("reads 'the round in CITY' as a topic when the briefing's next round is there", () => {
    const a = engine.ask("when is the next salt tariffs round in ulmen");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2024-07-02");
  });

  it("still declines talks in a place no briefing mentions", () => {
    expect(engine.ask("what happened at the talks in Corvallis").answered).toBe(false);
  });
});

describe("createEngine: when something other than the talks began", () => {
  it("answers when a ceasefire starts from the dated next step, not the talks' date", () => {
    const a = engine.ask("when does the ceasefire between ostmark and the front start");
    expect(a.text).toContain("2024-06-01");
  });

  it("answers when a format began from a background year", () => {
    const a = engine.ask("when did the lakeside mediation begin");
    expect(a.text).toContain("2019");
  });

  it("still gives the talks' own date when the question names nothing else", () => {
    const a = createEngine([first]).ask("when did the talks start");
    expect(a.text).toContain("2024-04-02");
  });
});

describe("createEngine: where a next step takes place", () => {
  it("prefers the next step that names a place over an outcome on the same topic", () => {
    const a = engine.ask("where does the convoy working group meet");
    expect(a.text).toContain("Marrow");
  });
});

describe("createEngine: other spellings of names and words", () => {
  it("finds a hyphenated name typed with a space or a hyphen", () => {
    for (const q of ["what did vasquez lund say", "what did oriane vasquez-lund say"]) {
      expect(engine.ask(q).text).toContain("Forty-eight hours");
    }
  });

  it("reads 'vet' as veterinary and 'back' as support", () => {
    const e = createEngine([
      round({
        parties: [
          { name: "Ostmark", positions: ["Supports the Zeltian plan for grain corridors."] },
          { name: "Zeltia" },
        ],
        points: ["Veterinary checks on cattle would be halved."],
      }),
    ]);
    expect(e.ask("what share of vet checks on cattle would go").text).toContain("halved");
    expect(e.ask("does ostmark back the zeltian plan").text).toContain("grain corridors");
  });
});

describe("createEngine: a speaker's role and a party's people", () => {
  const envoy = round({
    participants: [
      {
        name: "Quentin Abelard",
        role: "Zeltian envoy for the valley",
        side: "Zeltia",
        aliases: ["Abelard"],
      },
    ],
    quotes: [{ speaker: "Quentin Abelard", text: "The harbour of Kessin must stay open." }],
  });

  it("finds a quote by the role of its speaker and the topic of its words", () => {
    const a = createEngine([envoy]).ask("what did the zeltian envoy say about the harbour");
    expect(a.text).toContain("must stay open");
  });

  it("names the person whose role fits 'who negotiated for' a party", () => {
    const a = engine.ask("who negotiated for zeltia");
    expect(a.text).toContain("Aurelio Fenn");
    expect(a.text).not.toContain("Sollberg");
  });
});
