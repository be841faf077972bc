// The bot's public entry: the router, replies, mention safety and the contracts adapters build on.
export { parseWords, splitArgs, splitCommand } from "./args.ts";
export { type BotDeps, type BriefingCatalog, commandPrefix, createBot } from "./bot.ts";
export {
  answerReply,
  briefingCard,
  briefingFileName,
  briefingLabel,
  CARD_LIMITS,
  citationFor,
} from "./cards.ts";
export { COMMANDS, type CommandSpec } from "./commands.ts";
export { MAX_ARGUMENT_LENGTH, MAX_QUESTION_LENGTH } from "./input-limits.ts";
export { clip, limitReply, REPLY_LIMITS } from "./limits.ts";
export { linkAsText, linkPieces, sourceUrls, type TextPiece } from "./links.ts";
export { neutraliseMentions } from "./mentions.ts";
