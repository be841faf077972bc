// Drafts of the test articles in tests/fixtures/articles against the results expected next to them,
// and the share of quotes attributed to the right speaker across all of them (at least 90%).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBriefing } from "../../src/briefing/index.ts";
import { DraftError, draftBriefing, renderDraft, UNATTRIBUTED } from "../../src/draft/index.ts";

const dir = join(import.meta.dirname, "..", "fixtures", "articles");

interface Expected {
  date: string | null;
  dateOption?: string;
  /** A participant without `role` here: the draft's role is not checked (see `missed`). */
  participants: Array<{ name: string; role?: string; aliases?: string[] }>;
  /** What the draft is known to miss in this article, for the record. */
  missed?: string[];
  quotes: Array<{ speaker: string | null; text: string }>;
  parties?: string[];
  next_steps?: Array<{ date: string }>;
}

const articles = readdirSync(dir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((file) => ({
    file,
    text: readFileSync(join(dir, file), "utf8"),
    expected: JSON.parse(
      readFileSync(join(dir, file.replace(/\.(txt|md)$/, ".expected.json")), "utf8"),
    ) as Expected,
  }));

const draftOf = (a: (typeof articles)[number]) =>
  draftBriefing(
    a.text,
    a.expected.dateOption ? { file: a.file, date: a.expected.dateOption } : { file: a.file },
  );

describe("drafts of the test articles", () => {
  it("has at least eight articles", () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
  });

  for (const a of articles) {
    describe(a.file, () => {
      it("drafts a briefing that validates as it is", () => {
        const { problems } = parseBriefing(renderDraft(draftOf(a)), `${a.file}.yaml`);
        expect(problems).toEqual([]);
      });

      it("finds the expected date, people with roles, and next-step dates", () => {
        const { briefing } = draftOf(a);
        expect(briefing.date).toBe(a.expected.date ?? a.expected.dateOption);
        const people = (briefing.participants ?? []).filter((p) => p.name !== UNATTRIBUTED);
        expect(people.map((p) => p.name)).toEqual(a.expected.participants.map((p) => p.name));
        for (const person of a.expected.participants) {
          const found = people.find((p) => p.name === person.name);
          if ("role" in person) expect(found?.role).toBe(person.role);
          if (person.aliases) expect(found?.aliases).toEqual(person.aliases);
        }
        if (a.expected.parties)
          expect(briefing.parties?.map((p) => p.name).sort()).toEqual(
            [...a.expected.parties].sort(),
          );
        for (const step of a.expected.next_steps ?? [])
          expect(briefing.next_steps?.map((s) => s.date)).toContain(step.date);
      });

      it("keeps every quote verbatim", () => {
        const { briefing } = draftOf(a);
        for (const q of briefing.quotes ?? []) expect(a.text).toContain(q.text);
        expect(briefing.quotes?.length ?? 0).toBe(a.expected.quotes.length);
      });
    });
  }

  it("asks for --date when an article has no date", () => {
    const undated = articles.filter((a) => a.expected.date === null);
    expect(undated.length).toBeGreaterThan(0);
    for (const a of undated) {
      expect(() => draftBriefing(a.text, { file: a.file })).toThrow(DraftError);
      expect(() => draftBriefing(a.text, { file: a.file })).toThrow(/pass --date YYYY-MM-DD/);
    }
  });

  it("attributes at least 90% of all quotes to the right speaker", () => {
    let total = 0;
    let right = 0;
    const wrong: string[] = [];
    for (const a of articles) {
      const quotes = draftOf(a).briefing.quotes ?? [];
      for (const want of a.expected.quotes) {
        total++;
        const got = quotes.find((q) => q.text === want.text);
        const speaker = got?.speaker === UNATTRIBUTED ? null : got?.speaker;
        if (got && speaker === want.speaker) right++;
        else
          wrong.push(
            `${a.file}: "${want.text}" by ${want.speaker}, drafted ${got ? speaker : "missing"}`,
          );
      }
    }
    const share = right / total;
    console.info(
      `quotes attributed correctly: ${right}/${total} (${(share * 100).toFixed(1)}%) across ${articles.length} articles`,
    );
    if (wrong.length > 0) console.info(wrong.join("\n"));
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
