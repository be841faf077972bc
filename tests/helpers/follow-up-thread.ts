// A scripted conversation of follow-up questions over the shipped and fixture briefings, with
// what a person would expect each answer to say: the Slack, Discord and console tests run it
// through their real adapters and check every turn.

const NATO = "NATO-Russia Council talks on Ukraine and security guarantees";
const SSD_2021 = "First round of the US–Russia Strategic Stability Dialogue";
const SSD_2022 = "US–Russia Strategic Stability Dialogue on European security";
const FROM_CONTEXT = "(from your previous question)";

export interface Turn {
  ask: string;
  /** Every one of these is in the answer (speaker, quote, cited briefing, what was taken). */
  says: string[];
  /** None of these is (a quote already given, a guess, a note that does not apply). */
  not: string[];
}

export const FOLLOW_UP_THREAD: readonly Turn[] = [
  {
    ask: "what did Stoltenberg say about Ukraine?",
    says: ["Jens Stoltenberg (NATO Secretary General) said", "“no right of veto", NATO],
    not: [FROM_CONTEXT],
  },
  {
    // "he" is Stoltenberg, and "else" leaves out the quotes already given
    ask: "what else did he say?",
    says: [
      `Jens Stoltenberg ${FROM_CONTEXT}`,
      "We will not compromise on our basic principles.",
      "It is a positive sign that all NATO allies and Russia sat at the same table",
      NATO,
    ],
    not: ["“no right of veto", "Olaf Scholz"],
  },
  {
    // ellipsis: the same person on another topic; he never spoke of Crimea, so it is declined
    ask: "and on Crimea?",
    says: [`Jens Stoltenberg ${FROM_CONTEXT}`, "no quote from Jens Stoltenberg", "crimea"],
    not: ["Olaf Scholz (German Chancellor) said"],
  },
  {
    // a question that names its own subject is read alone
    ask: "what did Scholz say about Crimea?",
    says: ["Olaf Scholz (German Chancellor) said", "We have to return to this situation.", NATO],
    not: [FROM_CONTEXT, "Stoltenberg"],
  },
  {
    ask: "what did he say about dialogue formats?",
    says: [`Olaf Scholz ${FROM_CONTEXT}`, "all dialogue formats"],
    not: ["Stoltenberg"],
  },
  {
    ask: "who spoke at the NATO-Russia Council?",
    says: ["Jens Stoltenberg", "Olaf Scholz", NATO],
    not: [FROM_CONTEXT],
  },
  {
    // two people in the previous answer: "he" is not guessed
    ask: "what did he say about security?",
    says: ["“he” could be Jens Stoltenberg or Olaf Scholz", "Ask again with the name"],
    not: [" said: “"],
  },
  {
    ask: "what did Sherman say in the first round of the Strategic Stability Dialogue?",
    says: [
      "Wendy Sherman",
      "The talks were professional and substantive, and we will meet again.",
      SSD_2021,
    ],
    not: [FROM_CONTEXT],
  },
  {
    // the same question, in the next round of the series
    ask: "what about the next round?",
    says: [
      `The next round of the Strategic Stability Dialogue (10 January 2022) ${FROM_CONTEXT}`,
      "Wendy Sherman",
      "We will not allow anyone to slam closed",
      SSD_2022,
    ],
    not: ["we will meet again"],
  },
  {
    // "they": the talks the previous answer came from
    ask: "what did they agree?",
    says: [
      `${SSD_2022} ${FROM_CONTEXT}`,
      "No agreement; the Russian demands on NATO enlargement were rejected.",
    ],
    not: ["Normandy", "ceasefire"],
  },
  {
    ask: "what did Ryabkov say?",
    says: ["Sergei Ryabkov", "We have no intention to invade Ukraine.", SSD_2022],
    not: [FROM_CONTEXT],
  },
  {
    // "about NATO" is a topic: "he" is still Ryabkov, not NATO's Stoltenberg
    ask: "what did he say about NATO?",
    says: [
      `Sergei Ryabkov ${FROM_CONTEXT}`,
      "Ukraine never, never, never becomes a member of NATO",
    ],
    not: ["Stoltenberg"],
  },
];

/** The turn's expectations that the text of an answer misses: [] when it says what it should. */
export function misses(turn: Turn, text: string): string[] {
  const lower = text.toLowerCase();
  return [
    ...turn.says.filter((s) => !lower.includes(s.toLowerCase())).map((s) => `missing: ${s}`),
    ...turn.not.filter((s) => lower.includes(s.toLowerCase())).map((s) => `unexpected: ${s}`),
  ];
}
