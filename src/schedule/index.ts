// The scheduler's public entry: daily digests at each channel's local time.
export {
  createScheduler,
  type DeliveryOutcome,
  type DeliveryReport,
  type Scheduler,
  type SchedulerDeps,
} from "./scheduler.ts";
export { isTimeZone, nextSlot, parseTimeOfDay, passedSlotToday } from "./slots.ts";
