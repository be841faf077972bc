// "Who was X's deputy", "who was Seoul's negotiator": a person asked by their relation to another
// (of that person's own side, what their role says they are of) and a side asked through a noun
// for its person, which says whose person is wanted, not which talks. Over invented talks.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const strait = briefing({
  id: "2021-03-04-strait-talks",
  file: "/tmp/2021-03-04-strait-talks.yaml",
  title: "Ostmark and Varland agree a ferry protocol in Porto Vale",
  date: "2021-03-04",
  location: "Porto Vale",
  format: "Strait talks",
  summary:
    "Delegations of Ostmark and Varland agreed a ferry protocol for the strait. Japan, which " +
    "funds the ferry terminals, was not at the table.",
  participants: [
    {
      name: "Jonas Ferreira",
      role: "Ambassador-at-large, head of the Ostmark delegation",
      side: "Ostmark",
      aliases: ["Ferreira"],
    },
    {
      name: "Mira Olsen",
      role: "Director of Ports, deputy head of the Ostmark delegation",
      side: "Ostmark",
      aliases: ["Olsen"],
    },
    {
      name: "Petra Lund",
      role: "President of Ostmark",
      side: "Ostmark",
      aliases: ["Lund"],
    },
    {
      name: "Oleg Varga",
      role: "Vice Minister of Transport, head of the Varland delegation",
      side: "Varland",
      aliases: ["Varga"],
    },
    {
      name: "Lea Sorel",
      role: "Secretary-General of the Varland Ports Union",
      side: "Varland",
      aliases: ["Sorel"],
    },
    {
      name: "Ivo Brandt",
      role: "Harbour Master, deputy head of the Varland delegation",
      side: "Varland",
      aliases: ["Brandt"],
    },
  ],
  parties: [
    { name: "Ostmark", positions: ["Ostmark wants nightly ferries."] },
    { name: "Varland", positions: ["Varland wants lower port fees."] },
    { name: "Japan", positions: ["Japan will fund the new ferry terminals."] },
  ],
  outcomes: ["A ferry protocol was agreed."],
});

describe("who-questions that relate one person to another", () => {
  const engine = createEngine([strait]);

  it("answers a delegation head's deputy with the deputy of that head's own delegation", () => {
    const a = engine.ask("who was ferreiras deputy at the strait talks?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Mira Olsen");
    expect(a.text).not.toContain("Brandt");
  });

  it("reads the deputy of a person written after the word", () => {
    const a = engine.ask("who was the deputy of varga");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ivo Brandt");
    expect(a.text).not.toContain("Olsen");
  });

  it("declines the deputy of a person whose side's deputy is another's", () => {
    const a = engine.ask("who was lund's deputy");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("Olsen");
  });
});

describe("a side asked through a noun for its person", () => {
  const engine = createEngine([strait]);

  it("declines a side's negotiator when nobody of that side took part", () => {
    const a = engine.ask("who was tokyos negotiator at the strait talks?");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("Ferreira");
  });

  it("answers a side's negotiator with that side's people", () => {
    const a = engine.ask("who was varland's negotiator?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Oleg Varga");
    expect(a.text).not.toContain("Ferreira");
  });
});

describe("titles typed as chat shorthand", () => {
  const engine = createEngine([strait]);

  it("reads rep as representative and sec gen as secretary general", () => {
    const rep = engine.ask("who was varlands rep at the strait talks");
    expect(rep.answered).toBe(true);
    expect(rep.text).toContain("Oleg Varga");
    const sec = engine.ask("ports union sec gen?");
    expect(sec.answered).toBe(true);
    expect(sec.text).toContain("Lea Sorel");
  });
});

describe("the body of a side whose head is asked", () => {
  const engine = createEngine([strait]);

  it("declines the head of a side's body that no role of theirs names", () => {
    const a = engine.ask("who headed the ostmark negotiating commission");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("Ferreira");
    expect(a.text).not.toContain("Varga");
  });

  it("answers the head of the side's delegation", () => {
    const a = engine.ask("who headed the ostmark delegation");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Jonas Ferreira");
  });
});
