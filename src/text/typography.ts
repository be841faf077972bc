// Typographic quote marks: straight quotes and apostrophes as a typesetter would write them.

/** Characters after which a quote mark opens rather than closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/u;

/**
 * `"no right of veto"` → `“no right of veto”`, `Moscow's` → `Moscow’s`. A quote mark at the start,
 * or after a space or an opening bracket, opens; any other closes (or is an apostrophe). Text
 * inside backticks (commands, addresses) is left as written.
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
    const opens = OPENS_AFTER.test(before) || before === "“" || before === "‘";
    if (c === '"') out += opens ? "“" : "”";
    else out += opens ? "‘" : "’";
  }
  return out;
}
