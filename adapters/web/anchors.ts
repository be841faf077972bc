// Where on a briefing's page each part of it lives: the anchors citations link to.

/** The page's sections, in reading order, with their anchors and headings. */
export const PAGE_SECTIONS = [
  { anchor: "details", heading: "Details" },
  { anchor: "summary", heading: "Summary" },
  { anchor: "participants", heading: "Participants" },
  { anchor: "positions", heading: "Positions" },
  { anchor: "quotes", heading: "Quotes" },
  { anchor: "points", heading: "Points" },
  { anchor: "outcomes", heading: "Outcomes" },
  { anchor: "next-steps", heading: "Next steps" },
  { anchor: "background", heading: "Background" },
  { anchor: "sources", heading: "Sources" },
] as const;

export type Anchor = (typeof PAGE_SECTIONS)[number]["anchor"];

const ANCHORS = new Set<string>(PAGE_SECTIONS.map((s) => s.anchor));

/** Cited fields shown together under another section's anchor. */
const SHOWN_UNDER: Record<string, Anchor> = {
  title: "details",
  date: "details",
  location: "details",
  format: "details",
  tags: "details",
  parties: "positions",
  position: "positions",
  quote: "quotes",
  "next-step": "next-steps",
};

/**
 * The anchor of a cited section: the engine's field names (`next_steps`, `parties`) and the words
 * a reply shows (`Next steps`) both lead to the same place; undefined when it names none.
 */
export function sectionAnchor(section: string | undefined): Anchor | undefined {
  if (!section) return undefined;
  const slug = section
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  if (ANCHORS.has(slug)) return slug as Anchor;
  return SHOWN_UNDER[slug];
}

/** A format's slug for `/series/SLUG`: "NATO-Russia Council" → "nato-russia-council". */
export function formatSlug(format: string): string {
  return format
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}
