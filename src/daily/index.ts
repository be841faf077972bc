// The daily summary's public entry: days and date parsing, the summary, and its reply.
export { addDays, dayRange, isRealDay, localDay, longDay, parseDay, shortDay } from "./dates.ts";
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
