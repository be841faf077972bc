// Typographic quote marks: straight quotes and apostrophes as a typesetter would write them.

/** Characters after which a quote mark opens rather than closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/u;

/**
 * `"no right of veto"` → `“no right of veto”`, `Moscow's` → `Moscow’s`. A quote mark at the start,
 * or after a space or an opening bracket, opens; any other closes (or is an apostrophe). A mark
 * alone between spaces, and text inside backticks (commands, addresses), are left as written.
 */
export function typographic(text: string): string {
  if (!/["'`]/.test(text)) return text;
  return text
    .split(/(`[^`\n]*`)/)
    .map((piece) => (piece.startsWith("`") && piece.endsWith("`") ? piece : curl(piece)))
    .join("");
}

function curl(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== '"' && c !== "'") {
      out += c;
      continue;
    }
    const before = i === 0 ? " " : (text[i - 1] as string);
    const after = text[i + 1] ?? " ";
    // A mark alone between spaces is named, not used: "The quote ' before …" keeps it.
    if (/\s/.test(before) && /\s/.test(after)) {
      out += c;
      continue;
    }
    const opens = OPENS_AFTER.test(before) || before === "“" || before === "‘";
    if (c === '"') out += opens ? "“" : "”";
    else out += opens ? "‘" : "’";
  }
  return out;
}
