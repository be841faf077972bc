// The daily summary's public entry: days and date parsing, the summary, and its reply.
export { addDays, isRealDay, localDay, longDay, parseDay } from "./dates.ts";
export { bullets, dailyReply } from "./reply.ts";
export {
  type ComingUp,
  coversDay,
  type DailyBriefing,
  type DailySummary,
  dailySummary,
  nearestDays,
  topQuotes,
} from "./summary.ts";
