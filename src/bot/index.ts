// The bot's public entry: the router, replies, mention safety and the contracts adapters build on.
export { parseWords, splitArgs, splitCommand } from "./args.ts";
export { type BotDeps, createBot } from "./bot.ts";
export {
  answerReply,
  briefingCard,
  briefingFileName,
  briefingLabel,
  CARD_LIMITS,
  citationFor,
} from "./cards.ts";
export { BriefingMatcher } from "./choices.ts";
export { type CitationLinker, withCitationLinks } from "./citation-links.ts";
export {
  argumentsLine,
  type BotCommand,
  type BriefingCatalog,
  type CommandArgument,
  type CommandSpec,
  commandPrefix,
  usageLine,
} from "./command.ts";
export {
  ask as askCommand,
  COMMANDS,
  findCommand,
  help as helpCommand,
  show as showCommand,
} from "./commands/index.ts";
export { MAX_ARGUMENT_LENGTH, MAX_LIST_WORDS, MAX_QUESTION_LENGTH } from "./input-limits.ts";
export { clip, limitReply, REPLY_LIMITS } from "./limits.ts";
export { linkAsText, linkPieces, sourceUrls, type TextPiece } from "./links.ts";
export { neutraliseMentions } from "./mentions.ts";
export { flatBrackets, readableText, sectionWords, typographicReply } from "./wording.ts";
