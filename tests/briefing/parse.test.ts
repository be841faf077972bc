// parseBriefing and formatProblem: one YAML briefing checked, problems named by place and field.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, parseBriefing } from "../../src/briefing/index.ts";
import { briefingYaml } from "./helpers.ts";

const root = join(import.meta.dirname, "../..");
const invalidDir = join(root, "tests/fixtures/invalid");

/** The lines a user sees for one invalid fixture, with paths relative to the repository. */
function messagesFor(name: string): string[] {
  const file = join(invalidDir, name);
  const { briefing, problems } = parseBriefing(readFileSync(file, "utf8"), file);
  expect(briefing).toBeUndefined();
  return problems.map((p) => formatProblem(p, { relativeTo: root }));
}

const at = (name: string) => relative(root, join(invalidDir, name));

describe("parseBriefing", () => {
  it("turns a valid file into a briefing with every field, trimmed", () => {
    const file = join(root, "tests/fixtures/valid/2021-06-01-example-talks.yaml");
    const { briefing, problems } = parseBriefing(readFileSync(file, "utf8"), file);
    expect(problems).toEqual([]);
    expect(briefing).toMatchObject({
      id: "2021-06-01-example-talks",
      file,
      title: "Example talks on river shipping",
      date: "2021-06-01",
      end_date: "2021-06-02",
      summary:
        "Delegations of Northland and Southland met for two days to agree on shipping rules for the shared river.",
      next_steps: [
        { text: "Next round of talks in Graz.", date: "2021-09-15" },
        { text: "Technical working groups meet monthly." },
      ],
      sources: [
        { published: "2021-06-02T18:30:00+02:00", url: "https://example.org/news/river-talks" },
      ],
      tags: ["shipping", "rivers"],
    });
  });

  it("accepts the full example in docs/briefing-format.md", () => {
    const doc = readFileSync(join(root, "docs/briefing-format.md"), "utf8");
    const example = doc.match(/## A full example[\s\S]*?```yaml\n([\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    const { briefing, problems } = parseBriefing(example ?? "", "2021-06-01-example-talks.yaml");
    expect(problems).toEqual([]);
    expect(briefing?.quotes).toHaveLength(2);
  });

  it("takes the id from the file name when the file sets none", () => {
    const { briefing } = parseBriefing(briefingYaml(), "/data/2022-01-12-example.yml");
    expect(briefing?.id).toBe("2022-01-12-example");
  });

  it("accepts the shipped briefing", () => {
    const file = join(root, "briefings/2022-01-12-nato-russia-council.yaml");
    const { briefing, problems } = parseBriefing(readFileSync(file, "utf8"), file);
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
    expect(briefing?.id).toBe("2022-01-12-nato-russia-council");
  });

  it("names an unknown top-level field and suggests the right one", () => {
    expect(messagesFor("unknown-field.yaml")).toEqual([
      `${at("unknown-field.yaml")}:4:1: next_step: unknown field; did you mean "next_steps"?`,
    ]);
  });

  it("names unknown fields inside list items and points at the key", () => {
    expect(messagesFor("unknown-nested-field.yaml")).toEqual([
      `${at("unknown-nested-field.yaml")}:6:5: participants[0].rol: unknown field; did you mean "role"?`,
      `${at("unknown-nested-field.yaml")}:9:5: sources[0].publsher: unknown field; did you mean "publisher"?`,
    ]);
  });

  it("lists the allowed fields when an unknown one resembles none", () => {
    const { problems } = parseBriefing(briefingYaml({ weather: "sunny" }), "x.yaml");
    expect(problems.map((p) => formatProblem(p))).toEqual([
      "x.yaml:14:1: weather: unknown field; expected one of: id, title, date, end_date, location, format, series, summary, participants, parties, quotes, points, outcomes, next_steps, background, sources, tags",
    ]);
  });

  it("reports a quote speaker who is no participant or party, suggesting the closest name", () => {
    expect(messagesFor("unknown-speaker.yaml")).toEqual([
      `${at("unknown-speaker.yaml")}:15:14: quotes[2].speaker: "Stoltenburg" names no participant or party; did you mean "Jens Stoltenberg"?`,
      `${at("unknown-speaker.yaml")}:17:14: quotes[3].speaker: "Someone Else Entirely" names no participant or party; expected the name or an alias of one of: Jens Stoltenberg, Wendy Sherman, NATO`,
    ]);
  });

  it("asks for participants when a quote has a speaker but the file names nobody", () => {
    const text = briefingYaml({ participants: undefined });
    expect(parseBriefing(text, "x.yaml").problems.map((p) => formatProblem(p))).toEqual([
      'x.yaml:5:14: quotes[0].speaker: "Berg" names no participant or party; add the speaker under participants or parties',
    ]);
  });

  it("reports impossible dates, wrongly written dates and date-times without offset", () => {
    expect(messagesFor("impossible-date.yaml")).toEqual([
      `${at("impossible-date.yaml")}:2:7: date: "2022-02-30" is not a real calendar day`,
      `${at("impossible-date.yaml")}:6:11: next_steps[0].date: expected a date as YYYY-MM-DD, found "12.03.2022"`,
      `${at("impossible-date.yaml")}:9:16: sources[0].published: expected a date (YYYY-MM-DD) or an ISO date-time with offset (2022-01-12T15:45:00+01:00), found "2022-01-12 15:45"`,
    ]);
  });

  it("accepts a leap day and a date-time in UTC", () => {
    const text = briefingYaml({
      date: "2024-02-29",
      sources: [{ title: "A report", published: "2024-02-29T10:00:00Z" }],
    });
    expect(parseBriefing(text, "x.yaml").problems).toEqual([]);
  });

  it("reports an end_date before the date", () => {
    expect(messagesFor("end-before-date.yaml")).toEqual([
      `${at("end-before-date.yaml")}:3:11: end_date: 2022-01-10 is before date 2022-01-12; expected the last day of the talks, on or after 2022-01-12`,
    ]);
  });

  it("keeps a next step's last day and refuses one before its first day or without it", () => {
    const ranged = briefingYaml({
      next_steps: [{ text: "Summit in Oslo.", date: "2022-06-23", end_date: "2022-06-24" }],
    });
    expect(parseBriefing(ranged, "x.yaml").briefing?.next_steps).toEqual([
      { text: "Summit in Oslo.", date: "2022-06-23", end_date: "2022-06-24" },
    ]);
    const wrong = briefingYaml({
      next_steps: [
        { text: "Summit in Oslo.", date: "2022-06-23", end_date: "2022-06-22" },
        { text: "Working groups meet.", end_date: "2022-07-01" },
      ],
    });
    const { briefing, problems } = parseBriefing(wrong, "x.yaml");
    expect(briefing).toBeUndefined();
    expect(problems.map((p) => formatProblem(p))).toEqual([
      "x.yaml:17:15: next_steps[0].end_date: 2022-06-22 is before the step's date 2022-06-23; expected its last day, on or after 2022-06-23",
      "x.yaml:19:15: next_steps[1].end_date: 2022-07-01 has no first day; add the step's date (its first day) or remove end_date",
    ]);
  });

  it("reports empty and blank strings, including a key with no value", () => {
    expect(messagesFor("empty-strings.yaml")).toEqual([
      `${at("empty-strings.yaml")}:1:8: title: must not be empty`,
      `${at("empty-strings.yaml")}:3:9: summary: must not be empty`,
      `${at("empty-strings.yaml")}:4:11: location: must not be empty`,
      `${at("empty-strings.yaml")}:7:5: points[1]: must not be empty`,
    ]);
  });

  it("reports missing required fields and an empty source list", () => {
    expect(messagesFor("missing-fields.yaml")).toEqual([
      `${at("missing-fields.yaml")}:1:1: title: is required (text)`,
      `${at("missing-fields.yaml")}:1:1: date: is required (a date as YYYY-MM-DD)`,
      `${at("missing-fields.yaml")}:1:1: summary: is required (text)`,
      `${at("missing-fields.yaml")}:2:10: sources: needs at least one source`,
    ]);
  });

  it("reports a YAML syntax error at the line where the broken quote opens", () => {
    expect(messagesFor("yaml-syntax.yaml")).toEqual([
      `${at("yaml-syntax.yaml")}:3:10: YAML syntax error: Missing closing "quote (the quote opened here never closes)`,
    ]);
  });

  it("reports a repeated key as a YAML error on its line", () => {
    const { problems } = parseBriefing("title: a\ndate: 2022-01-12\ntitle: b\n", "x.yaml");
    expect(problems.map((p) => formatProblem(p))).toEqual([
      "x.yaml:3:1: YAML syntax error: Map keys must be unique",
    ]);
  });

  it("reports values of the wrong kind, with a hint to quote numbers and yes/no values", () => {
    expect(messagesFor("wrong-types.yaml")).toEqual([
      `${at("wrong-types.yaml")}:1:5: id: expected a slug of a-z, 0-9 and - (like 2022-01-12-nato-russia-council), found "Not A Slug"`,
      `${at("wrong-types.yaml")}:2:8: title: expected text, found a number (2022); put it in quotes to make it text`,
      `${at("wrong-types.yaml")}:5:9: points: expected a list, found "just one string"`,
      `${at("wrong-types.yaml")}:6:15: tags[1]: expected text, found a yes/no value (true); put it in quotes to make it text`,
      `${at("wrong-types.yaml")}:9:10: sources[0].url: expected an absolute http(s) URL (https://…), found "www.example.org/report"`,
    ]);
  });

  it("reports a file that is not a mapping of fields", () => {
    expect(messagesFor("not-a-mapping.yaml")).toEqual([
      `${at("not-a-mapping.yaml")}:1:1: expected a mapping of fields (title:, date:, summary:, sources: …), found a list`,
    ]);
    expect(parseBriefing("", "empty.yaml").problems.map((p) => formatProblem(p))).toEqual([
      "empty.yaml:1:1: expected a mapping of fields (title:, date:, summary:, sources: …), found an empty file",
    ]);
  });

  it("reports a file name that cannot serve as the id when the file sets none", () => {
    const { problems } = parseBriefing(briefingYaml(), "/data/My Talks.yaml");
    expect(problems.map((p) => formatProblem(p))).toEqual([
      '/data/My Talks.yaml:1:1: id: no id given and the file name "My Talks" is not a valid id; add an id: line (a-z, 0-9 and -) or rename the file',
    ]);
  });

  it("matches speakers by name or alias regardless of case and spacing", () => {
    const text = briefingYaml({
      quotes: [
        { speaker: "anna  berg", text: "One." },
        { speaker: "BERG", text: "Two." },
      ],
    });
    expect(parseBriefing(text, "x.yaml").problems).toEqual([]);
  });
});

describe("formatProblem", () => {
  it("leaves out the line for whole-file problems and the path when there is none", () => {
    expect(
      formatProblem({ file: "a.yaml", path: "", message: "cannot read the file (EACCES)" }),
    ).toBe("a.yaml: cannot read the file (EACCES)");
    expect(
      formatProblem(
        { file: "/x/b/a.yaml", line: 2, column: 3, path: "id", message: "m" },
        { relativeTo: "/x" },
      ),
    ).toBe("b/a.yaml:2:3: id: m");
  });
});
