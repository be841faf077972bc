// The one kind reader: what a question asks for, read from its parse (question word, the main
// clause's verbs by lemma, nouns), used by answering and by the typed question alike.
import { describe, expect, it } from "vitest";
import { readKind } from "../../src/engine/kind-reader.ts";

describe("the kind reader", () => {
  it.each([
    ["who headed Moscow's delegation", "who"],
    ["who led Russia's team", "who"],
    ["head of the Russian delegation?", "who"],
    ["Russia's chief negotiator?", "who"],
  ])("reads a question about who led a side as a who-question: %s", (q, kind) => {
    expect(readKind(q)).toBe(kind);
  });

  it.each([
    ["which american diplomat was at the lisbon talks", "who"],
    ["which foreign leader witnessed the signing", "who"],
    ["which cattle ranchers leader sat on the delegation", "who"],
    ["who was the us secretary of state at the havana meeting", "who"],
    ["hey quick one - who was the secretary of state at the meeting", "who"],
    ["us representative at the lisbon talks", "who"],
  ])("reads a person asked by role after its modifiers as a who-question: %s", (q, kind) => {
    expect(readKind(q)).toBe(kind);
  });

  it.each(["how many heads of state came to the opening", "which treaty was signed in lisbon"])(
    "reads no who-question where no person is asked: %s",
    (q) => {
      expect(readKind(q)).not.toBe("who");
    },
  );

  it.each([
    ["what did zelensky say about gas", "said"],
    ["What did Zelensky say about gas?", "said"],
    ["what has lavrov been saying on sanctions", "said"],
    ["what did sherman tell grushko", "said"],
  ])("reads a speech verb in lower-case chat as a said-question: %s", (q, kind) => {
    expect(readKind(q)).toBe(kind);
  });

  it("reads every inflection of a stance verb alike", () => {
    for (const q of [
      "what does iran want",
      "what did iran want",
      "what is iran wanting",
      "what is seoul offering",
      "what did seoul offer",
    ]) {
      expect(readKind(q)).toBe("position");
    }
  });

  it("tells a verb from the same word used as a noun", () => {
    expect(readKind("what did iran table in vienna")).toBe("position");
    expect(readKind("what was on the table in vienna")).toBe("points");
    expect(readKind("did the europeans state their concerns")).toBe("said");
    expect(readKind("how many states are in the osce")).not.toBe("said");
  });

  it("does not take a noun derived from a verb for the verb", () => {
    expect(readKind("did the opposition sign the astana declaration")).not.toBe("said");
    expect(readKind("does russia back the chinese proposal")).not.toBe("position");
  });

  it("lets the question word decide before the verbs", () => {
    expect(readKind("when did lavrov say that")).toBe("when");
    expect(readKind("how long did the talks last")).toBe("howlong");
    expect(readKind("in which city did they agree the ceasefire")).toBe("where");
    expect(readKind("where does germany stand on arms for kyiv")).toBe("position");
    expect(readKind("who said the talks were useful")).toBe("said");
  });

  it("reads the main clause first: a subordinate clause says when, not what is asked", () => {
    expect(readKind("what did Kim say when asked about sanctions")).toBe("said");
  });

  it("reads a request for the story, the gist and what happened as a summary", () => {
    expect(readKind("tell me about the geneva talks")).toBe("summary");
    expect(readKind("what were the talks about")).toBe("summary");
    expect(readKind("what happened in geneva")).toBe("summary");
  });

  it("reads weaker cues only when nothing else decided", () => {
    expect(readKind("will they meet again")).toBe("next");
    expect(readKind("what did they bring up")).toBe("points");
    expect(readKind("what was the upshot")).toBe("outcome");
    expect(readKind("what did they agree to do next")).toBe("next");
  });
});
