// The Store contract as a reusable suite: every Store implementation (SQLite, PostgreSQL) runs it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChannelRef } from "../../src/chat/index.ts";
import type { Store } from "../../src/store/types.ts";

const general: ChannelRef = { platform: "slack", workspace: "T1", channel: "C1" };
const random: ChannelRef = { platform: "slack", workspace: "T1", channel: "C2" };
const discordGeneral: ChannelRef = { platform: "discord", workspace: "T1", channel: "C1" };

/** Runs the contract against stores made by `makeStore` (a fresh, empty store per test). */
export function describeStoreContract(name: string, makeStore: () => Promise<Store> | Store) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("keeps pins per channel, in the order they were pinned", async () => {
      expect(
        await store.addPin({ channel: general, briefing: "b", pinnedAt: "2022-01-12T10:00:00Z" }),
      ).toBe(true);
      expect(
        await store.addPin({
          channel: general,
          briefing: "a",
          pinnedAt: "2022-01-12T11:00:00Z",
          pinnedBy: "U1",
        }),
      ).toBe(true);
      await store.addPin({ channel: random, briefing: "c", pinnedAt: "2022-01-12T09:00:00Z" });
      const pins = await store.pins(general);
      expect(pins.map((p) => p.briefing)).toEqual(["b", "a"]);
      expect(pins[1]).toEqual({
        channel: general,
        briefing: "a",
        pinnedAt: "2022-01-12T11:00:00Z",
        pinnedBy: "U1",
      });
      expect((await store.pins(random)).map((p) => p.briefing)).toEqual(["c"]);
      expect(await store.pins(discordGeneral)).toEqual([]);
    });

    it("refuses a second pin of the same briefing in a channel", async () => {
      await store.addPin({ channel: general, briefing: "a", pinnedAt: "2022-01-12T10:00:00Z" });
      expect(
        await store.addPin({ channel: general, briefing: "a", pinnedAt: "2022-01-13T10:00:00Z" }),
      ).toBe(false);
      expect(await store.pins(general)).toHaveLength(1);
    });

    it("removes a pin and returns it with its message reference", async () => {
      await store.addPin({ channel: general, briefing: "a", pinnedAt: "2022-01-12T10:00:00Z" });
      await store.setPinMessage(general, "a", "1642000000.000100");
      const removed = await store.removePin(general, "a");
      expect(removed?.messageRef).toBe("1642000000.000100");
      expect(await store.pins(general)).toEqual([]);
      expect(await store.removePin(general, "a")).toBeUndefined();
    });

    it("replaces a channel's subscription and clears a pause when subscribing again", async () => {
      await store.subscribe({ channel: general, time: "08:00", timezone: "Europe/Brussels" });
      await store.pauseSubscription(general, "channel_not_found");
      expect((await store.subscriptions(general))[0]?.pausedReason).toBe("channel_not_found");
      await store.subscribe({
        channel: general,
        time: "09:30",
        timezone: "UTC",
        createdBy: "U2",
        createdAt: "2022-01-12T10:00:00Z",
      });
      expect(await store.subscriptions(general)).toEqual([
        {
          channel: general,
          time: "09:30",
          timezone: "UTC",
          createdBy: "U2",
          createdAt: "2022-01-12T10:00:00Z",
        },
      ]);
    });

    it("keeps whether a channel gets the digest and since when it gets reminders", async () => {
      await store.subscribe({
        channel: general,
        time: "09:00",
        timezone: "Europe/Brussels",
        digest: false,
        remindersSince: "2022-01-11T10:00:00Z",
      });
      await store.subscribe({ channel: random, time: "08:00", timezone: "UTC" });
      expect(await store.subscriptions(general)).toEqual([
        {
          channel: general,
          time: "09:00",
          timezone: "Europe/Brussels",
          digest: false,
          remindersSince: "2022-01-11T10:00:00Z",
        },
      ]);
      // A plain digest subscription reads back without either field: digest on, no reminders.
      expect(await store.subscriptions(random)).toEqual([
        { channel: random, time: "08:00", timezone: "UTC" },
      ]);
      await store.subscribe({ channel: general, time: "09:00", timezone: "Europe/Brussels" });
      expect(await store.subscriptions(general)).toEqual([
        { channel: general, time: "09:00", timezone: "Europe/Brussels" },
      ]);
    });

    it("lists every subscription and forgets an unsubscribed channel", async () => {
      await store.subscribe({ channel: general, time: "08:00", timezone: "UTC" });
      await store.subscribe({ channel: discordGeneral, time: "07:00", timezone: "UTC" });
      expect(await store.subscriptions()).toHaveLength(2);
      expect(await store.unsubscribe(general)).toBe(true);
      expect(await store.unsubscribe(general)).toBe(false);
      expect((await store.subscriptions()).map((s) => s.channel)).toEqual([discordGeneral]);
    });

    it("lets only the first claim of a channel's day win, also when claims race", async () => {
      const claims = await Promise.all(
        Array.from({ length: 5 }, () =>
          store.claimDelivery(general, "2022-01-12", false, "2022-01-12T07:00:00Z"),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.claimDelivery(general, "2022-01-13", true, "2022-01-13T09:00:00Z")).toBe(
        true,
      );
      expect(await store.claimDelivery(random, "2022-01-12", false, "2022-01-12T07:00:00Z")).toBe(
        true,
      );
    });

    it("records how each delivery ended, and lets a failed day be claimed again", async () => {
      await store.claimDelivery(general, "2022-01-12", false, "2022-01-12T07:00:00Z");
      await store.finishDelivery(general, "2022-01-12", "failed", "rate limited");
      expect(await store.deliveries(general)).toEqual([
        {
          channel: general,
          day: "2022-01-12",
          status: "failed",
          late: false,
          at: "2022-01-12T07:00:00Z",
          error: "rate limited",
        },
      ]);
      expect(await store.claimDelivery(general, "2022-01-12", true, "2022-01-12T08:00:00Z")).toBe(
        true,
      );
      await store.finishDelivery(general, "2022-01-12", "delivered");
      expect(await store.claimDelivery(general, "2022-01-12", true, "2022-01-12T09:00:00Z")).toBe(
        false,
      );
      expect(await store.deliveries(general)).toEqual([
        {
          channel: general,
          day: "2022-01-12",
          status: "delivered",
          late: true,
          at: "2022-01-12T08:00:00Z",
        },
      ]);
    });

    it("lets only the first claim of a key win while it lasts, also when claims race", async () => {
      const at = "2022-01-12T10:00:00.000Z";
      const until = "2022-01-12T11:00:00.000Z";
      const claims = await Promise.all(
        Array.from({ length: 5 }, () => store.claimOnce("slack:command:abc", at, until)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.claimOnce("slack:command:abc", "2022-01-12T10:59:59Z", until)).toBe(false);
      expect(await store.claimOnce("slack:command:other", at, until)).toBe(true);
    });

    it("lets a key be claimed again once its claim has expired, for a new period", async () => {
      const key = "slack:event:Ev1";
      expect(await store.claimOnce(key, "2022-01-12T10:00:00Z", "2022-01-12T10:05:00Z")).toBe(true);
      expect(await store.claimOnce(key, "2022-01-12T10:04:59Z", "2022-01-12T10:09:59Z")).toBe(
        false,
      );
      expect(await store.claimOnce(key, "2022-01-12T10:05:00Z", "2022-01-12T10:10:00Z")).toBe(true);
      expect(await store.claimOnce(key, "2022-01-12T10:09:00Z", "2022-01-12T10:14:00Z")).toBe(
        false,
      );
      // Times compare as instants, whatever their written form.
      expect(
        await store.claimOnce(key, "2022-01-12T12:10:00.000+02:00", "2022-01-12T10:20:00Z"),
      ).toBe(true);
    });

    it("keeps an extended claim until its new expiry, and never shortens one", async () => {
      const key = "slack:event:lease";
      expect(await store.claimOnce(key, "2022-01-12T10:00:00Z", "2022-01-12T10:01:00Z")).toBe(true);
      await store.extendClaim(key, "2022-01-12T11:00:00Z");
      expect(await store.claimOnce(key, "2022-01-12T10:30:00Z", "2022-01-12T10:31:00Z")).toBe(
        false,
      );
      await store.extendClaim(key, "2022-01-12T10:40:00Z");
      expect(await store.claimOnce(key, "2022-01-12T10:50:00Z", "2022-01-12T10:51:00Z")).toBe(
        false,
      );
      expect(await store.claimOnce(key, "2022-01-12T11:00:00Z", "2022-01-12T11:01:00Z")).toBe(true);
      // Extending a key nobody claimed claims nothing.
      await store.extendClaim("slack:event:never", "2022-01-12T12:00:00Z");
      expect(
        await store.claimOnce("slack:event:never", "2022-01-12T10:00:00Z", "2022-01-12T10:01:00Z"),
      ).toBe(true);
    });

    it("lets a key whose short claim was never extended be claimed once it ends", async () => {
      const key = "slack:event:abandoned";
      expect(await store.claimOnce(key, "2022-01-12T10:00:00Z", "2022-01-12T10:01:00Z")).toBe(true);
      expect(await store.claimOnce(key, "2022-01-12T10:00:30Z", "2022-01-12T10:01:30Z")).toBe(
        false,
      );
      expect(await store.claimOnce(key, "2022-01-12T10:01:00Z", "2022-01-12T10:02:00Z")).toBe(true);
    });

    it("refuses a claim whose times are not ISO instants, naming the argument", async () => {
      await expect(store.claimOnce("k", "yesterday", "2022-01-12T10:00:00Z")).rejects.toThrow(
        /claimOnce: at is not an ISO 8601 instant/,
      );
    });

    it("remembers a key until it expires, and a later expiry is never shortened", async () => {
      const key = "slack:thread:T1:C1:1642000000.000100";
      expect(await store.remembers(key, "2022-01-12T10:00:00Z")).toBe(false);
      await store.remember(key, "2022-01-12T10:00:00Z", "2022-01-19T10:00:00Z");
      expect(await store.remembers(key, "2022-01-19T09:59:59Z")).toBe(true);
      expect(await store.remembers("slack:thread:T1:C1:other", "2022-01-12T10:00:00Z")).toBe(false);
      await store.remember(key, "2022-01-12T11:00:00Z", "2022-01-12T12:00:00Z");
      expect(await store.remembers(key, "2022-01-18T10:00:00Z")).toBe(true);
      expect(await store.remembers(key, "2022-01-19T10:00:00Z")).toBe(false);
    });

    it("forgets an expired key, and remembers it again when told to", async () => {
      const key = "slack:thread:T1:C2:1";
      await store.remember(key, "2022-01-12T10:00:00Z", "2022-01-12T10:05:00Z");
      // A later write prunes expired rows; the key must still read as forgotten, then new.
      await store.remember("other", "2022-01-12T11:00:00Z", "2022-01-12T12:00:00Z");
      expect(await store.remembers(key, "2022-01-12T11:00:00Z")).toBe(false);
      await store.remember(key, "2022-01-12T11:00:00Z", "2022-01-12T11:30:00Z");
      expect(await store.remembers(key, "2022-01-12T11:10:00Z")).toBe(true);
    });

    it("keeps a thread's context until it expires, the latest save replacing the one before", async () => {
      const key = "slack:T1:C1:1642000000.000100";
      expect(await store.context(key, "2022-01-12T10:00:00Z")).toBeUndefined();
      await store.saveContext(
        key,
        '{"speaker":"Jens Stoltenberg"}',
        "2022-01-12T10:00:00Z",
        "2022-01-13T10:00:00Z",
      );
      expect(await store.context(key, "2022-01-13T09:59:59Z")).toBe(
        '{"speaker":"Jens Stoltenberg"}',
      );
      expect(await store.context("slack:T1:C1:other", "2022-01-12T10:00:00Z")).toBeUndefined();
      // the next answer in the thread replaces the context and its expiry, even an earlier one
      await store.saveContext(
        key,
        '{"speaker":"Olaf Scholz"}',
        "2022-01-12T11:00:00Z",
        "2022-01-12T12:00:00Z",
      );
      expect(await store.context(key, "2022-01-12T11:30:00Z")).toBe('{"speaker":"Olaf Scholz"}');
      expect(await store.context(key, "2022-01-12T12:00:00Z")).toBeUndefined();
    });

    it("forgets an expired context even after a later save pruned the table, and keeps it again when saved", async () => {
      const key = "discord:G1:C1:900";
      await store.saveContext(key, "first", "2022-01-12T10:00:00Z", "2022-01-12T10:05:00Z");
      await store.saveContext("other", "x", "2022-01-12T11:00:00Z", "2022-01-12T12:00:00Z");
      expect(await store.context(key, "2022-01-12T11:00:00Z")).toBeUndefined();
      await store.saveContext(key, "second", "2022-01-12T11:00:00Z", "2022-01-12T11:30:00Z");
      expect(await store.context(key, "2022-01-12T11:10:00Z")).toBe("second");
    });

    it("refuses a context whose times are not ISO instants, naming the method and argument", async () => {
      await expect(
        store.saveContext("k", "{}", "2022-01-12T10:00:00Z", "tomorrow"),
      ).rejects.toThrow(/saveContext: expiresAt is not an ISO 8601 instant/);
      await expect(store.context("k", "now")).rejects.toThrow(
        /context: at is not an ISO 8601 instant/,
      );
    });

    it("answers a ping while open and refuses one after closing", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
      store = await makeStore();
    });

    it("saves, replaces and deletes platform installations", async () => {
      await store.saveInstallation({
        platform: "slack",
        workspace: "T1",
        data: { token: "xoxb-1", scopes: ["chat:write"] },
      });
      await store.saveInstallation({
        platform: "slack",
        workspace: "T1",
        data: { token: "xoxb-2" },
      });
      expect(await store.installation("slack", "T1")).toEqual({
        platform: "slack",
        workspace: "T1",
        data: { token: "xoxb-2" },
      });
      expect(await store.installation("discord", "T1")).toBeUndefined();
      await store.deleteInstallation("slack", "T1");
      expect(await store.installation("slack", "T1")).toBeUndefined();
    });

    it("keeps declined questions and not-helpful votes, per workspace, oldest first, and prunes old ones", async () => {
      await store.recordUnanswered({
        at: "2022-01-12T10:00:00Z",
        channel: general,
        kind: "declined",
        question: "what did Lukashenko say?",
        missing: ["Lukashenko"],
        userHash: "ab12",
        answer: "The briefings don't mention “Lukashenko”.",
      });
      await store.recordUnanswered({
        at: "2022-01-13T09:00:00Z",
        channel: discordGeneral,
        kind: "not_helpful",
        question: "who chaired the meeting?",
        missing: [],
      });
      await store.recordUnanswered({
        at: "2022-01-14T08:00:00Z",
        channel: random,
        kind: "declined",
        question: "what about zebras and giraffes",
        missing: ["zebras", "giraffes"],
      });
      const all = await store.unansweredSince("2022-01-01T00:00:00Z");
      expect(all.map((q) => q.question)).toEqual([
        "what did Lukashenko say?",
        "who chaired the meeting?",
        "what about zebras and giraffes",
      ]);
      expect(all[0]).toEqual({
        at: "2022-01-12T10:00:00.000Z",
        channel: general,
        kind: "declined",
        question: "what did Lukashenko say?",
        missing: ["Lukashenko"],
        userHash: "ab12",
        answer: "The briefings don't mention “Lukashenko”.",
      });
      expect(all[1]?.userHash).toBeUndefined();
      expect(all[2]?.missing).toEqual(["zebras", "giraffes"]);
      const slackOnly = await store.unansweredSince("2022-01-01T00:00:00Z", {
        platform: "slack",
        workspace: "T1",
      });
      expect(slackOnly.map((q) => q.kind)).toEqual(["declined", "declined"]);
      expect((await store.unansweredSince("2022-01-13T00:00:00Z")).map((q) => q.question)).toEqual([
        "who chaired the meeting?",
        "what about zebras and giraffes",
      ]);
      expect(await store.pruneUnanswered("2022-01-13T12:00:00Z")).toBe(2);
      expect((await store.unansweredSince("2000-01-01T00:00:00Z")).map((q) => q.question)).toEqual([
        "what about zebras and giraffes",
      ]);
    });
  });
}
