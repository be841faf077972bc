// The briefing module's public entry: format, validation, loading and the live library.
export { formatProblem } from "./format.ts";
export { BriefingLibrary, type LibraryChange, type LibraryOptions } from "./library.ts";
export { type LoadOptions, type LoadResult, loadBriefings, sortBriefings } from "./load.ts";
export { normalizeName, type ParseResult, parseBriefing } from "./parse.ts";
export { printable, printableLines } from "./printable.ts";
export { DEFAULT_MAX_BRIEFING_BYTES } from "./read.ts";
export { renderBriefingText } from "./render.ts";
export { briefingFileSchema } from "./schema.ts";
export type {
  Briefing,
  BriefingProblem,
  NextStep,
  Participant,
  Party,
  Quote,
  Source,
} from "./types.ts";
