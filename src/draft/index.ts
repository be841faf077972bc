// The drafting module's public entry: article text in, briefing draft (with review marks) out.
export {
  type Draft,
  type DraftCounts,
  type DraftOptions,
  draftBriefing,
  type ReviewMark,
  UNATTRIBUTED,
} from "./draft.ts";
export { DraftError } from "./errors.ts";
export { MAX_ARTICLE_BYTES, MAX_ITEM_CHARS, MAX_SECTION_ITEMS } from "./limits.ts";
export { readArticleFile, readArticleStream } from "./read.ts";
export { DRAFT_HEADER, renderDraft } from "./yaml.ts";

import type { DraftCounts } from "./draft.ts";

/** One line for standard error counting what was found ("drafted 4 participants, …"). */
export function summaryLine(counts: DraftCounts): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const unattributed = counts.unattributed > 0 ? ` (${counts.unattributed} unattributed)` : "";
  return [
    plural(counts.participants, "participant"),
    `${plural(counts.parties, "party", "parties")} with ${plural(counts.positions, "position")}`,
    `${plural(counts.quotes, "quote")}${unattributed}`,
    `${counts.background} background`,
    plural(counts.nextSteps, "next step"),
    plural(counts.marks, "review mark"),
    ...(counts.omitted > 0
      ? [
          `${counts.omitted.toLocaleString("en")} left out over the draft's limits (see the REVIEW marks)`,
        ]
      : []),
  ].join(", ");
}
