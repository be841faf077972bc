// Makes text from outside (file names, briefing text) safe to print on a terminal or in a log line.

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional overrides
 * that can reorder or hide text on a terminal. Tab is kept out too: a name never needs one.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every character that could move the cursor, colour the terminal, start a new log
 * line or reverse the reading order replaced by a visible escape (`\n`, `\x1b`, `\u202e`).
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Like {@link printable}, but keeps line breaks and tabs (multi-line text such as `briefbot show`). */
export function printableLines(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .split("\t")
        .map((part) => part.replace(UNSAFE, escapeChar))
        .join("\t"),
    )
    .join("\n");
}

function escapeChar(c: string): string {
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (c === "\t") return "\\t";
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}
