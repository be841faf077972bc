// What Slack shows under /brief as it is typed (the manifest's usage_hint), from the bot's registry.
import { COMMANDS, usageLine } from "../../src/bot/index.ts";

/** `ask QUESTION | daily [DATE] | …`: every command with its arguments, in the registry's order. */
export function slashCommandUsageHint(): string {
  return COMMANDS.map((c) => usageLine(c, "")).join(" | ");
}

/** `ask, daily, show, …`: the command names, as the manifest's long description lists them. */
export function slashCommandNames(): string {
  return COMMANDS.map((c) => c.name).join(", ");
}
