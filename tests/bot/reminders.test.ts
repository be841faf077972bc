// Turning reminders of dated next steps on and off in a channel: `reminders on|off`,
// `subscribe reminders`, `unsubscribe reminders`, and what `subscriptions` and `reminders` show.
import { describe, expect, it, vi } from "vitest";
import { general, makeBriefing, other, testBot } from "./helpers.ts";

// The clock of testBot: 2022-01-14 10:00 UTC.
const briefings = [
  makeBriefing({
    id: "2022-01-12-nato-russia-council",
    title: "NATO-Russia Council",
    next_steps: [
      { text: "OSCE Permanent Council in Vienna.", date: "2022-01-13" },
      { text: "NATO defence ministers meet in Brussels.", date: "2022-02-16" },
      { text: "Strategic Stability Dialogue resumes on 20 January 2022." },
      { text: "Sound out a schedule for further meetings." },
    ],
  }),
];

describe("reminders in a channel", () => {
  it("turns reminders on with subscribe reminders, at 09:00 in the bot's zone when the channel has no daily summary", async () => {
    const changed = vi.fn();
    const { run, store } = await testBot({ briefings, onSubscriptionsChange: changed });
    const reply = await run("subscribe reminders");
    expect(reply).toMatchObject({
      title: "Reminders at 09:00 Europe/Brussels",
      visibility: "public",
    });
    expect(reply.sections[1]).toEqual({
      heading: "Coming up",
      text: [
        "Thu 20 Jan 2022: Strategic Stability Dialogue resumes on 20 January 2022. (2022-01-12-nato-russia-council)",
        "Wed 16 Feb 2022: NATO defence ministers meet in Brussels. (2022-01-12-nato-russia-council)",
      ].join("\n"),
    });
    expect(await store.subscriptions(general)).toEqual([
      {
        channel: general,
        time: "09:00",
        timezone: "Europe/Brussels",
        createdBy: "U1",
        createdAt: "2022-01-14T10:00:00.000Z",
        digest: false,
        remindersSince: "2022-01-14T10:00:00.000Z",
      },
    ]);
    expect(changed).toHaveBeenCalledTimes(1);
    expect((await run("subscriptions")).sections[0]?.text).toBe(
      "09:00 Europe/Brussels  #C-general (this channel)  reminders",
    );
  });

  it("takes the daily summary's time, and a time given moves the daily summary too and says so", async () => {
    const { run, store } = await testBot({ briefings });
    await run("subscribe 08:00");
    const same = await run("reminders on");
    expect(same.title).toBe("Reminders at 08:00 Europe/Brussels");
    expect(same.sections[0]?.text).not.toContain("moves");
    const moved = await run("reminders on 07:30 UTC");
    expect(moved.sections[0]?.text).toContain(
      "The daily summary moves to 07:30 (UTC) too: a channel has one time.",
    );
    expect(await store.subscriptions(general)).toMatchObject([
      { time: "07:30", timezone: "UTC", remindersSince: "2022-01-14T10:00:00.000Z" },
    ]);
    expect((await run("subscriptions")).sections[0]?.text).toBe(
      "07:30 UTC  #C-general (this channel)  daily summary, reminders",
    );
  });

  it("keeps reminders on when the daily summary is subscribed again at another time", async () => {
    const { run, store } = await testBot({ briefings });
    await run("reminders on");
    const reply = await run("subscribe 07:00");
    expect(reply.sections[0]?.text).toContain("Its reminders of next steps post at this time too.");
    expect((await store.subscriptions(general))[0]).toMatchObject({
      time: "07:00",
      remindersSince: "2022-01-14T10:00:00.000Z",
    });
    expect((await store.subscriptions(general))[0]?.digest).toBeUndefined();
  });

  it("stops only the reminders with unsubscribe reminders, and only the digest with unsubscribe", async () => {
    const { run, store } = await testBot({ briefings });
    await run("subscribe 08:00");
    await run("subscribe reminders");
    expect(await run("unsubscribe reminders")).toMatchObject({
      title: "Reminders stopped for this channel",
      sections: [{ text: "The daily summary goes on." }],
    });
    expect(await store.subscriptions(general)).toMatchObject([{ time: "08:00" }]);
    expect((await store.subscriptions(general))[0]?.remindersSince).toBeUndefined();

    await run("reminders on");
    const digestOff = await run("unsubscribe");
    expect(digestOff.title).toBe("Daily summary stopped for this channel");
    expect(digestOff.sections[0]?.text).toBe(
      "Its reminders of next steps go on; /brief unsubscribe reminders stops them.",
    );
    expect((await store.subscriptions(general))[0]).toMatchObject({ digest: false });
    expect((await run("unsubscribe")).title).toBe("This channel has no daily summary");

    await run("reminders off");
    expect(await store.subscriptions()).toEqual([]);
    expect(await run("reminders off")).toMatchObject({
      title: "This channel has no reminders",
      visibility: "ephemeral",
    });
  });

  it("keeps a paused channel paused when its reminders are stopped", async () => {
    const { run, store } = await testBot({ briefings });
    await run("subscribe 08:00");
    await run("reminders on");
    await store.pauseSubscription(general, "channel_not_found");
    await run("reminders off");
    expect((await store.subscriptions(general))[0]?.pausedReason).toBe("channel_not_found");
  });

  it("says whether reminders are on and lists the next dated steps", async () => {
    const { run } = await testBot({ briefings });
    expect((await run("reminders")).title).toBe("Reminders are off in this channel");
    await run("reminders on 18:00 America/New_York", other);
    const reply = await run("reminders", other);
    expect(reply.title).toBe("Reminders on, at 18:00 America/New_York");
    expect(reply.sections[0]?.text?.split("\n")[0]).toBe(
      "Thu 20 Jan 2022: Strategic Stability Dialogue resumes on 20 January 2022. (2022-01-12-nato-russia-council)",
    );
  });

  it("gives the usage for a wrong switch, time, zone or word", async () => {
    const { run, store } = await testBot({ briefings });
    expect((await run("reminders maybe")).title).toBe("On or off?");
    expect((await run("reminders on 25:00")).title).toBe('"25:00" is not a time as HH:MM.');
    expect((await run("reminders on Mars/Olympus")).title).toBe(
      '"Mars/Olympus" is not a time zone; use an IANA name such as Europe/Brussels.',
    );
    expect((await run("reminders off now")).kind).toBe("usage");
    expect((await run("unsubscribe everything")).kind).toBe("usage");
    expect(await store.subscriptions()).toEqual([]);
  });
});
