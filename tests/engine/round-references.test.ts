// Which round of a series a question means: by its place among several ("the earlier of the
// two rounds"), by its month ("the sept mtg"), by a part of a year ("at the end of 2021"), by
// its place ("the lisbon 3+3 meeting"), two rounds set against each other ("what changed
// between the april and september rounds", "was X at both rounds") and the time between them.
// Invented briefings: a "3+3" series of two rounds and other talks held earlier in Lisbon.
import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/types.ts";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const mediator = {
  name: "Ingrid Solheim",
  role: "Special Envoy of the Lake Council, chair of the round",
  side: "Lake Council",
  aliases: ["Solheim"],
};

const first: Briefing = briefing({
  id: "2021-04-12-3plus3-lisbon",
  file: "/tmp/2021-04-12-3plus3-lisbon.yaml",
  title: "3+3 talks on the lake border in Lisbon",
  date: "2021-04-12",
  end_date: "2021-04-14",
  location: "Lisbon",
  format: "3+3 lake border talks",
  summary:
    "The 3+3 talks on the lake border met in Lisbon under the chair of Ingrid Solheim. Ostmark " +
    "and Vellan agreed to exchange maps of the shoreline.",
  participants: [
    mediator,
    {
      name: "Piet Varga",
      role: "Chief negotiator of Ostmark",
      side: "Ostmark",
      aliases: ["Varga"],
    },
    { name: "Oona Ruhl", role: "Representative of Fennland", side: "Fennland", aliases: ["Ruhl"] },
  ],
  parties: [{ name: "Ostmark", positions: ["Ostmark wants the border on the median line."] }],
  quotes: [{ speaker: "Piet Varga", text: "Maps first, lines later." }],
  points: ["The delegations discussed the shoreline maps."],
  outcomes: ["Agreement to exchange shoreline maps."],
  next_steps: [{ text: "Experts meet to compare the maps.", date: "2021-06-01" }],
  background: ["The lake border has been disputed since 1990."],
});

const second: Briefing = briefing({
  id: "2022-09-20-3plus3-oslo",
  file: "/tmp/2022-09-20-3plus3-oslo.yaml",
  title: "3+3 talks on the lake border in Oslo",
  date: "2022-09-20",
  end_date: "2022-09-21",
  location: "Oslo",
  format: "3+3 lake border talks",
  summary:
    "For the first time the foreign ministers themselves sat at the table. Ostmark and Vellan " +
    "signed a protocol on fishing rights.",
  participants: [
    mediator,
    {
      name: "Piet Varga",
      role: "Chief negotiator of Ostmark",
      side: "Ostmark",
      aliases: ["Varga"],
    },
    {
      name: "Lars Brenn",
      role: "Representative of Fennland",
      side: "Fennland",
      aliases: ["Brenn"],
    },
  ],
  parties: [{ name: "Vellan", positions: ["Vellan wants joint patrols on the lake."] }],
  quotes: [{ speaker: "Ingrid Solheim", text: "The ministers have shown the way." }],
  points: ["The ministers discussed fishing quotas."],
  outcomes: ["Protocol on fishing rights signed."],
  next_steps: [],
  background: ["The round was the first 3+3 meeting in over 17 months, since Lisbon."],
});

/** Other talks, earlier and in the same city, with a delegation the series never had. */
const other: Briefing = briefing({
  id: "2019-03-05-lisbon-harbour-talks",
  file: "/tmp/2019-03-05-lisbon-harbour-talks.yaml",
  title: "Harbour talks between Norland and Sudmark in Lisbon",
  date: "2019-03-05",
  location: "Lisbon",
  format: "Harbour Accord Commission",
  participants: [
    {
      name: "Marta Kowalczyk",
      role: "Foreign Minister of Norland, head of the Norland delegation",
      side: "Norland",
      aliases: ["Kowalczyk"],
    },
  ],
});

describe("the round of a series a question names", () => {
  const engine = createEngine([first, second, other]);

  it("reads the earlier of the two rounds as the first round of that series", () => {
    const a = engine.ask("which city hosted the earlier of the two 3+3 rounds");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(first.id);
    expect(a.text).toContain("Lisbon");
  });

  it("never reads how many rounds as the thing whose length is asked", () => {
    const a = engine.ask("how long did the first of the two 3+3 rounds last");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(first.id);
    expect(a.text).not.toMatch(/the two lasted/);
  });

  it("reads the later of the two rounds as the last one", () => {
    const a = engine.ask("where was the later of the two 3+3 meetings");
    expect(a.citations[0]?.briefing).toBe(second.id);
  });

  it("declines a part of a year in which no round was held", () => {
    const a = engine.ask("where was the 3+3 round held at the end of 2021");
    expect(a.answered).toBe(false);
  });

  it("answers from the round held in the season asked", () => {
    const a = engine.ask("how long did the 3+3 talks go on in the autumn of 22");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(second.id);
  });

  it("keeps a series named by its digits and signs: no other talks answer for it", () => {
    const a = engine.ask("who headed the norland delegation at the 3+3 talks");
    expect(a.answered).toBe(false);
  });

  it("answers from the round held in the city named before the talks", () => {
    const a = engine.ask("who represented fennland at the lisbon 3+3 meeting?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Oona Ruhl");
    expect(a.text).not.toContain("Lars Brenn");
  });

  it("reads a month written short before a chat word for a meeting as the round then", () => {
    const a = engine.ask("any progress at the sept mtg");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(second.id);
  });

  it("answers what changed between two rounds from the later one", () => {
    const a = engine.ask("what changed between the april and september rounds");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(second.id);
  });

  it("answers what was new at a round compared with the other from the round asked", () => {
    const a = engine.ask("what was new about the sept meeting compared with april");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(second.id);
  });

  it("says yes to someone listed at both rounds, citing both", () => {
    const a = engine.ask("was solheim at both 3+3 rounds");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes/);
    expect(a.citations.map((c) => c.briefing).sort()).toEqual([first.id, second.id].sort());
  });

  it("says no to someone listed at one round only, citing that round", () => {
    const a = engine.ask("was ruhl at both the april and september rounds");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No/);
    expect(a.citations.map((c) => c.briefing)).toEqual([first.id]);
  });

  it("answers the time since the round before from the later round's line stating it", () => {
    const a = engine.ask("how long had it been since the previous 3+3 round when they met in oslo");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("17 months");
  });
});

describe("two rounds of a series named by their places", () => {
  const engine = createEngine([first, second, other]);

  it("cites the rounds in the order the question names their cities", () => {
    const a = engine.ask("was solheim at both the oslo and lisbon rounds");
    expect(a.text).toMatch(/^Yes/);
    expect(a.citations.map((c) => c.briefing)).toEqual([second.id, first.id]);
  });
});

describe("the time between two rounds when no line states it", () => {
  const unstated = { ...second, background: [] };
  const engine = createEngine([first, unstated, other]);

  it("is told from the two rounds' dates, citing both", () => {
    const a = engine.ask("after how many months did the 3+3 talks meet again");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("17 months");
    expect(a.citations.map((c) => c.briefing)).toEqual([second.id, first.id]);
  });

  it("is never the length of the round itself", () => {
    const a = engine.ask("how many months after lisbon did the 3+3 talks meet in oslo");
    expect(a.text).not.toMatch(/lasted 2 days/);
  });
});

describe("where talks without a location were held", () => {
  const engine = createEngine([
    briefing({
      location: undefined,
      summary:
        "It was the last round before the envoy left in January 2024. Meeting at a venue near Tallinn, the delegations agreed a patrol.",
    }),
  ]);

  it("is the summary's sentence naming a place, not one naming a month", () => {
    const a = engine.ask("where were the harbour talks held");
    expect(a.text).toContain("near Tallinn");
  });
});

describe("rounds set against each other by their places or as the one before", () => {
  const engine = createEngine([first, second, other]);

  it("answers what changed between two rounds named by their cities from the second named", () => {
    const a = engine.ask("what changed between the lisbon and oslo rounds");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(second.id);
  });

  it("reads the time after the first round as asked of the round after it", () => {
    const a = engine.ask("how long after the first 3+3 round did they meet again");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(second.id);
  });
});
