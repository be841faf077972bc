// Questions answered from the right fact: the host of a side is not one of the side's people; a
// title asked is not its lower rank; a side asked what it pushed for is answered by its stated
// positions. Invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const hosted = briefing({
  title: "Coastal assembly deputies meet in Mirador under Valdoran auspices",
  location: "Mirador, Valdora",
  summary:
    "Forty deputies of the Coastal Assembly met in the Valdoran resort of Mirador for two weeks. " +
    "Speaker Anika Brandt chaired the meeting; Valdoran Interior Minister Rafael Osorio was host.",
  participants: [
    {
      name: "Anika Brandt",
      role: "Speaker of the Coastal Assembly, chaired the meeting",
      side: "Coastal Assembly",
      aliases: ["Brandt"],
    },
    {
      name: "Piet Laar",
      role: "Deputy, head of the Harbour party",
      side: "Harbour deputies",
      aliases: ["Laar"],
    },
    {
      name: "Rafael Osorio",
      role: "Valdoran Interior Minister, host of the meeting",
      side: "Valdora",
      aliases: ["Osorio"],
    },
    {
      name: "Lena Ortiz",
      role: "Vice President of Valdora",
      side: "Valdora",
      aliases: ["Ortiz"],
    },
    {
      name: "Karl Moen",
      role: "President of the Coastal Court; legal adviser",
      side: "Coastal Assembly",
      aliases: ["Moen"],
    },
  ],
  parties: [
    {
      name: "Coastal deputies",
      aliases: ["the deputies", "Coastal Assembly"],
      positions: ["The deputies accepted equal seats for both coasts."],
    },
    {
      name: "Valdora",
      aliases: ["Port Salas", "the Valdorans"],
      positions: ["Valdora proposed a 12 per cent cut in harbour fees for the coast."],
    },
  ],
  quotes: [
    {
      speaker: "Lena Ortiz",
      text: "We wanted more, but this is what the coast can carry.",
      context: "At the close of the meeting.",
    },
    { speaker: "Anika Brandt", text: "We came to end the quarrel, not to divide its spoils." },
  ],
  points: ["The deputies agreed equal seats for both coasts."],
  outcomes: ["The deputies approved the Mirador charter."],
  next_steps: [],
  background: [],
});

describe("who holds a role toward a side, and which title is asked", () => {
  const engine = createEngine([hosted]);

  it("answers who hosted a side with its host, not with the side's own people", () => {
    const a = engine.ask("who hosted the coastal deputies in mirador");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Rafael Osorio");
    expect(a.text).not.toContain("Anika Brandt");
  });

  it("still answers the host of a side named as the host's own", () => {
    const a = engine.ask("who was the valdoran host in mirador");
    expect(a.text).toContain("Rafael Osorio");
  });

  it("does not answer a president asked with a vice president", () => {
    expect(engine.ask("who was president of valdora").text).not.toContain("Lena Ortiz");
    const a = engine.ask("who was the president at mirador");
    expect(a.text).toContain("Karl Moen");
    expect(a.text).not.toContain("Lena Ortiz");
  });

  it("answers a vice president when the question asks for one", () => {
    const a = engine.ask("who was the vice president at mirador");
    expect(a.text).toContain("Lena Ortiz");
  });

  it("answers what a side pushed for with its stated position before a remark of its people", () => {
    const a = engine.ask("what was port salas pushing for in mirador");
    expect(a.answered).toBe(true);
    expect(a.text.split("\n")[0]).toContain("12 per cent");
  });
});

const round = (n: 1 | 2, overrides: Partial<Parameters<typeof briefing>[0]>) =>
  briefing({
    id: `2022-0${n + 2}-10-lakeshore-round-${n}`,
    file: `/tmp/2022-0${n + 2}-10-lakeshore-round-${n}.yaml`,
    title: `Lakeshore water talks, ${n === 1 ? "first" : "second"} round`,
    date: `2022-0${n + 2}-10`,
    format: "Lakeshore water talks",
    summary: `Norland and Sudmark held the ${n === 1 ? "first" : "second"} round of the Lakeshore water talks in Valletta.`,
    ...overrides,
  });
const series = [
  round(1, {
    next_steps: [
      { text: "Second round of the water talks in Valletta.", date: "2022-04-12" },
      { text: "Experts meet on the dam levels before the second round." },
    ],
  }),
  round(2, {
    outcomes: ["Both sides agreed a joint gauge on the lake."],
    background: ["The first round was held in Valletta in March 2022."],
    next_steps: [
      { text: "Experts exchange gauge readings." },
      { text: "Third round of the water talks, tentatively set for June 2022." },
    ],
  }),
];

describe("a round asked by its ordinal that another round's next steps announce", () => {
  const engine = createEngine(series);

  it("answers when a later round is from the step of the last round that announces it", () => {
    const a = engine.ask("when is the third round of the lakeshore talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("June 2022");
  });

  it("answers when a round was scheduled from the step of the round that scheduled it", () => {
    const a = engine.ask("when was the second round scheduled at the end of the first round");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2022-04-12");
  });

  it("still answers when a round that has its own briefing took place", () => {
    expect(engine.ask("when was the second round of the lakeshore talks").text).toContain(
      "2022-04-10",
    );
  });

  it("reads a month misspelt next to a year as the month, and answers from that round", () => {
    const a = engine.ask("who chaired the session in apirl 2022");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe("2022-04-10-lakeshore-round-2");
    const b = engine.ask("who chaired the session in mrach 2022");
    expect(b.citations[0]?.briefing).toBe("2022-03-10-lakeshore-round-1");
  });

  it("reads a round numbered after its noun as that round", () => {
    expect(engine.ask("when was round two of the lakeshore talks").citations[0]?.briefing).toBe(
      "2022-04-10-lakeshore-round-2",
    );
    expect(engine.ask("what came out of round 1").citations[0]?.briefing).toBe(
      "2022-03-10-lakeshore-round-1",
    );
  });

  it("declines a round that no briefing is and no step announces", () => {
    expect(engine.ask("when is the fourth round of the lakeshore talks").answered).toBe(false);
  });
});

describe("a yes/no question about a person's stance", () => {
  const talks = briefing({
    participants: [
      ...(hosted.participants ?? []),
      {
        name: "Tor Halden",
        role: "Commander of the northern militia",
        side: "Northern militia",
        aliases: ["Halden", "General Halden"],
      },
    ],
    parties: [
      ...(hosted.parties ?? []),
      {
        name: "Northern militia",
        positions: ["Halden rejected the charter because it set no date for the troops to leave."],
      },
    ],
    quotes: [
      {
        speaker: "Tor Halden",
        text: "A charter without a date for the troops to leave is a surrender.",
        context: "From his headquarters, rejecting the charter after it was approved.",
      },
    ],
    outcomes: [
      "The deputies approved the Mirador charter.",
      "General Tor Halden rejected the charter, and the fighting went on.",
    ],
  });
  const engine = createEngine([talks]);

  it("answers with the line that records the stance, not a quote whose context tells it", () => {
    const a = engine.ask("did halden accept the charter");
    expect(a.answered).toBe(true);
    expect(a.text.split("\n")[0]).toContain("rejected the charter");
  });

  it("answers why a person took a stance with the line that records it and its reason", () => {
    const a = engine.ask("why did halden reject the charter");
    expect(a.answered).toBe(true);
    expect(a.text.split("\n")[0]).toContain("because it set no date");
  });
});

describe("who does something, told in a line that does not repeat where", () => {
  const talks = briefing({
    summary:
      "Norland and Sudmark agreed in Valletta to a ceasefire around the port of Kessel and a " +
      "mutual pull-back of their patrol boats from Kessel harbour.",
    points: [
      "Boats are to leave Kessel harbour within 14 days of the ceasefire.",
      "A Joint Harbour Committee (JHC), chaired by the Red Crescent, will oversee the pull-back.",
    ],
  });
  const engine = createEngine([talks]);

  it("answers who chairs a body in a place from the line that names its chair", () => {
    const a = engine.ask("who chairs the jhc in kessel");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Red Crescent");
  });

  it("declines when the place asked is nowhere in the briefings", () => {
    expect(engine.ask("who chairs the jhc in oslo").text).not.toContain("Red Crescent");
  });
});

describe("a side named by a word that another briefing's side has", () => {
  const elsewhere = briefing({
    id: "2021-05-02-kestria-accord",
    file: "/tmp/2021-05-02-kestria-accord.yaml",
    title: "Kestria peace accord signed in Lindau",
    date: "2021-05-02",
    location: "Lindau",
    format: "Kestria peace process",
    summary: "The Government of Kestria and the Kestrian rebels signed a peace accord in Lindau.",
    participants: [],
    parties: [
      {
        name: "Government of Kestria",
        aliases: ["Kestrian government", "the government"],
        positions: ["The government wants the rebels disarmed first."],
      },
    ],
    quotes: [],
  });
  const here = briefing({
    participants: [
      {
        name: "Omar Haddad",
        role: "Government-nominated co-chair",
        side: "Sudmark government",
      },
    ],
    parties: [
      {
        name: "Sudmark government",
        aliases: ["the government delegation"],
        positions: ["Insists on agreeing national principles before any talk of tariffs."],
      },
      { name: "Norland", positions: ["Norland demands the removal of all harbour tariffs."] },
    ],
    quotes: [
      {
        speaker: "Omar Haddad",
        text: "Any delegate who refuses to condemn smuggling does not speak for Sudmark.",
      },
    ],
  });
  const engine = createEngine([elsewhere, here]);

  it("reads it as the side of the chosen briefing and answers with that side's position", () => {
    const a = engine.ask("whats the governments position at the harbour accord talks");
    expect(a.answered).toBe(true);
    expect(a.text.split("\n")[0]).toContain("national principles");
  });
});

describe("how much time, told by a unit alone", () => {
  const talks = briefing({
    parties: [
      {
        name: "Norland",
        positions: ["Time is running out; there are days, not weeks, left to reach a deal."],
      },
      { name: "Sudmark", positions: ["Sudmark refuses to cut tariffs."] },
    ],
  });
  const engine = createEngine([talks]);

  it("answers how much time a side says is left with its line in units", () => {
    const a = engine.ask("how much time does norland say is left");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("days, not weeks");
  });
});

describe("a side's position given as an answer line", () => {
  const talks = briefing({
    parties: [
      ...(briefing().parties ?? []),
      { name: "Malta", positions: ["Hosted the talks at Norland's request as a first step."] },
    ],
  });
  const engine = createEngine([talks]);

  it("names the side, since the position is written without it", () => {
    const a = engine.ask("who hosted the harbour talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Malta: Hosted the talks");
  });
});

describe("who did it before someone, told in an earlier round's background", () => {
  const first = round(1, {
    background: ["Former envoy Lena Voss worked on the water commission until she left in 2021."],
  });
  const second = round(2, {
    points: ["Experts worked through the night on the gauge readings."],
    background: ["The water commission was launched in Valletta in 2022."],
  });
  const engine = createEngine([first, second]);

  it("answers from the line that holds everything asked before 'before'", () => {
    const a = engine.ask("who worked on the water commission before kowalczyk");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Lena Voss");
  });
});
