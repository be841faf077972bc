// Count and amount questions ("how many deputies attended", "how much aid did X announce"): the
// number is the answer whatever the verb, a sum is of the noun phrase after its unit, and a
// number of something else never answers. Each test is one general cause seen on unseen
// question sets, over invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { readKind } from "../../src/engine/kind-reader.ts";
import { briefing } from "./factory.ts";

const talks = briefing({
  parties: [
    {
      name: "Norland",
      positions: [
        "Backs a joint patrol and announced 2.4 billion euros in fisheries and harbour aid.",
      ],
    },
    { name: "Sudmark", positions: ["Sudmark refuses to cut tariffs before a fisheries deal."] },
  ],
  points: [
    "41 of the registered delegates attended the opening session in Valletta.",
    "The patrol plan was backed by 30 states and two organisations.",
  ],
  outcomes: [
    "Donors keep the goal of mobilising 300 million euros a year in reconstruction funding from 2024.",
  ],
});

describe("count questions whose verb is of attending or announcing", () => {
  const engine = createEngine([talks]);

  it("reads how many … attended as a count, not a question of who attended", () => {
    expect(readKind("how many delegates attended the valletta talks")).toBe("general");
    expect(readKind("how much aid did kowalczyk announce")).toBe("general");
    // a said-question that only mentions an amount stays a said-question
    expect(readKind("what is kowalczyk saying about how much time is left")).toBe("said");
  });

  it("answers how many attended with the number of those who attended", () => {
    const a = engine.ask("how many delegates attended the valletta talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("41 of the registered delegates");
  });

  it("answers how much a minister announced with the sum their side's line records", () => {
    const a = engine.ask("how much aid did kowalczyk announce");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2.4 billion euros");
  });

  it("declines how much aid when the only number near a word of support is of states", () => {
    // "backed by 30 states" counts states, not aid, and Sudmark's side records no sum
    const a = engine.ask("how much aid did okonkwo announce");
    expect(a.answered).toBe(false);
  });

  it("reads a sum as of the noun phrase after its unit and its rate", () => {
    const a = engine.ask("how much reconstruction funding was promised");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("300 million euros a year");
  });

  it("declines a count of a thing no briefing names instead of citing a number of the talks", () => {
    const a = engine.ask("how many reporters attended the valletta press conference");
    expect(a.answered).toBe(false);
  });
});

describe("a number of the thing, not a manner of speaking", () => {
  const engine = createEngine([
    briefing({
      quotes: [
        {
          speaker: "Marta Kowalczyk",
          text: "There can be no deal while hundreds of dockers are still in jail.",
        },
      ],
      points: ["The union said more than 250 dockers remain in detention."],
      outcomes: ["Agreement on a joint fisheries patrol."],
    }),
  ]);

  it("answers how many with a stated number, not with 'hundreds of' in a quote", () => {
    const a = engine.ask("how many dockers are still in jail");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("more than 250 dockers");
  });

  it("declines how many when the only figure is 'thousands of'", () => {
    const vague = createEngine([
      briefing({
        quotes: [
          {
            speaker: "Idris Okonkwo",
            text: "Thousands of fishermen are still waiting for licences.",
          },
        ],
        outcomes: ["Agreement on a joint fisheries patrol."],
      }),
    ]);
    expect(vague.ask("how many fishermen are waiting for licences").answered).toBe(false);
  });
});

describe("according to", () => {
  it("reads 'according to X' as whose figure, not as a word for an accord", () => {
    const engine = createEngine([
      briefing({
        parties: [
          {
            name: "Harbour Workers Front",
            aliases: ["HWF"],
            positions: ["Wants all dockers freed."],
          },
        ],
        points: [
          "Under the harbour accord 120 dockers were freed in the first week.",
          "The Harbour Workers Front said only 80 dockers were freed.",
        ],
        outcomes: ["Agreement on a joint fisheries patrol."],
      }),
    ]);
    const a = engine.ask("how many dockers were freed according to the hwf");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("80 dockers");
  });
});

describe("the size of a body or a list the question does not name", () => {
  const first = briefing({
    id: "2023-03-14-harbour-accord-talks",
    date: "2023-03-14",
    points: [
      "The commission has 90 members - 30 from each side and 30 experts.",
      "A 21-member drafting group of seven from each side is to write the text.",
    ],
  });
  const second = briefing({
    id: "2023-05-02-harbour-accord-talks-second",
    file: "/tmp/2023-05-02-harbour-accord-talks-second.yaml",
    date: "2023-05-02",
    summary: "The second round of the Harbour Accord Commission ended without a joint session.",
    points: ["The drafting group of 21 members did not meet at all during the round."],
    outcomes: ["The sides exchanged lists of about 3,000 detainees they want freed."],
  });
  const engine = createEngine([first, second]);

  it("answers how many members the commission has, not the size of its drafting group", () => {
    const a = engine.ask("how many members does the harbour accord commission have");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("90 members");
  });

  it("counts the group when the question names it", () => {
    const a = engine.ask("how many members does the drafting group have");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/21 members|21-member/);
  });

  it("does not count detainees freed by lists of detainees the sides want freed", () => {
    expect(engine.ask("how many detainees were actually freed").answered).toBe(false);
    const lists = engine.ask("how many detainees were on the lists");
    expect(lists.answered).toBe(true);
    expect(lists.text).toContain("3,000 detainees");
  });
});

describe("within how long a planned act is to be done", () => {
  const engine = createEngine([
    briefing({
      next_steps: [
        { text: "Withdrawal of all patrol boats within 90 days after the accord is ratified." },
      ],
    }),
  ]);

  it("answers with the time the next steps give the act", () => {
    const a = engine.ask("within how long were the patrol boats to be withdrawn");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("within 90 days");
  });

  it("does not give a planned act's time for how long the talks lasted", () => {
    const a = engine.ask("how long did the harbour talks last");
    expect(a.text).not.toContain("90 days");
  });
});

describe("how much: an amount, not a year", () => {
  const engine = createEngine([
    briefing({
      parties: [
        {
          name: "Norland",
          positions: [
            "Norland proposed keeping catches at 2010 levels by 2025, with no cut below that.",
          ],
        },
      ],
      points: [
        "Quotas differ by side - Sudmark must cut 8 per cent, Norland 5 per cent below 2010 levels.",
        "Some 40 heads of delegation attended the closing session in Valletta.",
      ],
    }),
  ]);

  it("answers how much a side must cut with its percentage, past a line whose numbers are years", () => {
    const a = engine.ask("how much does norland have to cut");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Norland 5 per cent");
  });

  it("declines how much money was pledged when no sum of money is recorded", () => {
    expect(engine.ask("how much money was pledged for the harbour rebuilding").answered).toBe(
      false,
    );
  });
});

describe("a percentage counts nothing", () => {
  it("declines how many countries when the only number near them is 'per cent'", () => {
    const engine = createEngine([
      briefing({
        points: [
          "The accord enters into force once countries accounting for 55 per cent of catches ratify it.",
        ],
      }),
    ]);
    expect(engine.ask("how many countries must ratify the accord").answered).toBe(false);
  });
});

describe("the thing counted is part of what is asked", () => {
  const engine = createEngine([
    briefing({
      summary:
        "Norland and Sudmark met in Valletta with delegations from 14 countries for the closing ceremony of the Harbour Accord talks.",
      points: ["Four documents were signed, among them the fisheries and the tariff protocols."],
    }),
  ]);

  it("answers how many were signed at the ceremony with the count of the act, naming no ceremony", () => {
    const a = engine.ask("how many documents were signed at the closing ceremony");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Four documents were signed");
  });

  it("does not answer how many countries signed with the countries that sent delegations", () => {
    expect(engine.ask("how many countries signed the harbour accord").answered).toBe(false);
  });
});
