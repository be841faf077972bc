// Renders a daily summary as a platform-neutral Reply (the `daily` command and the scheduled digest).
import type { Briefing } from "../briefing/types.ts";
import type { Reply, ReplyCitation, ReplySection } from "../chat/reply.ts";
import { dayRange, longDay, shortDay } from "./dates.ts";
import type { DailySummary } from "./summary.ts";

/** The reply for a daily summary; `footer` adds a line such as a late-delivery note. */
export function dailyReply(summary: DailySummary, options: { footer?: string } = {}): Reply {
  const sections: ReplySection[] = [];
  const citations: ReplyCitation[] = [];
  const count = summary.briefings.length;
  if (count === 0) {
    // The title names the day; the text names only the other days.
    const { before, after } = summary.nearest;
    const near = [before && longDay(before), after && longDay(after)].filter(Boolean).join(" and ");
    sections.push({
      text: near
        ? `No briefings on this day. The nearest days with briefings: ${near}.`
        : "No briefings on this day, and none on any other day either.",
    });
  }
  const shown = new Set(summary.briefings.map((b) => b.briefing.id));
  for (const { briefing, quotes } of summary.briefings) {
    // A briefing of the day needs no date unless it spans several days.
    const fields = [
      ...(briefing.location ? [{ name: "Location", value: briefing.location, inline: true }] : []),
      ...(briefing.end_date && briefing.end_date !== briefing.date
        ? [{ name: "Dates", value: dayRange(briefing.date, briefing.end_date), inline: true }]
        : []),
      ...(briefing.format ? [{ name: "Format", value: briefing.format, inline: true }] : []),
    ];
    sections.push({ heading: briefing.title, text: briefing.summary, fields });
    if (briefing.outcomes?.length) {
      sections.push({ heading: "Outcomes", text: bullets(briefing.outcomes) });
    }
    if (quotes.length) {
      sections.push({
        heading: "Quotes",
        quotes: quotes.map((q) => ({ speaker: q.speaker, text: q.text, briefing: briefing.id })),
      });
    }
    if (briefing.next_steps?.length) {
      sections.push({
        heading: "Next steps",
        text: bullets(
          briefing.next_steps.map((s) =>
            s.date ? `${dayRange(s.date, s.end_date)}: ${s.text}` : s.text,
          ),
        ),
      });
    }
    // The title says the day: each briefing is cited by its title and sources.
    citations.push({ ...briefingCitation(briefing), label: briefing.title });
  }
  // The next steps of the day's own briefings are listed under them already.
  const comingUp = summary.comingUp.filter((c) => !shown.has(c.briefing.id));
  if (comingUp.length) {
    sections.push({
      heading: "Coming up",
      text: bullets(comingUp.map((c) => `${shortDay(c.date)}: ${c.text} (${c.briefing.title})`)),
    });
  }
  const footer = [
    ...(count > 0 ? [`${count} briefing${count === 1 ? "" : "s"}`] : []),
    ...(options.footer ? [options.footer] : []),
  ].join(" · ");
  return {
    title: `Daily summary: ${longDay(summary.day)}`,
    sections,
    ...(citations.length && { citations }),
    ...(footer && { footer }),
    visibility: "public",
    kind: "daily",
  };
}

/** A plain bulleted list; adapters may restyle it. */
export function bullets(items: readonly string[]): string {
  return items.map((i) => `• ${i}`).join("\n");
}

/**
 * A briefing cited in words: "NATO-Russia Council talks, 12 Jan 2022", then `section` (already in
 * words, "next steps") and its sources, each named by its publisher when it has one.
 */
export function briefingCitation(
  b: Pick<Briefing, "id" | "title" | "date" | "sources">,
  section?: string,
): ReplyCitation {
  return {
    briefing: b.id,
    label: `${b.title}, ${shortDay(b.date)}`,
    ...(section && { section }),
    sources: b.sources.map((s) => ({
      title: s.publisher ?? s.title,
      ...(s.url && { url: s.url }),
    })),
  };
}
