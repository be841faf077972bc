// Splits a plain-text or Markdown news report into its headline and blocks (body paragraphs,
// headings, meta lines such as time stamps and captions), keeping each block's line number.

/** One block of the article: a paragraph, a heading, or a short meta line. */
export interface Block {
  /** The block's text with Markdown markup removed and line breaks joined. */
  text: string;
  /** `body`: running text; `heading`: a headline or sub-heading; `meta`: stamps, captions, credits. */
  kind: "body" | "heading" | "meta";
  /** 1-based line of the article where the block starts. */
  line: number;
}

/** The article as blocks; `headline` is the first block when it reads as a headline. */
export interface Article {
  headline?: Block;
  blocks: Block[];
}

/** Reads an article into blocks; never throws. */
export function parseArticle(text: string): Article {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let current: { lines: string[]; line: number; heading: boolean } | undefined;
  const flush = () => {
    if (!current) return;
    const joined = current.lines.join(" ").replace(/\s+/g, " ").trim();
    if (joined)
      blocks.push({ text: joined, kind: classify(joined, current.heading), line: current.line });
    current = undefined;
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || /^(?:-{3,}|\*{3,}|_{3,})$/.test(line)) {
      flush();
      return;
    }
    const heading = /^#{1,6}\s/.test(line);
    if (heading) flush();
    current ??= { lines: [], line: index + 1, heading };
    current.lines.push(stripMarkdown(line));
    if (heading) flush();
  });
  flush();
  const first = blocks[0];
  const headline = first && first.kind !== "body" && !looksLikeMeta(first.text) ? first : undefined;
  if (headline) headline.kind = "heading";
  return headline ? { headline, blocks } : { blocks };
}

/** Removes Markdown markup that is not part of the words: heading marks, emphasis, links, quotes. */
export function stripMarkdown(line: string): string {
  // A link's text has no "[" and its URL at most one pair of "()": a line of thousands of "[" or
  // "[a](" that never close is read once, not once per mark.
  return line
    .replace(/^#{1,6}\s+/, "")
    .replace(/^>\s?/, "")
    .replace(/^[-*+]\s+/, "")
    .replace(/!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/`([^`]*)`/g, "$1");
}

/** Running text ends a sentence; headings and captions usually do not. */
function classify(text: string, markedHeading: boolean): Block["kind"] {
  if (markedHeading) return "heading";
  if (looksLikeMeta(text)) return "meta";
  const words = text.split(" ").length;
  const endsSentence = /[.!?…]["'”’»“]?\)?$/.test(text) || /[.!?]\s*["”’»“]$/.test(text);
  if (endsSentence && words >= 4) return "body";
  // "Following the meeting, President Michel said:": a sentence that leads into the next
  // paragraph, also after a live blog's time stamp ("5:12 p.m. ET Then Trudeau, on …:")
  const sentence = text.replace(/^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?/i, "");
  if (/\p{Ll}[:]$/u.test(text) && words >= 4 && /^\p{Lu}/u.test(sentence)) return "body";
  return words <= 20 && !/[:,]$/.test(text) ? "heading" : "meta";
}

/** Time stamps, bylines, credits: short lines that start with a known label or are mostly a date. */
function looksLikeMeta(text: string): boolean {
  if (
    /^(?:status|stand|published|updated|posted|date|by|source|photo|image|video|credit)\b/i.test(
      text,
    )
  )
    return text.split(" ").length <= 14;
  // "--With assistance from A and B", "Reporting by A; Editing by B": the agency's credits
  if (
    /^[-–—]*\s*(?:with (?:additional )?(?:assistance|reporting) (?:from|by)|(?:additional )?reporting by|editing by|writing by)\b/i.test(
      text,
    )
  )
    return text.split(" ").length <= 30;
  return /^[\d\s.:/,-]+(?:[ap]\.?m\.?)?$/i.test(text);
}
