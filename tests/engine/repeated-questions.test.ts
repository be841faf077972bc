// What the engine keeps from one question to the next (parses by text, which suggestions were
// answerable) never changes an answer: asked again, or after the briefings changed, a question
// gets the answer a fresh engine gives.
import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/types.ts";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const TOPICS = ["tariffs", "patrol", "harbours", "fisheries", "trust", "deadline", "bargain"];

describe("questions asked again", () => {
  it("gets the same answer again, after other questions in between", () => {
    const engine = createEngine([briefing()]);
    const question = "What did Kowalczyk say about tariffs?";
    const first = engine.ask(question);
    expect(engine.ask(question)).toEqual(first);
    for (let i = 0; i < 40; i++) engine.ask(`what did Okonkwo say about ${TOPICS[i % 7]} ${i}`);
    expect(engine.ask(question)).toEqual(first);
    expect(first.text).toContain("Tariffs are the last wall between our harbours.");
  });

  it("offers a suggestion only while the briefing still answers it", () => {
    const b = briefing();
    const engine = createEngine([b]);
    const question = "what did Okonkwo say about the patrol";
    const own = "What did Okonkwo say at the talks on 2023-03-14?";
    const declined = engine.ask(question);
    expect(declined.answered).toBe(false);
    expect(declined.suggestions).toContain(own);
    // Okonkwo's quote is taken out of the briefing: the suggestion is checked again
    const without: Briefing = {
      ...b,
      quotes: (b.quotes ?? []).filter((q) => q.speaker !== "Idris Okonkwo"),
    };
    engine.update({ upserted: [without], removed: [] });
    const again = engine.ask(question);
    expect(again.answered).toBe(false);
    expect(again.suggestions).not.toContain(own);
    expect(again).toEqual(createEngine([without]).ask(question));
  });
});
