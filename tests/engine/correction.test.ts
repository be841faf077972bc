// Words the vocabulary alone cannot place: short misspelt names and words, corrected when they fit
// the rest of the question; acronyms of names the briefings spell out; unknown words that only
// shape a question. Invented briefings; the words are not those of the blind sets.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

const harbour = briefing({
  participants: [
    ...(briefing().participants ?? []),
    { name: "Lars Berg", role: "Chief customs negotiator of Norland", side: "Norland" },
    { name: "Park Soo Min", role: "Observer for the Coastal Forum", side: "Coastal Forum" },
  ],
  quotes: [
    ...(briefing().quotes ?? []),
    { speaker: "Lars Berg", text: "Customs tariffs on fish must fall first." },
  ],
  background: [
    "The Harbour Accord was signed in 2009.",
    "Former minister Sven Dahl called the patrol plan naive.",
  ],
  next_steps: [
    { text: "The commission meets again in Tallinn.", date: "2023-05-02" },
    { text: "A Joint Harbour Patrol Authority is to be set up.", date: "2023-07-01" },
  ],
});
const engine = createEngine([harbour, otherBriefing()]);

describe("short misspelt names and words", () => {
  it("corrects a four-letter surname by a letter changed", () => {
    const a = engine.ask("what did berh say about fish tariffs");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Customs tariffs on fish must fall first.");
  });

  it("corrects a first name to the one the name that follows it goes with", () => {
    const a = engine.ask("what did svan dahl think of the patrol plan");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Sven Dahl");
  });

  it("reads a misspelt question word as the word it is", () => {
    const a = engine.ask("how long did the harbour session lst");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("six hours");
  });

  it("leaves two unknown words side by side alone: a name the briefings lack", () => {
    expect(engine.ask("what did berk say about fish tariffs").answered).toBe(true);
    const a = engine.ask("what did ulvi berk say about fish tariffs");
    expect(a.answered).toBe(false);
  });

  it("does not turn a word of English into a name one letter away", () => {
    // "beg" is "berg" without its r, but a word in its own right
    const a = engine.ask("what did beg say about fish tariffs");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("beg");
  });
});

describe("two words of a name written as one", () => {
  it("reads them as the name's two words", () => {
    const a = engine.ask("what role does park soomin have");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Observer for the Coastal Forum");
  });
});

describe("acronyms of names the briefings spell out", () => {
  it("answers with the name a question gives only by its initials", () => {
    const a = engine.ask("when will the jhpa be set up");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Joint Harbour Patrol Authority");
  });

  it("still declines initials no name of the briefings has", () => {
    const a = engine.ask("when will the jqpx be set up");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("jqpx");
  });
});

describe("unknown words that only shape a question", () => {
  it("answers a when-question whose only unknown word is a modifier", () => {
    const a = engine.ask("when is the next harbour commission round overdue");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2023-05-02");
  });

  it("still declines a when-question about a thing the briefings lack", () => {
    const a = engine.ask("when is the harbour lighthouse overdue");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("lighthouse");
  });

  it("ignores a function word the word lists lack", () => {
    const a = engine.ask("what did kowalczyk say on whether");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Kowalczyk");
  });
});
