// The engine's behaviour per kind of question, on invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

const engine = createEngine([briefing(), otherBriefing()]);

describe("createEngine: quotes", () => {
  it("answers what a person said with the verbatim quote, the speaker and a citation", () => {
    const a = engine.ask("what did Kowalczyk say about tariffs");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Marta Kowalczyk");
    expect(a.text).toContain("“Tariffs are the last wall between our harbours.”");
    expect(a.citations[0]).toMatchObject({
      briefing: "2023-03-14-harbour-accord-talks",
      section: "quotes",
      speaker: "Marta Kowalczyk",
      text: "Tariffs are the last wall between our harbours.",
    });
  });

  it("recognises a misspelt surname", () => {
    const a = engine.ask("what did kowalcyk say about the patrol");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("The patrol shows what trust can build.");
  });

  it("declines a known speaker on a topic the briefings never mention", () => {
    const a = engine.ask("what did Kowalczyk say about climate change");
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe("createEngine: people, places and dates", () => {
  it("answers who chaired with the name and role, through the synonym 'presided'", () => {
    const a = engine.ask("who presided over the harbour talks?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Elena Borg");
  });

  it("answers who led a delegation named by a demonym-like side", () => {
    const a = engine.ask("who led the Norland delegation");
    expect(a.text).toContain("Marta Kowalczyk");
  });

  it("answers when with the date as YYYY-MM-DD", () => {
    const a = engine.ask("when were the harbour accord talks");
    expect(a.text).toContain("2023-03-14");
  });

  it("answers when the next meeting is from the next steps, with its date", () => {
    const a = engine.ask("when is the next harbour commission meeting");
    expect(a.text).toContain("2023-05-02");
    expect(a.citations[0]?.section).toBe("next_steps");
  });

  it("answers where with the location", () => {
    const a = engine.ask("where did the river water talks take place");
    expect(a.text).toContain("Lisbon");
    expect(a.citations[0]?.section).toBe("location");
  });

  it("answers how long from a duration stated in the text", () => {
    expect(engine.ask("how long did the harbour session last").text).toContain("six hours");
  });

  it("answers a dated background question", () => {
    expect(engine.ask("when was the harbour accord signed").text).toContain("2009");
  });
});

describe("createEngine: positions and outcomes", () => {
  it("answers what a party wants from its positions", () => {
    const a = engine.ask("what does Norland want");
    expect(a.text).toContain("removal of all harbour tariffs");
  });

  it("finds a refusal when asked with other words ('give in')", () => {
    const a = engine.ask("did Sudmark give in on tariffs?");
    expect(a.text).toContain("refuses to cut tariffs");
  });

  it("lists the outcomes of the talks named", () => {
    const a = engine.ask("what was the outcome of the harbour talks");
    expect(a.text).toContain("joint fisheries patrol");
    expect(a.citations.every((c) => c.section === "outcomes")).toBe(true);
  });
});

describe("createEngine: across briefings", () => {
  it("lists the talks held on a given day", () => {
    const a = engine.ask("which talks were on 20 June 2023?");
    expect(a.text).toContain("River water sharing talks in Lisbon");
    expect(a.text).not.toContain("Harbour");
  });

  it("declines a day without briefings", () => {
    expect(engine.ask("which talks were on 3 February 2023?").answered).toBe(false);
  });

  it("declines a place no briefing mentions, naming it", () => {
    const a = engine.ask("what happened in Reykjavik?");
    expect(a.answered).toBe(false);
    expect(a.text.toLowerCase()).toContain("reykjavik");
  });
});

describe("createEngine: scope", () => {
  it("answers from the scope first and says so", () => {
    const a = engine.ask("what was the outcome?", { scope: ["2023-03-14-harbour-accord-talks"] });
    expect(a.scope).toBe("scoped");
    expect(a.citations[0]?.briefing).toBe("2023-03-14-harbour-accord-talks");
  });

  it("falls back to all briefings when the scope has nothing", () => {
    const a = engine.ask("what did Ana Pereira say", {
      scope: ["2023-03-14-harbour-accord-talks"],
    });
    expect(a.answered).toBe(true);
    expect(a.scope).toBe("all");
    expect(a.text).toContain("Every drop must be counted fairly.");
  });
});

describe("createEngine: updates", () => {
  it("adds, replaces and removes briefings incrementally", () => {
    const e = createEngine([briefing()]);
    expect(e.size()).toBe(1);
    e.update({ upserted: [otherBriefing()], removed: [] });
    expect(e.size()).toBe(2);
    expect(e.ask("what did Ana Pereira say").answered).toBe(true);
    e.update({
      upserted: [otherBriefing({ quotes: [{ speaker: "Ana Pereira", text: "Water is peace." }] })],
      removed: [],
    });
    expect(e.ask("what did Ana Pereira say").text).toContain("Water is peace.");
    e.update({ upserted: [], removed: ["2023-06-20-river-water-talks"] });
    expect(e.size()).toBe(1);
    expect(e.ask("what did Ana Pereira say").answered).toBe(false);
  });

  it("suggests questions it can answer", () => {
    const s = engine.suggestions();
    expect(s.length).toBeGreaterThan(0);
    for (const q of s) expect(engine.ask(q).answered).toBe(true);
  });
});
