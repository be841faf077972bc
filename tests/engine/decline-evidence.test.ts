// Questions that take something for granted the briefings do not record must be declined with
// the evidence that is missing named, never answered with a nearby fact: a refusal for "when did
// X agree", a quote on another topic, a length or number of something else, a stage of a series
// that is not there. Invented talks (Ostmark and the Lagoon League), not the shipped data.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const lagoon = briefing({
  id: "2024-09-03-lagoon-talks",
  file: "/tmp/2024-09-03-lagoon-talks.yaml",
  title: "Lagoon fishing talks between Ostmark and the Lagoon League",
  date: "2024-09-03",
  location: "Split",
  format: "Lagoon talks",
  summary:
    "Ostmark and the Lagoon League met in Split and signed a first-stage fishing pact after " +
    "nine years of negotiations. Ostmark refused to commit to quota cuts.",
  participants: [
    {
      name: "Vesna Horvat",
      role: "Fisheries Minister of Ostmark, head of the Ostmark delegation",
      side: "Ostmark",
    },
    { name: "Pavel Drago", role: "Secretary of the Lagoon League", side: "Lagoon League" },
  ],
  parties: [
    {
      name: "Ostmark",
      positions: ["Ostmark rejected any ban on night trawling."],
    },
    { name: "Lagoon League", positions: ["The League wants a ban on night trawling."] },
  ],
  quotes: [
    { speaker: "Vesna Horvat", text: "Our trawlers will keep their nights." },
    { speaker: "Pavel Drago", text: "The lagoon cannot feed everyone." },
  ],
  points: ["Ostmark refused to commit to quota cuts for the first stage."],
  outcomes: ["No general ban on trawling.", "Agreement on joint inspections of catches."],
  next_steps: [{ text: "Inspectors start work in the lagoon.", date: "2024-10-01" }],
  background: ["The first fishing dispute broke out in 2015."],
});

describe("declining what the briefings record the opposite of", () => {
  const engine = createEngine([lagoon]);

  it("declines when a party agreed to something the briefings say it refused, quoting the refusal", () => {
    const a = engine.ask("when did ostmark agree to cut quotas");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No agreement is recorded");
    expect(a.text).toContain("refused to commit to quota cuts");
  });

  it("offers the yes/no question, which the refusal does answer, and it is answered", () => {
    const a = engine.ask("on what terms did ostmark accept the trawling ban");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No acceptance is recorded");
    const offered = a.suggestions.find((s) => /^Did ostmark accept/i.test(s));
    expect(offered).toBeDefined();
    const yes = engine.ask(offered as string);
    expect(yes.answered).toBe(true);
    expect(yes.text).toContain("rejected");
  });

  it("declines what a party agreed to when the item says none was reached", () => {
    const a = engine.ask("what general ban did ostmark agree to");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No general ban on trawling");
  });

  it("still answers a yes/no question with the refusal, and an agreement that was reached", () => {
    expect(engine.ask("did ostmark agree to cut quotas?").text).toContain("refused");
    const agreed = engine.ask("what did they agree on inspections");
    expect(agreed.answered).toBe(true);
    expect(agreed.text).toContain("joint inspections");
  });

  it("answers a yes/no question after a greeting with the refusal, as whether, not when", () => {
    const a = engine.ask("hey bot, does ostmark accept the trawling ban");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("rejected any ban on night trawling");
  });
});

const strait = briefing({
  id: "2024-11-12-strait-talks",
  file: "/tmp/2024-11-12-strait-talks.yaml",
  title: "Strait shipping talks between Iran and Oman",
  date: "2024-11-12",
  location: "Muscat",
  format: "Strait talks",
  summary: "Iran and Oman discussed shipping lanes in the strait.",
  participants: [
    { name: "Dara Kazemi", role: "Deputy Foreign Minister of Iran", side: "Iran" },
    { name: "Salim Harthy", role: "Foreign Minister of Oman", side: "Oman" },
  ],
  parties: [{ name: "Iran", aliases: ["Tehran"] }, { name: "Oman" }],
  quotes: [
    {
      speaker: "Salim Harthy",
      text: "Iranians and Omanis share one sea and one livelihood.",
      context: "Remarks on the tanker lanes near Bandar Abbas.",
    },
    {
      speaker: "Dara Kazemi",
      text: "Every lane must stay open to every flag.",
      context: "On the shipping lanes.",
    },
  ],
  points: ["The sides discussed the shipping lanes."],
});

describe("declining a quote on a topic the speaker never spoke on", () => {
  const engine = createEngine([strait]);

  it("declines a quote about something no briefing mentions, naming the missing word", () => {
    const a = engine.ask("what did harthy say about the blockade of bandar abbas");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("no quote from Salim Harthy");
    expect(a.text).toContain("blockade");
  });

  it("still answers a quote about an act whose object the quote names", () => {
    const a = engine.ask("what did kazemi say about keeping the lanes open");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Every lane must stay open");
  });

  it("reads a capital after 'about' as the city, which a quote on the country's people does not name", () => {
    const a = engine.ask("what did harthy say about tehran");
    expect(a.answered).toBe(false);
    // "Tehran's position" is the government's, which the country's name stands for
    expect(engine.ask("what did harthy say about tehran's position").answered).toBe(true);
    const people = engine.ask("what did harthy say about iranians");
    expect(people.answered).toBe(true);
    expect(people.text).toContain("one sea and one livelihood");
  });
});

describe("declining talks at a place no briefing names", () => {
  const engine = createEngine([lagoon]);

  it("declines who led a side at a place the briefings never name, saying so", () => {
    const a = engine.ask("who led the ostmark delegation in dubrovnik");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("dubrovnik");
    const here = engine.ask("who led the ostmark delegation in split");
    expect(here.answered).toBe(true);
    expect(here.text).toContain("Vesna Horvat");
  });
});

describe("declining a length the briefings do not give", () => {
  const engine = createEngine([
    briefing({
      id: "2024-11-12-strait-talks",
      file: "/tmp/2024-11-12-strait-talks.yaml",
      title: "Strait shipping talks between Iran and Oman",
      date: "2024-11-12",
      location: "Muscat",
      format: "Strait talks",
      summary: "Iran and Oman discussed shipping lanes in the strait.",
      parties: [],
      quotes: [],
      points: ["The sides discussed the shipping lanes and a joint patrol."],
      outcomes: ["A joint patrol of the lanes."],
      next_steps: [],
      background: ["Shipping fell by half within a week of the first seizure of a tanker."],
    }),
  ]);

  it("declines how long the talks lasted when the only length is of something else", () => {
    const a = engine.ask("how long did the talks in muscat last");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("does not say how long the talks lasted");
  });

  it("declines how long a thing lasted when no length in the briefing names it", () => {
    const a = engine.ask("how long did the joint patrol last");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("how long the joint patrol lasted");
  });
});

describe("declining a round or stage the briefings do not have", () => {
  const engine = createEngine([
    briefing({
      id: "2024-05-06-delta-third-round",
      file: "/tmp/2024-05-06-delta-third-round.yaml",
      title: "Third round of the Delta water talks",
      date: "2024-05-06",
      location: "Cairo",
      format: "Delta water talks",
      summary:
        "The third round of the Delta water talks lasted two days in Cairo. A fourth round was " +
        "to begin before the summer.",
      points: ["Stage one of the canal works covers the northern branch."],
      outcomes: ["Agreement on stage one of the canal works."],
      next_steps: [{ text: "Stage two of the canal works to be designed.", date: "2024-07-01" }],
      background: [],
      quotes: [],
      parties: [],
    }),
  ]);

  it("declines the length of a round that a sentence names only as to come", () => {
    const a = engine.ask("how long did the fourth round of the delta talks last");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("no fourth round");
    expect(engine.ask("how long did the third round of the delta talks last").text).toContain(
      "lasted two days",
    );
  });

  it("declines a stage numbered after its noun that the briefing does not have, naming those it has", () => {
    const a = engine.ask("what was agreed on stage 3 of the canal works");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("no stage 3");
    expect(a.text).toContain("stage one and stage two");
    expect(engine.ask("what was agreed on stage one of the canal works").answered).toBe(true);
    expect(engine.ask("what is planned after stage one").text).toContain("Stage two");
  });
});

describe("declining a stance the briefings do not record", () => {
  const engine = createEngine([
    briefing({
      parties: [
        { name: "Norland", positions: ["Norland demands the removal of all harbour tariffs."] },
        { name: "Finmark", positions: ["Finmark is an observer of the commission."] },
      ],
    }),
  ]);

  it("declines a party's position on a topic when its only line is no stance on it", () => {
    // the topic is a word of the talks' own name, which alone would only pick the briefing
    const a = engine.ask("what was finmark's position on the harbour accord");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("no position of Finmark on the harbour accord");
    const stance = engine.ask("what was norland's position on the harbour accord");
    expect(stance.answered).toBe(true);
    expect(stance.text).toContain("removal of all harbour tariffs");
  });

  it("declines the view of someone no briefing names, saying so", () => {
    const a = engine.ask("gondors view of norland's tariff demands");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("no briefing names gondor");
    expect(engine.ask("norlands view of the tariffs").answered).toBe(true);
  });
});

describe("declining who was at talks for a country that had nobody there", () => {
  const engine = createEngine([
    briefing({
      background: [
        "Kowalczyk and Okonkwo first met in 2021 at talks facilitated by Canada and Portugal.",
      ],
    }),
  ]);

  it("declines who represented a country named only in the background, saying it had no side there", () => {
    const a = engine.ask("who represented canada at the kowalczyk okonkwo talks");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("name nobody for canada");
    expect(a.suggestions.length).toBeGreaterThan(0);
    const side = engine.ask("who represented norland at the kowalczyk okonkwo talks");
    expect(side.answered).toBe(true);
    expect(side.text).toContain("Marta Kowalczyk");
  });
});
