// "What depth of channel does the accord guarantee": the noun the question asks for is what the
// answer must name; a line with more of the other words but not that noun does not answer it.
// Invented briefing.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const tarn = briefing({
  id: "2031-11-12-tarn-navigation-accord",
  file: "/tmp/2031-11-12-tarn-navigation-accord.yaml",
  title: "Ostria and Velmark sign the Tarn navigation accord",
  date: "2031-11-12",
  location: "Lindau",
  format: "Tarn navigation talks",
  summary: "Ostria and Velmark signed an accord opening the Tarn to barges from both banks.",
  points: ["The accord keeps a channel for barges with a depth of four metres."],
  background: ["Velmark refused to guarantee a barge channel in 2029."],
});

describe("the noun a question asks for", () => {
  const engine = createEngine([tarn]);

  it("answers with the line that names what is asked for, not one sharing more other words", () => {
    const a = engine.ask("what depth of channel does the tarn accord guarantee for barges");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("four metres");
  });
});
