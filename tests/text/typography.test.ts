// Typographic quote marks for every reply a person reads.
import { describe, expect, it } from "vitest";
import { typographic } from "../../src/text/index.ts";

describe("typographic", () => {
  it("turns straight quotes and apostrophes into typographic ones", () => {
    expect(typographic(`Stoltenberg said "no veto" and Moscow's 'red lines'.`)).toBe(
      "Stoltenberg said “no veto” and Moscow’s ‘red lines’.",
    );
  });

  it("opens a quote after a bracket or a dash and closes one before punctuation", () => {
    expect(typographic(`("no") —"yes", "ok".`)).toBe("(“no”) —“yes”, “ok”.");
  });

  it("leaves a mark that stands alone, text in backticks and text without quotes as written", () => {
    expect(typographic(`The quote ' before "geneva" is not closed.`)).toBe(
      "The quote ' before “geneva” is not closed.",
    );
    expect(typographic('Type `/brief ask "who"` to ask.')).toBe('Type `/brief ask "who"` to ask.');
    expect(typographic("already “typographic”")).toBe("already “typographic”");
  });
});
