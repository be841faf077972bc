// Pieces of hostile text shared by the briefing and the console fuzzers.
import type { Random } from "./random.ts";

/** C0 and C1 controls, terminal escape sequences, bidi and invisible marks (no line breaks). */
export const CONTROL = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\t",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u001b[31m",
  "\u001b[2J\u001b[H",
  "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007",
  "\u001b]0;owned\u0007",
  "\u001b[6n",
  "\u007f",
  "\u0085",
  "\u009b31m",
  "\u200b",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\ufffd",
  "\ufffe",
];

export const EMOJI = [
  "😀",
  "👍🏽",
  "👨‍👩‍👧‍👦",
  "🇺🇦",
  "🏳️‍🌈",
  "🤷‍♀️",
  "🦄",
  "𝕳𝖊𝖑𝖑𝖔",
  "Z̴̡̛a̷l̶g̸o̵",
  "ﷺ",
  "ᐅ",
];

export const SCRIPTS = [
  "مرحبا بالعالم",
  "שלום עולם",
  "Привет, мир",
  "你好世界",
  "こんにちは",
  "Γειά σου",
  "नमस्ते",
  "Stoltenberg’s",
  "Ryabkov‘s",
  "Grüße aus Genf",
];

export const QUOTES = [
  '"',
  "'",
  "“",
  "”",
  "‘",
  "’",
  "„",
  "‚",
  "«",
  "»",
  "‹",
  "›",
  "「",
  "」",
  "`",
  "```",
  "´",
];

export const MENTIONS = [
  "@everyone",
  "@here",
  "<@U012ABCDEF>",
  "<@!123456789012345678>",
  "<@&123456789012345678>",
  "<#C012ABCDEF>",
  "<!channel>",
  "<!here>",
  "<!subteam^S012ABC>",
  "@briefbot",
];

export const LINKS = [
  "[click](https://evil.example/login)",
  "[text](<https://evil.example>)",
  '[x](https://evil.example "title")',
  "<https://evil.example|the statement>",
  "<https://evil.example>",
  "https://evil.example/a?b=c&d=<e>",
  "javascript:alert(1)",
  "![img](https://evil.example/p.png)",
  "<mailto:a@b.example|mail>",
  "file:///etc/passwd",
  "**bold** _it_ ~strike~ `code` ||spoiler||",
  "> quoted\u00a0text",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<script>alert(1)</script>",
];

export const NUMBERS = [
  "0",
  "-1",
  "1e308",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "9007199254740993",
  "99999999999999999999999999999999",
  "0x7fffffff",
  "1_000_000",
  "3.14159",
  "١٢٣",
  "²³",
];

export const DATES = [
  "2022-01-12",
  "12 January 2022",
  "yesterday",
  "today",
  "tomorrow",
  "last Wednesday",
  "next friday",
  "2022-02-30",
  "2022-13-01",
  "0000-00-00",
  "9999-12-31",
  "275760-09-13",
  "-000001-01-01",
  "1970-01-01T00:00:00Z",
  "12/01/2022",
  "01.12.2022",
  "the day after tomorrow",
  "a week ago",
  "in 100000 years",
  "Jan 32",
  "29 February 2023",
];

/** Words that the shipped briefings use, so some random questions reach the engine's ranking. */
export const WORDS = [
  "what",
  "did",
  "Stoltenberg",
  "stoltenburg",
  "say",
  "about",
  "Ukraine",
  "who",
  "led",
  "the",
  "Russian",
  "delegation",
  "in",
  "Geneva",
  "when",
  "where",
  "were",
  "talks",
  "held",
  "how",
  "long",
  "NATO",
  "Sherman",
  "Ryabkov",
  "position",
  "of",
  "outcome",
  "next",
  "steps",
  "Vienna",
  "Iran",
  "sanctions",
  "Normandy",
  "Paris",
  "OSCE",
  "security",
  "guarantees",
  "said",
  "veto",
  "January",
  "2022",
  "Moscow",
  "Kremlin",
  "and",
  "or",
  "not",
  "?",
];

/** A short piece of hostile text of a random kind. */
export function hostilePiece(r: Random): string {
  switch (r.int(0, 9)) {
    case 0:
      return r.pick(CONTROL);
    case 1:
      return r.pick(EMOJI);
    case 2:
      return r.pick(SCRIPTS);
    case 3:
      return r.pick(QUOTES);
    case 4:
      return r.pick(MENTIONS);
    case 5:
      return r.pick(LINKS);
    case 6:
      return r.pick(NUMBERS);
    case 7:
      return r.pick(DATES);
    case 8:
      return String.fromCodePoint(r.int(0, 0x10ffff)).replace(/[\r\n]/g, " ");
    default:
      return r.pick(WORDS);
  }
}

/** Words and hostile pieces mixed, `count` of them. */
export function hostilePhrase(r: Random, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(r.chance(0.5) ? r.pick(WORDS) : hostilePiece(r));
  return parts.join(r.chance(0.8) ? " " : "");
}
