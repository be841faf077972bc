// How much one chat reply may carry: every reply is bounded here, whatever the briefings hold, and
// says where the rest is. The adapters still apply their platform's exact limits on top.
import type { Reply, ReplyCitation, ReplySection } from "../chat/reply.ts";

/**
 * The bounds of one reply, in characters. A card of the largest valid briefing fits one Discord
 * message (6,000 characters) or a few Slack blocks (3,000 each); any reply fits the adapters'
 * message budgets (Discord 3 messages, Slack 4), so nothing is cut there without a pointer.
 */
export const REPLY_LIMITS = {
  title: 200,
  sectionText: 3000,
  heading: 200,
  fieldsPerSection: 25,
  fieldName: 100,
  fieldValue: 1000,
  quotesPerSection: 10,
  quoteText: 1000,
  speaker: 100,
  citations: 10,
  citationLabel: 250,
  sourcesPerCitation: 5,
  sourceTitle: 200,
  /** Longer links are dropped (the title stays): no usable link is this long. */
  url: 1000,
  footer: 500,
  /** All the text of one reply together. */
  total: 12000,
} as const;

/**
 * Cuts `text` to at most `limit` characters, at a word boundary where one is near, marking the cut
 * with "…". Never splits a surrogate pair.
 */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - 1);
  const space = text.lastIndexOf(" ", end);
  if (space > end * 0.8) end = space;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * The reply within {@link REPLY_LIMITS}. When anything had to be cut, a last section says so and
 * points at the whole text (`briefbot show ID` and the briefing's file, when the reply is about
 * one briefing). A reply within the limits is returned unchanged.
 */
export function limitReply(reply: Reply, pointer?: (id: string) => string | undefined): Reply {
  let cut = false;
  const shorten = (text: string, limit: number) => {
    if (text.length <= limit) return text;
    cut = true;
    return clip(text, limit);
  };
  let budget: number = REPLY_LIMITS.total;
  const spend = <T extends string | undefined>(text: T): T => {
    budget -= text?.length ?? 0;
    return text;
  };

  const title =
    reply.title === undefined ? undefined : spend(shorten(reply.title, REPLY_LIMITS.title));
  const footer =
    reply.footer === undefined ? undefined : spend(shorten(reply.footer, REPLY_LIMITS.footer));
  const citations = reply.citations?.slice(0, REPLY_LIMITS.citations).map((c) => {
    const citation: ReplyCitation = {
      ...c,
      label: shorten(c.label, REPLY_LIMITS.citationLabel),
      ...(c.section !== undefined && { section: shorten(c.section, REPLY_LIMITS.heading) }),
      sources: c.sources.slice(0, REPLY_LIMITS.sourcesPerCitation).map((s) => ({
        title: shorten(s.title, REPLY_LIMITS.sourceTitle),
        ...(s.url !== undefined && s.url.length <= REPLY_LIMITS.url && { url: s.url }),
      })),
    };
    if (c.sources.length > REPLY_LIMITS.sourcesPerCitation) cut = true;
    spend(citation.label);
    for (const s of citation.sources) spend(`${s.title}${s.url ?? ""}`);
    return citation;
  });
  if ((reply.citations?.length ?? 0) > REPLY_LIMITS.citations) cut = true;

  const sections: ReplySection[] = [];
  for (const section of reply.sections) {
    if (budget <= 0) {
      cut = true;
      break;
    }
    const out: ReplySection = {};
    if (section.heading !== undefined) {
      out.heading = spend(shorten(section.heading, REPLY_LIMITS.heading));
    }
    if (section.text !== undefined) {
      out.text = spend(
        shorten(section.text, Math.min(REPLY_LIMITS.sectionText, Math.max(budget, 1))),
      );
    }
    if (section.fields) {
      out.fields = [];
      for (const f of section.fields.slice(0, REPLY_LIMITS.fieldsPerSection)) {
        if (budget <= 0) break;
        out.fields.push({
          ...f,
          name: spend(shorten(f.name, REPLY_LIMITS.fieldName)),
          value: spend(shorten(f.value, REPLY_LIMITS.fieldValue)),
        });
      }
      if (out.fields.length < section.fields.length) cut = true;
    }
    if (section.quotes) {
      out.quotes = [];
      for (const q of section.quotes.slice(0, REPLY_LIMITS.quotesPerSection)) {
        if (budget <= 0) break;
        out.quotes.push({
          ...q,
          speaker: spend(shorten(q.speaker, REPLY_LIMITS.speaker)),
          text: spend(shorten(q.text, REPLY_LIMITS.quoteText)),
        });
      }
      if (out.quotes.length < section.quotes.length) cut = true;
    }
    sections.push(out);
  }
  if (!cut) return reply;

  const id = reply.citations?.length === 1 ? reply.citations[0]?.briefing : undefined;
  sections.push({ text: shortenedNote(id, id ? pointer?.(id) : undefined) });
  return {
    ...reply,
    ...(title !== undefined && { title }),
    sections,
    ...(citations && { citations }),
    ...(footer !== undefined && { footer }),
  };
}

/** "Shortened for chat. The whole briefing: briefbot show ID, or the file x.yaml." */
export function shortenedNote(id?: string, file?: string): string {
  if (!id) return "Shortened for chat: ask a narrower question to see the rest.";
  const where = file ? `, or the file ${file} in the briefings folder` : "";
  return `Shortened for chat. The whole briefing: briefbot show ${id}${where}.`;
}
