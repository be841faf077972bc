// When-questions answered by the briefing's next steps: the step that holds what the question
// names (a referendum, the next summit) is the answer, not the soonest step of another kind nor
// a longer text that mentions the thing among others. Invented briefings.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const talks = briefing({
  title: "Norland and Sudmark sign the Harbour Accord",
  summary:
    "Norland and Sudmark signed the Harbour Accord in Valletta on 14 March 2023 after six hours. " +
    "The Harbour Accord provides for a joint patrol, a plebiscite in the border islands and a fisheries board.",
  next_steps: [
    { text: "Exchange of detained fishermen, all for all.", date: "2023-03-31" },
    { text: "Plebiscites in the border islands.", date: "2023-06-18" },
    { text: "Next Harbour summit within five months, to review the patrol." },
    { text: "Experts to draft the fisheries board's statute." },
  ],
});

describe("a when-question about a step still to come", () => {
  const engine = createEngine([talks]);

  it("answers with the dated step that names the thing asked, not the summary's day", () => {
    const a = engine.ask("when is the plebiscite on the harbour accord");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2023-06-18");
    expect(a.text).not.toContain("2023-03-14");
  });

  it("answers the next meeting with the step that is a meeting, dated or not", () => {
    const a = engine.ask("when is the next harbour summit");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("within five months");
    expect(a.text).not.toContain("detained fishermen");
  });

  it("still takes a dated meeting over an undated one", () => {
    const dated = createEngine([
      briefing({
        next_steps: [
          { text: "Sound out a schedule for further meetings." },
          { text: "Next round of talks in Tunis.", date: "2023-04-20" },
        ],
      }),
    ]);
    expect(dated.ask("when is the next round").text).toContain("2023-04-20");
  });
});
