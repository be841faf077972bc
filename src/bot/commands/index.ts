// The command registry: every bot command, in the order help and Discord's picker list them.
// A new command is a module in this folder exporting a BotCommand, and one line below.
import { type BotCommand, findIn } from "../command.ts";
import { ask } from "./ask.ts";
import { daily } from "./daily.ts";
import { gaps } from "./gaps.ts";
import { help } from "./help.ts";
import { list } from "./list.ts";
import { pin, pins, unpin } from "./pins.ts";
import { compare, timeline } from "./series.ts";
import { show } from "./show.ts";
import { subscribe, subscriptions, unsubscribe } from "./subscriptions.ts";

export const COMMANDS: readonly BotCommand[] = [
  ask,
  daily,
  show,
  list,
  pin,
  unpin,
  pins,
  subscribe,
  unsubscribe,
  subscriptions,
  compare,
  timeline,
  gaps,
  help,
];

/** The command a typed name means (any case, or an alias). */
export function findCommand(name: string): BotCommand | undefined {
  return findIn(COMMANDS, name);
}

export { answerQuestion } from "./ask.ts";
export { ask, help, list, show };
