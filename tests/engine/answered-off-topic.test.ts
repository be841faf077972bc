// Questions the briefings do not answer must not get a line about something near them: a
// speaker's quote on another topic, a day of another act, a number of another side or place or
// another amount, a decision that is only planned. Each is declined, while the question the
// briefing does answer, worded the same way, still is answered.
// Invented talks (the Riverland Forum in Portmay; Venezuela and Colombia at Cucuta), not the shipped data.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const forum = briefing({
  id: "2024-09-02-riverland-forum-portmay",
  file: "/tmp/2024-09-02-riverland-forum-portmay.yaml",
  title: "Riverland Forum agrees referendum date in Portmay",
  date: "2024-09-02",
  location: "Portmay",
  format: "Riverland Forum",
  summary:
    "The 60 members of the Riverland Forum met for a week in Portmay and set a referendum on " +
    "the new charter for 3 May 2025. Governor Ada Kest opened the forum.",
  participants: [
    { name: "Ada Kest", role: "Governor of Portmay, host of the opening", side: "Portmay" },
    { name: "Oren Vale", role: "Chair of the Riverland Forum", side: "Riverland Forum" },
  ],
  parties: [
    {
      name: "Riverland Forum",
      positions: ["The forum wants the referendum held on one day in every district."],
    },
  ],
  quotes: [
    { speaker: "Ada Kest", text: "The future of the valley belongs to those who live in it." },
    { speaker: "Oren Vale", text: "The referendum in May is a turning point for the valley." },
  ],
  points: ["The forum set the referendum for 3 May 2025."],
  outcomes: ["A referendum on the charter on 3 May 2025."],
  next_steps: [
    { text: "The upper and lower chambers to agree the electoral law within 90 days." },
    { text: "Referendum on the charter.", date: "2025-05-03" },
  ],
  background: ["The valley has had two rival assemblies since 2016."],
});

const cucuta = briefing({
  id: "2024-11-12-venezuela-colombia-cucuta-talks",
  file: "/tmp/2024-11-12-venezuela-colombia-cucuta-talks.yaml",
  title: "Venezuela and Colombia sign the Cucuta border protocol",
  date: "2024-11-12",
  location: "Cucuta",
  format: "Cucuta talks",
  summary:
    "The foreign ministers of Venezuela and Colombia signed the Cucuta border protocol on 12 November " +
    "2024 after three days of talks, with Brazil as guarantor. Venezuela agreed to pay 3 billion " +
    "dollars into a reconstruction fund for the border provinces.",
  participants: [
    { name: "Lucia Ferrer", role: "Foreign Minister of Venezuela", side: "Venezuela" },
    { name: "Raul Ibarra", role: "Foreign Minister of Colombia", side: "Colombia" },
  ],
  parties: [
    {
      name: "Venezuela",
      positions: ["Venezuela refused Colombia's demand for a 12 billion dollar fund."],
    },
    {
      name: "Colombia",
      positions: ["Colombia wants the border commission to start work in January."],
    },
    {
      name: "Southern Front",
      positions: ["The Southern Front wants a share of the customs revenue."],
    },
    {
      name: "Government of Venezuela",
      aliases: ["PSUV"],
      positions: ["The government wants the border crossings reopened."],
    },
  ],
  quotes: [{ speaker: "Raul Ibarra", text: "This border will now be a bridge." }],
  points: [
    "About 2,000 Colombian soldiers were held as prisoners of war in Venezuela.",
    "The transitional cabinet will have 20 ministers; the Southern Front gets six ministries.",
    "Nearly 900 people had been killed in Venezuela since the fighting began.",
    "A humanitarian corridor through Tachira was opened for the talks.",
  ],
  outcomes: ["The Cucuta border protocol."],
  next_steps: [{ text: "The border commission meets in Bogota.", date: "2025-01-15" }],
  background: ["The border war broke out in 2021."],
});

describe("a said-question about what the talks did, asked of someone who did not speak on it", () => {
  const engine = createEngine([forum]);

  it("declines a quote on another topic when the topic is a word of the title's news", () => {
    const a = engine.ask("what did kest say about the referendum");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("no quote from Ada Kest");
  });

  it("still answers with the quote of the one who spoke on it", () => {
    const a = engine.ask("what did vale say about the referendum");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("turning point");
  });
});

describe("a when-question about an act the summary does not name", () => {
  const engine = createEngine([cucuta]);

  it("declines rather than give the summary's day of the signing, saying the summary gives none", () => {
    const a = engine.ask("when did the border provinces receive the reconstruction fund");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("gives no day for it");
  });

  it("still answers an act the summary names, in its irregular past too", () => {
    const signed = engine.ask("when did the ministers sign the cucuta border protocol");
    expect(signed.answered).toBe(true);
    expect(signed.citations[0]?.date).toBe("2024-11-12");
  });
});

describe("a count of the same thing for another side or place", () => {
  const engine = createEngine([cucuta]);

  it("declines a number of another side's soldiers", () => {
    const a = engine.ask("how many venezuelan soldiers were held as prisoners by colombia");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("another side");
  });

  it("answers the number of the side asked", () => {
    const a = engine.ask("how many colombian soldiers were held as prisoners in venezuela");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2,000");
  });

  it("answers the ministries of the party the counting clause names", () => {
    const a = engine.ask(
      "how many ministries did the southern front get in the transitional cabinet",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain("six ministries");
  });

  it("declines a toll of another place than the one named", () => {
    const a = engine.ask("how many people were killed in tachira");
    expect(a.answered).toBe(false);
  });
});

describe("a decision asked as made that a step only plans", () => {
  const engine = createEngine([forum]);

  it("declines, quoting the plan, and offers the question of the plan", () => {
    const a = engine.ask("when did the upper and lower chambers agree the electoral law");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("only as planned");
    expect(
      a.suggestions.some((s) => /^When will the upper and lower chambers agree/i.test(s)),
    ).toBe(true);
  });
});

describe("a when-question whose act is no word at all", () => {
  const engine = createEngine([forum]);

  it("declines a participle no briefing has, even allowing for typos", () => {
    const a = engine.ask("when was the referendum on the charter finshed");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("finshed");
  });
});

describe("an amount named in the question", () => {
  const engine = createEngine([cucuta]);

  it("declines a line on another amount", () => {
    const a = engine.ask("when did venezuela agree to pay the 12 billion dollars");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("12 billion");
  });

  it("answers when the line names the amount asked", () => {
    const a = engine.ask("when did venezuela agree to pay the 3 billion dollars");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.date).toBe("2024-11-12");
  });

  it("answers the line that names it", () => {
    const a = engine.ask("did venezuela agree to colombia's 12 billion dollar fund?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("refused");
  });
});

describe("the position of a body that is no side of the talks", () => {
  const engine = createEngine([cucuta]);

  it("declines a line that names the body's words but is nobody's position", () => {
    const a = engine.ask("what was the reconstruction fund board position on the protocol");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("no position of the reconstruction fund board");
  });

  it("still answers a side's position by its name", () => {
    const a = engine.ask("what was colombia's position on the border commission");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("start work in January");
  });
});

describe("how long a person did something the briefing gives no length of", () => {
  const engine = createEngine([forum]);

  it("declines the talks' own length for a person's stay", () => {
    const a = engine.ask("how long did ada kest stay on as governor after the forum");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("for a week");
  });

  it("still answers how long the people met with the talks' length", () => {
    const a = engine.ask("how long did kest and vale meet in portmay");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("for a week");
  });
});
