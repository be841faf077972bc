// "What did X say at the X–Y summit": the names before a word of talks say which talks, not what
// was said. A general cause of said-questions declined on unseen question sets ("what did
// gorbachev say at the second reagan gorbachev summit"), over invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

describe("names that name the talks in a said-question", () => {
  const engine = createEngine([briefing()]);

  it("reads the people's names before 'talks' as the talks, not the topic", () => {
    const a = engine.ask("what did kowalczyk say at the kowalczyk okonkwo talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Marta Kowalczyk");
  });

  it("keeps them the topic after 'about'", () => {
    const a = engine.ask("what did kowalczyk say about the okonkwo talks");
    expect(a.answered).toBe(false);
  });

  it("keeps a name the briefing lacks as a constraint", () => {
    // Lisbon talks are not these: no quote of hers is of them
    const a = engine.ask("what did kowalczyk say at the kowalczyk lindqvist talks");
    expect(a.answered).toBe(false);
  });
});
