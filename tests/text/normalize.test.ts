// The one-pass reader of plain text that indexing uses must give exactly the terms and words of
// the general pipeline (tokenize, surface tokens, terms): an index built either way is the same.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  namePhrases,
  surfaceTokens,
  termsOf,
  termsOfText,
  WordCollector,
} from "../../src/text/index.ts";
import { namePhrasesGeneral } from "../../src/text/name-phrases.ts";

/** What the general pipeline gives: terms, and the distinct surface tokens in first-seen order. */
function general(text: string): { terms: string[]; words: string[] } {
  const surface = surfaceTokens(text);
  return { terms: termsOf(surface), words: [...new Set(surface)] };
}

function fast(text: string): { terms: string[]; words: string[] } {
  const collector = new WordCollector();
  const terms = termsOfText(text, collector);
  return { terms, words: [...collector.words] };
}

/** Every string value in the YAML files under a folder. */
function yamlStrings(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlStrings(path, out);
    else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      try {
        collect(parse(readFileSync(path, "utf8")), out);
      } catch {
        // the invalid fixtures are for the loader's messages, not for this
      }
    }
  }
  return out;
}

function collect(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, out);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) collect(v, out);
}

/** A seeded generator of text over letters, digits and the characters the reader must hand over. */
function randomTexts(count: number, extra: readonly string[] = []): string[] {
  let seed = 20221112;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pieces = [
    "the",
    "The",
    "us",
    "US",
    "U.S.",
    "Us",
    "USA",
    "talks",
    "turned",
    "down",
    "turn",
    "down",
    "ceasefire",
    "cease-fire",
    "O'Brien's",
    "Lavrov’s",
    "Zürich",
    "Kyiv",
    "NATO",
    "E3",
    "2024",
    "12th",
    "said",
    "rejected",
    "\t",
    "\n",
    " ",
    ", ",
    ". ",
    "-",
    "_",
    "`",
    "(",
    ")",
    '"',
    "é",
    "UN",
    "Sanctions",
    "sanctions",
    "SANCTIONS",
    "peace",
    "agreement",
    "a",
    "I",
    "u",
    "s",
    ...extra,
  ];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const parts: string[] = [];
    const n = Math.floor(next() * 14);
    for (let i = 0; i < n; i++) {
      parts.push(pieces[Math.floor(next() * pieces.length)] as string);
      if (next() < 0.7) parts.push(" ");
    }
    out.push(parts.join(""));
  }
  return out;
}

describe("termsOfText", () => {
  it("gives the terms and words of the general pipeline for every text of every fixture", () => {
    const texts = [...yamlStrings("tests/fixtures"), ...yamlStrings("briefings")];
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) expect({ text, ...fast(text) }).toEqual({ text, ...general(text) });
  });

  it("hands texts it does not read plainly (US, apostrophes, accents, tabs) to the pipeline", () => {
    for (const text of [
      "The US said no; the us delegation agreed.",
      "U.S. and USA officials met the Us team.",
      "Lavrov’s and O'Brien's remarks",
      "Talks in Zürich\tand Genève\nended",
      "`quoted` words",
      "",
      "...",
      "ABC-def_ghi 123 4th",
      "They turned down the offer and would not turn down another",
      "Who said the us",
    ]) {
      expect({ text, ...fast(text) }).toEqual({ text, ...general(text) });
    }
  });

  it("reads thousands of random texts as the pipeline does, the same again when read twice", () => {
    for (const text of [...randomTexts(3000), ...randomTexts(3000)]) {
      expect({ text, ...fast(text) }).toEqual({ text, ...general(text) });
    }
  });

  it("adds a word read before to a new collector too", () => {
    const first = new WordCollector();
    termsOfText("Sanctions were discussed", first);
    const second = new WordCollector();
    termsOfText("sanctions again", second);
    expect([...second.words]).toEqual(["sanctions", "again"]);
  });
});

/** Pieces of names as briefings write them, with the punctuation that opens and closes a name. */
const NAME_PIECES = [
  "New",
  "START",
  "Prague",
  "Castle.",
  "Castle",
  "(Mexico",
  "Group)",
  "Contadora",
  "[Annex",
  "II]",
  '"Treaty',
  'Treaty"',
  "Moscow",
  "A",
  "An",
  "Of",
  "In",
  "E3:",
  "Vienna,",
  "Geneva;",
  "Talks!",
  "Who?",
  "General",
  "Agreement",
  "(",
  "Nato-led",
  "Foo_Bar",
  "x",
  "D.C.",
];

describe("namePhrases", () => {
  it("gives the phrases of the general reading for every text of every fixture", () => {
    const texts = [...yamlStrings("tests/fixtures"), ...yamlStrings("briefings")];
    for (const text of texts) {
      expect({ text, phrases: namePhrases(text) }).toEqual({
        text,
        phrases: namePhrasesGeneral(text),
      });
    }
  });

  it("reads thousands of random texts full of capitalised words as the general reading does", () => {
    const texts = [
      ...randomTexts(6000, NAME_PIECES),
      ...randomTexts(6000, NAME_PIECES.slice(0, 12)),
    ];
    let found = 0;
    for (const text of texts) {
      const phrases = namePhrases(text);
      if (phrases.length > 0) found++;
      expect({ text, phrases }).toEqual({ text, phrases: namePhrasesGeneral(text) });
    }
    // the texts do hold names: the comparison is not only of empty lists
    expect(found).toBeGreaterThan(1000);
  });

  it("finds a name after a small word and cuts names at punctuation", () => {
    expect(
      namePhrases("The Moscow Treaty was signed at Prague Castle. The Contadora Group met"),
    ).toEqual(["#moscow treaty", "#prague castle", "#contadora group"]);
    expect(namePhrases("talks in (Mexico City) and New START")).toEqual([
      "#mexico city",
      "#new start",
    ]);
  });
});
