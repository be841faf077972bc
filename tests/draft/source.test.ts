// The draft of the real ARD report on the NATO-Russia Council (read from ../shared/sources, never copied).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBriefing } from "../../src/briefing/index.ts";
import { draftBriefing, renderDraft } from "../../src/draft/index.ts";

const repoRoot = join(import.meta.dirname, "..", "..");
const article = resolve(
  repoRoot,
  "..",
  "shared",
  "sources",
  "2022-01-12-nato-russia-council-ard.txt",
);
const absent = !existsSync(article);
if (absent)
  console.warn(
    `skipped: ${article} is absent (the ../shared/sources folder is not next to this checkout)`,
  );

describe.skipIf(absent)(
  "draft of the ARD report of 12 January 2022 (skipped when ../shared/sources is absent)",
  () => {
    const text = absent ? "" : readFileSync(article, "utf8");
    const draft = absent ? undefined : draftBriefing(text, { file: article });
    const briefing = draft?.briefing;
    const speakerOf = (quote: string) =>
      briefing?.quotes?.find((q) => q.text.startsWith(quote))?.speaker;

    it("validates as a briefing file as it is", () => {
      const yaml = renderDraft(draft as NonNullable<typeof draft>);
      const { problems, briefing: parsed } = parseBriefing(yaml, "2022-01-12-draft.yaml");
      expect(problems).toEqual([]);
      expect(parsed?.title).toContain("Russia has no right of veto");
    });

    it("dates the talks 12 January 2022 from the report's time stamp", () => {
      expect(briefing?.date).toBe("2022-01-12");
      expect(draft?.marks).toContainEqual({
        path: ["date"],
        note: 'date from "Status: 12.01.2022 3:45 p.m."',
      });
    });

    it("holds every quote of the article with its right speaker", () => {
      const expected: Array<[string, string]> = [
        ["considerable differences of opinion", "Jens Stoltenberg"],
        ["significant differences of opinion", "Jens Stoltenberg"],
        ["We will not compromise on our basic principles", "Jens Stoltenberg"],
        [
          "no right of veto on the question of whether Ukraine can become a NATO member",
          "Jens Stoltenberg",
        ],
        ["Every country has the sovereign right to choose its own path.", "Wendy Sherman"],
        [
          "It is a positive sign that all NATO allies and Russia sat at the same table",
          "Jens Stoltenberg",
        ],
        ["all dialogue formats", "Olaf Scholz"],
        ["that the territorial integrity of the states remains safe", "Olaf Scholz"],
        ["We have to return to this situation. We will do that", "Olaf Scholz"],
        ["we will clearly ensure that these dialogue formats are all used again", "Olaf Scholz"],
      ];
      for (const [quote, speaker] of expected)
        expect([quote, speakerOf(quote)]).toEqual([quote, speaker]);
      expect(briefing?.quotes?.every((q) => text.includes(q.text))).toBe(true);
      expect(briefing?.quotes).toHaveLength(expected.length);
    });

    it("lists every person of the talks with the role the article gives", () => {
      const people = Object.fromEntries(
        (briefing?.participants ?? []).map((p) => [p.name, p.role]),
      );
      expect(people).toEqual({
        "Jens Stoltenberg": "NATO Secretary General",
        "Wendy Sherman": "US Vice Secretary of State",
        "Alexander Gruschko": "Russian Deputy Foreign Minister",
        "Olaf Scholz": "Chancellor",
      });
    });

    it("dates the next talks, 'on Thursday' after a Wednesday report, 2022-01-13", () => {
      const osce = briefing?.next_steps?.find((s) => s.text.includes("On Thursday"));
      expect(osce?.date).toBe("2022-01-13");
      expect(draft?.marks.map((m) => m.note)).toContain(
        '2022-01-13 from "On Thursday" relative to 2022-01-12',
      );
    });

    it("finds NATO's and Russia's positions and the background years", () => {
      const positions = (name: string) =>
        briefing?.parties?.find((p) => p.name === name)?.positions ?? [];
      expect(positions("Russia").join(" ")).toContain(
        "Russia is demanding comprehensive security guarantees",
      );
      expect(positions("NATO").join(" ")).toContain("rejected Moscow’s demands");
      expect(briefing?.background?.join(" ")).toMatch(/2002[\s\S]*2019|2014/);
    });
  },
);
