// Parts of a year a question names instead of a month: "at the end of 2018", "in the autumn of
// 94", "early 2019", "summer 2006". Each is read as the months it spans, so that talks are
// asked about in those months only: "where was the round held at the end of 2018" is not
// answered by a round held in May 2018.

/** A month of a year named by a part of that year; `text` is the phrase as typed. */
export interface PeriodMonth {
  year: number;
  month: number;
  text: string;
}

/** The months each part of a year spans (the northern seasons: the briefings' talks are dated so). */
const PARTS: readonly [RegExp, readonly number[]][] = [
  [
    /^(?:the\s+)?(?:end|close)\s+of$|^late(?:\s+in)?$|^(?:the\s+)?last\s+months?\s+of$/,
    [10, 11, 12],
  ],
  [
    /^(?:the\s+)?(?:start|beginning)\s+of$|^early(?:\s+in)?$|^(?:the\s+)?first\s+months?\s+of$/,
    [1, 2, 3],
  ],
  [/^mid-?$|^(?:the\s+)?middle\s+of$/, [5, 6, 7, 8]],
  [/^(?:the\s+)?(?:autumn|fall)(?:\s+of)?$/, [9, 10, 11]],
  [/^(?:the\s+)?spring(?:\s+of)?$/, [3, 4, 5]],
  [/^(?:the\s+)?summer(?:\s+of)?$/, [6, 7, 8]],
  [/^(?:the\s+)?winter(?:\s+of)?$/, [1, 2, 12]],
];

/**
 * A part of a year and the year: "the end of 2018", "the autumn of 94", "mid-2019". A year of
 * two digits is read in the century it most likely means (30 and above: the 1900s).
 */
const PERIOD =
  /\b((?:the\s+)?(?:(?:end|close|start|beginning|middle)\s+of|(?:last|first)\s+months?\s+of|autumn(?:\s+of)?|fall(?:\s+of)?|spring(?:\s+of)?|summer(?:\s+of)?|winter(?:\s+of)?)|late(?:\s+in)?|early(?:\s+in)?|mid-?)\s*(?:'|’)?((?:19|20)\d\d|\d\d)\b(?![-/.:]\d)/gi;

/** Words before a part of a year that make it a bound, not when the talks were ("by the end of 2018"). */
const BOUND_BEFORE = /\b(by|until|till|before|after|since|from|through)\s+$/i;

/**
 * The months the parts of a year in a text span, and the text without them. A part that bounds
 * a period ("by the end of 2018": a deadline) is left as it is.
 */
export function readPeriods(text: string): { months: PeriodMonth[]; rest: string } {
  const months: PeriodMonth[] = [];
  let rest = text;
  for (const m of text.matchAll(PERIOD)) {
    const part = (m[1] as string).toLowerCase().replace(/\s+/g, " ").trim();
    const spans = PARTS.find(([re]) => re.test(part))?.[1];
    if (!spans) continue;
    if (BOUND_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index))) continue;
    const digits = m[2] as string;
    const year =
      digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) >= 30 ? 1900 : 2000);
    const phrase = m[0].trim();
    for (const month of spans) months.push({ year, month, text: phrase });
    rest = rest.replace(m[0], " ");
  }
  return { months, rest };
}
