// Shapes of the thirteenth blind set (issue 11, seventh session) in roles, sides, places, the
// talks' date and next steps, each on a report invented here: states the place table lacked, a
// surname with its office as title, long roles set off after a name, a possessor's name before a
// role, buildings and the report's own voice taken for people, "represented by", a role noun
// after a name with a rival in the paragraph, place lines, the talks' date in a long read, and
// next steps set off, planned at a clause's end, or only guessed at.

import { describe, expect, it } from "vitest";
import { draftBriefing } from "../../src/draft/index.ts";

const lines = (...parts: string[]) => parts.join("\n\n");
const personIn = (d: ReturnType<typeof draftBriefing>, name: string) =>
  d.briefing.participants?.find((p) => p.name === name);
const names = (d: ReturnType<typeof draftBriefing>) =>
  (d.briefing.participants ?? []).map((p) => p.name);
const partyNames = (d: ReturnType<typeof draftBriefing>) =>
  (d.briefing.parties ?? []).map((p) => p.name);
const steps = (d: ReturnType<typeof draftBriefing>) => d.briefing.next_steps ?? [];

describe("sides and parties", () => {
  it("reads every member state of the UN as a side, Guyana and Haiti among them", () => {
    const d = draftBriefing(
      lines(
        "Caribbean leaders sign a fisheries pact",
        "KINGSTON, March 4, 2024 (Reuters) - The pact was signed by Mark Philips of Guyana and Garry Conille of Haiti on Monday.",
      ),
    );
    expect(personIn(d, "Mark Philips")?.side).toBe("Guyana");
    expect(personIn(d, "Garry Conille")?.side).toBe("Haiti");
    expect(partyNames(d)).toEqual(expect.arrayContaining(["Guyana", "Haiti"]));
    expect(names(d)).not.toContain("Haiti");
  });

  it("gives a surname with its office as title the side of the one who held that office", () => {
    const d = draftBriefing(
      lines(
        "Leaders meet at the White House",
        "WASHINGTON, June 12, 2023 - President Biden received Prime Minister Mette Frederiksen of Denmark on Monday.",
      ),
    );
    expect(personIn(d, "Biden")?.side).toBe("United States");
  });

  it("gives the state a sentence says was represented by someone to that person", () => {
    const d = draftBriefing(
      lines(
        "Andean ministers meet",
        "LIMA, May 30, 2023 - Ecuador's foreign minister, Juan Carlos Holguín, opened the meeting on Tuesday. Bolivia was represented by the Minister of Economy, Marcelo Quiroga.",
      ),
    );
    expect(personIn(d, "Marcelo Quiroga")?.side).toBe("Bolivia");
  });

  it("takes the side of the last of two offices joined by 'and' when that one names its body", () => {
    const d = draftBriefing(
      lines(
        "A seat at the table",
        "NEW DELHI, September 9, 2023 - The host invited Azali Assoumani, the president of the Comoros and chairperson of the AU, to take his seat on Saturday.",
      ),
    );
    expect(personIn(d, "Azali Assoumani")?.side).toBe("African Union");
  });

  it("reads the possessor's name of a role set off before a name, without the live blog's time stamp", () => {
    const d = draftBriefing(
      lines(
        "LIVE: Leaders meet in Ottawa",
        "Live | Tuesday, March 7, 2023 | Last updated 6:00 p.m. ET",
        "5:40 p.m. ET\nHelen Morris's press secretary, Tom Fischer, tells us the minister raised the pipeline with her host on Tuesday.",
      ),
    );
    expect(personIn(d, "Helen Morris")).toBeDefined();
    expect(personIn(d, "Tom Fischer")?.role).toBe("Helen Morris's press secretary");
    expect(partyNames(d)).not.toContain("ET");
  });

  it("writes no party for the report's own correspondent", () => {
    const d = draftBriefing(
      lines(
        "LIVE: Leaders meet",
        "Live | Tuesday, March 7, 2023 | Last updated 6:00 p.m. ET",
        "5:40 p.m. ET\nOur correspondent Lena Hart asked the prime minister about the pipeline on Tuesday.",
      ),
    );
    expect(personIn(d, "Lena Hart")?.role).toBe("correspondent");
    expect(personIn(d, "Lena Hart")?.side).toBeUndefined();
  });
});

describe("roles", () => {
  it("cuts a long role set off after a name before its last 'and', not inside a name", () => {
    const d = draftBriefing(
      lines(
        "Allies meet on the peninsula",
        "SEOUL, May 2, 2023 (Yonhap) - Ruth Amos, senior director for South Asia and Oceania at the National Security Council, told reporters the meeting went well on Tuesday.",
      ),
    );
    expect(personIn(d, "Ruth Amos")?.role).toBe("senior director for South Asia");
  });

  it("keeps the field noun of a title before a name, but no adjective", () => {
    const d = draftBriefing(
      lines(
        "Spy chiefs at the table",
        "ANKARA, May 2, 2023 - At the table sat Foreign Minister Ali Demir and intelligence chief Kemal Aksoy; new envoy Maria Lund joined them on Tuesday.",
      ),
    );
    expect(personIn(d, "Kemal Aksoy")?.role).toBe("intelligence chief");
    expect(personIn(d, "Maria Lund")?.role).toBe("envoy");
  });

  it("does not give a role noun after a name to that name when another person of the paragraph has no role", () => {
    const d = draftBriefing(
      lines(
        "Neighbours meet",
        "OTTAWA, January 10, 2023 - Erik Halvorsen and Maria Okonjo have finished their bilateral meeting. Halvorsen called Mexico a friend. The Mexican president thanked him for the invitation.",
      ),
    );
    expect(personIn(d, "Erik Halvorsen")?.role).toBeUndefined();
    expect(personIn(d, "Erik Halvorsen")?.side).toBeUndefined();
  });
});

describe("roles of organisations and groups", () => {
  it("reads a role set off before a name whose complement is a region, and the organisation's side", () => {
    const d = draftBriefing(
      lines(
        "Detainees to be exchanged",
        "GENEVA, March 20, 2023 - The International Committee of the Red Cross (ICRC) hosted the talks. The ICRC's regional director for the Near and Middle East, Pia Lund, said her teams were ready on Monday.",
      ),
    );
    expect(personIn(d, "Pia Lund")?.role).toBe(
      "ICRC's regional director for the Near and Middle East",
    );
    expect(personIn(d, "Pia Lund")?.side).toBe("International Committee of the Red Cross");
    expect(names(d)).not.toContain("Middle East");
  });

  it("does not refer 'the group's negotiator' to an earlier group when the sentence names the side", () => {
    const d = draftBriefing(
      lines(
        "Detainees to be exchanged",
        "GENEVA, March 20, 2023 - The International Committee of the Red Cross (ICRC) hosted the talks on Monday. Its teams will interview detainees. The group's negotiator, Omar Said, was the first to speak for the Houthis.",
      ),
    );
    expect(personIn(d, "Omar Said")?.side).not.toBe("International Committee of the Red Cross");
  });
});

describe("not people", () => {
  it("drops buildings and gardens and a possessive that opens a hall's name", () => {
    const d = draftBriefing(
      lines(
        "Tea by the lake",
        "BEIJING, April 7, 2023 - Emmanuel Macron and Li Qiang walked out onto the lawn of the Lotus Garden, the former residence of a governor, after talks at the Diaoyutai State Guesthouse on Friday. They had met in St Andrew's Hall.",
      ),
    );
    expect(names(d)).not.toEqual(expect.arrayContaining(["Lotus Garden"]));
    expect(names(d).some((n) => /Guesthouse|St Andrew/.test(n))).toBe(false);
  });
});

describe("where and when the talks were", () => {
  it("reads the place of a press release's place-and-date part of a line of parts", () => {
    const d = draftBriefing(
      lines(
        "OFFICE OF THE PRESIDENT",
        "PRESS RELEASE | Quito, 30 May 2023",
        "Leaders sign a consensus",
        "The President today hosted the leaders of the region at the palace.",
      ),
    );
    expect(d.briefing.location).toBe("Quito");
  });

  it("reads the headline's capital for a long read without a dateline", () => {
    const d = draftBriefing(
      lines(
        "THE LONG READ",
        "Ardern in Jakarta: how two neighbours found common ground",
        "Pacific Magazine | 20 November 2023 | 9-minute read",
        "On a wet morning in early November, the prime minister stepped out of her car at the palace to a guard of honour. The talks on 3 November between the two leaders lasted an hour.",
      ),
    );
    expect(d.briefing.location).toBe("Jakarta");
    expect(d.briefing.date).toBe("2023-11-03");
  });

  it("takes no region as the place its correspondent is", () => {
    const d = draftBriefing(
      lines(
        "ANALYSIS: a thin agreement",
        "By our Central Africa correspondent | 12 March 2023",
        "The government and the rebels emerged on Friday with a document both sides are calling historic.",
      ),
    );
    expect(d.briefing.location).toBeUndefined();
  });

  it("skips a visit made before the journey to these talks", () => {
    const d = draftBriefing(
      lines(
        "Mediator in the capital",
        "Saturday, 6 July 2024",
        "Three days after his visit to Vilnius, the prime minister travelled to Ankara on Friday for talks with the president.",
      ),
    );
    expect(d.briefing.location).toBe("Ankara");
  });

  it("takes no meeting the report says would come later as the place", () => {
    const d = draftBriefing(
      lines(
        "Leaders close their summit",
        "Live | Tuesday, January 10, 2023",
        "Officials say the next summit would be held in Canada, but no date has been agreed.",
      ),
    );
    expect(d.briefing.location).toBeUndefined();
  });
});

describe("next steps", () => {
  it("reads an event scheduled by a participle set off after it, with its two days", () => {
    const d = draftBriefing(
      lines(
        "Leaders adopt a consensus",
        "QUITO, May 30, 2023 - The leaders adopted a consensus on Tuesday. The President's next commitment is the Andean summit in Cusco, Peru, set for 3 and 4 July, at which Peru will take over the bloc's presidency.",
      ),
    );
    const step = steps(d).find((s) => s.text.includes("Cusco"));
    expect(step?.date).toBe("2023-07-03");
  });

  it("reads a meeting planned at the end of its clause, dated by the day before it", () => {
    const d = draftBriefing(
      lines(
        "Leaders meet in New York",
        "NEW YORK, September 19, 2023 - The two leaders met on Tuesday. On Thursday a meeting between Halvorsen and President Okonjo is planned, the first in a year.",
      ),
    );
    expect(steps(d).find((s) => s.text.includes("is planned"))?.date).toBe("2023-09-21");
  });

  it("reads an arrival somewhere on a named day", () => {
    const d = draftBriefing(
      lines(
        "Ministers meet",
        "MUNICH, February 18, 2023 - The ministers met on Saturday. Li is expected to arrive in Paris on Tuesday after a stop in Rome.",
      ),
    );
    expect(steps(d).find((s) => s.text.includes("Paris"))?.date).toBe("2023-02-21");
  });

  it("reads no step in a rule, the report's own plans, a purpose, a guess or a past story", () => {
    const d = draftBriefing(
      lines(
        "Partners sign a memorandum",
        "ROME, July 28, 2023 - The partners signed a memorandum on Thursday. The memorandum renews automatically in March 2024 unless either side gives notice. That's where we will leave our live coverage for today. It sets up a forum through which business groups will take part in the talks. Analysts said the deal could help trade, though a new round of talks would need a decision neither side announced. The minister, who would arrive three hours late on Friday, said nothing.",
      ),
    );
    expect(steps(d)).toEqual([]);
  });

  it("reads no step in an already scheduled round that says not when", () => {
    const d = draftBriefing(
      lines(
        "Talks end",
        "GENEVA, July 28, 2023 - The talks ended on Friday. The next round is already scheduled.",
      ),
    );
    expect(steps(d)).toEqual([]);
  });
});
