// Shapes of the eleventh blind set (issue 11, sixth session), each on a report invented here:
// where the talks were when the dateline carries its region in brackets, stands on a line of its
// own or opens the paragraph after a standfirst; groups a report defines by their acronym as
// sides and parties; a delegation's members; "the government delegation"; no guess of a side from
// where the report was filed; a shared surname's role; and next steps that run "until" a far day
// or date the agreement rather than the step.

import { describe, expect, it } from "vitest";
import { draftBriefing } from "../../src/draft/index.ts";

const lines = (...parts: string[]) => parts.join("\n\n");
const personIn = (d: ReturnType<typeof draftBriefing>, name: string) =>
  d.briefing.participants?.find((p) => p.name === name);
const partyNames = (d: ReturnType<typeof draftBriefing>) =>
  (d.briefing.parties ?? []).map((p) => p.name);
const steps = (d: ReturnType<typeof draftBriefing>) => d.briefing.next_steps ?? [];

describe("where the talks were", () => {
  it("is the dateline's place when the dateline carries its region in brackets", () => {
    const d = draftBriefing(
      lines(
        "Rebels and government open talks on an island",
        "Published on: 3 May 2024 - 10:00 GMT",
        "Pemba (Tanzania), May 3 (AFP) - The government of Ruvania and the Coastal Freedom Front opened talks on Friday, officials said.",
      ),
    );
    expect(d.briefing.location).toBe("Pemba");
  });

  it("is the place of a press release's own place-and-date line", () => {
    const d = draftBriefing(
      lines(
        "Council of Europe - Press release",
        "Partners sign a fisheries accord",
        "Valletta, 4 June 2024",
        "Today the partners signed a fisheries accord in the presence of President Anna Borg.",
      ),
    );
    expect(d.briefing.location).toBe("Valletta");
  });

  it("is not a date line's weekday", () => {
    const d = draftBriefing(
      lines(
        "Partners sign a fisheries accord",
        "Monday, 4 June 2024",
        "The partners signed a fisheries accord on Monday, officials said.",
      ),
    );
    expect(d.briefing.location).not.toBe("Monday");
  });

  it("is the dateline that opens the paragraph after a standfirst, and its words are nobody's name", () => {
    const d = draftBriefing(
      lines(
        "Two old allies in the Rose Garden",
        "Ana Costa and Peter Holm met on Friday as leaders who had both survived a crisis at home.",
        "Monday, 13 May 2024",
        "By A. Writer",
        "OTTAWA — When Ana Costa walked into the meeting room on Friday, she brought a gift for her host.",
      ),
    );
    expect(d.briefing.location).toBe("Ottawa");
    const names = (d.briefing.participants ?? []).map((p) => p.name);
    expect(names).toContain("Ana Costa");
    expect(names.some((n) => /^When\b/.test(n))).toBe(false);
  });

  it("is the capital a visitor's headline names, not the line after it", () => {
    const d = draftBriefing(
      lines(
        "Status: 12.03.2024 9:10 p.m.",
        "Costa visit to Madrid\nCosta and Ruiz: an uneasy evening",
        "It was a short visit. For a day the Portuguese leader was in Spain, and the talks were frosty.",
      ),
    );
    expect(d.briefing.location).toBe("Madrid");
  });
});

describe("a group the report defines with its acronym", () => {
  const d = draftBriefing(
    lines(
      "Government, rebels open talks",
      "LUSAKA, June 3, 2024 (AP) — Zembia's government and the Northern Liberation Movement (NLM), a rebel group, opened talks on Monday.",
      "The NLM is represented by the group's negotiator, Tomas Reyes, who also speaks for the rebels.",
      "A statement was signed by Ida Varga, the NLM's commander-in-chief, who stayed away.",
      "The NLM broke away in 2015 from the Southern People's Union (SPU). The SPU welcomed the talks.",
      '"Talking is better than fighting," its chairman, Paul Moyo, told AP.',
    ),
  );

  it("is the side and party of its people, and a role relative to it names it", () => {
    expect(personIn(d, "Tomas Reyes")?.side).toBe("Northern Liberation Movement");
    expect(personIn(d, "Tomas Reyes")?.role).toBe("NLM negotiator");
    expect(personIn(d, "Ida Varga")?.side).toBe("Northern Liberation Movement");
    expect(personIn(d, "Paul Moyo")?.side).toBe("Southern People's Union");
    expect(personIn(d, "Paul Moyo")?.role).toBe("SPU chairman");
    const party = d.briefing.parties?.find((p) => p.name === "Northern Liberation Movement");
    expect(party?.aliases).toContain("NLM");
  });

  it("is also defined as 'the Name, or ACRONYM,'", () => {
    const e = draftBriefing(
      lines(
        "Talks open with a militia",
        "QUITO, Ecuador, May 2, 2024 (AP) — The government opened talks with a militia on Thursday.",
        "The group, which calls itself the Frente Andino Unido, or FAU, has about 900 fighters.",
        '"We came to talk," the group\'s negotiator, Luis Ortega, said.',
      ),
    );
    expect(personIn(e, "Luis Ortega")?.side).toBe("Frente Andino Unido");
    expect(partyNames(e)).toContain("Frente Andino Unido");
  });

  it("is no side for a role whose 'its' points at no group", () => {
    const e = draftBriefing(
      lines(
        "Talks open with a militia",
        "QUITO, Ecuador, May 2, 2024 (AP) — The Frente Andino Unido (FAU) opened talks on Thursday.",
        "The city council met separately. Its leader, Marta Gil, welcomed the talks.",
        "The weather was fine. The crowd was small. Nobody spoke for long.",
        "Its chairman, Rui Paz, said little.",
      ),
    );
    expect(personIn(e, "Rui Paz")?.side).toBeUndefined();
  });
});

describe("a delegation's members", () => {
  it("act for the leader who brought them, or for the state of the delegation", () => {
    const d = draftBriefing(
      lines(
        "Leaders meet in Ottawa",
        "OTTAWA, May 10, 2024 (Reuters) - Canadian Prime Minister Justin Trudeau received Brazilian President Luiz Inácio Lula da Silva on Friday.",
        "Lula had brought his trade minister, Rui Mendes; and the culture minister, Clara Dias.",
        "The Canadian delegation also included the fisheries minister, Joanne Martin, and the housing minister, Sean Kerr.",
      ),
    );
    expect(personIn(d, "Rui Mendes")?.side).toBe("Brazil");
    expect(personIn(d, "Clara Dias")?.side).toBe("Brazil");
    expect(personIn(d, "Joanne Martin")?.side).toBe("Canada");
    expect(personIn(d, "Sean Kerr")?.side).toBe("Canada");
  });

  it("of 'the government delegation' act for the one state whose government the report names", () => {
    const d = draftBriefing(
      lines(
        "Government, rebels open talks",
        "LUSAKA, June 3, 2024 (AP) — Kenya's government and the Northern Liberation Movement (NLM) opened talks on Monday.",
        "The government delegation is led by Amos Otieno, and includes Water Minister Grace Wanjiru.",
      ),
    );
    expect(personIn(d, "Amos Otieno")?.side).toBe("Kenya");
    expect(personIn(d, "Grace Wanjiru")?.side).toBe("Kenya");
    expect(personIn(d, "Grace Wanjiru")?.side).not.toBe("Water");
  });
});

describe("an unmarked government office in a report from a state's capital", () => {
  // a visitor's minister is often written so too ("Defence Minister X" of a visiting state in
  // Ankara): without words that say whose, no side is guessed from where the report was filed
  it("is no side of the host's", () => {
    const d = draftBriefing(
      lines(
        "Visitor signs deals in Warsaw",
        "WARSAW, May 8, 2024 (Reuters) - Polish President Andrzej Duda welcomed a visiting delegation from Chile on Wednesday.",
        "Poland and Chile signed four accords, Mining Minister Jorge Soto said.",
      ),
    );
    expect(personIn(d, "Jorge Soto")?.side).toBeUndefined();
  });
});

describe("a surname two people share", () => {
  it("gives the role set off before 'Ms X' only to the woman of that name", () => {
    const d = draftBriefing(
      lines(
        "Leaders meet in Ottawa",
        "OTTAWA, May 10, 2024 (Reuters) - Luiz Inácio Lula da Silva met Justin Trudeau on Friday.",
        "Marina Silva, a veteran campaigner, joined them. With them sat the environment minister, Ms Silva.",
      ),
    );
    expect(personIn(d, "Marina Silva")?.role).toBe("environment minister");
    expect(personIn(d, "Luiz Inácio Lula da Silva")?.role).not.toBe("environment minister");
  });
});

describe("next steps", () => {
  const draft = (...paragraphs: string[]) =>
    draftBriefing(
      lines(
        "Ceasefire agreed",
        `BOGOTA, Colombia, October 16, 2023 (AP) — ${paragraphs[0]}`,
        ...paragraphs.slice(1),
      ),
    );

  it("keep the far end of a span said with 'until', a month's short form included", () => {
    const d = draft(
      "The ceasefire is due to take effect at midnight and will run from Tuesday until Jan. 15, the government said.",
    );
    const step = steps(d).find((s) => /ceasefire/.test(s.text));
    expect(step?.date).toBe("2023-10-17");
    expect(step?.end_date).toBe("2024-01-15");
  });

  it("are not dated by the day an agreement was made", () => {
    const d = draft(
      "The two sides agreed on Monday to hold their talks regularly again.",
      "They also agreed to meet again in Quito on Friday.",
    );
    for (const step of steps(d)) expect(step.date).not.toBe("2023-10-16");
    expect(steps(d).find((s) => /Quito/.test(s.text))?.date).toBe("2023-10-20");
  });
});

describe("where the talks were, not another meeting", () => {
  it("is not the place of a meeting to come or of one held before", () => {
    const d = draftBriefing(
      lines(
        "Leaders talk in Lima",
        "Published 3 May 2024",
        "The two presidents spent two days in Lima with no fixed agenda.",
        "They had last met in Quito in March. The president is to be received by the king in Madrid on Tuesday.",
      ),
    );
    expect(d.briefing.location).toBe("Lima");
  });

  it("is the place of a press release's line with its region", () => {
    const d = draftBriefing(
      lines(
        "Dialogue opens",
        "Arusha, Tanzania, 28 November 2022",
        "The dialogue opened today at a hotel outside the city, bringing together fifty groups.",
      ),
    );
    expect(d.briefing.location).toBe("Arusha");
  });
});

describe("names that are no participants", () => {
  it("are not a name after 'the' nor an agency's credit line", () => {
    const d = draftBriefing(
      lines(
        "Leaders meet in Rome",
        "ROME, May 10, 2024 (Reuters) - Giorgia Meloni met Pedro Sánchez on Friday.",
        '"We agree on a great deal," Ms Meloni said as she left for the Villa Borghese.',
        "--With assistance from Marco Bellini and Sara Conti",
      ),
    );
    const names = (d.briefing.participants ?? []).map((p) => p.name);
    expect(names).toContain("Giorgia Meloni");
    for (const other of ["Villa Borghese", "Marco Bellini", "Sara Conti"])
      expect(names).not.toContain(other);
  });

  it("leave 'H.E.' out of a role and never make it a side", () => {
    const d = draftBriefing(
      lines(
        "Dialogue opens",
        "Arusha, Tanzania, 28 November 2022",
        "The dialogue was opened by H.E. President Samia Suluhu Hassan, who welcomed the delegates.",
      ),
    );
    const p = personIn(d, "Samia Suluhu Hassan");
    expect(p?.role).toBe("President");
    expect(p?.side).not.toBe("H.E.");
  });
});

describe("a signatory set off with 'for' a state", () => {
  it("acts for that state, and a junior 'Secretary of State to the Minister' is not American", () => {
    const d = draftBriefing(
      lines(
        "Partners sign a fisheries accord",
        "Valletta, 4 June 2024",
        "The accord was signed by Karl Weiss, Commissioner for Oceans, for the European Union, and by Omar Haddad, Secretary of State to the Minister of Foreign Affairs, for Morocco.",
      ),
    );
    expect(personIn(d, "Karl Weiss")?.side).toBe("European Union");
    expect(personIn(d, "Omar Haddad")?.side).toBe("Morocco");
  });
});

describe("a role of the President's office", () => {
  it("takes the side of the one president the report names: 'Presidential spokesperson X'", () => {
    const d = draftBriefing(
      lines(
        "Leaders meet in Manila",
        "MANILA, May 27, 2024 (Reuters) - Philippine President Ferdinand Marcos met Japanese Prime Minister Fumio Kishida on Monday.",
        "Presidential spokesperson Ana Reyes said the two had discussed the sea lanes.",
      ),
    );
    expect(personIn(d, "Ana Reyes")?.side).toBe("Philippines");
  });
});

describe("a person named only after the words they said", () => {
  it("is a participant when 'who' refers to the name: 'It was Tarn Velko who gave that answer'", () => {
    const d = draftBriefing(
      lines(
        "Leaders meet in Manila",
        "MANILA, May 27, 2024 (Reuters) - Philippine President Ferdinand Marcos met Japanese Prime Minister Fumio Kishida on Monday.",
        'A spokeswoman, asked about the dispute, replied that the sea was "open to all". It was Tarn Velko who gave that answer.',
      ),
    );
    const names = (d.briefing.participants ?? []).map((p) => p.name);
    expect(names).toContain("Tarn Velko");
  });
});

describe("a role relative to a person named by a possessive after the name", () => {
  it("takes that person's side and, when the report gives their office, is written against it", () => {
    const d = draftBriefing(
      lines(
        "VALLETTA, March 3, 2031 (Reuters) - Maltese Prime Minister Clara Vella Zammit met Greek Prime Minister Nikos Pappas on Tuesday.",
        "Joseph Grech, Vella Zammit's communications director, later wrote that the talks had gone well.",
        "Petros Alexiou, Mr Pappas's official spokesman, told reporters the two had discussed migration.",
      ),
    );
    const grech = personIn(d, "Joseph Grech");
    expect(grech?.side).toBe("Malta");
    expect(grech?.role).toBe("communications director to the Maltese Prime Minister");
    const alexiou = personIn(d, "Petros Alexiou");
    expect(alexiou?.side).toBe("Greece");
  });

  it("gives no side when the possessive names nobody the report names", () => {
    const d = draftBriefing(
      lines(
        "VALLETTA, March 3, 2031 (Reuters) - Maltese Prime Minister Clara Vella Zammit met Greek Prime Minister Nikos Pappas on Tuesday.",
        "Joseph Grech, Borg's communications director, later wrote that the talks had gone well.",
      ),
    );
    expect(personIn(d, "Joseph Grech")?.side).toBeUndefined();
  });
});

describe("a person of a named organisation", () => {
  const report = lines(
    "Lisbon, 4 June 2031",
    "Portugal and Morocco signed a fisheries accord today in the presence of Prime Minister Rui Lopes. Other participants included Ana Pires of the Portuguese Ministry of the Sea, Karim Alaoui of the EU Delegation to Morocco and João Mota of the Lusitanian Fishermen's Association.",
  );

  it("has the organisation as role, and the state a state's ministry names as side", () => {
    const pires = personIn(draftBriefing(report), "Ana Pires");
    expect(pires?.role).toBe("Portuguese Ministry of the Sea");
    expect(pires?.side).toBe("Portugal");
  });

  it("acts for the organisation an organ's name gives, not the state it deals with", () => {
    const alaoui = personIn(draftBriefing(report), "Karim Alaoui");
    expect(alaoui?.role).toBe("EU Delegation to Morocco");
    expect(alaoui?.side).toBe("European Union");
  });

  it("has an organisation that is no organ of a state as their own side", () => {
    const mota = personIn(draftBriefing(report), "João Mota");
    expect(mota?.side).toBe("Lusitanian Fishermen's Association");
  });

  it("reads no organisation after 'of the' that names none", () => {
    const d = draftBriefing(
      lines(
        "Lisbon, 4 June 2031",
        "Rui Lopes of the Socialists met Karim Alaoui on Tuesday, officials said.",
      ),
    );
    expect(personIn(d, "Rui Lopes")?.role).toBeUndefined();
  });
});

describe("a live blog's latest entry about what is planned", () => {
  const report = lines(
    "Ocean summit in Apia: leaders agree a fisheries pact — as it happened",
    "Live updates from Apia",
    "Friday 14 March 2031",
    "21:40 — That's where we leave our coverage for today",
    "The leaders are set to lay a wreath at Vailima, the national memorial, on Saturday morning before the closing session. Thank you for reading.",
  );

  it("leaves the talks on the blog's own day, not the weekday of the plan before it", () => {
    expect(draftBriefing(report).briefing.date).toBe("2031-03-14");
  });

  it("is a next step on that weekday, read past the place set off by commas", () => {
    const step = steps(draftBriefing(report)).find((s) => /wreath/.test(s.text));
    expect(step?.date).toBe("2031-03-15");
  });
});

describe("third parties of the talks listed together", () => {
  it("are parties when a list of states acts as guarantors", () => {
    const d = draftBriefing(
      lines(
        "QUITO, May 3, 2031 (AFP) - The government of Ecuador and the Andean Liberation Front (ALF) opened talks on Friday.",
        "Chile, Portugal and Ghana act as guarantor countries.",
      ),
    );
    expect(partyNames(d)).toEqual(expect.arrayContaining(["Chile", "Portugal", "Ghana"]));
  });

  it("are parties when mediators from a list of states sit at the table", () => {
    const d = draftBriefing(
      lines(
        "QUITO, May 3, 2031 (AFP) - The government of Ecuador and the Andean Liberation Front (ALF) opened talks on Friday.",
        "The delegations sat facing each other, with mediators from Chile and Ghana at the head of the table.",
      ),
    );
    expect(partyNames(d)).toEqual(expect.arrayContaining(["Chile", "Ghana"]));
  });

  it("are not taken from a list that is no guarantor, mediator or observer", () => {
    const d = draftBriefing(
      lines(
        "QUITO, May 3, 2031 (AFP) - The government of Ecuador and the Andean Liberation Front (ALF) opened talks on Friday.",
        "Chile, Portugal and Ghana sent congratulations, while observers said the mood was good.",
      ),
    );
    expect(partyNames(d)).not.toContain("Portugal");
  });
});

describe("a capitalised word after a role's 'for the' or 'of'", () => {
  it("is the role's complement, not a person the role comes before", () => {
    const d = draftBriefing(
      lines(
        "NAIROBI, May 3, 2031 (AFP) - Talks between Ruvania and the Coastal Front opened on Friday.",
        "The Canadian special envoy for the Horn of Africa, Ella Moss, also attended the opening.",
      ),
    );
    const names = (d.briefing.participants ?? []).map((p) => p.name);
    expect(names).toContain("Ella Moss");
    expect(names.some((n) => /Horn|Africa/.test(n))).toBe(false);
    expect(personIn(d, "Ella Moss")?.role).toBe("Canadian special envoy for the Horn of Africa");
  });
});

describe("a time of day before a title", () => {
  it("is no part of the role: 'in the evening Chancellor X'", () => {
    const d = draftBriefing(
      lines(
        "BERLIN, March 3, 2031 (Reuters) - The Latvian president arrived on Tuesday.",
        "President Anna Berg received him at the palace; in the evening Chancellor Olaf Brandt welcomed him with military honours.",
      ),
    );
    expect(personIn(d, "Olaf Brandt")?.role).toBe("Chancellor");
  });
});
