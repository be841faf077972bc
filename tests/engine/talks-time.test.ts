// Two rounds of one series with the same people and place: a question that names its talks by
// their month or year ("the april round", "the 2019 round") is answered from the round held
// then, and never from a round of another time. Invented briefings.
import { describe, expect, it } from "vitest";
import { talksTimes } from "../../src/engine/briefing-choice.ts";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const round = (id: string, date: string, summary: string, extra: object) =>
  briefing({
    id,
    file: `/tmp/${id}.yaml`,
    title: "Lagoon talks between Norland and Sudmark in Valletta",
    date,
    location: "Valletta, Palazzo Parisio",
    format: "Lagoon talks",
    summary,
    ...extra,
  });

const spring = round(
  "2019-04-10-lagoon-talks",
  "2019-04-10",
  "Norland and Sudmark opened the lagoon talks in Valletta and agreed to study the sluice gates.",
  {
    parties: [
      { name: "Norland", positions: ["Norland wants the sluice gates opened at once."] },
      { name: "Sudmark", positions: ["Sudmark wants a study of the sluice gates first."] },
    ],
  },
);
const autumn = round(
  "2021-11-05-lagoon-talks",
  "2021-11-05",
  "Norland and Sudmark met again in Valletta; the sluice study of April 2019 was discussed.",
  {
    parties: [
      { name: "Norland", positions: ["Norland wants a lagoon authority with a budget."] },
      { name: "Sudmark", positions: ["Sudmark rejects a lagoon authority."] },
    ],
    background: ["The April 2019 round in Valletta agreed to study the sluice gates."],
  },
);

describe("the time a question names its talks by", () => {
  const engine = createEngine([spring, autumn]);

  it("reads a month or a year written before a word for talks", () => {
    const read = (text: string) => talksTimes({ text, days: [] });
    expect(read("what did sudmark want in the april round")).toEqual([{ month: 4 }]);
    expect(read("where was the 2019 round held")).toEqual([{ year: 2019 }]);
    expect(read("what has norland wanted since 2019")).toEqual([]);
  });

  it("answers from the round held in the month named, not the latest round", () => {
    const a = engine.ask("what was sudmark's position in the april round");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe("2019-04-10-lagoon-talks");
  });

  it("answers from the round of the year named, not a later round recalling it", () => {
    const a = engine.ask("where in valletta was the 2019 round held");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe("2019-04-10-lagoon-talks");
  });

  it("does not fall back to a round of another time when the round named lacks the answer", () => {
    const a = engine.ask("what was norland's position on a lagoon authority in the april round");
    expect(a.citations[0]?.briefing).not.toBe("2021-11-05-lagoon-talks");
  });
});
