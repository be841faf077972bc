// Replies built from briefings and answers: the briefing card, citations, and the engine's answer.
import type { Briefing } from "../briefing/types.ts";
import { bullets, dailyReply } from "../daily/reply.ts";
import { topQuotes } from "../daily/summary.ts";
import type { Answer } from "../engine/types.ts";
import type { Reply, ReplyCitation, ReplySection } from "./reply.ts";

export { dailyReply };

/** "NATO-Russia Council (2022-01-12)" */
export function briefingLabel(b: Pick<Briefing, "title" | "date">): string {
  return `${b.title} (${b.date})`;
}

/** A citation of a briefing with its sources and links. */
export function citationFor(b: Briefing, section?: string): ReplyCitation {
  return {
    briefing: b.id,
    label: briefingLabel(b),
    ...(section && { section }),
    sources: b.sources.map((s) => ({ title: s.title, ...(s.url && { url: s.url }) })),
  };
}

/** One briefing as a card: summary, facts, outcomes, the key quotes, next steps, sources. */
export function briefingCard(b: Briefing): Reply {
  const fields = [
    { name: "Date", value: b.end_date ? `${b.date} to ${b.end_date}` : b.date, inline: true },
    ...(b.location ? [{ name: "Location", value: b.location, inline: true }] : []),
    ...(b.format ? [{ name: "Format", value: b.format, inline: true }] : []),
    ...(b.participants?.length
      ? [
          {
            name: "Participants",
            value: b.participants
              .slice(0, 12)
              .map((p) => (p.role ? `${p.name} (${p.role})` : p.name))
              .join("; "),
          },
        ]
      : []),
    ...(b.tags?.length ? [{ name: "Tags", value: b.tags.join(", ") }] : []),
  ];
  const sections: ReplySection[] = [{ text: b.summary, fields }];
  if (b.outcomes?.length) sections.push({ heading: "Outcomes", text: bullets(b.outcomes) });
  const quotes = topQuotes(b, 3);
  if (quotes.length) {
    sections.push({
      heading: "Quotes",
      quotes: quotes.map((q) => ({ speaker: q.speaker, text: q.text, briefing: b.id })),
    });
  }
  if (b.next_steps?.length) {
    sections.push({
      heading: "Next steps",
      text: bullets(b.next_steps.map((s) => (s.date ? `${s.date}: ${s.text}` : s.text))),
    });
  }
  return {
    title: b.title,
    sections,
    citations: [citationFor(b)],
    footer: `id: ${b.id}`,
    visibility: "public",
    kind: "card",
  };
}

/**
 * The engine's answer as a reply: the text, suggestions when declined, one citation per briefing
 * cited (with its sources), and a footer saying where the answer came from.
 */
export function answerReply(
  answer: Answer,
  lookup: (id: string) => Briefing | undefined,
  scopeNote?: string,
): Reply {
  const sections: ReplySection[] = [{ text: answer.text }];
  if (!answer.answered && answer.suggestions.length) {
    sections.push({ heading: "You could ask", text: bullets(answer.suggestions) });
  }
  const citations: ReplyCitation[] = [];
  const seen = new Set<string>();
  for (const c of answer.citations) {
    if (seen.has(c.briefing)) continue;
    seen.add(c.briefing);
    const b = lookup(c.briefing);
    citations.push(
      b
        ? citationFor(b, c.section)
        : { briefing: c.briefing, label: briefingLabel(c), section: c.section, sources: [] },
    );
  }
  return {
    sections,
    ...(citations.length && { citations }),
    ...(scopeNote && { footer: scopeNote }),
    visibility: "public",
    kind: answer.answered ? "answer" : "declined",
  };
}
