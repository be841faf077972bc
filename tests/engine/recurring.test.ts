// The same person quoted in many briefings (issue 10, "Speed where it matters"): the answer comes
// from the most relevant briefing, then the most recent, and says how many others also fit; the
// engine's caches follow updates.
import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/types.ts";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

/** Round `n` of the harbour talks, on `date`, with one quote of Kowalczyk. */
function round(n: number, date: string, quote: string): Briefing {
  const b = briefing();
  return {
    ...b,
    id: `${date}-harbour-round-${n}`,
    file: `/tmp/${date}-harbour-round-${n}.yaml`,
    title: `Harbour accord talks, round ${n}`,
    date,
    quotes: [{ speaker: "Marta Kowalczyk", text: quote }],
    next_steps: [],
  };
}

describe("a person quoted in several briefings", () => {
  const rounds = [
    round(1, "2023-01-10", "Tariffs must fall before the summer."),
    round(2, "2023-02-10", "Tariffs are still the problem."),
    round(3, "2023-03-10", "Tariffs will not decide this alone."),
    round(4, "2023-04-10", "The patrol works well."),
  ];

  it("answers from the most recent of the equally fitting briefings and counts the others", () => {
    const engine = createEngine(rounds);
    const a = engine.ask("what did Kowalczyk say about tariffs");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe("2023-03-10-harbour-round-3");
    expect(a.text).toContain("Tariffs will not decide this alone.");
    expect(a.text).toContain(
      "2 other briefings also have statements by Marta Kowalczyk on “tariffs”.",
    );
  });

  it("says nothing more when no other briefing fits", () => {
    const engine = createEngine(rounds);
    const a = engine.ask("what did Kowalczyk say about the patrol");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe("2023-04-10-harbour-round-4");
    expect(a.text).not.toContain("other briefing");
  });

  it("follows updates: an added and a removed briefing change the choice and the count", () => {
    const engine = createEngine(rounds);
    engine.ask("what did Kowalczyk say about tariffs"); // fills the caches
    engine.update({
      upserted: [round(5, "2023-05-10", "Tariffs are gone at last.")],
      removed: ["2023-01-10-harbour-round-1"],
    });
    const a = engine.ask("what did Kowalczyk say about tariffs");
    expect(a.citations[0]?.briefing).toBe("2023-05-10-harbour-round-5");
    expect(a.text).toContain(
      "2 other briefings also have statements by Marta Kowalczyk on “tariffs”.",
    );
    const onDay = engine.ask("what did Kowalczyk say on 10 February 2023");
    expect(onDay.citations[0]?.briefing).toBe("2023-02-10-harbour-round-2");
  });

  it("counts only the briefings in scope", () => {
    const engine = createEngine(rounds);
    const a = engine.ask("what did Kowalczyk say about tariffs", {
      scope: ["2023-02-10-harbour-round-2", "2023-03-10-harbour-round-3"],
    });
    expect(a.citations[0]?.briefing).toBe("2023-03-10-harbour-round-3");
    expect(a.text).toContain(
      "1 other briefing also has statements by Marta Kowalczyk on “tariffs”.",
    );
  });
});
