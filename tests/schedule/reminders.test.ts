// Reminders of dated next steps: posted the day before and on the day at the channel's local time,
// once per channel and step across restarts and instances, moved when the date is edited,
// withdrawn when the step is removed, caught up once after downtime.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Briefing } from "../../src/briefing/index.ts";
import type { ChannelRef, DeliveryPort, Reply } from "../../src/chat/index.ts";
import { createScheduler, type SchedulerDeps } from "../../src/schedule/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import type { Store } from "../../src/store/types.ts";

const brussels: ChannelRef = { platform: "slack", workspace: "T1", channel: "C-brussels" };
const washington: ChannelRef = { platform: "slack", workspace: "T1", channel: "C-washington" };
const dir = mkdtempSync(join(tmpdir(), "briefbot-reminders-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const digest = (day: string): Reply => ({
  title: `Daily summary: ${day}`,
  sections: [],
  visibility: "public",
  kind: "daily",
});

/** The NATO-Russia Council briefing with its next steps as given (a new object, as after a reload). */
function natoRussia(nextSteps: Briefing["next_steps"]): Briefing {
  return {
    id: "2022-01-12-nato-russia-council",
    file: "/briefings/2022-01-12-nato-russia-council.yaml",
    title: "NATO-Russia Council in Brussels",
    date: "2022-01-12",
    location: "Brussels",
    summary: "NATO and Russia met for the first time since 2019.",
    sources: [
      {
        title: "Nato-Russland-Rat",
        url: "https://www.tagesschau.de/ausland/nato-russland-rat-101.html",
      },
    ],
    ...(nextSteps && { next_steps: nextSteps }),
  };
}

const osce = {
  text: "Further talks with Russia within the framework of the OSCE, in Vienna.",
  date: "2022-01-13",
};

/** A delivery port that records what it posted. */
function recordingPort() {
  const posted: { channel: ChannelRef; reply: Reply }[] = [];
  const port: DeliveryPort = {
    platform: "slack",
    async deliver(channel, reply) {
      posted.push({ channel, reply });
    },
  };
  return { port, posted };
}

function scheduler(
  store: Store,
  now: () => Date,
  briefings: () => readonly Briefing[],
  extra: Partial<SchedulerDeps> = {},
) {
  return createScheduler({
    store,
    digest,
    briefings,
    clock: now,
    timers: false,
    sleep: async () => {},
    ...extra,
  });
}

/** Reminders on at 08:00 Brussels time since 2022-01-01, without the daily summary. */
async function remindersOnly(store: Store, channel = brussels) {
  await store.subscribe({
    channel,
    time: "08:00",
    timezone: "Europe/Brussels",
    digest: false,
    createdAt: "2022-01-01T09:00:00Z",
    remindersSince: "2022-01-01T09:00:00Z",
  });
}

const titles = (posted: { reply: Reply }[]) => posted.map((p) => p.reply.title);

describe("reminders of dated next steps", () => {
  it("posts the day before and on the day at the channel's local time, naming the step and citing the briefing", async () => {
    const store = openSqliteStore(":memory:");
    await remindersOnly(store);
    const { port, posted } = recordingPort();
    let now = new Date("2022-01-12T06:59:00Z"); // 07:59 in Brussels
    const briefings = [natoRussia([osce])];
    const s = scheduler(
      store,
      () => now,
      () => briefings,
    );
    s.addPort(port);
    expect(await s.runDue()).toEqual([]);
    now = new Date("2022-01-12T07:00:00Z"); // 08:00 in Brussels
    const reports = await s.runDue();
    expect(reports.map((r) => [r.kind, r.outcome, r.reminder?.when])).toEqual([
      ["reminder", "delivered", "day-before"],
    ]);
    now = new Date("2022-01-13T07:00:00Z");
    await s.runDue();
    now = new Date("2022-01-14T07:00:00Z");
    await s.runDue();
    expect(titles(posted)).toEqual([
      "Tomorrow, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
      "Today, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
    ]);
    const reply = posted[1]?.reply;
    expect(reply?.kind).toBe("reminder");
    expect(reply?.sections[0]?.text).toBe(`• ${osce.text}`);
    expect(reply?.citations).toEqual([
      {
        briefing: "2022-01-12-nato-russia-council",
        label: "NATO-Russia Council in Brussels (2022-01-12)",
        section: "next_steps",
        sources: [
          {
            title: "Nato-Russland-Rat",
            url: "https://www.tagesschau.de/ausland/nato-russland-rat-101.html",
          },
        ],
      },
    ]);
    expect(reply?.footer).toBe("Reminder from the briefing 2022-01-12-nato-russia-council");
    expect(posted.map((p) => p.channel)).toEqual([brussels, brussels]);
  });

  it("reminds by the channel's own calendar: a Washington channel is told on its own day", async () => {
    const store = openSqliteStore(":memory:");
    await store.subscribe({
      channel: washington,
      time: "20:00",
      timezone: "America/New_York",
      digest: false,
      remindersSince: "2022-01-10T09:00:00Z",
    });
    const { port, posted } = recordingPort();
    // 20:00 in Washington on the 12th is already the 13th in UTC: still the day before there.
    let now = new Date("2022-01-13T01:00:00Z");
    const s = scheduler(
      store,
      () => now,
      () => [natoRussia([osce])],
    );
    s.addPort(port);
    await s.runDue();
    now = new Date("2022-01-14T01:00:00Z");
    await s.runDue();
    expect(titles(posted)).toEqual([
      "Tomorrow, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
      "Today, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
    ]);
  });

  it("posts each reminder once across a restart on the same store file", async () => {
    const path = join(dir, "restart.db");
    const first = openSqliteStore(path);
    await remindersOnly(first);
    await first.close();
    const { port, posted } = recordingPort();
    const briefings = [natoRussia([osce])];
    // Up at 08:00, restarted at 08:05 and at 09:30 the same morning, then the next morning twice.
    for (const iso of [
      "2022-01-12T07:00:00Z",
      "2022-01-12T07:05:00Z",
      "2022-01-12T08:30:00Z",
      "2022-01-13T07:00:00Z",
      "2022-01-13T07:02:00Z",
    ]) {
      const store = openSqliteStore(path);
      const s = scheduler(
        store,
        () => new Date(iso),
        () => briefings,
      );
      s.addPort(port);
      await s.start();
      await s.stop();
      await store.close();
    }
    expect(titles(posted)).toEqual([
      "Tomorrow, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
      "Today, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
    ]);
  });

  it("posts each reminder once when two scheduler instances share one store and race", async () => {
    const path = join(dir, "race.db");
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    await remindersOnly(a);
    await remindersOnly(a, washington);
    const { port, posted } = recordingPort();
    const briefings = [natoRussia([osce])];
    let now = new Date("2022-01-12T07:00:30Z");
    const sa = scheduler(
      a,
      () => now,
      () => briefings,
    );
    const sb = scheduler(
      b,
      () => now,
      () => briefings,
    );
    sa.addPort(port);
    sb.addPort(port);
    const race = async () =>
      (await Promise.all([sa.runDue(), sb.runDue(), sa.runDue(), sb.runDue()])).flat();
    const first = await race();
    now = new Date("2022-01-13T07:00:30Z");
    const second = await race();
    // Two channels, each told the day before and on the day: four posts, whoever won the claim.
    expect(posted.map((p) => [p.channel.channel, p.reply.title?.split(",")[0]])).toEqual([
      ["C-brussels", "Tomorrow"],
      ["C-washington", "Tomorrow"],
      ["C-brussels", "Today"],
      ["C-washington", "Today"],
    ]);
    for (const reports of [first, second]) {
      expect(reports.filter((r) => r.outcome === "delivered")).toHaveLength(2);
      expect(reports.filter((r) => r.outcome === "already-claimed")).toHaveLength(6);
    }
    await a.close();
    await b.close();
  });

  it("moves the reminder when the step's date is edited, also after the day-before reminder", async () => {
    const store = openSqliteStore(":memory:");
    await remindersOnly(store);
    const { port, posted } = recordingPort();
    let briefings = [natoRussia([osce])];
    let now = new Date("2022-01-12T07:00:00Z");
    const s = scheduler(
      store,
      () => now,
      () => briefings,
    );
    s.addPort(port);
    await s.runDue(); // the day before the 13th
    // The editors learn the OSCE meeting moved to the 20th, and reword the step.
    briefings = [
      natoRussia([
        { text: "Further talks within the OSCE, postponed by a week.", date: "2022-01-20" },
      ]),
    ];
    for (const day of ["13", "14", "18", "19", "20", "21"]) {
      now = new Date(`2022-01-${day}T07:00:00Z`);
      await s.runDue();
    }
    expect(titles(posted)).toEqual([
      "Tomorrow, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
      "Tomorrow, Thu 20 Jan 2022: a next step of NATO-Russia Council in Brussels",
      "Today, Thu 20 Jan 2022: a next step of NATO-Russia Council in Brussels",
    ]);
    expect(posted[2]?.reply.sections[0]?.text).toBe(
      "• Further talks within the OSCE, postponed by a week.",
    );
  });

  it("withdraws the reminder when the step is removed before it is due", async () => {
    const store = openSqliteStore(":memory:");
    await remindersOnly(store);
    const { port, posted } = recordingPort();
    let briefings = [natoRussia([osce, { text: "Sound out a schedule for further meetings." }])];
    let now = new Date("2022-01-12T07:00:00Z");
    const s = scheduler(
      store,
      () => now,
      () => briefings,
    );
    s.addPort(port);
    await s.runDue();
    briefings = [natoRussia([{ text: "Sound out a schedule for further meetings." }])];
    now = new Date("2022-01-13T07:00:00Z");
    expect(await s.runDue()).toEqual([]);
    expect(titles(posted)).toEqual([
      "Tomorrow, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
    ]);
  });

  it("uses the step's current text when it was reworded after it was scheduled", async () => {
    const store = openSqliteStore(":memory:");
    await remindersOnly(store);
    const { port, posted } = recordingPort();
    let briefings = [natoRussia([osce])];
    const now = new Date("2022-01-12T07:00:00Z");
    const s = scheduler(
      store,
      () => now,
      () => briefings,
    );
    s.addPort(port);
    briefings = [natoRussia([{ ...osce, text: "OSCE Permanent Council meets Russia in Vienna." }])];
    await s.runDue();
    expect(posted[0]?.reply.sections[0]?.text).toBe(
      "• OSCE Permanent Council meets Russia in Vienna.",
    );
  });

  it("catches up today's reminders once after downtime, marked late, and skips the days that passed", async () => {
    const path = join(dir, "downtime.db");
    const first = openSqliteStore(path);
    await remindersOnly(first);
    await first.close();
    const { port, posted } = recordingPort();
    const briefings = [
      natoRussia([
        osce,
        { text: "Strategic Stability Dialogue in Geneva.", date: "2022-01-16" },
        { text: "NATO defence ministers meet in Brussels.", date: "2022-01-17" },
      ]),
    ];
    // Down from the 11th until 10:15 on the 16th: the 13th's reminders are stale, the 16th's are due.
    for (const iso of ["2022-01-16T09:15:00Z", "2022-01-16T09:20:00Z"]) {
      const store = openSqliteStore(path);
      const s = scheduler(
        store,
        () => new Date(iso),
        () => briefings,
      );
      s.addPort(port);
      await s.start();
      await s.stop();
      await store.close();
    }
    expect(titles(posted)).toEqual([
      "Today, Sun 16 Jan 2022: a next step of NATO-Russia Council in Brussels",
      "Tomorrow, Mon 17 Jan 2022: a next step of NATO-Russia Council in Brussels",
    ]);
    expect(posted[0]?.reply.footer).toBe(
      "Reminder from the briefing 2022-01-12-nato-russia-council · Posted late: due at 08:00 (Europe/Brussels) while the bot was offline",
    );
  });

  it("starts the day after when reminders are turned on after today's time", async () => {
    const store = openSqliteStore(":memory:");
    await store.subscribe({
      channel: brussels,
      time: "08:00",
      timezone: "Europe/Brussels",
      createdAt: "2022-01-01T09:00:00Z",
      remindersSince: "2022-01-12T09:00:00Z",
    });
    const { port, posted } = recordingPort();
    let now = new Date("2022-01-12T09:30:00Z");
    const s = scheduler(
      store,
      () => now,
      () => [natoRussia([osce])],
    );
    s.addPort(port);
    // Today's digest (subscribed long ago) is caught up; the reminder of the 13th is not.
    expect((await s.runDue()).map((r) => r.kind)).toEqual(["digest"]);
    now = new Date("2022-01-13T07:00:00Z");
    await s.runDue();
    expect(titles(posted)).toEqual([
      "Daily summary: 2022-01-12",
      "Daily summary: 2022-01-13",
      "Today, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
    ]);
  });

  it("passes each reminder through the shaping the composition root gives (bounds, links)", async () => {
    const store = openSqliteStore(":memory:");
    await remindersOnly(store);
    const { port, posted } = recordingPort();
    const s = scheduler(
      store,
      () => new Date("2022-01-12T07:00:00Z"),
      () => [natoRussia([osce])],
      {
        shapeReminder: (reply) => ({ ...reply, footer: `${reply.footer} · shaped` }),
      },
    );
    s.addPort(port);
    await s.runDue();
    expect(posted[0]?.reply.footer).toBe(
      "Reminder from the briefing 2022-01-12-nato-russia-council · shaped",
    );
  });

  it("posts nothing to a channel that has only the daily summary", async () => {
    const store = openSqliteStore(":memory:");
    await store.subscribe({ channel: brussels, time: "08:00", timezone: "Europe/Brussels" });
    const { port, posted } = recordingPort();
    const s = scheduler(
      store,
      () => new Date("2022-01-12T07:00:00Z"),
      () => [natoRussia([osce])],
    );
    s.addPort(port);
    await s.runDue();
    expect(titles(posted)).toEqual(["Daily summary: 2022-01-12"]);
  });

  it("reminds of the last day of talks that span several days", async () => {
    const store = openSqliteStore(":memory:");
    await remindersOnly(store);
    const { port, posted } = recordingPort();
    const geneva: Briefing = {
      ...natoRussia(undefined),
      id: "2022-01-09-strategic-stability-geneva",
      title: "Strategic Stability Dialogue in Geneva",
      date: "2022-01-09",
      end_date: "2022-01-10",
    };
    const s = scheduler(
      store,
      () => new Date("2022-01-09T07:00:00Z"),
      () => [geneva],
    );
    s.addPort(port);
    await s.runDue();
    expect(titles(posted)).toEqual([
      "Tomorrow, Mon 10 Jan 2022: a next step of Strategic Stability Dialogue in Geneva",
    ]);
    expect(posted[0]?.reply.sections[0]?.text).toBe(
      "• Last day of the talks (Strategic Stability Dialogue in Geneva, since 2022-01-09).",
    );
  });

  it("fires the reminder from the channel's croner job at its local time", async () => {
    vi.useFakeTimers({ now: new Date("2022-01-11T12:00:00Z") });
    try {
      const store = openSqliteStore(":memory:");
      await remindersOnly(store);
      const { port, posted } = recordingPort();
      const s = createScheduler({ store, digest, briefings: () => [natoRussia([osce])] });
      s.addPort(port);
      await s.start();
      await vi.advanceTimersByTimeAsync(2 * 24 * 3600_000);
      await s.stop();
      expect(titles(posted)).toEqual([
        "Tomorrow, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
        "Today, Thu 13 Jan 2022: a next step of NATO-Russia Council in Brussels",
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
