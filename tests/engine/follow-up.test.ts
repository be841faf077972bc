// Follow-up questions in the engine: a question read against what the previous answer was about
// (ask with followUp), and nothing changed for a question asked without a conversation.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine, type Subject } from "../../src/engine/index.ts";
import { realBriefings } from "../bot/helpers.ts";
import { evalSet } from "./eval-set.ts";

let engine: Engine;

beforeAll(async () => {
  engine = createEngine(await realBriefings());
});

/** Asks a conversation's questions in turn; returns each answer. */
function conversation(questions: string[]) {
  let previous: Subject | undefined;
  return questions.map((q) => {
    const answer = engine.ask(q, { followUp: previous ? { previous } : {} });
    previous = answer.about;
    return answer;
  });
}

describe("follow-up questions in the engine", () => {
  it("answers every evaluation question that opens a conversation exactly as asked alone", () => {
    const differ = evalSet
      .map((c) => c.question)
      .filter((q) => {
        const alone = engine.ask(q);
        const opening = engine.ask(q, { followUp: {} });
        return (
          alone.text !== opening.text ||
          alone.answered !== opening.answered ||
          JSON.stringify(alone.citations) !== JSON.stringify(opening.citations)
        );
      });
    expect(differ).toEqual([]);
  });

  it("gives no subject and no context note to a question asked without a conversation", () => {
    const answer = engine.ask("what did Stoltenberg say about Ukraine?");
    expect(answer.about).toBeUndefined();
    expect(answer.fromContext).toBeUndefined();
  });

  it("says what an answer was about: the one person quoted, the briefing, the topic", () => {
    const [answer] = conversation(["what did Stoltenberg say about Ukraine?"]);
    expect(answer?.about).toMatchObject({
      speaker: "Jens Stoltenberg",
      briefing: "2022-01-12-nato-russia-council",
      topic: "Ukraine",
      kind: "said",
    });
  });

  it("reads “she” as the woman the previous answer quoted", () => {
    const [, she] = conversation([
      "what did Sherman say about NATO?",
      "what did she say about security proposals?",
    ]);
    expect(she?.fromContext).toBe("Wendy Sherman");
    expect(she?.text).toContain("simply non-starters for the United States");
  });

  it("reads “they” after a side's position as that side", () => {
    const [, they] = conversation([
      "what is Russia's position on NATO enlargement?",
      "what do they want?",
    ]);
    expect(they?.fromContext).toBe("Russia");
    expect(they?.text).toContain("comprehensive security guarantees");
    expect(they?.citations[0]?.briefing).toBe("2022-01-12-nato-russia-council");
  });

  it("declines an ellipsis that could be about either of two people instead of guessing", () => {
    const [, either] = conversation(["who spoke at the NATO-Russia Council?", "and on security?"]);
    expect(either?.answered).toBe(false);
    expect(either?.text).toContain("Jens Stoltenberg or Olaf Scholz");
    expect(either?.citations).toEqual([]);
  });

  it("says so when there is no earlier round of the series", () => {
    const [, earlier] = conversation([
      "what did Sherman say in the first round of the Strategic Stability Dialogue?",
      "what about the previous round?",
    ]);
    expect(earlier?.answered).toBe(false);
    expect(earlier?.text).toContain("no earlier round of the Strategic Stability Dialogue");
  });

  it("keeps the speaker through a declined follow-up, so the next pronoun still finds him", () => {
    const answers = conversation([
      "what did Stoltenberg say about Ukraine?",
      "and on Crimea?",
      "what else did he say?",
    ]);
    expect(answers[1]?.answered).toBe(false);
    expect(answers[2]?.fromContext).toBe("Jens Stoltenberg");
    expect(answers[2]?.text).toContain("We will not compromise on our basic principles.");
  });
});
