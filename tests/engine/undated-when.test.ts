// A when-question is answered by a line that says when: a date, a time, a span or a condition.
// A quote or a position that only shares the question's words is no answer to "when". Invented
// briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const summit = briefing({
  id: "2024-02-03-norhavn-summit",
  file: "/tmp/2024-02-03-norhavn-summit.yaml",
  title: "Norhavn summit between Kaldland and Vesterey ends without agreement",
  date: "2024-02-03",
  location: "Norhavn, Kaldland",
  format: "Leaders' summit",
  summary:
    "President Ola Strand of Vesterey and Premier Dag Holm of Kaldland met in Norhavn for two " +
    "days to negotiate a treaty on the northern fjords, but parted without agreement.",
  participants: [
    { name: "Ola Strand", role: "President of Vesterey", side: "Vesterey", aliases: ["Strand"] },
    { name: "Dag Holm", role: "Premier of Kaldland", side: "Kaldland", aliases: ["Holm"] },
  ],
  parties: [
    {
      name: "Kaldland",
      positions: ["Kaldland insists on a link between the fjord treaty and a fisheries accord."],
    },
    {
      name: "Vesterey",
      positions: ["Vesterey wants the fjord treaty kept apart from fisheries."],
    },
  ],
  quotes: [
    {
      speaker: "Ola Strand",
      text: "We came to Ostmark to seek peace, and though we put the boldest offer in our history on the table, the Premier rejected it.",
      context: "At the press conference as the summit ended.",
    },
  ],
  points: ["The leaders discussed the northern fjords and fishing rights."],
  outcomes: [
    "No treaty was signed.",
    "The fisheries accord enters into force once both parliaments have ratified it.",
  ],
  next_steps: [],
  background: [],
});

describe("when-questions answered by a line that says when", () => {
  const engine = createEngine([summit]);

  it("declines 'when did the summit end' rather than answer with an undated quote naming its place", () => {
    const a = engine.ask("when did the ostmark summit end");
    expect(a.text).not.toContain("boldest offer");
  });

  it("declines a deadline question rather than answer with an undated position", () => {
    const a = engine.ask("whats the deadline for the fjord treaty");
    expect(a.text).not.toContain("insists on a link");
  });

  it("still answers when an act takes effect from a line that gives its condition", () => {
    const a = engine.ask("when does the fisheries accord enter into force");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("once both parliaments have ratified it");
  });

  it("still answers when the summit began from the talks' own date", () => {
    const a = engine.ask("when did the norhavn summit begin");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2024-02-03");
  });
});
