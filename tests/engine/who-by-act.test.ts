// "Who VERBed …": the one whose role names the doer of the act asked (a mediator mediates, a
// signatory signs, a convener convenes), of the side asked, never of the sides gone between nor
// of a side that only names the talks. Each test is one general cause of who-questions answered
// with the host, the first participant or a quote on unseen question sets, over invented talks.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const lagoon = briefing({
  id: "2022-05-10-lagoon-accord",
  file: "/tmp/2022-05-10-lagoon-accord.yaml",
  title: "Ostmark and Varland sign the Lagoon Accord in Porto Vale",
  date: "2022-05-10",
  location: "Porto Vale",
  format: "Lagoon talks through Belmarian mediation between Ostmark and Varland",
  summary:
    "After months of shuttle diplomacy, Ostmark and Varland signed the Lagoon Accord in Porto " +
    "Vale. The talks followed an initiative of the Belmarian Prime Minister Ilse Tamm. Fishing " +
    "rights in the lagoon are to be shared.",
  participants: [
    {
      name: "Jonas Ferreira",
      role: "Foreign Minister of Ostmark, head of the Ostmark delegation",
      side: "Ostmark",
      aliases: ["Ferreira"],
    },
    {
      name: "Oleg Varga",
      role: "Deputy Prime Minister of Varland, head of the Varland delegation",
      side: "Varland",
      aliases: ["Varga"],
    },
    {
      name: "Rosa Albin",
      role: "Interior Minister of Varland, signatory for Varland",
      side: "Varland",
      aliases: ["Albin"],
    },
    {
      name: "Karl Mets",
      role: "Foreign Minister of Belmar, chief mediator",
      side: "Belmar (mediator)",
      aliases: ["Mets"],
    },
    {
      name: "Petra Lund",
      role: "President of Belmar, host of the signing",
      side: "Belmar (mediator)",
      aliases: ["Lund"],
    },
  ],
  parties: [
    { name: "Ostmark", aliases: ["Ostbury"], positions: ["Ostmark wants the lagoon shared."] },
    { name: "Varland", aliases: ["Varn"], positions: ["Varland wants a fishing quota."] },
    { name: "Belmar", aliases: ["Belmar City"], positions: ["Belmar carries messages."] },
  ],
  quotes: [
    {
      speaker: "Oleg Varga",
      text: "The lagoon belongs to the fishermen of both shores.",
      context: "Speech at the signing ceremony.",
    },
  ],
  points: ["Fishing rights in the lagoon are shared."],
  outcomes: ["The Lagoon Accord was signed."],
  next_steps: [{ text: "A joint lagoon commission is set up.", date: "2022-09-01" }],
  background: ["Ostmark and Varland fought over the lagoon in 1998."],
});

describe("who did the act the question asks", () => {
  const engine = createEngine([lagoon]);

  it("answers who mediated between two sides with the mediator, of neither side", () => {
    const a = engine.ask("who mediated between ostbury and varn");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Karl Mets");
    expect(a.text).not.toContain("Ferreira");
    expect(a.text).not.toContain("Varga");
  });

  it("answers who signed for a side with the side's signatory, not its delegation head", () => {
    const a = engine.ask("who signed the lagoon accord for varland");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Rosa Albin");
    expect(a.text).not.toContain("Varga");
  });

  it("answers who hosted the signing ceremony with the host, not a speaker at the ceremony", () => {
    const a = engine.ask("who hosted the lagoon signing ceremony");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Petra Lund");
    expect(a.text).not.toContain("fishermen");
  });

  it("declines who hosted a ceremony when nobody's role or line says it, naming the act", () => {
    const hostless = createEngine([
      { ...lagoon, participants: lagoon.participants?.filter((p) => p.name !== "Petra Lund") },
    ]);
    // a remark made at the ceremony does not say who hosted it
    const a = hostless.ask("who hosted the signing ceremony");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("hosted");
    expect(a.text).not.toContain("fishermen");
  });

  it("reads a side before a word for talks as the talks' name, not the side asked", () => {
    const a = engine.ask("in the belmar talks who headed the varland team");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Oleg Varga");
    expect(a.text).not.toContain("Karl Mets");
  });

  it("reads a side that names the text signed as part of its name, not the side asked", () => {
    const a = engine.ask("who signed the ostbury agreement for varland");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Rosa Albin");
    expect(a.text).not.toContain("Ferreira");
  });

  it("answers whose initiative the talks were from the line that says so", () => {
    const a = engine.ask("whose initiative were the belmar talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ilse Tamm");
  });

  it("declines an act that no role or line supports rather than naming the host or a speaker", () => {
    const a = engine.ask("who vetoed the lagoon accord");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("Petra Lund");
    expect(a.text).not.toContain("Varga");
  });

  it("does not answer an act about something the briefing never mentions", () => {
    // a chair of these talks is no answer about a security council meeting
    const chaired = createEngine([
      briefing({
        participants: [
          { name: "Ada Holm", role: "Chair of the fisheries committee", side: "Norland" },
          { name: "Idris Okonkwo", role: "Deputy Trade Minister of Sudmark", side: "Sudmark" },
        ],
      }),
    ]);
    expect(chaired.ask("who chaired the security council meeting").answered).toBe(false);
  });
});

describe("who of one member of a group of sides", () => {
  const signing = briefing({
    id: "2021-04-02-delta-border-act",
    file: "/tmp/2021-04-02-delta-border-act.yaml",
    title: "Ostmark and Varland sign the Delta Border Act",
    date: "2021-04-02",
    location: "Kell",
    format: "Witnesses of the Delta Treaty",
    summary:
      "Ostmark and Varland signed the Delta Border Act in Kell. President Nora Quist of Belmar " +
      "hosted the ceremony, attended by the witnesses' leaders and an envoy of Tarsia.",
    participants: [
      { name: "Jonas Ferreira", role: "President of Ostmark", side: "Ostmark" },
      { name: "Oleg Varga", role: "President of Varland", side: "Varland" },
      {
        name: "Nora Quist",
        role: "President of Belmar, host of the ceremony",
        side: "Belmar (witness)",
      },
      { name: "Ivo Sand", role: "Envoy of Tarsia to the ceremony", side: "Tarsia (witness)" },
    ],
    parties: [
      { name: "Ostmark", positions: ["Ostmark accepts the river line."] },
      { name: "Varland", positions: ["Varland accepts the river line."] },
      {
        name: "Witness states",
        aliases: ["the witnesses", "Belmar", "Tarsia"],
        positions: ["The witnesses oversee the marking of the border."],
      },
    ],
  });
  const engine = createEngine([signing]);

  it("answers with the person of the member named, not the group's host", () => {
    const a = engine.ask("who represented tarsia at the kell ceremony");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ivo Sand");
    expect(a.text).not.toContain("Nora Quist");
  });
});

describe("who held a post in a capital", () => {
  const posts = briefing({
    participants: [
      { name: "Marta Kowalczyk", role: "Foreign Minister of Norland", side: "Norland" },
      { name: "Idris Okonkwo", role: "Deputy Trade Minister of Sudmark", side: "Sudmark" },
      { name: "Ana Lucas", role: "Maltese Ambassador to Sudmark", side: "Malta" },
      { name: "Piet Zammit", role: "Maltese Ambassador to Norland", side: "Malta" },
    ],
    parties: [
      { name: "Norland", aliases: ["Lisbon"], positions: ["Norland wants a patrol."] },
      { name: "Sudmark", aliases: ["Madrid"], positions: ["Sudmark wants lower tariffs."] },
      { name: "Malta", positions: ["Malta carries messages between them."] },
    ],
  });
  const engine = createEngine([posts]);

  it("reads a capital after a post as where the post is, not where the talks were", () => {
    const a = engine.ask("who was malta's ambassador in madrid during the talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ana Lucas");
    expect(a.text).not.toContain("Piet Zammit");
  });
});

describe("whom someone met from the sides named", () => {
  const rounds = briefing({
    end_date: "2023-03-17",
    participants: [
      { name: "Elena Borg", role: "Maltese mediator", side: "Malta", aliases: ["Borg"] },
      { name: "Marta Kowalczyk", role: "Foreign Minister of Norland", side: "Norland" },
      { name: "Tomas Berg", role: "Deputy Foreign Minister of Norland", side: "Norland" },
      { name: "Idris Okonkwo", role: "Deputy Trade Minister of Sudmark", side: "Sudmark" },
    ],
    points: [
      "The delegations discussed harbour tariffs and a joint fisheries patrol.",
      "On 16 March Borg met Tomas Berg and Idris Okonkwo in a three-way meeting.",
    ],
  });
  const engine = createEngine([rounds]);

  it("answers with the line naming whom they met of those sides, not the sides' leaders", () => {
    const a = engine.ask("who did borg meet from norland and sudmark on 16 march");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Tomas Berg");
    expect(a.text).toContain("Idris Okonkwo");
    expect(a.text).not.toContain("Kowalczyk");
  });
});

describe("a side that names the thing done", () => {
  const witnessed = briefing({
    participants: [
      { name: "Marta Kowalczyk", role: "Foreign Minister of Norland", side: "Norland" },
      { name: "Idris Okonkwo", role: "Deputy Trade Minister of Sudmark", side: "Sudmark" },
      { name: "Lena Hald", role: "President of Tarsia, witness", side: "Tarsia" },
      { name: "Omar Reyes", role: "President of Belmar, witness", side: "Belmar" },
    ],
    parties: [
      { name: "Norland", aliases: ["Nordstad"], positions: ["Norland wants a patrol."] },
      { name: "Sudmark", positions: ["Sudmark wants lower tariffs."] },
    ],
  });
  const engine = createEngine([witnessed]);

  it("reads 'the Nordstad signing' as the signing, not Norland's people", () => {
    const a = engine.ask("which presidents witnessed the nordstad signing");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Lena Hald");
    expect(a.text).toContain("Omar Reyes");
    expect(a.text).not.toContain("Kowalczyk");
  });

  it("still reads the side of a person asked by their post ('the Norland foreign minister')", () => {
    const a = engine.ask("who was the norland foreign minister");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Marta Kowalczyk");
  });
});

describe("a title asked in the plural", () => {
  it("finds the title the briefing writes in the singular", () => {
    const engine = createEngine([
      briefing({
        participants: [
          { name: "Lena Hald", role: "President of Tarsia, witness", side: "Tarsia" },
          { name: "Omar Reyes", role: "President of Belmar, witness", side: "Belmar" },
          { name: "Idris Okonkwo", role: "Deputy Trade Minister of Sudmark", side: "Sudmark" },
        ],
      }),
    ]);
    const a = engine.ask("which presidents witnessed the signing");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Lena Hald");
  });
});
