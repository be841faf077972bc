// A misspelt word that says what kind of answer is wanted ("positoin", "postion") is read as that
// word, so the question gets the same kind of answer as when spelt right. Invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { readKind } from "../../src/engine/kind-reader.ts";
import { briefing } from "./factory.ts";

const talks = briefing({
  id: "2022-09-07-lindholm-fisheries-talks",
  file: "/tmp/2022-09-07-lindholm-fisheries-talks.yaml",
  title: "Lindholm fisheries talks between Norvia and Estmark end without a deal",
  date: "2022-09-07",
  location: "Lindholm",
  format: "Fisheries talks",
  summary:
    "Norvia and Estmark met in Lindholm for two days on cod quotas and parted without a deal.",
  participants: [
    { name: "Hedda Rask", role: "Fisheries Minister of Norvia", side: "Norvia", aliases: ["Rask"] },
    { name: "Teo Marr", role: "Fisheries Minister of Estmark", side: "Estmark", aliases: ["Marr"] },
  ],
  parties: [
    { name: "Norvia", positions: ["Norvia was ready to cut its cod quota by a tenth, not more."] },
    { name: "Estmark", positions: ["Estmark wanted the cod quota halved."] },
  ],
  quotes: [
    { speaker: "Hedda Rask", text: "Halving the cod quota is a dream that will never happen." },
  ],
  points: ["The delegations discussed cod quotas and patrols."],
  outcomes: ["No agreement on cod quotas."],
  next_steps: [],
  background: [],
});

describe("a misspelt word of the kind asked", () => {
  it("reads 'positoin' and 'postion' as asking for a position", () => {
    expect(readKind("whats norvias positoin on the cod quota")).toBe("position");
    expect(readKind("what was norvias postion at lindholm")).toBe("position");
  });

  it("answers a misspelt position question with the side's stated position, as spelt right", () => {
    const engine = createEngine([talks]);
    const right = engine.ask("norvias position on its cod quota at lindholm");
    const typo = engine.ask("norvias positoin on its cod quota at lindholm");
    expect(right.text).toContain("ready to cut its cod quota");
    expect(typo.text).toBe(right.text);
  });

  it("leaves a word of English near a cue word as it is", () => {
    expect(readKind("what product did norvia sell")).not.toBe("outcome");
  });
});
