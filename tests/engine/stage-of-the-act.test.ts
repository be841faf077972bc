// "When was the stage two fisheries deal signed" against a summary whose signing sentence names
// stage one and whose other sentence names stage two only as what quotas are kept for: the act
// asked is recorded for another stage, so the engine declines; stage one's signing is still
// answered. Invented briefing.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.ts";
import { briefing } from "./factory.ts";

const fisheries = briefing({
  id: "2034-02-08-north-reef-fisheries",
  file: "/tmp/2034-02-08-north-reef-fisheries.yaml",
  title: "Ostria and Velmark sign the stage one fisheries deal",
  date: "2034-02-08",
  location: "Harbour Hall, Lindau",
  format: "North Reef fisheries talks",
  summary:
    "The two fisheries ministers signed the stage one fisheries deal in Harbour Hall, ending a " +
    "two-year quota dispute. Velmark said the remaining quotas would stay as leverage for stage two.",
  outcomes: ["Ostria will buy 40,000 tonnes of Velmark cod a year."],
});

describe("a stage of a deal whose act the line records for another stage", () => {
  const engine = createEngine([fisheries]);

  it("declines to date stage two by the signing of stage one", () => {
    const a = engine.ask("when was the stage two fisheries deal signed");
    expect(a.answered).toBe(false);
  });

  it("still dates the signing of stage one", () => {
    const a = engine.ask("when was the stage one fisheries deal signed");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2034-02-08");
  });
});
