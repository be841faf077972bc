// Tokens, stems, synonyms, demonyms and typo-tolerant lookup.
import { describe, expect, it } from "vitest";
import { editDistance, FuzzyVocabulary, terms, tokenize } from "../../src/text/index.ts";

describe("tokenize", () => {
  it("lower-cases and strips punctuation, quotes and possessives", () => {
    expect(tokenize("Moscow's “red lines”, again!")).toEqual(["moscow", "red", "lines", "again"]);
  });

  it("strips diacritics so that Plötner matches Plotner", () => {
    expect(tokenize("Plötner")).toEqual(["plotner"]);
  });
});

describe("terms", () => {
  it("maps phrases and synonyms of talks to one concept", () => {
    expect(terms("turned down")).toEqual(terms("rejected"));
    expect(terms("gave in")).toEqual(terms("refuse"));
    expect(terms("the next session")).toEqual(terms("upcoming meeting"));
  });

  it("maps demonyms and short forms to the country", () => {
    expect(terms("the Russian side")).toContain("russia");
    expect(terms("the Americans")).toEqual(terms("the United States"));
    expect(terms("the U.S. delegation")).toContain("unitedstates");
  });

  it("keeps the pronoun 'us' apart from the country", () => {
    expect(terms("tell us more")).not.toContain("unitedstates");
  });
});

describe("FuzzyVocabulary", () => {
  it("finds a surname with one or two typos", () => {
    const v = new FuzzyVocabulary();
    for (const w of ["stoltenberg", "kowalczyk", "okonkwo"]) v.add(w);
    expect(v.closest("stoltenburg")).toBe("stoltenberg");
    expect(v.closest("kowalcyk")).toBe("kowalczyk");
  });

  it("does not turn a short unknown word into a known one", () => {
    const v = new FuzzyVocabulary();
    v.add("iraq");
    expect(v.closest("iran")).toBeUndefined();
  });

  it("forgets a word when its last occurrence is removed", () => {
    const v = new FuzzyVocabulary();
    v.add("okonkwo");
    v.add("okonkwo");
    v.remove("okonkwo");
    expect(v.has("okonkwo")).toBe(true);
    v.remove("okonkwo");
    expect(v.closest("okonkow")).toBeUndefined();
  });

  it("counts a transposition as one edit", () => {
    expect(editDistance("grushko", "grsuhko", 2)).toBe(1);
  });
});
