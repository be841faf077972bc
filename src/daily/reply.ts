// Renders a daily summary as a platform-neutral Reply (the `daily` command and the scheduled digest).
import type { Reply, ReplyCitation, ReplySection } from "../chat/reply.ts";
import { longDay } from "./dates.ts";
import type { DailySummary } from "./summary.ts";

/** The reply for a daily summary; `footer` adds a line such as a late-delivery note. */
export function dailyReply(summary: DailySummary, options: { footer?: string } = {}): Reply {
  const sections: ReplySection[] = [];
  const citations: ReplyCitation[] = [];
  const count = summary.briefings.length;
  if (count === 0) {
    const { before, after } = summary.nearest;
    const near = [
      before && `${longDay(before)} (${before})`,
      after && `${longDay(after)} (${after})`,
    ]
      .filter(Boolean)
      .join(" and ");
    sections.push({
      text: near
        ? `No briefings on ${longDay(summary.day)}. The nearest days with briefings: ${near}.`
        : `No briefings on ${longDay(summary.day)}, and none on any other day either.`,
    });
  }
  for (const { briefing, quotes } of summary.briefings) {
    const dates = briefing.end_date ? `${briefing.date} to ${briefing.end_date}` : briefing.date;
    const fields = [
      ...(briefing.location ? [{ name: "Location", value: briefing.location, inline: true }] : []),
      { name: "Date", value: dates, inline: true },
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
        text: bullets(briefing.next_steps.map((s) => (s.date ? `${s.date}: ${s.text}` : s.text))),
      });
    }
    citations.push({
      briefing: briefing.id,
      label: `${briefing.title} (${briefing.date})`,
      sources: briefing.sources.map((s) => ({ title: s.title, ...(s.url && { url: s.url }) })),
    });
  }
  if (summary.comingUp.length) {
    sections.push({
      heading: "Coming up",
      text: bullets(summary.comingUp.map((c) => `${c.date}: ${c.text} (${c.briefing.title})`)),
    });
  }
  const footer = [
    `${count} briefing${count === 1 ? "" : "s"} on ${summary.day}`,
    ...(options.footer ? [options.footer] : []),
  ].join(" · ");
  return {
    title: `Daily summary: ${longDay(summary.day)}`,
    sections,
    ...(citations.length && { citations }),
    footer,
    visibility: "public",
    kind: "daily",
  };
}

/** A plain bulleted list; adapters may restyle it. */
export function bullets(items: readonly string[]): string {
  return items.map((i) => `• ${i}`).join("\n");
}
