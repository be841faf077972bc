// Posts the daily summary to each subscribed channel at its local time, through the adapter that
// owns the channel. croner does the timing (time zones, daylight saving); the store records every
// delivery so a digest is posted once per channel and day, also across restarts and races.
import { Cron } from "croner";
import type { Reply } from "../chat/reply.ts";
import type { ChannelRef, DeliveryPort, Platform } from "../chat/types.ts";
import { localDay } from "../daily/dates.ts";
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
  channel: ChannelRef;
  day: string;
  late: boolean;
  outcome: DeliveryOutcome;
  attempts: number;
}

export interface SchedulerDeps {
  store: Store;
  /** The digest for a local day (the daily summary reply). */
  digest: (day: string) => Reply;
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
  /** Schedules every active subscription and catches up today's digests missed while down. */
  start(): Promise<DeliveryReport[]>;
  /** Re-reads the subscriptions (after subscribe or unsubscribe). */
  refresh(): Promise<void>;
  /** Delivers every digest whose slot today has passed and that was not delivered yet. */
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

  const withLateNote = (reply: Reply, sub: Subscription): Reply => {
    const note = `Posted late: due at ${sub.time} (${sub.timezone}) while the bot was offline`;
    return { ...reply, footer: reply.footer ? `${reply.footer} · ${note}` : note };
  };

  const deliver = async (
    sub: Subscription,
    day: string,
    late: boolean,
  ): Promise<DeliveryReport> => {
    const report = (outcome: DeliveryOutcome, attempts: number): DeliveryReport => ({
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
    for (let attempt = 1; ; attempt++) {
      try {
        await port.deliver(sub.channel, reply);
        await deps.store.finishDelivery(sub.channel, day, "delivered");
        metrics.digest(sub.channel.platform, "posted");
        logger.info("scheduler: digest delivered", { channel: sub.channel, day, late, attempt });
        return report("delivered", attempt);
      } catch (error) {
        const message = (error as Error)?.message ?? String(error);
        if ((error as { code?: unknown })?.code === "CHANNEL_GONE") {
          await deps.store.finishDelivery(sub.channel, day, "failed", message);
          await deps.store.pauseSubscription(sub.channel, message);
          jobs.get(channelKey(sub.channel))?.stop();
          jobs.delete(channelKey(sub.channel));
          metrics.digest(sub.channel.platform, "channel_gone");
          logger.warn("scheduler: channel is gone; its daily summary is paused", {
            channel: sub.channel,
            reason: message,
          });
          return report("channel-gone", attempt);
        }
        const wait = delays[attempt - 1];
        if (wait === undefined || stopped) {
          await deps.store.finishDelivery(sub.channel, day, "failed", message);
          metrics.digest(sub.channel.platform, "failed");
          logger.error("scheduler: digest failed after retries", {
            channel: sub.channel,
            day,
            attempts: attempt,
            error,
          });
          return report("failed", attempt);
        }
        logger.warn("scheduler: digest failed; retrying", {
          channel: sub.channel,
          day,
          attempt,
          retryInMs: wait,
          error,
        });
        await sleep(wait);
      }
    }
  };

  /** Today's digest of one subscription, when its slot has passed and it was not claimed. */
  const runOne = async (sub: Subscription, now: Date): Promise<DeliveryReport | undefined> => {
    if (sub.pausedReason) return undefined;
    const slot = passedSlotToday(sub.time, sub.timezone, now);
    if (!slot) return undefined;
    // A subscription made after today's slot starts tomorrow.
    if (sub.createdAt && slot.at.getTime() < Date.parse(sub.createdAt)) return undefined;
    const late = now.getTime() - slot.at.getTime() > lateAfterMs;
    return deliver(sub, slot.day, late);
  };

  const runDue = async (now = clock()): Promise<DeliveryReport[]> => {
    const subs = await deps.store.subscriptions();
    const reports: DeliveryReport[] = [];
    for (const sub of subs) {
      const report = await track(runOne(sub, now));
      if (report) reports.push(report);
    }
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
        { timezone: sub.timezone, name: `digest ${key}`, protect: true },
        async () => {
          // Read the subscription again: it may have been paused or changed since scheduling.
          const current = (await deps.store.subscriptions(sub.channel))[0];
          if (!current || current.pausedReason) return;
          const now = clock();
          await track(deliver(current, localDay(now, current.timezone), false));
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
        logger.info("scheduler: caught up a digest missed while the bot was down", {
          channel: r.channel,
          day: r.day,
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
