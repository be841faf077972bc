// Question words the briefings do not use, read through WordNet: a synonym or derived form counts
// only when one fact holds it with the rest of the question, and the answer must hold it; an
// antonym never answers. Invented briefings; the words are not the blind sets'.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

const harbour = briefing({
  background: [
    "The Harbour Accord was signed in 2009.",
    "The customs office in Valletta was closed in 2021 after the tariff dispute.",
  ],
  outcomes: [
    "Agreement on a joint fisheries patrol.",
    "No agreement on tariffs.",
    "The sides agreed on the reunion of fishing families separated by the border.",
  ],
});
const engine = createEngine([harbour, otherBriefing()]);

describe("question words the briefings say otherwise", () => {
  it("reads a synonym the briefings use when a fact holds it with the rest of the question", () => {
    const a = engine.ask("was the customs office in valletta shut");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("closed in 2021");
  });

  it("reads a form derived from the word", () => {
    const a = engine.ask("did the sides agree to reunite fishing families");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("reunion of fishing families");
  });

  it("does not read the synonym when no fact holds it with the rest of the question", () => {
    // "closed" is the briefings' word, but nothing about a fish market was closed
    const a = engine.ask("was the fish market shut");
    expect(a.answered).toBe(false);
  });

  it("never answers with the opposite of what was asked", () => {
    const a = engine.ask("when was the customs office opened");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("opposite");
  });
});

describe("the verb of a question that asks for a kind of answer", () => {
  it("answers 'what role did X play' from the person's role", () => {
    const a = engine.ask("what role did elena borg play in valletta");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("mediator");
  });
});

describe("question words one step broader or derived in WordNet", () => {
  const border = briefing({
    outcomes: [
      "Norland pledged not to intervene in the internal affairs of Sudmark.",
      "Harbour fees were cut by 40 percent in March.",
    ],
  });
  const talks = createEngine([border, otherBriefing()]);

  it("reads a word as the narrow kind it is of ('meddling' is intervening)", () => {
    const a = talks.ask("what was agreed on meddling in the internal affairs of sudmark");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("not to intervene");
  });

  it("reads a noun as a synonym of the verb it comes from ('reduction' of fees is a cut)", () => {
    const a = talks.ask("what came of the reduction of harbour fees");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("40 percent");
  });

  it("names the word typed, not the briefings' word, when it declines", () => {
    const a = talks.ask("what did okonkwo say about the reduction of harbour fees");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("“reduction”");
    expect(a.text).not.toContain("“cut”");
  });

  it("does not read the broader word when no fact holds it with the rest of the question", () => {
    const a = talks.ask("what was agreed on meddling in the fisheries patrol");
    expect(a.text).not.toContain("intervene");
  });
});

describe("misspelt words of English the briefings use in another form", () => {
  const announced = briefing({
    quotes: [
      {
        speaker: "Marta Kowalczyk",
        text: "From Monday our boats will patrol the strait together.",
        context: "Announcement of the joint fisheries patrol in Valletta.",
      },
    ],
  });
  const talks = createEngine([announced, otherBriefing()]);

  it("reads 'anounce' as the announcement the briefing records", () => {
    const a = talks.ask("what did kowalczyk anounce about the fisheries patrol");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("patrol the strait together");
  });

  it("keeps a misspelt word unknown when no fact holds it with the rest of the question", () => {
    const a = talks.ask("what did kowalczyk anounce about the weather");
    expect(a.answered).toBe(false);
  });
});

describe("a misspelt word that only shapes the question", () => {
  const summit = briefing({
    participants: [
      {
        name: "Ansel Varga",
        role: "Deputy Foreign Minister, Norland's representative at the commission",
        side: "Norland",
      },
    ],
  });
  const engine = createEngine([summit, otherBriefing()]);

  it("reads a who-question's misspelt verb as the word it misspells, with nothing to hold it against", () => {
    const a = engine.ask("who reprsented norland at the harbour talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ansel Varga");
  });
});

describe("chat forms of the question's words", () => {
  const pledge = briefing({
    parties: [
      {
        name: "United States",
        aliases: ["US"],
        positions: [
          "The United States pledges not to intervene in the internal affairs of Sudmark.",
        ],
      },
      { name: "Sudmark", positions: ["Sudmark wants its harbour fees cut."] },
    ],
  });
  const talks = createEngine([pledge, otherBriefing()]);

  it("reads a lower-case 'us' opening the question as the country", () => {
    const a = talks.ask("us position on intervening in sudmark");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("pledges not to intervene");
    // the US has no position on the fees: not Sudmark's in its stead
    expect(talks.ask("us position on harbour fees in sudmark").text).not.toContain("fees cut");
  });

  it("reads a word WordNet has as that word, not as a typo of another ('meddling', not 'muddling')", () => {
    const a = talks.ask("us position on meddling in sudmark");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("pledges not to intervene");
  });
});

describe("prepositions the stop words lack", () => {
  const policy = briefing({
    quotes: [
      {
        speaker: "Marta Kowalczyk",
        text: "Sudmark should adopt an independent fisheries policy.",
        context: "At the closing press conference.",
      },
    ],
  });
  const other = otherBriefing({ background: ["Westmark moved towards a drought plan in 2020."] });
  const talks = createEngine([policy, other]);

  it("reads 'towards' as no subject the answer must hold", () => {
    const a = talks.ask("kowalczyks words on fisheries towards sudmark");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("independent fisheries policy");
  });
});
