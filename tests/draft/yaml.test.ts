// The draft as YAML: review marks become comments on the nodes they are about; output is deterministic.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftBriefing, renderDraft } from "../../src/draft/index.ts";

const article = readFileSync(
  join(import.meta.dirname, "..", "fixtures", "articles", "variants-unattributed.txt"),
  "utf8",
);

describe("renderDraft", () => {
  const yaml = renderDraft(draftBriefing(article));

  it("puts a short mark after its value and a long one on the line before", () => {
    expect(yaml).toContain('date: 2022-01-10 # date from "Geneva, 10 January 2022"');
    expect(yaml).toMatch(/# speaker from "Ryabkov told"[^\n]*\n\s+- speaker: Sergei Ryabkov/);
    expect(yaml).toMatch(/# 2022-01-12 from "on Wednesday" relative to 2022-01-10/);
  });

  it("marks an unattributed quote and its placeholder speaker for review", () => {
    expect(yaml).toMatch(
      /# REVIEW: the article does not say who said this\n\s+- speaker: Unattributed\n\s+text: cool, not cold/,
    );
    expect(yaml).toMatch(/# REVIEW: placeholder[^\n]*\n\s+- name: Unattributed/);
  });

  it("keeps a spelling variant the article uses as an alias, with a mark", () => {
    expect(yaml).toMatch(/# other spellings the article uses\n\s+aliases:\n\s+- Rjabkow/);
  });

  it("gives the same YAML for the same article", () => {
    expect(renderDraft(draftBriefing(article))).toBe(yaml);
  });
});
