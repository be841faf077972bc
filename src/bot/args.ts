// Splits a command line into words, keeping "quoted phrases" (straight or curly quotes) together.

/** `pin "2022-01-12 nato"` → `["pin", "2022-01-12 nato"]`. An unclosed quote runs to the end. */
export function splitArgs(line: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"?|“([^”]*)”?|'([^']*)'(?=\s|$)|(\S+)/g;
  for (const match of line.matchAll(pattern)) {
    const word = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    words.push(word);
  }
  return words;
}
