// "Who … for a side" answered with that side's people: only when their roles, or a sentence of
// the briefing that names them or their side, carry what the question asks. A side whose people
// hold no such role is no answer to "who verifies the ceasefire" or "who was the X secretary";
// the engine then answers from the line that tells it, or declines. Invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const talks = briefing({
  summary:
    "Norland and the Sudmark Liberation Front met in Valletta and agreed a ceasefire of 90 days. " +
    "The ceasefire will be monitored by the Red Crescent and the Harbour Observers. " +
    "Front commander Ilse Varga signed the ceasefire for the Front at a dawn ceremony.",
  participants: [
    {
      name: "Marta Kowalczyk",
      role: "Foreign Minister of Norland, head of delegation",
      side: "Norland",
      aliases: ["Kowalczyk"],
    },
    {
      name: "Ilse Varga",
      role: "Commander of the Front",
      side: "Sudmark Liberation Front",
      aliases: ["Varga"],
    },
    {
      name: "Tomas Reyes",
      role: "Spokesman of the Front",
      side: "Sudmark Liberation Front",
    },
  ],
  parties: [
    { name: "Norland", positions: ["Norland wants the Front disarmed within a year."] },
    {
      name: "Sudmark Liberation Front",
      aliases: ["the Front", "SLF"],
      positions: ["The Front wants an amnesty before it disarms."],
    },
  ],
  background: [
    "The Front's harbour office was shut by the Interior Secretary Paul Henning in 2019.",
  ],
});

describe("who of a side, when no role of its people says it", () => {
  const engine = createEngine([talks]);

  it("does not answer with the side's people when the briefing tells it of someone else", () => {
    const a = engine.ask("who will monitor the slf ceasefire");
    expect(a.text).not.toContain("Tomas Reyes");
    // answered from the line that says it, or declined, but never with the Front's delegation
    if (a.answered) expect(a.text).toContain("Red Crescent");
  });

  it("declines a title none of the side's people hold rather than name them all", () => {
    const a = engine.ask("who was norland's interior secretary during the talks");
    expect(a.text).not.toContain("Marta Kowalczyk");
  });

  it("names the one of the side a sentence tells doing what is asked", () => {
    const a = engine.ask("who signed at the dawn ceremony for the slf");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ilse Varga");
    expect(a.text).not.toContain("Tomas Reyes");
  });

  it("still answers a side's people for what any side's people do", () => {
    const a = engine.ask("who represented the slf");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ilse Varga");
  });

  it("does not answer for a side with a remark by someone of another side", () => {
    const mediated = createEngine([
      briefing({
        participants: [
          { name: "Marta Kowalczyk", role: "Foreign Minister of Norland", side: "Norland" },
          { name: "Elena Borg", role: "Maltese mediator", side: "Malta" },
        ],
        quotes: [
          {
            speaker: "Elena Borg",
            text: "Both delegations have shown a will to negotiate in good faith.",
            context: "At the opening of the talks.",
          },
        ],
        parties: [
          { name: "Norland", positions: ["Norland wants the tariffs gone."] },
          { name: "Westmark", positions: ["Westmark accompanies the Norland delegation."] },
        ],
      }),
    ]);
    const a = mediated.ask("what role did westmark have in the talks");
    expect(a.text).not.toContain("good faith");
  });
});

describe("an answer that only repeats the people the question names", () => {
  const engine = createEngine([briefing()]);

  it("is no answer to whom they met", () => {
    const a = engine.ask("who did kowalczyk meet");
    expect(a.text).not.toContain("Foreign Minister of Norland");
    const b = engine.ask("who did marta kowalczyk hold talks with");
    expect(b.text).not.toContain("Foreign Minister of Norland");
  });

  it("still answers what role they had", () => {
    const a = engine.ask("what role did kowalczyk have");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Foreign Minister of Norland");
  });
});
