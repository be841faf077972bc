// Replies built from briefings and answers: the briefing card, citations, and the engine's answer.
import { basename } from "node:path";
import { printable } from "../briefing/printable.ts";
import type { Briefing } from "../briefing/types.ts";
import type { Reply, ReplyCitation, ReplySection } from "../chat/reply.ts";
import { dayRange, shortDay } from "../daily/dates.ts";
import { briefingCitation, bullets, dailyReply } from "../daily/reply.ts";
import { topQuotes } from "../daily/summary.ts";
import type { Answer } from "../engine/types.ts";
import { moreButton } from "./buttons/make.ts";
import { clip } from "./limits.ts";
import { readableText, sectionWords } from "./wording.ts";

export { dailyReply };

/** "NATO-Russia Council talks, 12 Jan 2022" */
export function briefingLabel(b: Pick<Briefing, "title" | "date">): string {
  return `${b.title}, ${shortDay(b.date)}`;
}

/**
 * A citation of a briefing in words, with its sources and links: "next steps, NATO-Russia
 * Council talks, 12 Jan 2022, ARD".
 */
export function citationFor(b: Briefing, section?: string): ReplyCitation {
  return briefingCitation(b, section && sectionWords(section));
}

/**
 * A briefing's sources alone, for a reply that names the briefing itself (a card, a pin): the
 * title and date are not said twice.
 */
function sourcesOf(b: Briefing): ReplyCitation {
  return { ...citationFor(b), label: "" };
}

/**
 * How much of a briefing its card shows. A card is a summary for a chat: with every limit reached
 * it is still about 6,000 characters (one Discord message), and the whole briefing is
 * `briefbot show ID` away.
 */
export const CARD_LIMITS = {
  summary: 800,
  fieldValue: 300,
  participants: 12,
  tags: 12,
  items: 4,
  itemText: 250,
  quotes: 3,
  quoteText: 300,
} as const;

/** The file a briefing came from, by name only and printable, for "the whole briefing" pointers. */
export function briefingFileName(b: Pick<Briefing, "file">): string {
  return printable(basename(b.file));
}

/**
 * One briefing as a card: summary, facts, outcomes, the key quotes, next steps, sources. Long
 * texts and lists are shortened to {@link CARD_LIMITS}; a shortened card has a "Show more" button
 * (on the console: a note naming `briefbot show ID` and the file).
 */
export function briefingCard(b: Briefing): Reply {
  let cut = false;
  const shorten = (text: string, limit: number) => {
    if (text.length <= limit) return text;
    cut = true;
    return clip(text, limit);
  };
  const first = <T>(items: readonly T[] | undefined, count: number): T[] => {
    if ((items?.length ?? 0) > count) cut = true;
    return (items ?? []).slice(0, count);
  };
  const items = (list: readonly string[]) =>
    bullets(first(list, CARD_LIMITS.items).map((item) => shorten(item, CARD_LIMITS.itemText)));

  const fields = [
    { name: "Date", value: dayRange(b.date, b.end_date), inline: true },
    ...(b.location
      ? [{ name: "Location", value: shorten(b.location, CARD_LIMITS.fieldValue), inline: true }]
      : []),
    ...(b.format
      ? [{ name: "Format", value: shorten(b.format, CARD_LIMITS.fieldValue), inline: true }]
      : []),
    ...(b.participants?.length
      ? [
          {
            name: "Participants",
            value: shorten(
              first(b.participants, CARD_LIMITS.participants)
                .map((p) => (p.role ? `${p.name}, ${p.role}` : p.name))
                .join("; "),
              CARD_LIMITS.fieldValue,
            ),
          },
        ]
      : []),
    ...(b.tags?.length
      ? [
          {
            name: "Tags",
            value: shorten(first(b.tags, CARD_LIMITS.tags).join(", "), CARD_LIMITS.fieldValue),
          },
        ]
      : []),
  ];
  const sections: ReplySection[] = [{ text: shorten(b.summary, CARD_LIMITS.summary), fields }];
  if (b.outcomes?.length) sections.push({ heading: "Outcomes", text: items(b.outcomes) });
  const quotes = topQuotes(b, CARD_LIMITS.quotes);
  if (quotes.length) {
    sections.push({
      heading: "Quotes",
      quotes: quotes.map((q) => ({
        speaker: shorten(q.speaker, CARD_LIMITS.fieldValue),
        text: shorten(q.text, CARD_LIMITS.quoteText),
        briefing: b.id,
      })),
    });
  }
  if (b.next_steps?.length) {
    sections.push({
      heading: "Next steps",
      text: items(
        b.next_steps.map((s) => (s.date ? `${dayRange(s.date, s.end_date)}: ${s.text}` : s.text)),
      ),
    });
  }
  return {
    title: b.title,
    sections,
    citations: [sourcesOf(b)],
    footer: `id: ${b.id}`,
    visibility: "public",
    kind: "card",
    // a shortened card pages through the whole briefing (the console says where the rest is)
    ...(cut ? { actions: [moreButton(b.id, 1, briefingFileName(b))] } : {}),
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
  const sections: ReplySection[] = [{ text: readableText(withoutSourceTag(answer)) }];
  if (!answer.answered && answer.suggestions.length) {
    sections.push({
      heading: "You could ask",
      text: bullets(answer.suggestions.map(readableText)),
    });
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
        : {
            briefing: c.briefing,
            label: briefingLabel(c),
            section: sectionWords(c.section),
            sources: [],
          },
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

/**
 * The answer to `pin`: one line naming the briefing and where the whole card is, not the card
 * again (`show` prints it).
 */
export function pinConfirmation(b: Briefing, prefix: string): Reply {
  return {
    sections: [
      {
        text: `Pinned in this channel: ${briefingLabel({ ...b, title: clip(b.title, 150) })}; questions here are answered from it first. The card: ${prefix}show ${b.id}`,
      },
    ],
    citations: [sourcesOf(b)],
    visibility: "public",
    kind: "ok",
    effects: [{ type: "pin", briefing: b.id }],
  };
}

/** One briefing in a list: "12 Jan 2022  NATO-Russia Council talks, Brussels  [ID]". */
export function briefingLine(b: Pick<Briefing, "id" | "title" | "date" | "location">): string {
  return `${shortDay(b.date)}  ${b.title}${b.location ? `, ${b.location}` : ""}  [${b.id}]`;
}

/**
 * The answer's text without the engine's " [Title, 2022-01-12]" tag when it cites one briefing:
 * the citation under the answer names it already. With several, the tags say which line is whose.
 */
function withoutSourceTag(answer: Answer): string {
  const cited = new Map(answer.citations.map((c) => [c.briefing, c]));
  const only = cited.size === 1 ? [...cited.values()][0] : undefined;
  return only ? answer.text.replaceAll(` [${only.title}, ${only.date}]`, "") : answer.text;
}
