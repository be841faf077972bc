// The facts of a draft other than who said a quote: people's roles and sides, the parties,
// the location, the talks' date and the next steps. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import type { BriefingFile } from "../../src/briefing/schema.ts";
import { draftBriefing } from "../../src/draft/index.ts";
import { nextStepIn } from "../../src/draft/next-steps.ts";
import { sideOfRole } from "../../src/draft/sides.ts";
import { talksDayBefore } from "../../src/draft/talks-day.ts";
import { analyse } from "../../src/draft/tokens.ts";

/** A report of 14 March 2023 (a Tuesday) with these paragraphs after its dateline. */
function report(...paragraphs: string[]): BriefingFile {
  const text = [
    "Neighbours agree to keep talking",
    "",
    `VALLETTA, Malta, 14 March 2023 (Reuters) - ${paragraphs[0]}`,
    ...paragraphs.slice(1).flatMap((p) => ["", p]),
  ].join("\n");
  return draftBriefing(text).briefing;
}

const person = (b: BriefingFile, name: string) => b.participants?.find((p) => p.name === name);

describe("a participant's side", () => {
  it("is the state or organisation their role names, as a demonym, a possessive or a ministry", () => {
    expect(sideOfRole("Armenian foreign minister")).toBe("Armenia");
    expect(sideOfRole("South Korean deputy national security adviser")).toBe("South Korea");
    expect(sideOfRole("spokesman for Qatar's foreign ministry")).toBe("Qatar");
    expect(sideOfRole("State Department spokeswoman")).toBe("United States");
    expect(sideOfRole("UN Secretary-General")).toBe("United Nations");
    expect(sideOfRole("Secretary of State")).toBe("United States");
    expect(sideOfRole("chief negotiator")).toBeUndefined();
  });

  it("is drafted with a party for it, and a mark that says where it was read", () => {
    const b = report(
      "The talks ended late, said Jonas Berglund, the Swedish foreign minister, who had flown in.",
    );
    expect(person(b, "Jonas Berglund")?.side).toBe("Sweden");
    expect(b.parties?.map((p) => p.name)).toContain("Sweden");
  });

  it("is that of the person they work or speak for", () => {
    const b = report(
      "Turkish President Emre Demir met his guests at noon.",
      "Demir's chief adviser, Selin Acar, told reporters the mood was good.",
      "Press officer Ines Lorca, speaking on behalf of Foreign Minister Pablo Ruiz of Spain, declined to comment.",
    );
    expect(person(b, "Selin Acar")?.side).toBe("Turkey");
    expect(person(b, "Ines Lorca")?.side).toBe("Spain");
  });

  it("is the side a sentence names for everyone it lists", () => {
    const b = report(
      "Delegations from both countries met for three hours.",
      "On the Japanese side: Hiro Tanaka, the deputy minister, and chief negotiator Aiko Mori.",
    );
    expect(person(b, "Aiko Mori")?.side).toBe("Japan");
  });

  it("is the capital a reaction comes from, unless the report was filed there", () => {
    const b = report(
      "The ministers met for three hours.",
      "In Oslo, chief negotiator Lars Dahl told local media the deal was fair.",
      "In Valletta, spokesman Karl Vella said the venue had been chosen with care.",
    );
    expect(person(b, "Lars Dahl")?.side).toBe("Norway");
    expect(person(b, "Karl Vella")?.side).toBeUndefined();
  });
});

describe("a counterpart", () => {
  it("is a person of the state named before the word, whose own title wins over it", () => {
    const b = report(
      "Greek Foreign Minister Nikos Pappas received his Turkish counterpart, Deniz Arslan, at noon.",
      "President Emre Demir of Turkey was not there; Pappas called Demir his counterpart in all but name.",
    );
    expect(person(b, "Deniz Arslan")?.side).toBe("Turkey");
    // the counterpart of a Greek Foreign Minister, with the state named before the word
    expect(person(b, "Deniz Arslan")?.role).toBe("Turkish Foreign Minister");
    expect(person(b, "Nikos Pappas")?.role).toBe("Greek Foreign Minister");
    expect(person(b, "Emre Demir")?.side).toBe("Turkey");
  });
});

describe("a participant's role", () => {
  it("keeps a hyphenated title whole", () => {
    const b = report("UN Secretary-General Maria Santos welcomed the agreement.");
    expect(person(b, "Maria Santos")?.role).toBe("UN Secretary-General");
  });

  it("reads a role tied by of, for or to before a comma and the name", () => {
    const b = report(
      "Finland's envoy to the talks, Jane Doe, said little.",
      "The head of Ankara's delegation, Ali Kaya, arrived late.",
      "The chief adviser of President Anna Berg, Tom Lind, spoke first.",
    );
    expect(person(b, "Jane Doe")?.role).toBe("Finland's envoy to the talks");
    expect(person(b, "Jane Doe")?.side).toBe("Finland");
    expect(person(b, "Ali Kaya")?.role).toBe("head of Ankara's delegation");
    expect(person(b, "Ali Kaya")?.side).toBe("Turkey");
    expect(person(b, "Tom Lind")?.role).toBe("chief adviser of the President");
    expect(person(b, "Anna Berg")?.role).toBe("President");
  });

  it("gives the named person only their own title after a spokeswoman for them", () => {
    const b = report("A spokeswoman for Foreign Minister Eva Lund said the talks went well.");
    expect(person(b, "Eva Lund")?.role).toBe("Foreign Minister");
  });
});

describe("names that are not people", () => {
  it("leaves out groups, buildings, offices and an adjective before a group", () => {
    const b = report(
      "Foreign Minister Eva Lund said the Nordic states would send observers.",
      "In Paris, the Quai d'Orsay said it backed any format, and the Contact Group met at the Villa Rosa Mansion.",
    );
    const names = b.participants?.map((p) => p.name) ?? [];
    expect(names).toContain("Eva Lund");
    for (const wrong of ["Nordic", "Quai", "Contact Group", "Villa Rosa Mansion"])
      expect(names.some((n) => n.includes(wrong))).toBe(false);
  });
});

describe("next steps", () => {
  const step = (sentence: string) => {
    const s = analyse(sentence).sentences[0];
    return s ? nextStepIn(s, "2023-03-14") : undefined;
  };

  it("are any future or scheduled act with the day it names", () => {
    expect(
      step("Lund and Kaya will discuss the draft in a phone call on Friday.")?.date?.date,
    ).toBe("2023-03-17");
    expect(step("The working groups will start work on Tuesday next week.")).toBeDefined();
    expect(step("Kaya is to be received by the king on Thursday.")?.date?.date).toBe("2023-03-16");
    expect(step("Officials said the crossing would be opened on Wednesday.")?.date?.date).toBe(
      "2023-03-15",
    );
  });

  it("read a date range as its first day and its last", () => {
    const found = step("A state visit is planned from Wednesday until 20 March.");
    expect(found?.date?.date).toBe("2023-03-15");
    expect(found?.end?.date).toBe("2023-03-20");
  });

  it("are never a rule, a refusal, a question, a past event or a seating plan", () => {
    expect(step("Checks will take place only in the port of origin.")).toBeUndefined();
    expect(step("The government would not sign at any price, Kaya said.")).toBeUndefined();
    expect(step("Asked whether Lund would travel to Ankara, Kaya said nothing.")).toBeUndefined();
    expect(step("The ministers left on Thursday evening after the final session.")).toBeUndefined();
    expect(step("The two delegations sat facing each other across the table.")).toBeUndefined();
  });

  it("are drafted with their first day and their last day of a range", () => {
    const text = [
      "Neighbours agree to keep talking",
      "",
      "VALLETTA, Malta, 14 March 2023 (Reuters) - The ministers of Norland and Sudmark met for three hours.",
      "",
      "A state visit is planned from Wednesday until 20 March, officials said.",
    ].join("\n");
    const { briefing, marks } = draftBriefing(text);
    expect(briefing.next_steps?.[0]).toMatchObject({ date: "2023-03-15", end_date: "2023-03-20" });
    const mark = marks.find((m) => m.path.join(".") === "next_steps.0.end_date");
    expect(mark?.note).toContain("from Wednesday until 20 March");
  });

  it("read the ranges reports write: between, a shared month, two days of one week", () => {
    const range = (sentence: string) => {
      const found = step(sentence);
      return [found?.date?.date, found?.end?.date];
    };
    expect(range("Envoys will meet in Lima between March 20 and March 22.")).toEqual([
      "2023-03-20",
      "2023-03-22",
    ]);
    expect(range("The council will then decide at a summit in Rome from 27 to 28 March.")).toEqual([
      "2023-03-27",
      "2023-03-28",
    ]);
    expect(range("Leaders will meet in Quito from March 27 to 29.")).toEqual([
      "2023-03-27",
      "2023-03-29",
    ]);
    expect(range("Senior officials will meet in Lima on Tuesday and Wednesday next week.")).toEqual(
      ["2023-03-21", "2023-03-22"],
    );
    expect(
      range(
        "The envoys will meet again at the forum on Gozo, which is planned from 16 until 17 March.",
      ),
    ).toEqual(["2023-03-16", "2023-03-17"]);
  });

  it("read two days each with its own 'on', or two places, as no range", () => {
    expect(
      step("The envoy will fly to Lima on Monday and on Friday to Quito.")?.end,
    ).toBeUndefined();
    expect(step("A convoy will travel from Lima to Quito on Friday.")?.end).toBeUndefined();
  });
});

describe("the location and the talks' date", () => {
  it("reads a capital standing alone as the dateline", () => {
    const text = [
      "Neighbours agree to keep talking",
      "",
      "Published 14 March 2023",
      "",
      "BEIJING - The ministers of Norland and Sudmark met for three hours on Tuesday.",
    ].join("\n");
    const { briefing } = draftBriefing(text);
    expect(briefing.location).toBe("Beijing");
    expect(briefing.summary.startsWith("The ministers")).toBe(true);
  });

  it("reads where the talks were from the opening when there is no dateline", () => {
    const text = [
      "Neighbours agree to keep talking",
      "",
      "Last updated 14 March 2023, 18:05 CET. All times local.",
      "",
      "The prime ministers agreed a new framework today following talks in Valletta.",
    ].join("\n");
    const { briefing } = draftBriefing(text);
    expect(briefing.location).toBe("Valletta");
    expect(briefing.date).toBe("2023-03-14");
  });

  it("dates the talks by the weekday the lead names before the report's day", () => {
    // 16 March 2023 was a Thursday
    expect(
      talksDayBefore("The photographs from Valletta on Tuesday were staged.", "2023-03-16")?.day,
    ).toBe("2023-03-14");
    expect(
      talksDayBefore("The ministers will meet again on Tuesday.", "2023-03-16"),
    ).toBeUndefined();
  });
});
