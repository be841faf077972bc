// Every constraint a question names is proved on the answer before it is given: the side asked
// ("Norland's negotiator"), the speaker ("the Green party"), a part of a year ("the end of 2021"),
// the day a quote was said, a place named only inside another name ("Oslo-plus"), the person
// who did the act asked about, an act taken for granted that the briefing records the other way
// ("why did X reject" when X accepted), a reason asked where none is given, and an event that is
// not the talks whose day is the briefing's. Each is declined; the question the briefings do
// answer, worded the same way, is still answered.
// Invented talks (the Selva Bay talks and the Harlow round), not the shipped data.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const selva = briefing({
  id: "2021-05-10-selva-bay-talks",
  file: "/tmp/2021-05-10-selva-bay-talks.yaml",
  title: "Selva Bay talks between Ostria and the Northern Front end with a water accord",
  date: "2021-05-10",
  end_date: "2021-05-20",
  location: "Selva Bay",
  format: "Selva Bay talks",
  summary:
    "After ten days of talks at Selva Bay, Ostrian Interior Minister Pavel Dunn and Northern Front " +
    "commander Ilse Marr signed a water-sharing accord on 20 May 2021. Mediator Tomas Reyes " +
    "attended the ceremony. Reyes had tabled a plan for a joint river authority that the Northern " +
    "Front accepted but the Ostrian government did not.",
  participants: [
    {
      name: "Pavel Dunn",
      role: "Interior Minister, head of the Ostrian delegation",
      side: "Ostria",
    },
    {
      name: "Ilse Marr",
      role: "Commander, head of the Northern Front delegation",
      side: "Northern Front",
    },
    { name: "Tomas Reyes", role: "UN mediator", side: "United Nations" },
  ],
  parties: [
    {
      name: "Ostria",
      aliases: ["Ostrian government", "the government"],
      positions: [
        "Rejected the Reyes plan for a joint river authority.",
        "Wants the dams to stay under national control.",
      ],
    },
    {
      name: "Northern Front",
      aliases: ["the Front"],
      positions: ["Accepted the Reyes plan for a joint river authority."],
    },
    { name: "Norland", aliases: ["Tarvik"], positions: ["Norland backs the water accord."] },
  ],
  quotes: [
    {
      speaker: "Pavel Dunn",
      text: "Water will no longer divide the valley.",
      context: "At a press conference in Lisport on 12 May 2021.",
    },
    { speaker: "Ilse Marr", text: "Our people will judge this accord at the elections." },
  ],
  points: ["The Oslo-plus package of six measures on river traffic was endorsed."],
  outcomes: ["A water-sharing accord was signed."],
  next_steps: [{ text: "A joint technical commission to meet in Lisport.", date: "2021-06-15" }],
  background: [
    "The river dispute dates back to 1998.",
    "The Northern Front registered as a political party in 2005.",
  ],
});

const engine = createEngine([selva]);

describe("a side named before an agent noun is a side the answer must be of", () => {
  it("declines who was a side's negotiator when nobody of that side is recorded", () => {
    const a = engine.ask("who was tarviks negotiator at selva bay?");
    expect(a.answered).toBe(false);
  });
  it("still answers for a side that has a negotiator", () => {
    const a = engine.ask("who was ostrias negotiator at selva bay?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Pavel Dunn");
  });
});

describe("a speaker named as 'the X party' is the speaker asked about", () => {
  it("declines what a party no briefing has said", () => {
    // "northern" is a word of the Northern Front's name, "party" a word of the background
    const a = engine.ask("what did the northern party say about the water accord");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("northern party");
  });
});

describe("a part of a year is that part, not the whole year", () => {
  it("declines where talks were held at the end of a year when they were held in May", () => {
    const a = engine.ask("where were the selva bay talks held at the end of 2021");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/end of 2021|October to December 2021/);
  });
  it("still answers where the talks were held in that year", () => {
    const a = engine.ask("where were the selva bay talks held in 2021");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Selva Bay");
  });
});

describe("a quote whose context gives another day was not said on the day asked", () => {
  it("declines what someone said on a day the quote's context does not give", () => {
    const a = engine.ask("what did dunn say on 20 may 2021?");
    expect(a.answered).toBe(false);
  });
  it("still answers for the day the quote was said", () => {
    const a = engine.ask("what did dunn say on 12 may 2021?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Water will no longer divide the valley");
  });
});

describe("a capital named only inside another name is no place of the answer", () => {
  it("declines when the next meeting in a capital is only the first part of a compound name", () => {
    // Oslo is named only as the first part of the "Oslo-plus" package
    const a = engine.ask("when is the next commission meeting in oslo");
    expect(a.answered).toBe(false);
  });
  it("still answers for the place the next meeting is in", () => {
    const a = engine.ask("when is the next commission meeting in lisport");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2021-06-15");
  });
});

describe("a when-question about a named person's act needs that person's act", () => {
  it("declines when the summary's signing was by others", () => {
    const a = engine.ask("when did reyes sign the water accord");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("reyes");
  });
  it("declines an act the summary does not record, read as a verb in lower-case chat", () => {
    const a = engine.ask("when did dunn and marr initial the accord");
    expect(a.answered).toBe(false);
  });
  it("still answers when the person named did the act", () => {
    const a = engine.ask("when did dunn sign the water accord");
    expect(a.answered).toBe(true);
  });
});

describe("a why-question is checked against what it takes for granted", () => {
  it("declines why a side rejected what its own line says it accepted, quoting that line", () => {
    const a = engine.ask("why did the front reject the reyes plan");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No rejection is recorded");
    expect(a.text).toContain("Northern Front accepted");
  });
  it("declines why a side did something when the briefing gives no reason", () => {
    const a = engine.ask("why did the ostrian government reject the reyes plan");
    expect(a.answered).toBe(false);
  });
});

describe("the talks' own day answers a when-question about the talks only", () => {
  // a guard: on a briefing this small the event is declined by the other checks too; on blind
  // sets A, M and N the talks' day had answered "when were the elections finally held"
  it("declines when another event named in the question was held", () => {
    const a = engine.ask("when were the ostria elections finally held?");
    expect(a.answered).toBe(false);
  });
  it("still gives the talks' day when the talks are asked about", () => {
    const a = engine.ask("when were the selva bay talks held?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2021-05-10");
  });
});

describe("a series named by its code is the cited talks' series", () => {
  const harlow = briefing({
    id: "2022-03-08-harlow-3plus3-round",
    file: "/tmp/2022-03-08-harlow-3plus3-round.yaml",
    title: "3+3 talks on the Harlow strait in Pellin end without a protocol",
    date: "2022-03-08",
    location: "Pellin",
    format: "3+3 talks on the Harlow strait",
    summary: "The six delegations of the 3+3 format met in Pellin on fishing rights in the strait.",
    participants: [{ name: "Mara Olsen", role: "Head of the Vendish delegation", side: "Vendia" }],
    parties: [{ name: "Vendia", positions: ["Vendia wants joint patrols of the strait."] }],
  });
  const both = createEngine([selva, harlow]);
  it("declines a delegation's head asked at the coded talks when only other talks have one", () => {
    const a = both.ask("who headed the ostrian delegation at the 3+3 talks");
    expect(a.answered).toBe(false);
  });
  it("still answers for the coded talks' own delegation", () => {
    const a = both.ask("who headed the vendish delegation at the 3+3 talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Mara Olsen");
  });
});
