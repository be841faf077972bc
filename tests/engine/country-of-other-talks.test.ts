// "When did the Security Council approve the Yemen peace mission" against briefings where only
// talks on Libya record a UN mission: a state the question names, which the cited talks never
// name anywhere, makes the answer one about other talks, so the engine declines. Invented
// briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const libya = briefing({
  id: "2031-03-04-kestrel-ceasefire",
  file: "/tmp/2031-03-04-kestrel-ceasefire.yaml",
  title: "Kestrel ceasefire signed between the Libya government and the Ridge Front",
  date: "2031-03-04",
  location: "Misrata",
  format: "Kestrel talks",
  summary:
    "The government and the Ridge Front signed a ceasefire after four rounds of talks, with " +
    "cantonment of the Front's fighters to follow.",
  background: [
    "The UN Observer Mission for the Kestrel talks was set up in 2030 by Security Council resolution 2911.",
  ],
  outcomes: ["The Ridge Front's fighters will move into seven cantonment sites."],
});

const yemen = briefing({
  id: "2032-06-11-dune-accord",
  file: "/tmp/2032-06-11-dune-accord.yaml",
  title: "Dune accord for Yemen signed in Muscat",
  date: "2032-06-11",
  location: "Muscat",
  format: "Dune accord talks",
  summary:
    "The Sanaa government and the Tihama coalition signed an accord on regional councils and " +
    "a joint patrol force.",
  outcomes: ["Regional councils will be elected within a year."],
  next_steps: [{ text: "The Security Council will consider a peace support mission." }],
});

describe("a state the question names that the cited talks never name", () => {
  const engine = createEngine([libya, yemen]);

  it("declines rather than give another state's UN mission", () => {
    const a = engine.ask("when did the security council approve the yemen peace mission");
    expect(a.text).not.toContain("resolution 2911");
  });

  it("still answers from talks that name the state", () => {
    const a = engine.ask("when did the security council approve the libya peace mission");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("resolution 2911");
  });

  it("still answers when the talks name the state by its adjective", () => {
    const a = engine.ask("when was the un mission for the libyan talks set up");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2030");
  });
});
