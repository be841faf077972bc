// "When did Velmark recognise the Reef Republic" against a summary whose only sentence naming the
// recognition says the agreement did not settle it: a summary that names the act only as not done
// gives no day for it, so the engine declines; the signing it records is still dated.
// Invented briefing.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const summit = briefing({
  id: "2035-09-14-lindau-summit",
  file: "/tmp/2035-09-14-lindau-summit.yaml",
  title: "Ostria and Velmark leaders meet in Lindau",
  date: "2035-09-14",
  location: "Lindau",
  format: "Ostria-Velmark summit",
  summary:
    "The leaders of Ostria and Velmark met for three days in Lindau and signed the Lindau " +
    "Declaration on the shared border. The declaration did not settle the return of the " +
    "detained fishermen or the recognition of the Reef Republic.",
  outcomes: ["Both sides will respect the border line of 2031."],
  background: ["The border has been disputed since 2029."],
  next_steps: [],
  points: [],
  quotes: [],
});

describe("an act a summary names only as not done", () => {
  const engine = createEngine([summit]);

  it("declines to date the recognition the summary says was not settled", () => {
    const a = engine.ask("when did velmark recognise the reef republic");
    expect(a.answered).toBe(false);
  });

  it("still dates the signing the summary records", () => {
    const a = engine.ask("when did the leaders sign the lindau declaration");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("signed the Lindau Declaration");
  });
});
