// A state named by its capital where the briefing writes its side as a government ("Government of
// Zambia", "Government of the DRC"): at the question's opening, after "for" (whose act), and
// misspelt; and a state marked as the side after "for" that no participant of it answers for.
// Over invented talks between real states' governments and invented movements.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const lake = briefing({
  id: "2019-06-02-kafue-lake-accord",
  file: "/tmp/2019-06-02-kafue-lake-accord.yaml",
  title: "Kafue Lake Accord signed in Mombasa",
  date: "2019-06-02",
  location: "Mombasa",
  format: "Kafue lake talks",
  summary:
    "The Government of Zambia and the Kafue Front signed the Kafue Lake Accord in Mombasa, " +
    "hosted by the President of Kenya. Uganda sent observers.",
  participants: [
    {
      name: "Daniel Mwale",
      role: "Minister of Home Affairs of Zambia, head of the government delegation",
      side: "Government of Zambia",
      aliases: ["Mwale"],
    },
    {
      name: "Ruth Banda",
      role: "Chair of the Kafue Front",
      side: "Kafue Front",
      aliases: ["Banda"],
    },
    {
      name: "Peter Otieno",
      role: "President of Kenya, host of the signing",
      side: "Kenya",
      aliases: ["Otieno"],
    },
  ],
  parties: [
    {
      name: "Government of Zambia",
      aliases: ["Zambian government"],
      positions: ["Wants the lake patrols kept under the army."],
    },
    { name: "Kafue Front", positions: ["Wants the lake patrols handed to local police."] },
  ],
  outcomes: ["The Kafue Lake Accord was signed."],
});

const border = briefing({
  id: "2020-02-11-ruzizi-border-talks",
  file: "/tmp/2020-02-11-ruzizi-border-talks.yaml",
  title: "Ruzizi border talks end in Arusha",
  date: "2020-02-11",
  location: "Arusha",
  format: "Ruzizi border talks",
  summary: "The Kinshasa government and the Ruzizi Union met in Arusha on the border crossings.",
  participants: [
    {
      name: "Alain Mbuyi",
      role: "Minister of the Interior",
      side: "Government of the DRC",
      aliases: ["Mbuyi"],
    },
  ],
  parties: [
    {
      name: "Government of the DRC",
      aliases: ["DRC government"],
      positions: ["Wants the border crossings reopened under customs control."],
    },
    { name: "Ruzizi Union", positions: ["Wants the border crossings run by a joint commission."] },
  ],
});

describe("a capital read as its state's government", () => {
  const engine = createEngine([lake, border]);

  it("reads a capital opening a question typed without a verb as the side", () => {
    const a = engine.ask("lusaka position on the lake patrols");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("under the army");
    expect(a.text).not.toContain("local police");
  });

  it("reads a capital as a side written by another name of its state", () => {
    const a = engine.ask("what did kinshasa want on the border crossings");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("customs control");
    expect(a.text).not.toContain("joint commission");
  });

  it("reads a misspelt capital after for as whose act it was, not the host's", () => {
    const a = engine.ask("who signed the lake accord for lusaka");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Daniel Mwale");
    expect(a.text).not.toContain("Otieno");
    const typo = engine.ask("hey who signed the kafue accord for lusika");
    expect(typo.answered).toBe(true);
    expect(typo.text).toContain("Daniel Mwale");
    expect(typo.text).not.toContain("Otieno");
  });

  it("declines who signed for a state nobody at the talks stood for", () => {
    const a = engine.ask("who signed the kafue accord for uganda");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("Otieno");
  });
});

const coast = briefing({
  id: "2018-09-14-lagos-coast-talks",
  file: "/tmp/2018-09-14-lagos-coast-talks.yaml",
  title: "Coast talks in Lagos end with a fishing truce",
  date: "2018-09-14",
  location: "Lagos",
  format: "OSCE coast talks",
  summary: "Two fishing unions agreed a truce in talks led by the OSCE.",
  participants: [
    {
      name: "Amina Diallo",
      role: "OSCE special envoy, chair of the talks",
      side: "OSCE",
      aliases: ["Diallo"],
    },
    { name: "Kofi Mensah", role: "Leader of the Coast Fishers", side: "Coast Fishers" },
  ],
  parties: [
    { name: "OSCE", positions: ["Wants the truce monitored by its observers."] },
    { name: "Coast Fishers", positions: ["Wants the trawlers kept out of the bay."] },
  ],
});

describe("an organisation's name written out, whose initials are not its short form", () => {
  const engine = createEngine([coast]);

  it("reads the spelled-out name as the short one the briefing uses", () => {
    const who = engine.ask("who was the organization for security and cooperation in europe envoy");
    expect(who.answered).toBe(true);
    expect(who.text).toContain("Amina Diallo");
    const wants = engine.ask(
      "what did the organization for security and co-operation in europe want",
    );
    expect(wants.answered).toBe(true);
    expect(wants.text).toContain("observers");
    expect(wants.text).not.toContain("trawlers");
  });
});
