// Posts the daily summary, and reminders of dated next steps, to each subscribed channel at its
// local time, through the adapter that owns the channel. croner does the timing (time zones,
// daylight saving); the store records every delivery so a digest is posted once per channel and
// day, and a reminder once per channel, briefing, date and kind, also across restarts and races.
import { Cron } from "croner";
import type { Briefing } from "../briefing/types.ts";
import type { Reply } from "../chat/reply.ts";
import type { ChannelRef, DeliveryPort, Platform } from "../chat/types.ts";
import { localDay } from "../daily/dates.ts";
import {
  type Reminder,
  type ReminderWhen,
  reminderClaimExpiry,
  reminderKey,
  reminderReply,
  remindersDue,
} from "../daily/reminders.ts";
import { type Logger, silentLogger } from "../log.ts";
import { type Metrics, noMetrics } from "../metrics.ts";
import type { Store, Subscription } from "../store/types.ts";
import { dailyPattern, nextSlot, passedSlotToday } from "./slots.ts";

/** What happened to one digest. */
export type DeliveryOutcome =
  | "delivered"
  | "already-claimed"
  | "no-adapter"
  | "channel-gone"
  | "failed";

export interface DeliveryReport {
  /** A channel's daily summary, or a reminder of a briefing's next steps. */
  kind: "digest" | "reminder";
  channel: ChannelRef;
  /** The channel's local day of the slot. */
  day: string;
  late: boolean;
  outcome: DeliveryOutcome;
  attempts: number;
  /** For a reminder: which briefing, the steps' date and whether it is the day before or the day. */
  reminder?: { briefing: string; date: string; when: ReminderWhen };
}

export interface SchedulerDeps {
  store: Store;
  /** The digest for a local day (the daily summary reply). */
  digest: (day: string) => Reply;
  /**
   * The briefings in service now, whose dated next steps are reminded to channels that turned
   * reminders on; read at each slot. Without it, no reminders are posted.
   */
  briefings?: () => readonly Briefing[];
  /** Applied to each reminder before it is posted (bounds, citation links); none by default. */
  shapeReminder?: (reply: Reply) => Reply;
  clock?: () => Date;
  logger?: Logger;
  /** Where digests are counted by platform and outcome; none by default. */
  metrics?: Metrics;
  /** Waits between attempts after an adapter error (default 2 s, 10 s, 60 s). */
  retryDelaysMs?: readonly number[];
  /** How to wait; tests pass one that does not sleep. */
  sleep?: (ms: number) => Promise<void>;
  /** A digest posted more than this after its slot is marked late (default 10 minutes). */
  lateAfterMs?: number;
  /** Start croner jobs that fire at each slot (default true; tests drive `runDue` instead). */
  timers?: boolean;
  /**
   * How often the subscriptions are read again (default 60 s), so that a subscription made
   * through another instance sharing the store is scheduled here too.
   */
  refreshEveryMs?: number;
}

export interface Scheduler {
  /** Lets the scheduler deliver to channels of `port.platform`. */
  addPort(port: DeliveryPort): void;
  /** Schedules every active subscription and catches up today's digests and reminders missed while down. */
  start(): Promise<DeliveryReport[]>;
  /** Re-reads the subscriptions (after subscribe or unsubscribe). */
  refresh(): Promise<void>;
  /** Delivers every digest and reminder whose slot today has passed and that was not delivered yet. */
  runDue(now?: Date): Promise<DeliveryReport[]>;
  /** Delivers one subscription's digest for `day` (claiming it first). */
  deliver(sub: Subscription, day: string, late: boolean): Promise<DeliveryReport>;
  /** The next slot of each active subscription. */
  upcoming(): Promise<{ channel: ChannelRef; at: Date }[]>;
  /** Stops the timers and waits for deliveries in flight. */
  stop(): Promise<void>;
}

const channelKey = (c: ChannelRef) => `${c.platform}/${c.workspace}/${c.channel}`;

/** Builds a scheduler; nothing runs until `start()`. */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const clock = deps.clock ?? (() => new Date());
  const logger = deps.logger ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
  const delays = deps.retryDelaysMs ?? [2_000, 10_000, 60_000];
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const lateAfterMs = deps.lateAfterMs ?? 10 * 60_000;
  const ports = new Map<Platform, DeliveryPort>();
  const jobs = new Map<string, Cron>();
  const inFlight = new Set<Promise<unknown>>();
  let stopped = false;
  let rereading: ReturnType<typeof setInterval> | undefined;

  const track = <T>(promise: Promise<T>): Promise<T> => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => {});
    return promise;
  };

  const lateNote = (sub: Subscription) =>
    `Posted late: due at ${sub.time} (${sub.timezone}) while the bot was offline`;
  const withLateNote = (reply: Reply, sub: Subscription): Reply => {
    const note = lateNote(sub);
    return { ...reply, footer: reply.footer ? `${reply.footer} · ${note}` : note };
  };

  /** Posts a reply, retrying adapter errors; a channel that is gone pauses its subscription. */
  const post = async (
    port: DeliveryPort,
    sub: Subscription,
    reply: Reply,
    what: { noun: string; day: string } & Record<string, unknown>,
  ): Promise<{ outcome: DeliveryOutcome; attempts: number; error?: string }> => {
    const { noun, ...about } = what;
    for (let attempt = 1; ; attempt++) {
      try {
        await port.deliver(sub.channel, reply);
        logger.info(`scheduler: ${noun} delivered`, { channel: sub.channel, ...about, attempt });
        return { outcome: "delivered", attempts: attempt };
      } catch (error) {
        const message = (error as Error)?.message ?? String(error);
        if ((error as { code?: unknown })?.code === "CHANNEL_GONE") {
          await deps.store.pauseSubscription(sub.channel, message);
          jobs.get(channelKey(sub.channel))?.stop();
          jobs.delete(channelKey(sub.channel));
          logger.warn("scheduler: channel is gone; its daily summary and reminders are paused", {
            channel: sub.channel,
            reason: message,
          });
          return { outcome: "channel-gone", attempts: attempt, error: message };
        }
        const wait = delays[attempt - 1];
        if (wait === undefined || stopped) {
          logger.error(`scheduler: ${noun} failed after retries`, {
            channel: sub.channel,
            ...about,
            attempts: attempt,
            error,
          });
          return { outcome: "failed", attempts: attempt, error: message };
        }
        logger.warn(`scheduler: ${noun} failed; retrying`, {
          channel: sub.channel,
          ...about,
          attempt,
          retryInMs: wait,
          error,
        });
        await sleep(wait);
      }
    }
  };

  const deliver = async (
    sub: Subscription,
    day: string,
    late: boolean,
  ): Promise<DeliveryReport> => {
    const report = (outcome: DeliveryOutcome, attempts: number): DeliveryReport => ({
      kind: "digest",
      channel: sub.channel,
      day,
      late,
      outcome,
      attempts,
    });
    const port = ports.get(sub.channel.platform);
    if (!port) {
      logger.warn("scheduler: no adapter running for the channel's platform", {
        channel: sub.channel,
      });
      return report("no-adapter", 0);
    }
    const claimed = await deps.store.claimDelivery(sub.channel, day, late, clock().toISOString());
    if (!claimed) return report("already-claimed", 0);
    const base = deps.digest(day);
    const reply = late ? withLateNote(base, sub) : base;
    const result = await post(port, sub, reply, { noun: "digest", day, late });
    await deps.store.finishDelivery(
      sub.channel,
      day,
      result.outcome === "delivered" ? "delivered" : "failed",
      result.error,
    );
    metrics.digest(
      sub.channel.platform,
      result.outcome === "delivered"
        ? "posted"
        : result.outcome === "channel-gone"
          ? "channel_gone"
          : "failed",
    );
    return report(result.outcome, result.attempts);
  };

  /**
   * Posts one reminder at the slot of local day `day`, once: the claim's key names the channel,
   * briefing, date and kind, so another instance, a restart or a second run finds it taken. A
   * reminder that still fails after the retries is logged and not tried again.
   */
  const remind = async (
    sub: Subscription,
    reminder: Reminder,
    day: string,
    late: boolean,
  ): Promise<DeliveryReport> => {
    const about = { briefing: reminder.briefing.id, date: reminder.date, when: reminder.when };
    const report = (outcome: DeliveryOutcome, attempts: number): DeliveryReport => ({
      kind: "reminder",
      channel: sub.channel,
      day,
      late,
      outcome,
      attempts,
      reminder: about,
    });
    const port = ports.get(sub.channel.platform);
    if (!port) return report("no-adapter", 0);
    const claimed = await deps.store.claimOnce(
      reminderKey(sub.channel, reminder),
      clock().toISOString(),
      reminderClaimExpiry(reminder.date),
    );
    if (!claimed) return report("already-claimed", 0);
    const base = reminderReply(reminder, late ? { footer: lateNote(sub) } : {});
    const reply = deps.shapeReminder ? deps.shapeReminder(base) : base;
    const result = await post(port, sub, reply, { noun: "reminder", day, late, ...about });
    return report(result.outcome, result.attempts);
  };

  /** The reminders of local day `day` for a channel with reminders on, each posted once. */
  const remindAll = async (
    sub: Subscription,
    day: string,
    late: boolean,
  ): Promise<DeliveryReport[]> => {
    if (!sub.remindersSince || !deps.briefings) return [];
    const reports: DeliveryReport[] = [];
    for (const reminder of remindersDue(deps.briefings(), day)) {
      const report = await remind(sub, reminder, day, late);
      reports.push(report);
      if (report.outcome === "channel-gone") break;
    }
    return reports;
  };

  /**
   * Today's digest and reminders of one subscription, when its slot has passed, that were not
   * claimed yet. Only today's slot counts: after days offline, the digest and reminders of
   * earlier days are past, and only today's are posted (late).
   */
  const runOne = async (sub: Subscription, now: Date): Promise<DeliveryReport[]> => {
    if (sub.pausedReason) return [];
    const slot = passedSlotToday(sub.time, sub.timezone, now);
    if (!slot) return [];
    const late = now.getTime() - slot.at.getTime() > lateAfterMs;
    // Turned on after today's slot: starts tomorrow (the digest and the reminders alike).
    const since = (iso: string | undefined) => !iso || slot.at.getTime() >= Date.parse(iso);
    const reports: DeliveryReport[] = [];
    if (sub.digest !== false && since(sub.createdAt)) {
      reports.push(await deliver(sub, slot.day, late));
    }
    if (reports[0]?.outcome === "channel-gone") return reports;
    if (sub.remindersSince && since(sub.remindersSince)) {
      reports.push(...(await remindAll(sub, slot.day, late)));
    }
    return reports;
  };

  const runDue = async (now = clock()): Promise<DeliveryReport[]> => {
    const subs = await deps.store.subscriptions();
    const reports: DeliveryReport[] = [];
    for (const sub of subs) reports.push(...(await track(runOne(sub, now))));
    return reports;
  };

  const refresh = async (): Promise<void> => {
    if (deps.timers === false || stopped) return;
    const subs = (await deps.store.subscriptions()).filter((s) => !s.pausedReason);
    const wanted = new Map(subs.map((s) => [channelKey(s.channel), s]));
    for (const [key, job] of jobs) {
      const sub = wanted.get(key);
      if (
        !sub ||
        job.getPattern() !== dailyPattern(sub.time) ||
        job.options.timezone !== sub.timezone
      ) {
        job.stop();
        jobs.delete(key);
      }
    }
    for (const [key, sub] of wanted) {
      if (jobs.has(key)) continue;
      const job = new Cron(
        dailyPattern(sub.time),
        { timezone: sub.timezone, name: `slot ${key}`, protect: true },
        async () => {
          // Read the subscription again: it may have been paused or changed since scheduling.
          const current = (await deps.store.subscriptions(sub.channel))[0];
          if (!current || current.pausedReason) return;
          const day = localDay(clock(), current.timezone);
          const digest =
            current.digest === false ? undefined : await track(deliver(current, day, false));
          if (digest?.outcome === "channel-gone") return;
          await track(remindAll(current, day, false));
        },
      );
      jobs.set(key, job);
    }
  };

  return {
    addPort(port) {
      ports.set(port.platform, port);
    },
    async start() {
      stopped = false;
      await refresh();
      if (deps.timers !== false && !rereading) {
        rereading = setInterval(() => {
          refresh().catch((error: unknown) =>
            logger.warn("scheduler: could not re-read the subscriptions", { error }),
          );
        }, deps.refreshEveryMs ?? 60_000);
        rereading.unref();
      }
      const reports = await runDue(clock());
      for (const r of reports.filter((r) => r.late && r.outcome === "delivered")) {
        logger.info(`scheduler: caught up a ${r.kind} missed while the bot was down`, {
          channel: r.channel,
          day: r.day,
          ...(r.reminder && { reminder: r.reminder }),
        });
      }
      return reports;
    },
    refresh,
    runDue,
    deliver: (sub, day, late) => track(deliver(sub, day, late)),
    async upcoming() {
      const now = clock();
      const subs = (await deps.store.subscriptions()).filter((s) => !s.pausedReason);
      return subs.flatMap((s) => {
        const at = nextSlot(s.time, s.timezone, now);
        return at ? [{ channel: s.channel, at }] : [];
      });
    },
    async stop() {
      stopped = true;
      clearInterval(rereading);
      rereading = undefined;
      for (const job of jobs.values()) job.stop();
      jobs.clear();
      await Promise.allSettled([...inFlight]);
    },
  };
}
