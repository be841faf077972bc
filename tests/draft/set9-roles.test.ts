// General causes of the ninth blind draft set's missed roles, dates and next steps
// (tests/fixtures/articles-blind9), each shown on a small article of its own with other names.
import { describe, expect, it } from "vitest";
import { type Draft, draftBriefing } from "../../src/draft/draft.ts";

const draft = (text: string, date = "2024-04-10"): Draft => draftBriefing(text, { date });

const person = (d: Draft, name: string) =>
  (d.briefing.participants ?? []).find((p) => p.name === name);
const names = (d: Draft) => (d.briefing.participants ?? []).map((p) => p.name);

describe("roles set off before an honorific and a surname", () => {
  it("gives 'the trade minister, Ms Okafor,' the role before the comma", () => {
    const d = draft(
      "Harbour talks\n\nAda Okafor flew in on Monday. At the table sat the trade minister, Ms Okafor, a Lagos-born economist who took the notes.",
    );
    expect(person(d, "Ada Okafor")?.role).toBe("trade minister");
  });

  it("reads 'Chile's interior minister, Mr Soto,' like 'Chile's interior minister, Pedro Soto,'", () => {
    const d = draft(
      "Harbour talks\n\nPedro Soto arrived late. Chile's interior minister, Mr Soto, said little.",
    );
    expect(person(d, "Pedro Soto")?.role).toBe("Chile's interior minister");
  });
});

describe("titles and initials around a name", () => {
  it("keeps an initial before a surname as part of the name", () => {
    const d = draft(
      "Harbour talks\n\nHome Affairs Minister K. Ramaswamy opened the session on Monday.",
    );
    expect(names(d)).toContain("K. Ramaswamy");
    expect(person(d, "K. Ramaswamy")?.role).toBe("Home Affairs Minister");
    expect(names(d)).not.toContain("K");
  });

  it("reads capitalised words before a title as the title's, not as a person", () => {
    const d = draft(
      "Harbour talks\n\nExternal Relations Minister Tomas Rydell spoke first on Monday.",
    );
    expect(names(d)).toEqual(["Tomas Rydell"]);
    expect(person(d, "Tomas Rydell")?.role).toBe("External Relations Minister");
  });

  it("writes a spokesperson for a named minister as the spokesperson for that office", () => {
    const d = draft(
      'Harbour talks\n\nA spokesman for Home Affairs Minister K. Ramaswamy, Devan Pillai, said the minister had been briefed. "Nothing is settled," said Lena Brandt, spokeswoman for Foreign Minister Otto Kessler.',
    );
    expect(person(d, "Devan Pillai")?.role).toBe("spokesman for the Home Affairs Minister");
    expect(person(d, "Lena Brandt")?.role).toBe("spokeswoman for the Foreign Minister");
    expect(person(d, "Otto Kessler")?.role).toBe("Foreign Minister");
  });

  it("keeps a state's possessive as it stands in such a role", () => {
    const d = draft(
      "Harbour talks\n\nThe spokesman of Chile's Foreign Minister Ana Morales, Luis Vera, said she had been consulted.",
    );
    expect(person(d, "Luis Vera")?.role).toBe("spokesman of Chile's Foreign Minister");
  });

  it("does not take a sentence's opening word into the role before a name", () => {
    const d = draft(
      "Harbour talks\n\nThe day before, the envoy was in Lima. There Peru's President Rosa Quispe welcomed him. Yet the first vice-president, Marco Ruiz, said nothing.",
    );
    expect(person(d, "Rosa Quispe")?.role).toBe("Peru's President");
    expect(person(d, "Marco Ruiz")?.role).toBe("first vice-president");
  });

  it("keeps a two-word state before its possessive in the role", () => {
    const d = draft("Harbour talks\n\nSouth Africa's President Thabo Nkosi arrived on Monday.");
    expect(person(d, "Thabo Nkosi")?.role).toBe("South Africa's President");
  });
});

describe("ranges of days in next steps", () => {
  it("reads a range that opens the sentence, before its subject", () => {
    const d = draft(
      "Harbour talks\n\nThe talks ended on Wednesday. From 18 to 20 April she will then attend the Baltic Forum in Riga.",
    );
    const step = (d.briefing.next_steps ?? []).find((s) => s.text.includes("Baltic Forum"));
    expect(step?.date).toBe("2024-04-18");
    expect(step?.end_date).toBe("2024-04-20");
  });

  it("dates a departure on the day a visit's range starts as that range", () => {
    const d = draft(
      "Harbour talks\n\nThe talks ended on Wednesday. Soto is due to fly to Quito later on Friday for a state visit to Ecuador from 12 to 13 April, the first in a decade.",
    );
    const step = (d.briefing.next_steps ?? []).find((s) => s.text.includes("Quito"));
    expect(step?.date).toBe("2024-04-12");
    expect(step?.end_date).toBe("2024-04-13");
  });
});

describe("forecasts, offices and possibilities are not next steps", () => {
  const steps = (d: Draft) => (d.briefing.next_steps ?? []).map((s) => s.text);

  it("does not take a forecast with no time for a next step, but keeps one that says when", () => {
    const d = draft(
      "Harbour talks\n\nThe conference is due to open in Lima on Saturday. About 900 delegates are expected to take part. The first session of the new fisheries dialogue is expected before the end of the year, officials said.",
    );
    expect(steps(d).some((t) => t.includes("900 delegates"))).toBe(false);
    expect(steps(d).some((t) => t.includes("fisheries dialogue"))).toBe(true);
    expect(steps(d).some((t) => t.includes("due to open"))).toBe(true);
  });

  it("does not take holding an office for a next step, but keeps holding talks", () => {
    const d = draft(
      "Harbour talks\n\nThe declaration said Chile will hold the rotating presidency of the bloc for the coming year. Chile will hold talks with Peru next month.",
    );
    expect(steps(d).some((t) => t.includes("rotating presidency"))).toBe(false);
    expect(steps(d).some((t) => t.includes("talks with Peru"))).toBe(true);
  });

  it("does not take what could happen next year for a next step", () => {
    const d = draft(
      "Harbour talks\n\nBolivia signed a memorandum committing it to join, a process that could be completed next year.",
    );
    expect(steps(d)).toEqual([]);
  });
});

describe("where the talks were, from the opening of a report without a dateline", () => {
  const located = (lead: string) =>
    draftBriefing(`Harbour talks\n\nBy our Lima correspondent\n\n${lead}`, { date: "2024-04-10" })
      .briefing.location;

  it("takes the place a visitor flew to for the talks over where the correspondent sits", () => {
    expect(
      located(
        "Ana Morales became the first leader to meet Pedro Soto since the crisis when she flew to Quito on Wednesday.",
      ),
    ).toBe("Quito");
  });

  it("takes the city a visitor was received in", () => {
    expect(
      located(
        "President Ana Morales was received on Wednesday by the President of the Republic of Ecuador, Pedro Soto, at the Palace of Carondelet in Quito.",
      ),
    ).toBe("Quito");
  });

  it("takes a named venue set off by a comma", () => {
    expect(
      located(
        "On Wednesday Ana Morales received Pedro Soto at Villa del Mar, her summer residence on the coast, days before the summit in Lima.",
      ),
    ).toBe("Villa del Mar");
  });

  it("takes the place the opening ties to a day when it names no meeting place", () => {
    expect(
      located(
        "It is not every day that a leader under sanctions is greeted as a partner, but that was the tone in Quito on Wednesday.",
      ),
    ).toBe("Quito");
  });
});

describe("things and name parts taken for people", () => {
  it("reads the last words of a full name as that person", () => {
    const d = draft(
      'Harbour talks\n\nIts leader, Juan Pablo Vega Rios, spoke by phone. "This text was written for the army," Vega Rios said.',
    );
    expect(names(d)).not.toContain("Vega Rios");
    const quote = (d.briefing.quotes ?? []).find((q) => q.text.includes("for the army"));
    expect(quote?.speaker).toBe("Juan Pablo Vega Rios");
  });

  it("does not read a broadcaster named before 'radio' as a person", () => {
    const d = draft(
      "Harbour talks\n\nPedro Soto also told Sur radio on Sunday that the talks had gone well.",
    );
    expect(names(d)).toEqual(["Pedro Soto"]);
  });

  it("gives an interviewer set off before the name the role 'presenter'", () => {
    const d = draft(
      'Harbour talks\n\nAsked by the presenter, Lucia Ferrer, "Did he say anything new?", Mr Soto said no.',
    );
    expect(person(d, "Lucia Ferrer")?.role).toBe("presenter");
  });
});

describe("offices a careful reader prefers to ranks and biographies", () => {
  it("gives the office set off before a military rank and name, not the rank", () => {
    const d = draft(
      "Harbour talks\n\nPeru's interim leader, General Ana Morales, was not present on Wednesday.",
    );
    expect(person(d, "Ana Morales")?.role).toBe("Peru's interim leader");
  });

  it("keeps a civilian title before a name over a role set off before it", () => {
    const d = draft("Harbour talks\n\nThe host, President Ana Morales, opened the session.");
    expect(person(d, "Ana Morales")?.role).toBe("President");
  });

  it("makes the person a group was led by its head, over a former office", () => {
    const d = draft(
      "Harbour talks\n\nThe opposition delegation was led by Pedro Soto, a former finance minister, on Wednesday.",
    );
    expect(person(d, "Pedro Soto")?.role).toBe("head of the opposition delegation");
  });
});

describe("roles relative to another participant", () => {
  it("writes 'X's aide' as the aide to X's office when X's office is known", () => {
    const d = draft(
      "Harbour talks\n\nChilean President Ana Morales arrived on Wednesday. Morales's foreign policy aide, Luis Vera, briefed reporters.",
    );
    expect(person(d, "Luis Vera")?.role).toBe("foreign policy aide to the Chilean President");
    expect(person(d, "Luis Vera")?.side).toBe("Chile");
  });

  it("leaves 'X's aide' as written when X's office is not known", () => {
    const d = draft(
      "Harbour talks\n\nAna Morales arrived on Wednesday. Morales's foreign policy aide, Luis Vera, briefed reporters.",
    );
    expect(person(d, "Luis Vera")?.role).toBe("Morales's foreign policy aide");
  });

  it("does not read 'the minister' as the minister's spokesman", () => {
    const d = draft(
      'Harbour talks\n\nA spokesman for Foreign Minister Otto Kessler, Devan Pillai, said the talks had gone well. "We are close," the minister said.',
    );
    const quote = (d.briefing.quotes ?? []).find((q) => q.text.includes("We are close"));
    expect(quote?.speaker).toBe("Otto Kessler");
  });
});
