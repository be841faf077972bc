// Every answer must satisfy every constraint of its question (speaker, party, time, round);
// one that breaks one becomes a decline that says which, never a fact about something else.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const talks = briefing({
  background: [
    "The Harbour Accord was signed in 2009.",
    "Former envoy Henrik Dahl drafted the first tariff plan in 2019.",
    "In September 2022 the two sides exchanged 40 impounded fishing boats.",
  ],
  next_steps: [{ text: "The fifth round of the commission meets in Tallinn.", date: "2023-05-02" }],
});
const title = "Harbour accord talks between Norland and Sudmark";

describe("answers that must fit every constraint of the question", () => {
  const engine = createEngine([{ ...talks, title: `Fourth round: ${title}` }]);

  it("declines what a person only mentioned in the background said, and says where they appear", () => {
    const a = engine.ask("what did henrik dahl say about tariffs");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No statement by henrik dahl");
    expect(a.text).toContain("background");
  });

  it("still answers what a speaker said, with the quote and the speaker", () => {
    const a = engine.ask("what did kowalczik say about tariffs");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Tariffs are the last wall between our harbours.");
    expect(a.citations[0]?.speaker).toBe("Marta Kowalczyk");
  });

  it("declines a count for a month the facts do not match, and answers it for the month they do", () => {
    // the talks were in March 2023, so the briefing is chosen; its fact is of September 2022
    const wrongMonth = engine.ask("how many fishing boats were exchanged in march 2023");
    expect(wrongMonth.answered).toBe(false);
    expect(wrongMonth.text).toContain("March 2023");
    const rightMonth = engine.ask("how many fishing boats were exchanged in september 2022");
    expect(rightMonth.answered).toBe(true);
    expect(rightMonth.text).toContain("40 impounded fishing boats");
  });

  it("declines a round the briefings do not have instead of answering from another round", () => {
    const a = engine.ask("how long did the fifth round of the harbour talks last");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("fifth round");
  });

  it("answers about the round a briefing is, by its own title", () => {
    const a = engine.ask("how long did the fourth round of the harbour talks last");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("six hours");
  });

  it("answers who represented a side with a person of that side, not the best-matching role", () => {
    const a = engine.ask("who represented sudmark");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Idris Okonkwo");
    expect(a.text).not.toContain("Kowalczyk");
  });

  it("never reads a speech verb as a person whose name is a word of talks (de la Calle)", () => {
    const withCalle = createEngine([
      {
        ...talks,
        participants: [
          ...(talks.participants ?? []),
          { name: "Ana de la Calle", role: "Observer", side: "Malta", aliases: ["De la Calle"] },
        ],
      },
    ]);
    const a = withCalle.ask("what did okonkwo say about the deadline");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("We will not be rushed into a bad bargain.");
  });

  it("declines what a speaker said in a year their quotes are not from", () => {
    const a = engine.ask("what did kowalczyk say about tariffs in 2021");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("2021");
    expect(engine.ask("what did kowalczyk say about tariffs in 2023").answered).toBe(true);
  });

  it("declines a how-many question when no fact states a number for it", () => {
    const a = engine.ask("how many journalists attended the harbour talks");
    expect(a.answered).toBe(false);
  });

  it("does not give a quote that mentions someone as a statement of theirs", () => {
    const mentioned = createEngine([
      {
        ...talks,
        quotes: [
          ...(talks.quotes ?? []),
          { speaker: "Marta Kowalczyk", text: "The Dahl plan is dead and buried." },
        ],
      },
    ]);
    const a = mentioned.ask("what did dahl say about the plan");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No statement by dahl");
  });

  it("declines where the next meeting will be when no place is given, and reads 'where does X stand' as a position", () => {
    const noPlace = createEngine([
      { ...talks, next_steps: [{ text: "The commission meets again within four months." }] },
    ]);
    expect(noPlace.ask("where will the commission meet next").answered).toBe(false);
    const stand = engine.ask("where does sudmark stand on tariffs");
    expect(stand.answered).toBe(true);
    expect(stand.text).toContain("refuses to cut tariffs");
  });

  it("reads 'who led the X delegation', 'who headed X's team' and 'head of the X delegation?' as one question, answered by a person of that side", () => {
    const answers = [
      "who led the sudmark delegation",
      "who headed sudmark's team",
      "head of the sudmark delegation?",
    ].map((q) => engine.ask(q));
    for (const a of answers) {
      expect(a.answered).toBe(true);
      expect(a.text).toContain("Idris Okonkwo");
    }
    expect(new Set(answers.map((a) => engine.read(a.question).party))).toEqual(
      new Set(["Sudmark"]),
    );
  });
});
