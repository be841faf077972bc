// What the bot reads of a command or a question, at most: the bounds that keep every command's
// cost small whatever is typed, checked before any other work (reply sizes are in limits.ts).

/** The most characters of arguments a command takes (the text after the command's name). */
export const MAX_ARGUMENT_LENGTH = 1000;

/** The most characters of a question (a mention, a DM, `ask QUESTION`). */
export const MAX_QUESTION_LENGTH = 500;

/** A command's name is a short word; a longer first word is refused without a did-you-mean. */
export const MAX_COMMAND_NAME_LENGTH = 32;

/** The most words `list` filters on (after quoted phrases are split into their words). */
export const MAX_LIST_WORDS = 8;

/** The most words of a briefing query (`show` suggestions, autocomplete) that are compared. */
export const MAX_QUERY_WORDS = 12;

/** "1,000" */
export function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}
