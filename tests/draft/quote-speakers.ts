// What the attribution tests read from a draft: each quote's speaker and its review note.
import { draftBriefing } from "../../src/draft/draft.ts";

export interface QuoteReading {
  text: string;
  speaker: string;
  note: string;
}

/** Each quote's speaker and review note, in order, for a report body under a title line. */
export function speakers(
  body: string,
  { title = "Talks in Valletta", date = "2025-06-03" } = {},
): QuoteReading[] {
  const draft = draftBriefing(`${title}\n\n${body}`, { date });
  return (draft.briefing.quotes ?? []).map((q, i) => ({
    text: q.text,
    speaker: q.speaker,
    note: draft.marks
      .filter((m) => m.path[0] === "quotes" && m.path[1] === i)
      .map((m) => m.note)
      .join(" / "),
  }));
}

/** The quote whose text starts with these words. */
export const byText = (got: readonly QuoteReading[], start: string) =>
  got.find((q) => q.text.startsWith(start));
