// Citations that link to the web view: each carries the address of its briefing's page at the
// cited section, so a reader can open the whole briefing from a chat answer.
import type { Reply } from "../chat/reply.ts";

/** The web view's address of a briefing at a section, or undefined when there is none. */
export type CitationLinker = (briefing: string, section?: string) => string | undefined;

/** The reply with a `link` on each citation the linker can address; unchanged without a linker. */
export function withCitationLinks(reply: Reply, linker: CitationLinker | undefined): Reply {
  if (!linker || !reply.citations?.length) return reply;
  return {
    ...reply,
    citations: reply.citations.map((citation) => {
      const link = linker(citation.briefing, citation.section);
      return link ? { ...citation, link } : citation;
    }),
  };
}
