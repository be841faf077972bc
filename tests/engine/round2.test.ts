// The engine's second round of general mechanisms, on invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { soundKey } from "../../src/text/fuzzy.ts";
import { briefing } from "./factory.ts";

const steppe = briefing({
  id: "2024-06-11-steppe-grazing-talks",
  title: "Steppe grazing talks between Ostravia and Kelmora",
  date: "2024-06-11",
  location: "Samarkel",
  format: "Steppe Grazing Talks",
  summary: "Ostravia and Kelmora met in Samarkel on grazing rights along the river.",
  participants: [
    { name: "Timur Khaldarov", role: "Envoy of Ostravia", side: "Ostravia" },
    { name: "Wilhelmina Jorgensen", role: "Envoy of Kelmora", side: "Kelmora" },
  ],
  parties: [
    { name: "Ostravia", positions: ["Ostravia wants grazing rights north of the river."] },
    { name: "Kelmora", positions: ["Kelmora wants the herds counted first."] },
  ],
  quotes: [
    {
      speaker: "Timur Khaldarov",
      text: "The grass does not know the border.",
      context: "At the opening.",
    },
    {
      speaker: "Wilhelmina Jorgensen",
      text: "Count the herds, then talk.",
      context: "On the census.",
    },
  ],
  points: [
    "The talks lasted two and a half days.",
    "Kelmora took over the chairmanship of the river board in 2019.",
  ],
  outcomes: ["No agreement on grazing rights."],
  next_steps: [{ text: "The herd census starts in the autumn." }],
  background: [],
  tags: [],
});
const engine = createEngine([steppe]);

describe("soundKey", () => {
  it("folds transliteration variants of a name's start to one key", () => {
    expect(soundKey("chaldarov")).toBe(soundKey("khaldarov"));
    expect(soundKey("vilhelmina")).toBe(soundKey("wilhelmina"));
    expect(soundKey("yorgensen")).toBe(soundKey("jorgensen"));
  });
});

describe("createEngine: a misspelt first letter", () => {
  it("finds a person whose name starts with another transliteration ('Chaldarov')", () => {
    expect(engine.ask("what did chaldarov say").text).toContain("does not know the border");
  });

  it("finds 'Yorgensen' for Jorgensen and 'Vilhelmina' for Wilhelmina", () => {
    expect(engine.ask("what did yorgensen say").text).toContain("Count the herds");
    expect(engine.ask("what did vilhelmina say").text).toContain("Count the herds");
  });

  it("still declines a name that sounds like nothing in the briefings", () => {
    expect(engine.ask("what did Petrescu say").answered).toBe(false);
  });
});

describe("createEngine: durations in words", () => {
  it("reads 'two and a half days' as how long the talks lasted", () => {
    expect(engine.ask("how long did the talks last").text).toContain("two and a half days");
  });
});

describe("createEngine: derived words of talks", () => {
  it("matches 'chair' to 'chairmanship'", () => {
    expect(engine.ask("when did kelmora take over the river board chair").text).toContain("2019");
  });
});

describe("createEngine: words of talks the briefings never use", () => {
  it("declines 'sanctions' when no briefing speaks of any", () => {
    expect(engine.ask("what sanctions did ostravia impose on kelmora").answered).toBe(false);
  });
});

describe("createEngine: rounds counted by their place in a series", () => {
  const round = (id: string, date: string, outcome: string) =>
    briefing({
      id,
      date,
      title: `Lagoon water talks, ${date}`,
      format: "Lagoon Water Talks",
      location: "Porto Brava",
      summary: "Talks on the lagoon's water levels.",
      outcomes: [outcome],
      next_steps: [],
    });
  const other = briefing({
    id: "2022-01-04-orchard-talks",
    date: "2022-01-04",
    title: "Orchard tariff talks",
    format: "Orchard Forum",
    location: "Velden",
    summary: "Talks on orchard tariffs.",
    outcomes: ["Tariffs on apples were halved."],
    next_steps: [],
  });
  const lagoon = createEngine([
    other,
    round("2023-02-01-lagoon-1", "2023-02-01", "No deal on the sluice gates."),
    round("2023-05-01-lagoon-2", "2023-05-01", "A sluice commission was set up."),
    round("2023-09-01-lagoon-3", "2023-09-01", "The sluice gates were opened."),
  ]);

  it("answers 'the second round' from the second briefing of the series by date", () => {
    expect(lagoon.ask("what came out of the second round").text).toContain("sluice commission");
  });

  it("answers 'the first round' from the series, not from an older one-off meeting", () => {
    expect(lagoon.ask("did the first round produce a deal on the sluice gates").text).toContain(
      "No deal",
    );
  });
});

describe("createEngine: a quote's context and a numbered future meeting", () => {
  const first = briefing({
    id: "2023-02-01-delta-talks",
    date: "2023-02-01",
    title: "First round of the delta talks",
    format: "Delta Talks",
    location: "Miravel",
    participants: [{ name: "Oskar Lindqvist", role: "mediator", side: "Delta League" }],
    quotes: [
      {
        speaker: "Oskar Lindqvist",
        text: "Ten hours and not one shout.",
        context: "after the opening day",
      },
    ],
    next_steps: [{ text: "The 14th session will be held in Corvina." }],
  });
  const second = briefing({
    id: "2023-06-01-delta-talks",
    date: "2023-06-01",
    title: "Second round of the delta talks",
    format: "Delta Talks",
    location: "Miravel",
    participants: [{ name: "Oskar Lindqvist", role: "mediator", side: "Delta League" }],
    quotes: [
      { speaker: "Oskar Lindqvist", text: "The dykes will be mapped.", context: "at the signing" },
    ],
    next_steps: [],
  });
  const delta = createEngine([first, second]);

  it("picks the quote whose context the question names, even from an older briefing", () => {
    expect(delta.ask("what did lindqvist say after the opening day").text).toContain("Ten hours");
  });

  it("answers where a numbered future meeting will be from the next step naming it", () => {
    expect(delta.ask("where is the 14th session").text).toContain("Corvina");
  });
});

describe("createEngine: how big, how large", () => {
  const dam = briefing({
    id: "2023-04-04-kessel-dam-talks",
    title: "Talks on the Kessel dam project",
    format: "Kessel Dam Commission",
    summary: "The commission met on the Kessel dam project and on flood warnings.",
    points: [
      "The 420 MW Kessel dam project would flood two valleys.",
      "Flood warnings will be shared.",
    ],
    next_steps: [],
  });
  const e = createEngine([dam]);

  it("answers 'how big is the X project' with the number stated about it", () => {
    expect(e.ask("how big is the kessel project").text).toContain("420 MW");
  });
});

describe("createEngine: who, before", () => {
  const e = createEngine([
    briefing({
      id: "2023-07-07-fjord-talks",
      title: "Fjord fishing talks mediated by the Nordic Board",
      participants: [{ name: "Ada Brekke", role: "mediator", side: "Nordic Board" }],
      background: ["Iceland mediated between the two sides from 2001 until 2009."],
      next_steps: [],
    }),
  ]);

  it("answers who did something before the talks from the background", () => {
    expect(e.ask("who mediated before the nordic board got involved").text).toContain("Iceland");
  });

  it("still names the participant when no 'before' is asked", () => {
    expect(e.ask("who mediated").text).toContain("Ada Brekke");
  });
});
