// The bot's commands and their replies, over the real engine, the real briefings and a real store.
import { describe, expect, it, vi } from "vitest";
import type { QuestionAnswerer } from "../../src/engine/types.ts";
import type { Logger } from "../../src/log.ts";
import {
  console as consoleChannel,
  general,
  makeBriefing,
  other,
  testBot,
  textOf,
} from "./helpers.ts";

const NATO = "2022-01-12-nato-russia-council";
const NORMANDY = "2022-01-26-normandy-format-paris";

describe("createBot: ask", () => {
  it("answers a question with the answer text and a citation carrying the briefing's sources", async () => {
    const { run } = await testBot();
    const reply = await run("ask what did Stoltenberg say?");
    expect(reply.kind).toBe("answer");
    expect(reply.visibility).toBe("public");
    expect(textOf(reply)).toContain("Stoltenberg");
    expect(reply.citations?.[0]).toMatchObject({ briefing: NATO, section: "quotes" });
    // A source is named by its publisher, the way a reader cites it.
    expect(reply.citations?.[0]?.sources[0]?.title).toBe("ARD (tagesschau.de)");
    expect(reply.footer).toBeUndefined();
  });

  it("answers a free-text question (a mention or DM) the same way", async () => {
    const { ask } = await testBot();
    const reply = await ask("what did Stoltenberg say?");
    expect(reply.kind).toBe("answer");
    expect(reply.citations?.[0]?.briefing).toBe(NATO);
  });

  it("declines honestly, with suggestions, when the briefings do not cover the question", async () => {
    const { run } = await testBot();
    const reply = await run("ask what did Angela Merkel say about penguins?");
    expect(reply.kind).toBe("declined");
    expect(reply.sections.some((s) => s.heading === "You could ask")).toBe(true);
  });

  it("answers from the channel's pins, and says so", async () => {
    const { run } = await testBot();
    const before = await run("ask where were the talks held?");
    expect(before.citations?.[0]?.briefing).toBe(NORMANDY);
    expect(textOf(before)).toContain("Paris");

    await run(`pin ${NATO}`);
    const pinned = await run("ask where were the talks held?");
    expect(textOf(pinned)).toContain("Brussels");
    expect(pinned.citations?.map((c) => c.briefing)).toEqual([NATO]);
    expect(pinned.footer).toBe("From this channel's pinned briefings (1).");

    // Another channel has no pins and gets the unscoped answer.
    const elsewhere = await run("ask where were the talks held?", other);
    expect(elsewhere.citations?.[0]?.briefing).toBe(NORMANDY);
  });

  it("falls back to all briefings when the pins have nothing, and says so", async () => {
    const { run } = await testBot();
    await run(`pin ${NORMANDY}`);
    const reply = await run("ask what did Stoltenberg say?");
    expect(reply.citations?.[0]?.briefing).toBe(NATO);
    expect(reply.footer).toBe(
      "Not in this channel's pinned briefings: answered from all briefings.",
    );
  });

  it("gives the usage of ask when the question is missing", async () => {
    const { run, ask } = await testBot();
    for (const reply of [await run("ask"), await ask("   ")]) {
      expect(reply).toMatchObject({ kind: "usage", visibility: "ephemeral", title: "Ask what?" });
      expect(textOf(reply)).toContain("Usage: /brief ask QUESTION");
    }
  });
});

describe("createBot: daily", () => {
  it("summarises a day with one briefing: title, location, outcomes, two or three quotes, next steps", async () => {
    const { run } = await testBot();
    const reply = await run("daily 2022-01-12");
    expect(reply.kind).toBe("daily");
    expect(reply.title).toBe("Daily summary: Wed 12 Jan 2022");
    const text = textOf(reply);
    expect(text).toContain("NATO-Russia Council talks on Ukraine and security guarantees");
    expect(text).toContain("Location: Brussels");
    expect(reply.sections.some((s) => s.heading === "Outcomes")).toBe(true);
    const quotes = reply.sections.flatMap((s) => s.quotes ?? []);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.length).toBeLessThanOrEqual(3);
    expect(quotes[0]?.speaker).toBe("Jens Stoltenberg");
    expect(reply.sections.some((s) => s.heading === "Next steps")).toBe(true);
    expect(reply.citations?.map((c) => c.briefing)).toEqual([NATO]);
    expect(reply.footer).toBe("1 briefing");
  });

  it("lists only next steps dated after the day under coming up, none already listed under the day's briefings", async () => {
    const { run } = await testBot();
    const reply = await run("daily 2022-01-10");
    const comingUp = reply.sections.find((s) => s.heading === "Coming up")?.text ?? "";
    const dates = [...comingUp.matchAll(/(\d{1,2} [A-Z][a-z]{2} \d{4}):/g)].map((m) =>
      new Date(`${m[1]} UTC`).toISOString().slice(0, 10),
    );
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date > "2022-01-10").toBe(true);
    expect(dates).toEqual([...dates].sort());
    const nextSteps = reply.sections.find((s) => s.heading === "Next steps")?.text ?? "";
    for (const item of nextSteps.split("\n")) expect(comingUp).not.toContain(item.slice(2));
  });

  it("counts a multi-day briefing on each of its days", async () => {
    const { run } = await testBot();
    for (const day of ["2021-11-29", "2021-12-01", "2021-12-03"]) {
      const reply = await run(`daily ${day}`);
      expect(reply.citations?.map((c) => c.briefing)).toEqual(["2021-11-29-vienna-jcpoa-talks"]);
    }
    expect((await run("daily 2021-12-04")).citations).toBeUndefined();
  });

  it("summarises several briefings of one day", async () => {
    const { run } = await testBot({
      briefings: [
        makeBriefing({ id: "a", title: "Alpha talks", location: "Geneva" }),
        makeBriefing({
          id: "b",
          title: "Bravo talks",
          location: "Vienna",
          date: "2022-01-11",
          end_date: "2022-01-12",
        }),
        makeBriefing({ id: "c", title: "Charlie talks", date: "2022-01-13" }),
      ],
    });
    const reply = await run("daily 2022-01-12");
    expect(
      reply.sections.filter((s) => s.heading?.endsWith("talks")).map((s) => s.heading),
    ).toEqual(["Bravo talks", "Alpha talks"]);
    expect(reply.footer).toBe("2 briefings");
    expect(reply.citations?.[0]).toEqual({
      briefing: "b",
      label: "Bravo talks",
      sources: [{ title: "Wire report", url: "https://example.org/report" }],
    });
  });

  it("says a day has no briefings and names the nearest days that have some", async () => {
    const { run } = await testBot();
    const reply = await run("daily 2022-01-11");
    // The title names the day; the text names it no second time.
    expect(reply.title).toBe("Daily summary: Tue 11 Jan 2022");
    expect(reply.sections[0]?.text).toBe(
      "No briefings on this day. The nearest days with briefings: Mon 10 Jan 2022 and Wed 12 Jan 2022.",
    );
    expect(reply.footer).toBeUndefined();
  });

  it("reads the date as 12 January 2022, today, yesterday or last Wednesday, in the configured zone", async () => {
    // 2022-01-14 00:30 in Brussels is still 2022-01-13 in UTC.
    const { run } = await testBot({ now: "2022-01-13T23:30:00Z" });
    expect((await run("daily 12 January 2022")).title).toContain("12 Jan 2022");
    expect((await run('daily "12 January 2022"')).title).toContain("12 Jan 2022");
    expect((await run("daily today")).title).toBe("Daily summary: Fri 14 Jan 2022");
    expect((await run("daily")).title).toBe("Daily summary: Fri 14 Jan 2022");
    expect((await run("daily yesterday")).title).toBe("Daily summary: Thu 13 Jan 2022");
    expect((await run("daily last Wednesday")).title).toBe("Daily summary: Wed 12 Jan 2022");
  });

  it("gives the usage of daily for a date it cannot read", async () => {
    const { run } = await testBot();
    for (const bad of ["banana", "2022-02-30", "next to nothing 12"]) {
      const reply = await run(`daily ${bad}`);
      expect(reply).toMatchObject({ kind: "usage", visibility: "ephemeral" });
      expect(reply.title).toBe(`"${bad}" is not a date I can read.`);
    }
  });
});

describe("createBot: show and list", () => {
  it("shows a briefing as a card", async () => {
    const { run } = await testBot();
    const reply = await run(`show ${NATO}`);
    expect(reply.kind).toBe("card");
    expect(reply.title).toBe("NATO-Russia Council talks on Ukraine and security guarantees");
    // "Name, role": a role with brackets of its own never ends up in brackets inside brackets.
    expect(textOf(reply)).toContain("Participants: Jens Stoltenberg, NATO Secretary General;");
    expect(textOf(reply)).toContain("Date: 12 Jan 2022");
    expect(reply.footer).toBe(`id: ${NATO}`);
  });

  it("suggests the closest ids for an id that matches no briefing", async () => {
    const { run } = await testBot();
    const reply = await run("show 2022-01-12-nato");
    expect(reply).toMatchObject({ kind: "usage", visibility: "ephemeral" });
    expect(reply.title).toBe('No briefing with the id "2022-01-12-nato".');
    expect(reply.sections[0]?.text).toMatch(new RegExp(`^Did you mean: ${NATO} `));
  });

  it("gives the usage of show without exactly one id", async () => {
    const { run } = await testBot();
    expect((await run("show")).kind).toBe("usage");
    expect((await run("show a b")).kind).toBe("usage");
  });

  it("lists the briefings newest first", async () => {
    const { run } = await testBot();
    const reply = await run("list");
    const ids = [...(reply.sections[0]?.text ?? "").matchAll(/\[([^\]]+)\]$/gm)].map((m) => m[1]);
    expect(ids[0]).toBe(NORMANDY);
    expect(ids).toHaveLength(6);
    expect(reply.footer).toBe("6 briefings, newest first.");
  });

  it("filters the list fuzzily on title, format, participants and tags", async () => {
    const { run } = await testBot();
    const geneva = await run("list geneva");
    expect(geneva.sections[0]?.text?.split("\n")).toHaveLength(2);
    const person = await run("list Stoltenburg");
    expect(person.sections[0]?.text).toContain(NATO);
    const none = await run("list xylophone");
    expect(none.sections[0]?.text).toBe('No briefings matching "xylophone".');
  });

  it("shows at most 20 and says how to narrow the list", async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      makeBriefing({ id: `b-${i}`, date: `2022-01-${String(i + 1).padStart(2, "0")}` }),
    );
    const { run } = await testBot({ briefings: many });
    const reply = await run("list");
    expect(reply.sections[0]?.text?.split("\n")).toHaveLength(20);
    expect(reply.sections[0]?.text?.split("\n")[0]).toBe("25 Jan 2022  Talks b-24  [b-24]");
    expect(reply.footer).toBe("Showing the newest 20 of 25; add words to narrow the list.");
  });

  it("offers briefing choices by id, title or date for autocomplete", async () => {
    const { bot } = await testBot();
    expect(bot.briefingChoices("nato russia", 3)[0]?.id).toBe(NATO);
    expect(bot.briefingChoices("2021-11-29", 3)[0]?.id).toBe("2021-11-29-vienna-jcpoa-talks");
    expect(bot.briefingChoices("", 2).map((c) => c.id)).toEqual([
      NORMANDY,
      "2022-01-13-osce-permanent-council-vienna",
    ]);
  });
});

describe("createBot: pins", () => {
  it("pins a briefing with a pin effect, once", async () => {
    const { run, store } = await testBot();
    const reply = await run(`pin ${NATO}`);
    expect(reply).toMatchObject({
      kind: "ok",
      visibility: "public",
      effects: [{ type: "pin", briefing: NATO }],
    });
    // One line naming the briefing and where the card is, not the card again.
    expect(reply.title).toBeUndefined();
    expect(reply.sections).toHaveLength(1);
    expect(reply.sections[0]?.text).toBe(
      `Pinned in this channel: NATO-Russia Council talks on Ukraine and security guarantees, 12 Jan 2022; questions here are answered from it first. The card: /brief show ${NATO}`,
    );
    expect((await store.pins(general))[0]).toMatchObject({ briefing: NATO, pinnedBy: "U1" });
    const again = await run(`pin ${NATO}`);
    expect(again).toMatchObject({ kind: "ok", visibility: "ephemeral" });
    expect(again.effects).toBeUndefined();
  });

  it("suggests ids when pinning an unknown briefing, and pins nothing", async () => {
    const { run, store } = await testBot();
    const reply = await run("pin normandy");
    expect(reply.kind).toBe("usage");
    expect(reply.sections[0]?.text).toContain(NORMANDY);
    expect(await store.pins(general)).toEqual([]);
    expect((await run("pin")).kind).toBe("usage");
  });

  it("unpins with the platform message that carried the pin", async () => {
    const { bot, run } = await testBot();
    await run(`pin ${NATO}`);
    await bot.notePinMessage(general, NATO, "1642000000.000100");
    const reply = await run(`unpin ${NATO}`);
    expect(reply.effects).toEqual([
      { type: "unpin", briefing: NATO, messageRef: "1642000000.000100" },
    ]);
    expect((await run("pins")).sections[0]?.text).toContain("Nothing is pinned");
  });

  it("gives the usage of unpin for a briefing not pinned here, naming the pins", async () => {
    const { run } = await testBot();
    await run(`pin ${NATO}`);
    const reply = await run(`unpin ${NORMANDY}`);
    expect(reply).toMatchObject({ kind: "usage", visibility: "ephemeral" });
    expect(reply.sections[0]?.text).toBe(`Pinned here: ${NATO}`);
    expect((await run("unpin")).kind).toBe("usage");
  });

  it("keeps a pin whose file was removed and shows it as missing", async () => {
    const { run, library, store } = await testBot();
    await run(`pin ${NATO}`);
    await run(`pin ${NORMANDY}`);
    library.list = library.list.filter((b) => b.id !== NATO);
    const reply = await run("pins");
    expect(reply.kind).toBe("pins");
    expect(reply.sections[0]?.text).toContain(`(missing: the file was removed)  [${NATO}]`);
    expect(reply.sections[0]?.text).toContain(`[${NORMANDY}]`);
    expect(reply.footer).toBe("1 pinned briefing is missing; /brief unpin ID removes a pin.");
    expect(await store.pins(general)).toHaveLength(2);
    // Questions are scoped to the pins that still exist.
    const answer = await run("ask where were the talks held?");
    expect(answer.citations?.[0]?.briefing).toBe(NORMANDY);
  });

  it("keeps pins per channel and per platform", async () => {
    const { run } = await testBot();
    await run(`pin ${NATO}`);
    expect((await run("pins", other)).sections[0]?.text).toContain("Nothing is pinned");
    expect((await run("pins", consoleChannel)).sections[0]?.text).toBe(
      "Nothing is pinned in this channel. Pin one with /pin ID.",
    );
  });
});

describe("createBot: subscriptions", () => {
  it("subscribes the channel at a local time, defaulting to the configured zone, and tells the scheduler", async () => {
    const changed = vi.fn();
    const { run, store } = await testBot({ onSubscriptionsChange: changed });
    const reply = await run("subscribe 8:00");
    expect(reply).toMatchObject({ kind: "ok", title: "Daily summary at 08:00 Europe/Brussels" });
    expect(reply.sections[0]?.text).toContain("The next one: Sat 15 Jan 2022 at 08:00.");
    expect(await store.subscriptions(general)).toMatchObject([
      {
        time: "08:00",
        timezone: "Europe/Brussels",
        createdBy: "U1",
        createdAt: "2022-01-14T10:00:00.000Z",
      },
    ]);
    expect(changed).toHaveBeenCalledTimes(1);
    await run("subscribe 07:30 America/New_York");
    expect((await store.subscriptions(general))[0]).toMatchObject({
      time: "07:30",
      timezone: "America/New_York",
    });
  });

  it("gives the usage of subscribe for a bad time or time zone", async () => {
    const { run, store } = await testBot();
    expect((await run("subscribe")).kind).toBe("usage");
    expect((await run("subscribe 25:00")).title).toBe('"25:00" is not a time as HH:MM.');
    expect((await run("subscribe 8am")).kind).toBe("usage");
    expect((await run("subscribe 08:00 Mars/Olympus")).title).toBe(
      '"Mars/Olympus" is not a time zone; use an IANA name such as Europe/Brussels.',
    );
    expect((await run("subscribe 08:00 UTC extra")).kind).toBe("usage");
    expect(await store.subscriptions()).toEqual([]);
  });

  it("lists the workspace's subscriptions, marking this channel and paused ones", async () => {
    const { run, store } = await testBot();
    await run("subscribe 08:00");
    await run("subscribe 09:00 UTC", other);
    await store.pauseSubscription(other, "channel_not_found");
    const reply = await run("subscriptions");
    expect(reply.kind).toBe("subscriptions");
    expect(reply.sections[0]?.text).toBe(
      "08:00 Europe/Brussels  #C-general (this channel)\n09:00 UTC  #C-other  paused: channel_not_found",
    );
    expect((await run("subscriptions", consoleChannel)).sections[0]?.text).toContain(
      "No daily summaries here",
    );
  });

  it("unsubscribes, and says so when there was nothing to stop", async () => {
    const changed = vi.fn();
    const { run, store } = await testBot({ onSubscriptionsChange: changed });
    await run("subscribe 08:00");
    expect(await run("unsubscribe")).toMatchObject({
      title: "Daily summary stopped for this channel",
      visibility: "public",
    });
    expect(await store.subscriptions()).toEqual([]);
    expect(await run("unsubscribe")).toMatchObject({
      title: "This channel has no daily summary",
      visibility: "ephemeral",
    });
    expect(changed).toHaveBeenCalledTimes(2);
  });
});

describe("createBot: help, unknown commands and errors", () => {
  it("lists every command in help, only for the asker", async () => {
    const { run } = await testBot();
    const reply = await run("help");
    expect(reply).toMatchObject({ kind: "help", visibility: "ephemeral" });
    for (const name of [
      "ask",
      "daily",
      "show",
      "list",
      "pin",
      "unpin",
      "pins",
      "subscribe",
      "unsubscribe",
      "subscriptions",
      "help",
    ]) {
      expect(reply.sections[0]?.text).toContain(`/brief ${name}`);
    }
    expect((await run("")).kind).toBe("help");
  });

  it("explains one command with an example", async () => {
    const { run } = await testBot();
    const reply = await run("help subscribe", consoleChannel);
    expect(reply.title).toBe("/subscribe HH:MM [TIMEZONE]");
    expect(reply.sections[0]?.text).toContain("Example: /subscribe 08:00 Europe/Brussels");
    expect((await run("help pinz")).sections[0]?.text).toContain("Did you mean /brief pin");
  });

  it("answers an unknown subcommand with a did-you-mean, never an exception", async () => {
    const { run } = await testBot();
    const reply = await run("lsit geneva");
    expect(reply).toMatchObject({
      kind: "usage",
      visibility: "ephemeral",
      title: 'Unknown command "lsit".',
    });
    expect(reply.sections[0]?.text).toContain("Did you mean /brief list");
    const far = await run("xyzzy");
    expect(far.sections[0]?.text).toBe(
      "To ask a question: /brief ask QUESTION. All commands: /brief help.",
    );
  });

  it("turns an unexpected failure into an error reply without a stack, and logs the details", async () => {
    const logged: { message: string; details?: Record<string, unknown> }[] = [];
    const logger: Logger = {
      debug() {},
      info() {},
      warn() {},
      error: (message, details) => void logged.push({ message, ...(details && { details }) }),
    };
    const engine: QuestionAnswerer = {
      ask() {
        throw new Error("index corrupted at /secret/path");
      },
    };
    const { run } = await testBot({ engine, logger });
    const reply = await run("ask anything");
    expect(reply).toMatchObject({ kind: "error", visibility: "ephemeral" });
    expect(JSON.stringify(reply)).not.toContain("/secret/path");
    expect(logged[0]?.message).toBe("bot: ask failed");
    expect(String(logged[0]?.details?.stack)).toContain("index corrupted");
  });
});
