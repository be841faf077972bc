// A question that names a thing otherwise than the briefings do: a name spelt out for a short
// form the briefings write, a short form typed for words they spell out, a capital for its state,
// a name with a letter moved. On invented talks (real states where capitals are the point).
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { shortenSpelledNames } from "../../src/engine/short-forms.ts";
import { FuzzyVocabulary } from "../../src/text/index.ts";
import { briefing } from "./factory.ts";

const drones = briefing({
  id: "2024-09-03-drone-limits-summit",
  file: "/tmp/2024-09-03-drone-limits-summit.yaml",
  title: "Norland and Sudmark sign a drone treaty at Velden",
  date: "2024-09-03",
  location: "Velden",
  format: "Velden drone talks",
  summary: "Norland and Sudmark signed a treaty on drones at Velden and argued over the CMB.",
  participants: [
    { name: "Anna Berg", role: "Prime Minister of Norland", side: "Norland" },
    { name: "Lena Voss", role: "ATD correspondent at the summit", side: "press" },
  ],
  parties: [
    {
      name: "Norland",
      positions: ["Norland wants the CMB dissolved before any new inspections."],
    },
    {
      name: "Sudmark",
      positions: ["Sudmark accepted the tariff demands of Norland."],
    },
  ],
  points: [
    "The LRD Treaty bans unmanned aircraft that fly farther than 300 kilometres.",
    "The older border treaty bans tanks within 20 kilometres of the line.",
    "About 4,000 prisoners of war are still held in Sudmark.",
  ],
  outcomes: ["The LRD Treaty was signed on 3 September 2024."],
  next_steps: [{ text: "The sides meet again in Ravensholm.", date: "2024-11-12" }],
  background: ["The CMB was set up in 2019 to watch the border."],
});

describe("a name spelt out for the short form the briefings write", () => {
  it("reads the words of a name as the short form its initials spell", () => {
    const engine = createEngine([drones]);
    const a = engine.ask("what is norlands position on the central monitoring board");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("CMB dissolved");
  });

  it("reads a name whose first word was hyphenated in the short form ('long range drones')", () => {
    const engine = createEngine([drones]);
    const a = engine.ask("what does the long range drones treaty ban");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("300 kilometres");
  });

  it("does not read a verb and its object as a short form the briefings happen to write", () => {
    // the briefings write "ARD" (a broadcaster) and never "accept Russia's demands" in one fact
    const vocab = {
      writtenShort: (letters: string) => letters === "ard",
      spelledOut: () => false,
      isVerb: (w: string) => w === "accept",
    };
    const tokens = ["did", "the", "us", "accept", "russias", "demands"];
    expect(shortenSpelledNames(tokens, vocab)).toEqual(tokens);
    const noun = ["what", "did", "the", "annual", "regional", "dialogue", "decide"];
    expect(shortenSpelledNames(noun, vocab)).toEqual(["what", "did", "the", "ard", "decide"]);
  });
});

describe("a short form typed for words the briefings spell out", () => {
  it("reads a short form as the words WordNet gives for it when the briefings hold them", () => {
    const engine = createEngine([drones]);
    const a = engine.ask("how many pows are still held in sudmark");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("4,000");
    const pm = engine.ask("who is the norland pm");
    expect(pm.text).toContain("Anna Berg");
  });
});

const dam = briefing({
  id: "2024-04-08-river-dam-talks",
  file: "/tmp/2024-04-08-river-dam-talks.yaml",
  title: "Egypt and Ethiopia resume talks on the river dam in Khartoum",
  date: "2024-04-08",
  location: "Khartoum",
  format: "Tripartite dam talks",
  summary: "Egypt and Ethiopia met in Khartoum on the filling of the dam, with Sudan as host.",
  participants: [
    { name: "Omar Halim", role: "Egyptian water minister", side: "Egypt" },
    { name: "Dawit Bekele", role: "Ethiopian water minister", side: "Ethiopia" },
  ],
  parties: [
    { name: "Egypt", positions: ["Egypt wants the filling spread over ten years."] },
    { name: "Ethiopia", positions: ["Ethiopia demands that the filling start this summer."] },
    { name: "Sudan", positions: ["Sudan hosts the talks and asks for shared flow data."] },
  ],
  outcomes: ["No agreement on the filling schedule."],
  next_steps: [{ text: "The ministers meet again in Khartoum.", date: "2024-06-01" }],
  background: ["Protesters stormed the Ethiopian embassy in Cairo on 3 March 2024."],
});

describe("a capital for its state", () => {
  it("reads a capital as its state in the state's slots: possessive, subject, two-word seats", () => {
    const engine = createEngine([dam]);
    const cairo = engine.ask("whats cairos position on the filling");
    expect(cairo.text).toContain("ten years");
    expect(cairo.text).not.toContain("this summer");
    const addis = engine.ask("what did addis ababa demand on the filling");
    expect(addis.text).toContain("this summer");
    expect(addis.text).not.toContain("ten years");
  });

  it("reads a capital typed right before the stance asked as its state, also with a typo", () => {
    const addis = createEngine([dam]).ask("addis ababa position on the filling");
    expect(addis.text).toContain("this summer");
    expect(addis.text).not.toContain("ten years");
    const corridor = briefing({
      parties: [
        { name: "Kenya", positions: ["Kenya wants the transport corridor opened by June."] },
        { name: "Uganda", positions: ["Uganda wants tolls on the corridor dropped."] },
      ],
    });
    const engine = createEngine([corridor]);
    const kenya = engine.ask("nairobbi position on the corridor");
    expect(kenya.text).toContain("opened by June");
    expect(kenya.text).not.toContain("tolls");
    // one edit from no seat: not read as any state
    expect(engine.ask("nairabbo position on the corridor").answered).toBe(false);
  });

  it("keeps a city after 'in' a place: a thing there is answered, talks there declined", () => {
    const engine = createEngine([dam]);
    const embassy = engine.ask("when was the embassy in cairo stormed again");
    expect(embassy.answered).toBe(true);
    expect(embassy.text).toContain("2024-03-03");
    expect(engine.ask("what was agreed at the talks in cairo").answered).toBe(false);
  });
});

describe("a name with a letter moved", () => {
  it("finds a short name that sounds the same with its h elsewhere ('ghandi')", () => {
    const names = new FuzzyVocabulary();
    for (const w of ["gandhi", "bhutto", "garden"]) names.add(w);
    expect(names.closest("ghandi")).toBe("gandhi");
    expect(names.closest("gardan")).toBe("garden");
  });
});
