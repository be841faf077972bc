// How a question's words are read when they are not what it asks about: a clause that says when
// ("… when the talks collapsed"), the person told ("what did X tell Y"). General causes of
// answerable questions declined on unseen question sets, over invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

const collapsed = briefing({
  summary:
    "Norland and Sudmark met in Valletta for the fourth round of the Harbour Accord Commission. " +
    "The talks collapsed after six hours without an agreement on tariffs.",
});

describe("a clause that says when something was said", () => {
  const engine = createEngine([collapsed, otherBriefing()]);

  it("answers with the speaker's quote from the talks the clause names", () => {
    const a = engine.ask("what did okonkwo say when the harbour talks collapsed");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("bad bargain");
  });

  it("still prefers a quote that has the clause's words", () => {
    const a = engine.ask("what did kowalczyk say after the patrol was agreed");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("The patrol shows what trust can build");
  });

  it("declines when the speaker's talks do not have the clause's words", () => {
    const a = engine.ask("what did okonkwo say after the drought forecasts");
    expect(a.answered).toBe(false);
  });
});

describe("the person told in a said-question", () => {
  const engine = createEngine([briefing(), otherBriefing()]);

  it("reads the name after 'tell' as whom it was said to, not the topic", () => {
    const a = engine.ask("what did kowalczyk tell okonkwo");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Marta Kowalczyk");
  });

  it("declines when the person told is not at those talks", () => {
    const a = engine.ask("what did kowalczyk tell pereira");
    expect(a.answered).toBe(false);
  });
});

describe("a person asked by role in a which-question", () => {
  const visit = briefing({
    summary:
      "Norland and Sudmark met in Valletta for the fourth round of the Harbour Accord Commission. " +
      "After a visit by Ostland's Foreign Secretary Jonas Ekberg, the delegations agreed on a joint patrol.",
  });
  const engine = createEngine([visit, otherBriefing()]);

  it("finds the one the briefing's text names in that role", () => {
    const a = engine.ask("which foreign secretary visited valletta during the harbour talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Jonas Ekberg");
  });

  it("declines a role the briefing never names", () => {
    const a = engine.ask("which environment secretary visited valletta during the harbour talks");
    expect(a.answered).toBe(false);
  });
});

describe("chat phrasing", () => {
  const engine = createEngine([
    briefing({
      parties: [
        {
          name: "Norland",
          positions: ["The Norland government demands the removal of all harbour tariffs."],
        },
      ],
    }),
    otherBriefing(),
  ]);

  it("reads a side's team as its delegation in a who-question", () => {
    const a = engine.ask("who led norland's team");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Marta Kowalczyk");
  });

  it.each([
    [
      "when is the next mtg on the harbour accord",
      "when is the next meeting on the harbour accord",
    ],
    ["what did the norland govt demand", "what did the norland government demand"],
  ])("answers shorthand as the words it stands for: %s", (short, full) => {
    const a = engine.ask(short);
    expect(a.answered).toBe(true);
    expect(a.text).toBe(engine.ask(full).text);
  });
});

describe("a word that only says what kind of answer is wanted", () => {
  const engine = createEngine([briefing(), otherBriefing()]);

  it.each([
    ["okonkwo's verdict on the tariffs", "bad bargain"],
    ["where does sudmark stand on tariffs", "Sudmark refuses to cut tariffs"],
    ["in what building were the harbour talks held", "Valletta"],
  ])("answers although the briefings never use it: %s", (q, want) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(want);
  });

  it("still declines a topic word the briefings lack", () => {
    expect(engine.ask("what did okonkwo say about the weather").answered).toBe(false);
  });
});

describe("a who-question about whom someone met", () => {
  const engine = createEngine([briefing(), otherBriefing()]);

  it("does not answer with the person the question names", () => {
    const a = engine.ask("who did kowalczyk meet in valletta");
    expect(a.answered).toBe(true);
    expect(a.text).not.toContain("Marta Kowalczyk");
  });

  it("answers with that person when asked who they were", () => {
    const a = engine.ask("who was kowalczyk at the harbour talks");
    expect(a.text).toContain("Marta Kowalczyk");
  });
});

describe("names spelt as they sound", () => {
  const engine = createEngine([
    briefing({
      participants: [
        { name: "Ivan Zolarchenko", role: "Envoy of Sudmark", side: "Sudmark" },
        { name: "Anand Rajpayee", role: "Trade Minister of Norland", side: "Norland" },
      ],
      quotes: [
        { speaker: "Ivan Zolarchenko", text: "The harbour must stay open to all ships." },
        { speaker: "Anand Rajpayee", text: "Tariffs will fall when trust rises." },
      ],
    }),
    otherBriefing(),
  ]);

  it.each([
    ["what did solartschenko say", "Ivan Zolarchenko"],
    ["what did rajpayi say", "Anand Rajpayee"],
  ])("finds the participant in another transliteration: %s", (q, who) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(who);
  });

  it("does not read a short English word as a name by sound", () => {
    expect(engine.ask("what did rapid say").answered).toBe(false);
  });
});

describe("a role asked without a verb", () => {
  const hosted = briefing();
  hosted.participants = [
    ...(hosted.participants ?? []),
    { name: "Karl Venner", role: "Mayor of Valletta, host of the talks", side: "Malta" },
  ];
  const engine = createEngine([hosted, otherBriefing()]);

  it.each([
    "harbour talks host?",
    "the harbour accord talks - who was their host?",
    "which official played host at the harbour talks",
  ])("answers with the one whose role it is: %s", (q) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Karl Venner");
    expect(a.text).not.toContain("Marta Kowalczyk");
  });
});

describe("compounds written apart or together", () => {
  const walk = briefing({
    points: ["The two ministers talked alone on the footbridge for about 40 minutes."],
    quotes: [
      {
        speaker: "Marta Kowalczyk",
        text: "Harbours join what borders divide.",
        context: "Written in the guest book of the harbour office.",
      },
      { speaker: "Marta Kowalczyk", text: "Tariffs are the last wall between our harbours." },
    ],
  });
  const engine = createEngine([walk, otherBriefing()]);

  it("joins two words the briefings write as one", () => {
    const a = engine.ask("how long did the ministers talk on the foot bridge");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("40 minutes");
  });

  it("splits one word the briefings write as two", () => {
    const a = engine.ask("what did kowalczyk write in the guestbook");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Harbours join what borders divide");
  });
});

describe("a role asked with where it was held", () => {
  const engine = createEngine([briefing(), otherBriefing()]);

  it("reads 'X representative at the talks' as who represented X", () => {
    const a = engine.ask("sudmark representative at the harbour talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Idris Okonkwo");
  });
});

describe("a speaker asked by a rank their role writes otherwise", () => {
  const withEnvoy = briefing();
  withEnvoy.participants = [
    ...(withEnvoy.participants ?? []),
    { name: "Lena Strom", role: "High Representative for Foreign Policy of the Union" },
  ];
  withEnvoy.quotes = [
    ...(withEnvoy.quotes ?? []),
    { speaker: "Lena Strom", text: "Tariffs between neighbours hurt both harbours." },
  ];
  const engine = createEngine([withEnvoy, otherBriefing()]);

  it("finds the quote of the one whose role it is", () => {
    const a = engine.ask("what did the union foreign policy chief say about tariffs");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Lena Strom");
  });

  it("still declines a topic the briefings lack", () => {
    expect(
      engine.ask("what did the union foreign policy chief say about the weather").answered,
    ).toBe(false);
  });
});
