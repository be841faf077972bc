// "who was X's foreign minister" asks for the holder of that office: a person whose role names
// another office ("Foreign Secretary") is someone else, and the question is declined rather than
// answered with them. Invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const summit = briefing({
  id: "2021-05-11-tarnow-summit",
  file: "/tmp/2021-05-11-tarnow-summit.yaml",
  title: "Premiers of Norland and Sudmark sign the Tarnow Declaration",
  date: "2021-05-11",
  location: "Tarnow",
  format: "Bilateral summit",
  summary:
    "Norland's Prime Minister Edda Lund and Sudmark's Prime Minister Aram Vos signed the Tarnow " +
    "Declaration on border trade after a day of talks.",
  participants: [
    { name: "Edda Lund", role: "Prime Minister of Norland", side: "Norland", aliases: ["Lund"] },
    {
      name: "Pell Oster",
      role: "Foreign Secretary of Norland",
      side: "Norland",
      aliases: ["Oster"],
    },
    { name: "Aram Vos", role: "Prime Minister of Sudmark", side: "Sudmark", aliases: ["Vos"] },
    { name: "Siri Kand", role: "Foreign Minister of Sudmark", side: "Sudmark", aliases: ["Kand"] },
  ],
  parties: [{ name: "Norland" }, { name: "Sudmark" }],
  quotes: [],
  points: ["The two sides discussed border trade and visas."],
  outcomes: ["The Tarnow Declaration was signed."],
  next_steps: [],
  background: [],
});

describe("who held the office asked about", () => {
  const engine = createEngine([summit]);

  it("does not give a side's foreign secretary as its foreign minister", () => {
    const a = engine.ask("who was norland's foreign minister at tarnow");
    expect(a.text).not.toContain("Pell Oster");
  });

  it("still names the foreign minister a side had", () => {
    const a = engine.ask("who was sudmark's foreign minister at tarnow");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Siri Kand");
  });

  it("still names a prime minister asked about", () => {
    const a = engine.ask("who was norland's prime minister");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Edda Lund");
  });
});
