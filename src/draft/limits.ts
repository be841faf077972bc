// What drafting accepts and how large a draft may grow: the input cap, checked before any parsing,
// and the bounds on each section of the draft, so that its cost and its size follow the article's.

/**
 * The largest article `briefbot draft` and the console's `/draft` read: 200 KB (204,800 bytes of
 * UTF-8). A long news report is 20–60 KB; a larger file is refused before it is parsed.
 */
export const MAX_ARTICLE_BYTES = 200 * 1024;

/** The most items a draft keeps in one list (quotes, participants, parties, positions of a party, background, next steps, aliases). */
export const MAX_SECTION_ITEMS = 100;

/** The most characters of one text in a draft (a quote, a context, the summary, a position); longer ones are cut at a word. */
export const MAX_ITEM_CHARS = 1000;

/** The most characters of a review mark's quoted words ("speaker from "…""). */
export const MAX_NOTE_CHARS = 200;

/** "200 KB": a size in bytes as the messages and docs write it. */
export function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString("en")} KB`;
}

/**
 * The message for an article over {@link MAX_ARTICLE_BYTES}, naming the file and both sizes;
 * the same words from the CLI, the console and {@link draftBriefing}.
 */
export function tooLargeMessage(file: string, bytes?: number): string {
  const size = bytes === undefined ? `more than ${kilobytes(MAX_ARTICLE_BYTES)}` : kilobytes(bytes);
  return `${file} is ${size}: drafting reads articles of at most ${kilobytes(MAX_ARTICLE_BYTES)} (a long news report is 20–60 KB); draft a shorter excerpt of it`;
}

/** `text` cut to at most `max` characters at a word boundary, with " …" when it was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = text.slice(0, max - 2);
  // Never cut between the two halves of a character outside the BMP.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  const space = head.lastIndexOf(" ");
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()} …`;
}
