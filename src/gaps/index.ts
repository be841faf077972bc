// What the briefings could not answer: recording declined questions and not-helpful votes, and
// grouping them for editors (`/brief gaps`, `briefbot gaps`).
export { type Gap, gapLine, groupGaps } from "./group.ts";
export {
  createGapRecorder,
  type GapRecorder,
  type GapRecorderOptions,
  missingOf,
  quotedWords,
  RETENTION_DAYS,
  userHash,
} from "./record.ts";
