// Articles for measuring the drafter: a realistic report of any length (seeded, so every run drafts
// the same text) and the pathological inputs of issue 12 (one huge line, thousands of quote marks,
// repeated possessives, mixed quote marks), each sized in bytes just under the drafter's cap.
import { seeded } from "./corpus.ts";

const PEOPLE = [
  ["Foreign Minister", "Sergei Lavrov", "Russia's"],
  ["Secretary of State", "Antony Blinken", "the US"],
  ["NATO Secretary General", "Jens Stoltenberg", "NATO's"],
  ["Deputy Foreign Minister", "Alexander Grushko", "Russia's"],
  ["Chancellor", "Olaf Scholz", "Germany's"],
  ["Foreign Minister", "Annalena Baerbock", "Germany's"],
  ["President", "Emmanuel Macron", "France's"],
  ["Foreign Minister", "Dmytro Kuleba", "Ukraine's"],
  ["Deputy Secretary of State", "Wendy Sherman", "the US"],
  ["High Representative", "Josep Borrell", "the EU's"],
  ["Foreign Minister", "Zbigniew Rau", "Poland's"],
  ["Prime Minister", "Mark Rutte", "the Netherlands'"],
] as const;
const PARTIES = ["Russia", "Ukraine", "NATO", "the United States", "Germany", "France", "Moscow"];
const CITIES = ["Geneva", "Brussels", "Vienna", "Paris", "Berlin", "Warsaw", "Kyiv", "Moscow"];
const TOPICS = [
  "missile deployments",
  "military exercises",
  "arms control",
  "the Minsk agreements",
  "security guarantees",
  "troop movements near the border",
  "gas transit",
  "sanctions",
  "the OSCE monitoring mission",
  "confidence-building measures",
];
const SAYINGS = [
  "We are ready to talk, but not at any price",
  "There is no alternative to diplomacy",
  "The door remains open",
  "We will not compromise on our basic principles",
  "This was a frank and useful exchange",
  "Nobody wants a new arms race in Europe",
  "We expect concrete answers, not just words",
  "The situation remains very serious",
  "We have agreed to keep talking",
  "Our concerns have not been heard",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/**
 * A news report of about `words` words in the shape of the test articles: a headline, a time
 * stamp, and paragraphs of attributed and bare quotes, positions, background and next steps.
 */
export function realisticReport(words: number, seed = 20220112): string {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const lines = [
    "Talks on European security end without a breakthrough",
    "",
    "Status: 12.01.2022 3:45 p.m.",
    "",
  ];
  let count = 0;
  let n = 0;
  while (count < words) {
    const [role, name, side] = pick(PEOPLE);
    const surname = name.split(" ").at(-1);
    const other = pick(PEOPLE);
    const topic = pick(TOPICS);
    const party = pick(PARTIES);
    n++;
    const sentences = [
      `${side === "the US" ? "US" : ""} ${role} ${name} met ${other[1]} in ${pick(CITIES)} to discuss ${topic}.`.trim(),
      `"${pick(SAYINGS)} on ${topic} (${n})," ${surname} told reporters after the meeting.`,
      `"${pick(SAYINGS)}," he added.`,
      `${party === "Moscow" ? "Moscow" : party.replace(/^the /, "The ")} wants progress on ${topic} before the next round.`,
      `${other[1]}, ${other[2]} ${other[0].toLowerCase()}, said the talks on ${topic} had been "difficult but necessary".`,
      `The two sides first discussed ${topic} in ${2000 + Math.floor(rand() * 21)}.`,
      `According to ${surname}, there is "${pick(SAYINGS).toLowerCase()}" on ${topic}.`,
      `The delegations will meet again in ${pick(CITIES)} on ${pick(WEEKDAYS)}.`,
    ];
    const take = 3 + Math.floor(rand() * 3);
    const paragraph: string[] = [];
    for (let k = 0; k < take; k++) paragraph.push(pick(sentences));
    const text = paragraph.join(" ");
    count += text.split(/\s+/).length;
    lines.push(text, "");
  }
  return lines.join("\n");
}

/** Repeats `unit` (joined by `joiner`) until the text is about `bytes` UTF-8 bytes, never more. */
export function repeatTo(bytes: number, unit: (i: number) => string, joiner = " "): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const part = unit(i);
    const add = Buffer.byteLength(part) + (parts.length > 0 ? Buffer.byteLength(joiner) : 0);
    if (size + add > bytes) break;
    parts.push(part);
    size += add;
  }
  return parts.join(joiner);
}

const SYLLABLES = "ka lo mi ra ve to su ni de ba go ri an el or us ta ke mo li sa pe ro vi".split(
  " ",
);

/** An invented name of `parts` syllables, capitalised ("Kalomi"). */
function syllables(rand: () => number, parts: number): string {
  let w = "";
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const STATES = `Russia Ukraine Poland France Germany Italy Spain Portugal Norway Sweden Finland
  Denmark Estonia Latvia Lithuania Belarus Moldova Romania Bulgaria Greece Turkey Georgia Armenia
  Azerbaijan Kazakhstan China Japan India Pakistan Iran Iraq Syria Israel Egypt Libya Algeria
  Morocco Nigeria Kenya Ethiopia Brazil Argentina Chile Peru Mexico Canada Australia Indonesia
  Vietnam Thailand`.split(/\s+/);

const MARKS = ["„", "“", "”", "«", "»", "‹", "›", "‚", "‘", "’", '"', "'"];
const PAIRS = [
  ["„", "“"],
  ["“", "”"],
  ["«", "»"],
  ["»", "«"],
  ["‹", "›"],
  ["‘", "’"],
  ['"', '"'],
  ["'", "'"],
  ["”", "”"],
  ["‚", "‘"],
];

const HEAD = "Hostile input\n\nStatus: 12.01.2022 3:45 p.m.\n\n";

/** The pathological inputs of issue 12, each about `bytes` bytes with a headline and a date. */
export function pathologicalInputs(bytes: number): Record<string, string> {
  const room = bytes - Buffer.byteLength(HEAD) - 1;
  const rand = seeded(12);
  const report = realisticReport(Math.ceil(bytes / 5))
    .split("\n\n")
    .slice(2)
    .join(" ");
  const oneLine = report.replace(/\s+/g, " ").slice(0, room - 1);
  return {
    // A whole report on one line: one paragraph of a few thousand sentences.
    "single line": `${HEAD}${oneLine.slice(0, oneLine.lastIndexOf(" "))}.`,
    // One sentence without a full stop until the end: every word in the same sentence.
    "one sentence": `${HEAD}${repeatTo(room - 1, (i) => (i % 9 === 0 ? "Russia and NATO said" : "the talks went on"))}.`,
    // Thousands of straight and curly single quote marks that open but never close.
    "quote marks": `${HEAD}${repeatTo(room - 1, (i) => (i % 2 === 0 ? "'a" : "‘b c"))}.`,
    // Thousands of balanced quotes in one sentence, each a quotation of its own.
    "many quotes": `${HEAD}Lavrov said ${repeatTo(room - 20, (i) => `"word ${i}"`, " and ")}.`,
    // Repeated possessives in one sentence (compromise splits contractions in a sentence).
    possessives: `${HEAD}${repeatTo(room - 1, (i) => (i % 2 === 0 ? "Russia's" : "the minister's"))}.`,
    // Thousands of different people, each with a role, named again by surname and quoted.
    "many people": `${HEAD}${repeatTo(room - 1, (i) => {
      const name = `${syllables(rand, 2)} ${syllables(rand, 3)}`;
      return `Foreign Minister ${name} met the delegation. "We talked (${i})," ${name.split(" ")[1]} said.`;
    })}`,
    // Sentences whose subject is every state at once: each is a position of fifty parties.
    "many parties": `${HEAD}${repeatTo(room - 1, (i) => `${STATES.join(" and ")} want talks on item ${i}.`)}`,
    // Quotations in every kind of mark, thousands of them in one sentence.
    "mixed quote marks": `${HEAD}The minister said ${repeatTo(room - 30, (i) => {
      const [open, close] = PAIRS[i % PAIRS.length] as [string, string];
      return `${open}no ${i}${close}`;
    })}.`,
    // Markdown link and emphasis marks that never close, on one line.
    "markdown marks": `${HEAD}The minister said ${repeatTo(room - 30, (i) => ["[", "[a](", "**b", "*c", "`d"][i % 5] as string)} talks.`,
    // Every kind of quote mark, at random, unpaired, mixed with words.
    "stray quote marks": `${HEAD}The minister said ${repeatTo(room - 30, () => `${MARKS[Math.floor(rand() * MARKS.length)]}${rand() < 0.5 ? "we" : "talk"}`)}.`,
  };
}
