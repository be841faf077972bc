// Sides a careful reader gives people: a state named in a role beside a title most often another
// state's, a side phrase inside a sentence, a state's role set off before a titled name, a role
// relative to an organisation ("its"), and last who held which office on the talks' date; and
// the words that are no side (a birthplace, a language, a border). Reports written for these tests.
import { describe, expect, it } from "vitest";
import type { BriefingFile } from "../../src/briefing/schema.ts";
import { draftBriefing } from "../../src/draft/index.ts";
import { sideOfRole } from "../../src/draft/sides.ts";
import { officeHeldOn } from "../../src/text/office-holders.ts";

/** A report dated `date` (a dateline "ACCRA, Ghana, <date> (Reuters) -") with these paragraphs. */
function report(date: string, ...paragraphs: string[]): BriefingFile {
  const text = [
    "Talks end with a promise to meet again",
    "",
    `ACCRA, Ghana, ${date} (Reuters) - ${paragraphs[0]}`,
    ...paragraphs.slice(1).flatMap((p) => ["", p]),
  ].join("\n");
  return draftBriefing(text).briefing;
}

const sideOf = (b: BriefingFile, name: string) =>
  b.participants?.find((p) => p.name === name)?.side;

describe("a title most often one state's", () => {
  it("gives way to the state the role names", () => {
    expect(sideOfRole("India's foreign secretary")).toBe("India");
    expect(sideOfRole("Pakistani Foreign Secretary")).toBe("Pakistan");
    expect(sideOfRole("Foreign Secretary")).toBe("United Kingdom");
  });

  it("gives its state only when the report names that state", () => {
    const elsewhere = report(
      "14 March 2023",
      "Foreign Secretary Ravi Menon told reporters the two delegations had agreed on a working group for trade with Ghana.",
    );
    expect(elsewhere.participants?.find((p) => p.name === "Ravi Menon")?.role).toBe(
      "Foreign Secretary",
    );
    expect(sideOf(elsewhere, "Ravi Menon")).toBeUndefined();
    const british = report(
      "14 March 2023",
      "Foreign Secretary Alan Pryce told reporters that Britain would fund the working group.",
    );
    expect(sideOf(british, "Alan Pryce")).toBe("United Kingdom");
  });
});

describe("words that are no side", () => {
  it("are a birthplace joined to the role and a language someone speaks", () => {
    const b = report(
      "14 March 2023",
      "Talks between Ghana and Togo went on late. Kofi Mensah, a Nigerian-born French speaker, acted as interpreter for the host.",
    );
    const mensah = b.participants?.find((p) => p.name === "Kofi Mensah");
    expect(mensah?.role).toBe("Nigerian-born French speaker");
    expect(mensah?.side).toBeUndefined();
  });
});

describe("a side phrase inside a sentence", () => {
  it("is the side of the names after it, up to the next one", () => {
    const b = report(
      "14 March 2023",
      "Ghana and Kenya agreed to set up a joint trade council, to be chaired on the Ghanaian side by Finance Minister Ama Owusu and on the Kenyan side by Trade Minister Peter Kamau.",
    );
    expect(sideOf(b, "Ama Owusu")).toBe("Ghana");
    expect(sideOf(b, "Peter Kamau")).toBe("Kenya");
  });

  it("is the side of the name just before it, but a side of a border is a place", () => {
    const table = report(
      "14 March 2023",
      "Ghana and Kenya met for a second day. Deputy Minister Adjoa Boateng sat on the Ghanaian side of the table; the Kenyans arrived late.",
    );
    expect(sideOf(table, "Adjoa Boateng")).toBe("Ghana");
    const border = report(
      "14 March 2023",
      "Ghana and Nigeria met for a second day. Deputy Minister Adjoa Boateng stood on the Nigerian side of the border before the talks.",
    );
    expect(border.participants?.map((p) => p.name)).toContain("Adjoa Boateng");
    expect(sideOf(border, "Adjoa Boateng")).toBeUndefined();
  });
});

describe("a role set off before a titled name", () => {
  it("gives the state whose office it is, not a state the person is only tied to", () => {
    const ruler = report(
      "14 March 2023",
      "Oman's ruler, Sultan Tariq Said, welcomed the delegations to the talks on shipping.",
    );
    expect(sideOf(ruler, "Tariq Said")).toBe("Oman");
    const neighbour = report(
      "14 March 2023",
      "Ghana's neighbour, President Eyadema Kossi, joined the talks on shipping.",
    );
    expect(sideOf(neighbour, "Eyadema Kossi")).toBeUndefined();
  });

  it("with 'its' is the organisation named before it", () => {
    const b = report(
      "14 March 2023",
      "The Arab League was represented by the head of its secretariat, Samir Haddad, who urged both sides to return.",
    );
    expect(sideOf(b, "Samir Haddad")).toBe("Arab League");
  });

  it("with a compound role ties an adviser to the one advised", () => {
    const b = report(
      "14 March 2023",
      "Chancellor Karin Lind of Austria met the Ghanaian delegation. The visit had been prepared by Lind's foreign and security policy adviser Tomas Berg.",
    );
    expect(sideOf(b, "Tomas Berg")).toBe("Austria");
  });
});

describe("who held which office on the talks' date", () => {
  it("is a side only inside the term, by a name of two words or more", () => {
    expect(officeHeldOn("Cyril Ramaphosa", "2023-03-14")?.side).toBe("South Africa");
    expect(officeHeldOn("Cyril Ramaphosa", "2010-03-14")).toBeUndefined();
    expect(officeHeldOn("Ramaphosa", "2023-03-14")).toBeUndefined();
    expect(officeHeldOn("Tayyip Erdoğan", "2022-08-18")?.side).toBe("Turkey");
    // one person, two sides over the years
    expect(officeHeldOn("Donald Tusk", "2016-06-01")?.side).toBe("European Union");
    expect(officeHeldOn("Donald Tusk", "2024-06-01")?.side).toBe("Poland");
  });

  it("gives the side of a leader the report never places, and of those who work for them", () => {
    const b = report(
      "14 March 2023",
      'President Cyril Ramaphosa and his host discussed power supplies. "We came to listen," Mr Ramaphosa\'s spokesman, Tumelo Dlamini, told reporters.',
    );
    expect(sideOf(b, "Cyril Ramaphosa")).toBe("South Africa");
    expect(sideOf(b, "Tumelo Dlamini")).toBe("South Africa");
  });

  it("never overrides a side the report gives", () => {
    const b = report(
      "14 March 2023",
      "Ghana's special envoy, Cyril Ramaphosa, a namesake of the South African leader, opened the talks.",
    );
    expect(sideOf(b, "Cyril Ramaphosa")).toBe("Ghana");
  });
});

describe("a role that is a life story or one of a list", () => {
  it("gives no side for an office held before", () => {
    const b = report(
      "14 March 2023",
      "The mediators, led by former Malian president Amadou Keita, met both delegations in Accra.",
    );
    const keita = b.participants?.find((p) => p.name === "Amadou Keita");
    expect(keita?.role).toBe("former Malian president");
    expect(keita?.side).toBeUndefined();
  });

  it("takes the state of its own role, not of the name before it in a list", () => {
    const b = report(
      "14 March 2023",
      "The host met Petra Novak of Slovakia and the Slovenian Prime Minister, Janez Kranjc, before the talks.",
    );
    expect(sideOf(b, "Petra Novak")).toBe("Slovakia");
    expect(sideOf(b, "Janez Kranjc")).toBe("Slovenia");
  });
});

describe("a role noun that names a state", () => {
  it("is not given to someone known to act for another state", () => {
    const b = report(
      "14 March 2023",
      "Foreign Minister Sergei Lavrov met Foreign Minister Ama Owusu for an hour. The Ghanaian foreign minister later said the talks had been useful.",
    );
    expect(sideOf(b, "Sergei Lavrov")).toBe("Russia");
    expect(sideOf(b, "Ama Owusu")).toBe("Ghana");
  });
});

describe("members of a body listed after it", () => {
  it("act for the body, whatever state each comes from", () => {
    const b = report(
      "14 March 2023",
      "The two delegations sat apart, with the three ECOWAS mediators between them: Ghana's Michael Asante, Senegal's Sarah Diop and Nigeria's David Bello.",
    );
    expect(sideOf(b, "Michael Asante")).toBe("ECOWAS");
    expect(sideOf(b, "Sarah Diop")).toBe("ECOWAS");
    expect(sideOf(b, "David Bello")).toBe("ECOWAS");
  });

  it("but a state's mediators keep each one's own side", () => {
    const b = report(
      "14 March 2023",
      "The two delegations sat apart, with the Ghanaian mediators between them: Senegal's Sarah Diop and Nigeria's David Bello.",
    );
    expect(sideOf(b, "Sarah Diop")).toBe("Senegal");
    expect(sideOf(b, "David Bello")).toBe("Nigeria");
  });
});
