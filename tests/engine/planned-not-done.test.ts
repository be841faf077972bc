// A question about something done is not answered by a record of it as planned, wished or
// refused: "when did the accord enter into force" by the step that says when it will, "how many
// detainees were released" by the lists of those they want released, "when did X agree to Y" by
// the clause in which X rejected Y, "what did X propose" by the line saying X stayed away.
// Invented talks (Velaria and the Coastal Front at Port Lyra), not the shipped data.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const marsh = briefing({
  id: "2025-02-10-marsh-accord-talks",
  file: "/tmp/2025-02-10-marsh-accord-talks.yaml",
  title: "Marsh accord talks between Velaria and the Coastal Front",
  date: "2025-02-10",
  location: "Port Lyra",
  format: "Marsh talks",
  summary:
    "Velaria and the Coastal Front met in Port Lyra and adopted the Marsh Accord. The sides " +
    "discussed, but did not sign, a truce agreement; both unilateral truces stayed in force. " +
    "Ardenia declined to attend because the Front was present.",
  participants: [
    {
      name: "Ilse Marnow",
      role: "Interior Minister of Velaria, head of delegation",
      side: "Velaria",
    },
    { name: "Tomas Riel", role: "Chief negotiator of the Coastal Front", side: "Coastal Front" },
  ],
  parties: [
    {
      name: "Velaria",
      positions: [
        "Velaria rejected any new commitments, including voluntary commitments, for coastal towns.",
        "Insists on first agreeing the water-sharing plan.",
      ],
    },
    {
      name: "Coastal Front",
      positions: [
        "The Coastal Front accepted a UN role at the river port but rejected handing the town to the army.",
        "The opposition rejected the government's water-sharing plan as outside the talks' mandate.",
      ],
    },
  ],
  quotes: [
    { speaker: "Tomas Riel", text: "Thousands of families are waiting for their sons." },
    { speaker: "Ilse Marnow", text: "The marsh belongs to everyone who lives on it." },
  ],
  points: [
    "All Coastal Front militias were to be disbanded and hand over their rifles to the army.",
    "The sides exchanged lists of about 800 detainees they want released.",
  ],
  outcomes: ["Agreement on joint patrols of the marsh."],
  next_steps: [
    {
      text: "The accord enters into force 60 days after at least 12 provinces have ratified it.",
    },
    { text: "The accord is signed in Port Lyra on 12 March 2025.", date: "2025-03-12" },
    {
      text: "A donor conference in Eskar to raise funds for demining.",
      date: "2025-05-05",
    },
  ],
  background: [
    "The marsh war broke out in 2019.",
    "The accord did not call for the return of the refugees.",
  ],
});

describe("declining an act the briefings record only as planned", () => {
  const engine = createEngine([marsh]);

  it("declines when a step to come was done, quoting the plan, and offers the question of the plan", () => {
    const a = engine.ask("when did the marsh accord enter into force");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("only as planned");
    expect(a.text).toContain("60 days after at least 12 provinces have ratified it");
    const offered = a.suggestions.find((s) => /^When will the marsh accord enter/i.test(s));
    expect(offered).toBeDefined();
    expect(engine.ask(offered as string).answered).toBe(true);
  });

  it("declines when a line says what was to happen, not that it did", () => {
    const a = engine.ask("when did the coastal front militias hand over their rifles");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("were to be disbanded");
  });

  it("still answers when a planned step was due with the day it names", () => {
    const a = engine.ask("when was the marsh accord signed");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2025-03-12");
  });

  it("still answers a question about the plan itself", () => {
    const a = engine.ask("when was the donor conference supposed to take place");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2025-05-05");
  });

  it("declines a count of people released when the line counts those they want released", () => {
    const a = engine.ask("how many detainees were actually released");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("they want released");
  });

  it("declines a count of ratifications when the line names them only as a condition", () => {
    const a = engine.ask("how many provinces have ratified the marsh accord");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("only as planned");
  });

  it("declines the outcome of an event that the briefing only plans, but answers its own talks' outcome", () => {
    const a = engine.ask("what was decided at the donor conference in eskar");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("still to come");
    const own = engine.ask("what was agreed at the marsh talks");
    expect(own.answered).toBe(true);
    // a step to come that names talks in general is no event of another talks
    expect(engine.ask("what was decided at the talks").text).not.toContain("still to come");
  });

  it("declines a count of an act when only a quote names the thing counted", () => {
    const a = engine.ask("how many families were released");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("Tomas Riel's words name the thing but not that it happened");
  });
});

describe("answering an act done when a word of plan governs another verb", () => {
  const signing = briefing({
    id: "2025-06-02-reed-accord-signing",
    file: "/tmp/2025-06-02-reed-accord-signing.yaml",
    title: "Reed accord ceremony in Eskar",
    date: "2025-06-02",
    location: "Eskar",
    summary:
      "The two river councils, which had agreed to meet again, signed the Reed accord in the town hall.",
    participants: [{ name: "Odo Brant", role: "Chair of the upper river council", side: "Upper" }],
    parties: [],
    quotes: [],
    points: [],
    outcomes: [],
    next_steps: [],
    background: [],
  });
  const engine = createEngine([signing]);

  it("answers when the accord was signed from the line that records the signing", () => {
    const a = engine.ask("when was the reed accord signed");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("signed the Reed accord");
  });
});

describe("declining an act the briefings record as not done", () => {
  const engine = createEngine([marsh]);

  it("declines when an act asked as done is recorded as not called for, even when chat lower case hides the verb", () => {
    const a = engine.ask("when did the front return the refugees as agreed in port lyra");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("as not done");
    expect(a.text).toContain("did not call for the return of the refugees");
  });

  it("still answers whether it was done with the line that says it was not", () => {
    const a = engine.ask("did the accord call for the return of the refugees");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("did not call for the return");
  });
});

describe("declining an assent when the clause asked about records a refusal", () => {
  const engine = createEngine([marsh]);

  it("reads the clause that holds the question's words, not another clause's assent", () => {
    const a = engine.ask("when did the coastal front agree to hand the town over to the army");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No agreement is recorded");
    expect(a.text).toContain("rejected handing the town to the army");
  });

  it("declines a signing that a long summary records as not done, quoting its sentence", () => {
    const a = engine.ask("when was the truce agreement signed at the marsh talks");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("did not sign, a truce agreement");
  });

  it("reads a noun of assent after a refusal as what was refused", () => {
    const a = engine.ask("which voluntary commitments did velaria accept");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("rejected any new commitments");
  });

  it("takes 'the opposition' for a side, and another side's assent for no answer", () => {
    const a = engine.ask("which parts of the water-sharing plan did the opposition accept");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("rejected the government's water-sharing plan");
  });

  it("still answers a stance question about commitments with the refusal", () => {
    const a = engine.ask("what was velaria's stance on voluntary commitments");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("rejected any new commitments");
  });
});

describe("declining the words of a side that stayed away", () => {
  const engine = createEngine([marsh]);

  it("declines what a country proposed when the briefing says only that it declined to attend", () => {
    const a = engine.ask("what did ardenia propose at the marsh talks");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("No statement or position of ardenia");
  });
});

describe("declining a round of a series that is named only as still to come", () => {
  const round = (n: 1 | 2) =>
    briefing({
      id: `2025-0${n + 3}-0${n}-delta-water-round-${n}`,
      file: `/tmp/2025-0${n + 3}-0${n}-delta-water-round-${n}.yaml`,
      title: `Delta water commission ${n === 1 ? "first" : "second"} round in Oranje`,
      date: `2025-0${n + 3}-0${n}`,
      location: "Oranje",
      format: "Delta Water Commission",
      summary:
        n === 1
          ? "The Delta Water Commission opened in Oranje and agreed on rules of procedure."
          : "The second round of the Delta Water Commission ended without an agenda, and no date was set for a third round.",
      participants: [{ name: "Ana Veld", role: "Commission co-chair", side: "Westland" }],
      outcomes: [n === 1 ? "Rules of procedure adopted." : "No agenda agreed."],
      next_steps:
        n === 2
          ? [{ text: "Consultations with both co-chairs before any third round." }]
          : undefined,
    });
  const engine = createEngine([round(1), round(2)]);

  it("declines what happened at a round that the briefings name only as not yet set", () => {
    const a = engine.ask("what happened at the third round of the delta water commission");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("third");
  });

  it("still answers what happened at a round the series has", () => {
    const a = engine.ask("what happened at the second round of the delta water commission");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("ended without an agenda");
  });
});
