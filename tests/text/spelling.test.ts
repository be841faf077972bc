// The text toolkit's word knowledge: spelling variants, what is English, acronyms, stems.
import { describe, expect, it } from "vitest";
import {
  acronymsOf,
  isEnglishWord,
  isFunctionWord,
  isRoleWord,
  isSwap,
  isVerbOrModifier,
  oneEditAway,
  stem,
} from "../../src/text/index.ts";

describe("oneEditAway", () => {
  it("offers a dropped, an added and a changed letter and two swapped ones", () => {
    const near = oneEditAway("harbr");
    expect(near).toContain("harbor"); // added
    expect(oneEditAway("harbour")).toContain("harbor"); // dropped
    expect(oneEditAway("tolls")).toContain("tells"); // changed
    expect(oneEditAway("nrod")).toContain("nord"); // swapped
  });

  it("keeps the first letter, which typists rarely get wrong", () => {
    expect(oneEditAway("kelp").every((w) => w.startsWith("k"))).toBe(true);
    expect(oneEditAway("kelp")).not.toContain("help");
  });
});

describe("isSwap", () => {
  it("is true only for two neighbouring letters swapped", () => {
    expect(isSwap("tinrade", "trinade")).toBe(false);
    expect(isSwap("gaol", "goal")).toBe(true);
    expect(isSwap("osol", "oslo")).toBe(true);
    expect(isSwap("oslo", "oslo")).toBe(false);
    expect(isSwap("olso", "oslow")).toBe(false);
  });
});

describe("what compromise's lexicon says about a word", () => {
  it("tells words of English, also inflected, from first names", () => {
    expect(isEnglishWord("harvest")).toBe(true);
    expect(isEnglishWord("reactions")).toBe(true);
    expect(isEnglishWord("finish")).toBe(true);
    expect(isEnglishWord("ingrid")).toBe(false);
    expect(isEnglishWord("zork")).toBe(false);
  });

  it("knows function words, which frame a question but are never its subject", () => {
    expect(isFunctionWord("whether")).toBe(true);
    expect(isFunctionWord("although")).toBe(true);
    expect(isFunctionWord("harvest")).toBe(false);
  });

  it("knows modifiers and past forms, but not words that are as often nouns", () => {
    expect(isVerbOrModifier("overdue")).toBe(true);
    expect(isVerbOrModifier("stalled")).toBe(true);
    expect(isVerbOrModifier("dam")).toBe(false);
    expect(isVerbOrModifier("shelling")).toBe(false);
  });

  it("knows words for a person's role", () => {
    expect(isRoleWord("diplomat")).toBe(true);
    expect(isRoleWord("harbour")).toBe(false);
  });
});

describe("acronymsOf", () => {
  const found = (text: string) => acronymsOf(text).map((a) => a.acronym);

  it("reads the initials of a name, with and without its small words", () => {
    const mou = acronymsOf("They signed a Memorandum of Understanding in Oslo.");
    expect(mou.map((a) => a.acronym)).toContain("mou");
    expect(mou.find((a) => a.acronym === "mou")?.name).toBe("Memorandum of Understanding");
    expect(found("the Joint Fisheries Control and Inspection Centre")).toContain("jfcic");
  });

  it("splits hyphenated names and names joined by 'and the'", () => {
    expect(found("the Norland-Sudmark Harbour Board met")).toContain("nshb");
    const both = found("the Government of Norland and the Free Sudmark Movement agreed");
    expect(both).toContain("gon");
    expect(both).toContain("fsm");
  });

  it("takes no name from a sentence's first word or from the tail of another name", () => {
    const text = "An Harbour Commission of Control and Supervision was set up.";
    expect(found(text)).toContain("hccs");
    expect(found(text)).not.toContain("ahccs");
    expect(found(text)).not.toContain("cas");
  });
});

describe("stem", () => {
  it("reads British and American spellings alike", () => {
    expect(stem("organisation")).toBe(stem("organization"));
    expect(stem("criticised")).toBe(stem("criticized"));
    expect(stem("raise")).toBe(stem("raised"));
  });

  it("meets a noun in -ition with its verb, but keeps short stems apart", () => {
    expect(stem("recognition")).toBe(stem("recognise"));
    expect(stem("definition")).toBe(stem("define"));
    expect(stem("coalition")).not.toBe(stem("coal"));
  });
});
