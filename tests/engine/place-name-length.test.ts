// General causes found on blind set G (docs/answer-quality.md), each on small briefings of its
// own: a place named by one part of its location, a briefing that gives no location, British and
// American spellings, lengths in years, counts that are only dates, names written in capitals.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { stem } from "../../src/text/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

/** Two rounds of one series with the same people, in two cities written with their country. */
const firstRound = briefing({
  id: "2023-03-14-harbour-first-round",
  title: "First round of the harbour talks",
  location: "Valletta, Malta",
  format: "Harbour peace talks",
  series: "Harbour peace process",
  summary: "Norland and Sudmark met in Valletta and signed a harbour truce.",
  participants: [
    {
      name: "Marta Kowalczyk",
      role: "Foreign Minister of Norland, head of the Norland delegation",
      side: "Norland",
      aliases: ["Kowalczyk"],
    },
    { name: "Jonas Berg", role: "Norland fisheries adviser", side: "Norland", aliases: ["Berg"] },
  ],
  quotes: [{ speaker: "Marta Kowalczyk", text: "This truce is a beginning, not an end." }],
});
const secondRound = briefing({
  id: "2023-03-20-harbour-second-round",
  title: "Commanders of both navies meet in Tallinn",
  date: "2023-03-20",
  location: "Tallinn, Estonia",
  format: "Harbour peace talks",
  series: "Harbour peace process",
  summary:
    "Six days after the Valletta truce the naval commanders met in Tallinn. " +
    "Estonian President Kaja Tamm opened the talks.",
  participants: [
    {
      name: "Jonas Berg",
      role: "Admiral, head of the Norland naval delegation",
      side: "Norland",
      aliases: ["Berg"],
    },
    { name: "Marta Kowalczyk", role: "Foreign Minister of Norland", side: "Norland" },
  ],
  quotes: [
    { speaker: "Marta Kowalczyk", text: "The patrol boats must leave the harbour within days." },
  ],
});

describe("a place named by one part of its location", () => {
  const engine = createEngine([firstRound, secondRound]);

  it("reads the city of a location written with its country as the place asked", () => {
    const typed = engine.read("who opened the tallinn talks");
    expect(typed.place).toBe("Tallinn");
    // "talks" is every series' word, not the name of this one
    expect(typed.format).toBeUndefined();
  });

  it("answers who led a side at the talks held there, not at the other round of the series", () => {
    const a = engine.ask("who headed the norland team at the valletta talks");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(firstRound.id);
    expect(a.text).toContain("Kowalczyk");
  });

  it("answers what a speaker said there with a quote of those talks that does not name the place", () => {
    const a = engine.ask("what did kowalczyk say in valletta");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("a beginning, not an end");
  });

  it("declines what a speaker said there when the quote is from the other round", () => {
    const a = engine.ask("what did kowalczyk say about patrol boats in valletta");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("within days");
  });
});

describe("a briefing that gives no location", () => {
  const signing = briefing({
    location: undefined,
    summary:
      "The two foreign ministers signed the harbour treaty at Prague Castle. " +
      "Czech President Jan Novak hosted the ceremony.",
    participants: [
      {
        name: "Jan Novak",
        role: "President of the Czech Republic, host of the signing ceremony",
        side: "Czech Republic",
      },
    ],
    parties: [{ name: "Czech Republic", aliases: ["Prague"], positions: [] }],
    quotes: [{ speaker: "Jan Novak", text: "We are proud to host this ceremony." }],
  });
  const engine = createEngine([signing, otherBriefing()]);

  it("is held where its summary says: a question naming that place is answered", () => {
    const a = engine.ask("who hosted the signing ceremony in prague");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Jan Novak");
  });

  it("answers what someone said there: a capital asked as the place is where, not what about", () => {
    const a = engine.ask("what did novak say in prague");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("proud to host");
  });

  it("answers where with the summary's sentence that names the place", () => {
    const a = engine.ask("where was the harbour treaty signed");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Prague Castle");
  });
});

describe("British and American spellings", () => {
  it("read as one word", () => {
    expect(stem("defense")).toBe(stem("defence"));
    expect(stem("color")).toBe(stem("colours"));
    expect(stem("center")).toBe(stem("centre"));
    expect(stem("programme")).toBe(stem("program"));
    // words that only look like them stay apart
    expect(stem("four")).toBe("four");
    expect(stem("hour")).toBe("hour");
  });

  it("let a question in one spelling find a quote in the other", () => {
    const engine = createEngine([
      briefing({
        quotes: [
          { speaker: "Marta Kowalczyk", text: "Tariffs are the last wall between our harbours." },
          { speaker: "Marta Kowalczyk", text: "Our defence programme is not up for negotiation." },
        ],
      }),
    ]);
    const a = engine.ask("what did kowalczyk say about the defense program");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Our defence");
  });
});

describe("lengths of time", () => {
  const engine = createEngine([
    briefing({
      points: [
        "The meeting was the first of the commission in more than two years.",
        "The commission meets every four years.",
        "The harbour treaty runs for ten years and can be extended.",
        "The session lasted six hours.",
      ],
    }),
  ]);

  it("answer how long a treaty runs with a length in years", () => {
    const a = engine.ask("how long does the harbour treaty run");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("ten years");
  });

  it("do not take a gap or a frequency in years for the length of the talks", () => {
    const a = engine.ask("how long did the session go on");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("six hours");
  });
});

describe("a count", () => {
  it("is not answered by a fact whose only numbers are dates", () => {
    const engine = createEngine([
      briefing({
        background: ["Many people died in the harbour clashes that ended on 5 August 2022."],
      }),
    ]);
    const a = engine.ask("how many people died in the harbour clashes");
    expect(a.answered).toBe(false);
  });
});

describe("a name written in capitals", () => {
  const treaty = briefing({
    id: "2023-04-08-blue-line-signing",
    title: "Norland and Sudmark sign the Blue Line treaty",
    date: "2023-04-08",
    points: ["The treaty runs for ten years."],
  });
  const other = otherBriefing({
    summary:
      "Ostland and Westmark disputed the blue markers along the line of the river and where to start the survey; the talks lasted three days.",
    points: ["The line of the river moved after the floods.", "A new survey will start in May."],
  });
  const engine = createEngine([treaty, other]);

  it("typed in lower case chooses the briefing that writes it, not those with its everyday words", () => {
    const a = engine.ask("how long does the blue line run");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.briefing).toBe(treaty.id);
    expect(a.text).toContain("ten years");
  });
});

describe("the next step", () => {
  it("is the soonest of the dated steps when none holds more of the question's words", () => {
    const engine = createEngine([
      briefing({
        next_steps: [
          { text: "Submission of the accord to both parliaments for ratification." },
          {
            text: "Review Conference of the Harbour Accord Commission in Oslo.",
            date: "2023-05-20",
          },
          {
            text: "Fisheries summit in Riga, attended by both ministers and by the heads of the coastal fleets of the two countries.",
            date: "2023-04-12",
          },
        ],
      }),
    ]);
    const a = engine.ask("whens the next step after the valletta talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2023-04-12");
  });
});

describe("who came after a person", () => {
  it("is never that person: declined when the briefings do not say", () => {
    const engine = createEngine([briefing()]);
    const a = engine.ask("who became foreign minister of norland after kowalczyk");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("after kowalczyk");
  });
});

describe("what happened to a person", () => {
  const engine = createEngine([
    briefing({
      background: [
        "Kowalczyk fell ill in Valletta on the last night of the talks and died in 2024.",
      ],
    }),
  ]);

  it("answers a yes/no question from a fact told about them, with every word of the question", () => {
    const a = engine.ask("did kowalczyk die in 2024");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("died in 2024");
  });

  it("reads the forms of a short verb in -ie as the verb, and a misspelt word in -ss as a typo", () => {
    expect(stem("died")).toBe(stem("die"));
    expect(stem("dying")).toBe(stem("die"));
    expect(stem("lies")).toBe(stem("lie"));
    const typo = createEngine([
      briefing({ outcomes: ["Unhindered access for the fisheries patrol was agreed."] }),
    ]);
    expect(typo.ask("did they agree on acess for the patrol").answered).toBe(true);
  });
});

describe("where something was done at the talks", () => {
  it("is answered by a fact on it that names a place, not by one that names none", () => {
    const engine = createEngine([
      briefing({
        summary: "Norland and Sudmark met in Valletta and signed the harbour accord on 14 March.",
        outcomes: ["The harbour accord was signed by both foreign ministers."],
      }),
    ]);
    const a = engine.ask("where was the harbour accord signd");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Valletta");
  });
});

describe("someone named only in the summary", () => {
  const engine = createEngine([
    briefing({
      summary:
        "Norland and Sudmark met in Valletta. Maltese President Paul Vella opened the talks, and the United States sent observers.",
    }),
  ]);

  it("answers who did it with the sentence that names them right before the verb", () => {
    const a = engine.ask("who opened the valletta talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Paul Vella opened the talks");
  });

  it("is no answer when a side is asked: whose side they are on is not said", () => {
    const a = engine.ask("who opened the talks for sudmark");
    expect(a.text).not.toContain("Paul Vella");
  });
});
