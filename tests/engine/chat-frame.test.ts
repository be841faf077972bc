// Words that speak to the bot or frame a question ("ok so", "pls remind me", "need the …",
// "according to", "supposed to") never make the engine decline; words of the briefings' own
// talks still do. Invented briefings; the phrasings are not the blind sets'.
import { describe, expect, it } from "vitest";
import { chatFrame } from "../../src/engine/chat-frame.ts";
import { createEngine } from "../../src/engine/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

const harbour = briefing({
  participants: [
    ...(briefing().participants ?? []),
    { name: "Ines Salo", role: "Sudmark negotiating panel chairman", side: "Sudmark" },
    {
      name: "Omar Vela",
      role: "Sudmark panel member; head of the Sudmark working group on fisheries",
      side: "Sudmark",
    },
  ],
  next_steps: [
    { text: "The commission meets again in Tallinn.", date: "2023-05-02" },
    { text: "All harbour guard units are to be withdrawn within four months.", date: "2023-07-14" },
  ],
});
const engine = createEngine([harbour, otherBriefing()]);

describe("the chat frame of a question", () => {
  it("reads interjections, a request to the bot and a source phrase as frame", () => {
    expect(chatFrame("ok so what did norland want").frame.has("ok")).toBe(true);
    const remind = chatFrame("pls remind me how long the session lasted").frame;
    expect(remind.has("remind")).toBe(true);
    expect(remind.has("me")).toBe(true);
    expect(chatFrame("need the date of the next meeting pls").frame.has("need")).toBe(true);
    expect(chatFrame("i want to know who chaired").frame.has("want")).toBe(true);
    expect(chatFrame("who chaired, according to the press").frame.has("according")).toBe(true);
    expect(chatFrame("were the units supposed to be withdrawn").modal.has("supposed")).toBe(true);
  });

  it("keeps an act asked about out of the frame", () => {
    // a verb of motion opening a question is the act asked about, not a request
    expect(chatFrame("drop the tariffs?").frame.has("drop")).toBe(false);
    // "the yes vote": an interjection before its noun qualifies it
    expect(chatFrame("what was the yes vote").frame.has("yes")).toBe(false);
    // "talks leading to the accord": a participle before "to" is no source phrase
    expect(chatFrame("what were the talks leading to the accord").frame.has("leading")).toBe(false);
  });
});

describe("chat filler never vetoes an answer", () => {
  const river = createEngine([otherBriefing()]);

  it("answers a how-long question opened by a request to be reminded", () => {
    const a = engine.ask("pls remind me how long the valletta session went");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("six hours");
  });

  it("answers a position question opened by a discourse particle", () => {
    const a = river.ask("ok so what does ostland want");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("fixed share of the river flow");
  });

  it("answers a question with a source phrase ('according to …')", () => {
    const a = river.ask("what did ostland want according to the lisbon talks");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("fixed share of the river flow");
  });

  it("answers a question opened by what the asker needs", () => {
    const said = river.ask("i need to know what westmark said");
    expect(said.answered).toBe(true);
    expect(said.text).toContain("Every drop must be counted fairly.");
    const outcome = river.ask("need the lisbon outcome pls");
    expect(outcome.answered).toBe(true);
    expect(outcome.text).toContain("working group on water data");
  });

  it("reads a semi-modal as the way the act is asked, not as a word the briefings lack", () => {
    const supposed = engine.ask("were the guard units supposed to be withdrawn");
    expect(supposed.answered).toBe(true);
    expect(supposed.text).toContain("withdrawn within four months");
    expect(engine.ask("are the guard units going to be withdrawn").answered).toBe(true);
    // the act itself still has to be the briefings'
    expect(engine.ask("were the guard units supposed to be disbanded").answered).toBe(false);
  });

  it("still declines a question about a subject the briefings lack, framed or not", () => {
    expect(river.ask("ok so what did ostland say about whaling quotas").answered).toBe(false);
    expect(river.ask("i need to know what westmark said about whaling").answered).toBe(false);
  });
});

describe("who headed a side's team", () => {
  it("answers with the chairman of that side's negotiating panel, not a member who heads a working group", () => {
    const a = engine.ask("who headed the sudmark team");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ines Salo");
    expect(a.text).not.toContain("Omar Vela");
  });
});
