// "Show more" under a long card: the whole briefing, every section in full, cut into pages that
// each fit one chat message. The page number travels in the button, so paging needs no memory.
import type { Briefing } from "../../briefing/types.ts";
import type { Reply, ReplySection } from "../../chat/reply.ts";
import { dayRange } from "../../daily/dates.ts";
import { bullets } from "../../daily/reply.ts";
import { briefingFileName, citationFor } from "../cards.ts";
import { clip, shortenedNote } from "../limits.ts";
import { MAX_PAGES } from "./state.ts";

/** Characters of briefing text on one page: well inside one Discord message and a Slack reply. */
export const PAGE_CHARS = 3000;
/** The longest single item (a quote, an outcome) a page shows; longer ones are cut. */
const ITEM_CHARS = 1200;

/** The whole briefing as headed sections, every item in full (long ones cut to ITEM_CHARS). */
function fullSections(b: Briefing): ReplySection[] {
  const item = (text: string) => clip(text, ITEM_CHARS);
  const list = (heading: string, items: readonly string[] | undefined): ReplySection[] =>
    items?.length ? [{ heading, text: bullets(items.map(item)) }] : [];
  return [
    { heading: "Summary", text: item(b.summary) },
    {
      heading: "Details",
      text: bullets(
        [
          `Date: ${dayRange(b.date, b.end_date)}`,
          b.location && `Location: ${b.location}`,
          b.format && `Format: ${b.format}`,
          b.series && `Series: ${b.series}`,
          b.tags?.length && `Tags: ${b.tags.join(", ")}`,
        ]
          .filter((line): line is string => typeof line === "string")
          .map(item),
      ),
    },
    ...list(
      "Participants",
      b.participants?.map((p) =>
        [p.name, p.role, p.side && !p.role?.includes(p.side) ? p.side : undefined]
          .filter(Boolean)
          .join(", "),
      ),
    ),
    ...(b.parties ?? []).flatMap((p) => list(`Positions: ${p.name}`, p.positions)),
    ...(b.quotes?.length
      ? [
          {
            heading: "Quotes",
            quotes: b.quotes.map((q) => ({
              speaker: clip(q.speaker, 200),
              text: item(q.context ? `${q.text} (${q.context})` : q.text),
              briefing: b.id,
            })),
          },
        ]
      : []),
    ...list("Points", b.points),
    ...list("Outcomes", b.outcomes),
    ...list(
      "Next steps",
      b.next_steps?.map((s) => (s.date ? `${dayRange(s.date, s.end_date)}: ${s.text}` : s.text)),
    ),
    ...list("Background", b.background),
  ];
}

function sizeOf(s: ReplySection): number {
  return (
    (s.heading?.length ?? 0) +
    (s.text?.length ?? 0) +
    (s.quotes ?? []).reduce((n, q) => n + q.speaker.length + q.text.length, 0)
  );
}

/**
 * A section cut into pieces of at most PAGE_CHARS: a list by its lines, quotes by quote. The
 * heading is repeated on every piece, marked as continued.
 */
function pieces(s: ReplySection): ReplySection[] {
  if (sizeOf(s) <= PAGE_CHARS) return [s];
  const out: ReplySection[] = [];
  const heading = (i: number) => (i === 0 ? s.heading : `${s.heading} (continued)`);
  if (s.quotes) {
    let batch: NonNullable<ReplySection["quotes"]> = [];
    let size = 0;
    for (const q of s.quotes) {
      const cost = q.speaker.length + q.text.length;
      if (batch.length && size + cost > PAGE_CHARS) {
        out.push({ heading: heading(out.length), quotes: batch } as ReplySection);
        batch = [];
        size = 0;
      }
      batch.push(q);
      size += cost;
    }
    if (batch.length) out.push({ heading: heading(out.length), quotes: batch } as ReplySection);
    return out;
  }
  let lines: string[] = [];
  let size = 0;
  for (const line of (s.text ?? "").split("\n")) {
    if (lines.length && size + line.length + 1 > PAGE_CHARS) {
      out.push({ heading: heading(out.length), text: lines.join("\n") } as ReplySection);
      lines = [];
      size = 0;
    }
    lines.push(line);
    size += line.length + 1;
  }
  if (lines.length)
    out.push({ heading: heading(out.length), text: lines.join("\n") } as ReplySection);
  return out;
}

/** The briefing's pages: sections in reading order, each page at most PAGE_CHARS of text. */
export function briefingPages(b: Briefing): ReplySection[][] {
  const pages: ReplySection[][] = [];
  let page: ReplySection[] = [];
  let size = 0;
  for (const section of fullSections(b).flatMap(pieces)) {
    const cost = sizeOf(section);
    if (page.length && size + cost > PAGE_CHARS) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(section);
    size += cost;
  }
  if (page.length) pages.push(page);
  return pages;
}

/**
 * Page `page` (from 1) of a briefing, with whether another follows; a page past the end says the
 * briefing has no more. Past MAX_PAGES the last page points at the briefing's file.
 */
export function briefingPage(b: Briefing, page: number): { reply: Reply; more: boolean } {
  const pages = briefingPages(b);
  const total = Math.min(pages.length, MAX_PAGES);
  const sections = pages[page - 1];
  if (!sections || page > total) {
    return {
      reply: {
        title: b.title,
        sections: [
          { text: `That was all of this briefing (${total} page${total === 1 ? "" : "s"}).` },
        ],
        visibility: "ephemeral",
        kind: "card",
      },
      more: false,
    };
  }
  const cutAtLimit = page === total && pages.length > MAX_PAGES;
  return {
    reply: {
      title: `${b.title} (${page} of ${total})`,
      sections: cutAtLimit
        ? [...sections, { text: shortenedNote(b.id, briefingFileName(b)) }]
        : sections,
      citations: [{ ...citationFor(b), label: "" }],
      footer: `id: ${b.id}`,
      // Only the person who pressed asked for more: the channel is not flooded with pages.
      visibility: "ephemeral",
      kind: "card",
    },
    more: page < total,
  };
}
