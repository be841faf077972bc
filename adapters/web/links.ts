// The addresses chat citations carry: a briefing's page at the cited section, under the public
// URL, signed when the web view needs a token.
import type { CitationLinker } from "../../src/bot/index.ts";
import { signPath } from "./access.ts";
import { sectionAnchor } from "./anchors.ts";

/** The path of a briefing's page. */
export function briefingPath(id: string): string {
  return `/briefings/${encodeURIComponent(id)}`;
}

export interface LinkOptions {
  /** Where people reach the web view, such as https://briefbot.example.org. */
  publicUrl: string;
  /** The web view's token: links are signed with it, so they open without it. */
  token?: string | undefined;
}

/** Builds the citation linker the bot is given: `https://…/briefings/ID?sig=…#quotes`. */
export function createCitationLinker(options: LinkOptions): CitationLinker {
  const base = options.publicUrl.replace(/\/+$/, "");
  return (briefing, section) => {
    const path = briefingPath(briefing);
    const signed = options.token ? `?sig=${signPath(options.token, path)}` : "";
    const anchor = sectionAnchor(section);
    return `${base}${path}${signed}${anchor ? `#${anchor}` : ""}`;
  };
}
