// Roles a reader knows, plans in the past tense, nicknames. A person the report names without a
// title ("Cyril Ramaphosa met …", then "Mr Ramaphosa") gets the office the list of office holders
// gives them on the talks' date, marked for review, never against a role or side the report gives;
// "were to hold … later on Tuesday" in a report of the day is a next step; "Helena Almeida Costa,
// Lena," then "Lena Almeida Costa" is one person.

import { describe, expect, it } from "vitest";
import { draftBriefing } from "../../src/draft/index.ts";
import { officeOn } from "../../src/text/office-holders.ts";

function draft(date: string, ...paragraphs: string[]) {
  const text = [
    "Power deal edges closer after day of talks",
    "",
    `ACCRA, Ghana, ${date} (Reuters) - ${paragraphs[0]}`,
    ...paragraphs.slice(1).flatMap((p) => ["", p]),
  ].join("\n");
  return draftBriefing(text);
}

const personIn = (d: ReturnType<typeof draft>, name: string) =>
  d.briefing.participants?.find((p) => p.name === name);

describe("a role a reader knows from who held the office", () => {
  it("is given to a leader the report names only by name, marked for review", () => {
    const d = draft(
      "14 March 2023",
      "Cyril Ramaphosa and Ghana's energy minister, Kofi Mensah, agreed to link their grids.",
      '"We came to listen," Mr Ramaphosa told reporters after the meeting.',
    );
    const p = personIn(d, "Cyril Ramaphosa");
    expect(p?.role).toMatch(/^President\b/);
    const i = d.briefing.participants?.indexOf(p as never) ?? -1;
    const note = d.marks.find((m) => m.path.join("/") === `participants/${i}/role`)?.note;
    expect(note).toMatch(/^REVIEW: role from the list of office holders/);
  });

  it("is not given outside the person's term", () => {
    const d = draft(
      "14 March 2010",
      "Cyril Ramaphosa and Ghana's energy minister, Kofi Mensah, agreed to link their grids.",
    );
    expect(personIn(d, "Cyril Ramaphosa")?.role).toBeUndefined();
  });

  it("never replaces the role the report gives", () => {
    const d = draft(
      "14 March 2023",
      "The businessman Cyril Ramaphosa, a namesake of the South African leader, and Ghana's energy minister, Kofi Mensah, agreed to link their grids.",
    );
    expect(personIn(d, "Cyril Ramaphosa")?.role).not.toMatch(/President/);
  });

  it("is the office of the date among several a person held, and none in a hand-over month", () => {
    expect(officeOn("Recep Tayyip Erdogan", "2012-05-02")?.office).toBe("Prime Minister");
    expect(officeOn("Recep Tayyip Erdogan", "2022-08-18")?.office).toBe("President");
    expect(officeOn("Recep Tayyip Erdogan", "2014-08-10")).toBeUndefined();
    expect(officeOn("Ramaphosa", "2023-03-14")).toBeUndefined();
  });
});

describe("a plan in the past tense of a report of the day", () => {
  const steps = (d: ReturnType<typeof draft>) => (d.briefing.next_steps ?? []).map((s) => s.text);

  it("is a next step: 'were to hold … later on Tuesday', 'was due to fly back'", () => {
    const d = draft(
      "Tuesday 14 March 2023",
      "Ghana's energy minister, Kofi Mensah, and his Togolese counterpart, Ama Koffi, signed a grid accord.",
      "The two ministers were to hold a separate meeting on tariffs later on Tuesday, and Mensah was due to fly back to Accra in the evening.",
    );
    expect(steps(d).join(" ")).toMatch(/were to hold a separate meeting/);
  });

  it("is no next step when it lapsed ('was to have met') or tells a person's story ('who was to leave office')", () => {
    const d = draft(
      "Tuesday 14 March 2023",
      "Ghana's energy minister, Kofi Mensah, and his Togolese counterpart, Ama Koffi, signed a grid accord.",
      "Koffi, who was to leave office in June, said little.",
      "The two ministers were to have met the regulators, but the meeting was dropped.",
    );
    expect(steps(d).join(" ")).not.toMatch(/leave office|were to have met/);
  });
});

describe("a nickname set off after a full name", () => {
  it("is the same person when the report later joins it to the surname", () => {
    const d = draft(
      "14 March 2023",
      "President Pedro Almeida Costa of Cape Verde met Ghana's energy minister, Kofi Mensah.",
      "The president's wife, Helena Almeida Costa, Lena, toured a solar plant outside Accra. Lena Almeida Costa also met women traders.",
    );
    const names = (d.briefing.participants ?? []).map((p) => p.name);
    expect(names).toContain("Helena Almeida Costa");
    expect(names).not.toContain("Lena Almeida Costa");
    expect(names).toContain("Pedro Almeida Costa");
  });
});
