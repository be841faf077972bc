// A next step over several days (`end_date`) is answered with its first and last day.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

describe("a next step over several days", () => {
  it("is answered with its first and its last day", () => {
    const engine = createEngine([
      briefing({
        next_steps: [
          {
            text: "The commission meets again in Tallinn.",
            date: "2023-05-02",
            end_date: "2023-05-04",
          },
        ],
      }),
    ]);
    const a = engine.ask("when does the commission meet again");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("The commission meets again in Tallinn.");
    expect(a.text).toContain("Tuesday 2 May 2023) to 2023-05-04 (Thursday 4 May 2023)");
  });
});
