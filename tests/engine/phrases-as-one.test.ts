// Words that mean something only together: "enter into force" is a start, not troops; a known verb
// and its particle ("come with") are WordNet's phrasal verb ("accompany") when the briefings do
// not say them as written. Invented briefings; the words are not the blind sets'.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

describe("a treaty entering into force", () => {
  const harbour = briefing({
    background: [
      "Under the Harbour Accord, Norland moved its naval forces out of the harbour in March 2011.",
      "The accord was signed in 2009 and entered into force on 1 June 2010.",
    ],
  });
  const engine = createEngine([harbour, otherBriefing()]);

  it("answers when it came into force from the line saying it entered into force", () => {
    const a = engine.ask("when did the harbour accord come into force");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2010");
    expect(a.text).not.toContain("naval forces");
  });

  it("does not read the forces of a line as the treaty's force", () => {
    const a = engine.ask("when did norland move its forces out of the harbour");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2011");
  });
});

describe("a known verb and its particle read as one verb", () => {
  const harbour = briefing({
    summary:
      "Norland and Sudmark met in Valletta for the fourth round of the Harbour Accord Commission. " +
      "Kowalczyk was accompanied by her deputy, Jan Novak.",
    quotes: [
      {
        speaker: "Marta Kowalczyk",
        text: "We are ready to walk away from a bad bargain.",
        context: "On the tariff dispute.",
      },
    ],
  });
  const engine = createEngine([harbour, otherBriefing()]);

  it("answers who came with a minister from the line saying who accompanied her", () => {
    const a = engine.ask("who came with kowalczyk to valletta");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Jan Novak");
  });

  it("keeps the verb as typed when the briefings say it so", () => {
    const a = engine.ask("what did kowalczyk say about walking away");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("walk away from a bad bargain");
  });
});

describe("words of another sense kept apart from the vocabulary of talks", () => {
  const harbour = briefing({
    outcomes: ["The sides agreed to exchange 40 prisoners of war."],
    background: ["Trade through the harbour doubled between 2009 and 2019."],
  });
  const engine = createEngine([harbour, otherBriefing()]);

  it("does not answer a question about trade with an exchange of prisoners", () => {
    const a = engine.ask("how much did trade through the harbour grow");
    expect(a.text).not.toContain("40 prisoners");
  });

  it("does not read troops stationed somewhere as a station", () => {
    const harbourWithTroops = briefing({
      outcomes: ["Up to 300 Sudmark soldiers may be stationed in the harbour zone."],
      background: ["The old radio station in Valletta broadcast the talks."],
    });
    const a = createEngine([harbourWithTroops, otherBriefing()]).ask(
      "how many sudmark troops may be stationed in the harbour zone",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain("300");
  });
});
