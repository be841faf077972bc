// Defuses mass mentions in user-visible text, for every adapter and the console.

const ZERO_WIDTH_SPACE = "\u200B";

/**
 * Inserts a zero-width space after the `@` of `@everyone`, `@here` and `@channel`
 * (and Slack's `<!everyone>` forms), so quoted text can never ping a whole channel.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here|channel)\b/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<!(everyone|here|channel)([|>])/gi, `<!${ZERO_WIDTH_SPACE}$1$2`);
}
