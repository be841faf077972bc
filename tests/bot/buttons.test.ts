// The bot's side of buttons: which replies get which, what their values carry (within Discord's
// 100 characters, validated when pressed), and what a press does, without any platform.
import { describe, expect, it } from "vitest";
import { renderReplyText } from "../../adapters/console/render.ts";
import { briefingPages } from "../../src/bot/buttons/pages.ts";
import { decodeButton, encodeButton, idHash } from "../../src/bot/buttons/state.ts";
import type { ActionInput, ChannelRef, Reply } from "../../src/chat/index.ts";
import { buttonBriefings, LONG, LONG_OUTCOMES, long, NATO } from "../helpers/buttons.ts";
import { console, general, makeBriefing, testBot, textOf } from "./helpers.ts";

const press = (value: string, channel: ChannelRef = general, more: Partial<ActionInput> = {}) => ({
  channel,
  user: { id: "U1" },
  value,
  mayChangeChannel: true,
  ...more,
});

const buttonValue = (reply: Reply, label: string) => {
  const found = reply.actions?.find((a) => a.label === label);
  if (!found) throw new Error(`no ${label} in ${JSON.stringify(reply.actions)}`);
  return found.value;
};

describe("button values", () => {
  it("carry a briefing id of any length within 100 characters, and read back to it", () => {
    const id = `${"a-very-long-briefing-id-".repeat(8)}end`;
    for (const state of [
      { verb: "card" as const, briefing: id },
      { verb: "more" as const, briefing: id, page: 50 },
      { verb: "swap" as const, earlier: id, later: `${id}-2`, reversed: true },
    ]) {
      const value = encodeButton(state);
      expect(value.length).toBeLessThanOrEqual(100);
      expect(value).toContain(idHash(id));
      expect(decodeButton(value)).toMatchObject({ verb: state.verb });
    }
    expect(decodeButton(encodeButton({ verb: "card", briefing: NATO }))).toEqual({
      verb: "card",
      briefing: NATO,
    });
  });

  it("refuse values this bot did not write: other prefixes, verbs, pages, shapes and lengths", () => {
    for (const value of [
      "",
      "bb2:card:x",
      "bb1:delete:x",
      "bb1:more:x:0",
      "bb1:more:x:51",
      "bb1:more:x:1.5",
      "bb1:card:../etc",
      "bb1:card:x:y",
      "bb1:swap:z:a:b",
      "bb1:helpful:not-a-key",
      `bb1:card:${"x".repeat(200)}`,
    ]) {
      expect(decodeButton(value), value).toBeUndefined();
    }
  });
});

describe("pressing a button", () => {
  it("shows a briefing named by the hash of its long id", async () => {
    const id = `talks-${"x".repeat(120)}`;
    const t = await testBot({ briefings: [makeBriefing({ id, title: "Long-named talks" })] });
    const reply = await t.bot.action(press(encodeButton({ verb: "card", briefing: id })));
    expect(reply.visibility).toBe("ephemeral");
    expect(reply.title).toBe("Long-named talks");
  });

  it("refuses Pin here, only to the presser, to someone the platform does not let pin", async () => {
    const t = await testBot();
    const reply = await t.bot.action(
      press(encodeButton({ verb: "pinhere", briefing: NATO }), general, {
        mayChangeChannel: false,
        changeChannelRule: "the Manage Messages permission in this channel",
      }),
    );
    expect(reply.visibility).toBe("ephemeral");
    expect(textOf(reply)).toContain("needs the Manage Messages permission in this channel");
    expect(await t.store.pins(general)).toEqual([]);
  });

  it("keeps no vote when recording is off, and says so", async () => {
    const t = await testBot({ config: { timezone: "UTC", recordQuestions: false } });
    const answer = await t.ask("what did Stoltenberg say about Ukraine?");
    const reply = await t.bot.action(press(buttonValue(answer, "Not helpful")));
    expect(textOf(reply)).toContain("Recording is off");
    expect(await t.store.unansweredSince("2000-01-01T00:00:00Z")).toEqual([]);
  });

  it("leaves out Pin here under an answer from a briefing pinned in the channel already", async () => {
    const t = await testBot();
    await t.run(`pin ${NATO}`);
    const answer = await t.ask("what did Stoltenberg say about Ukraine?");
    expect(answer.actions?.map((a) => a.label)).toEqual([
      "Show briefing",
      "Helpful",
      "Not helpful",
    ]);
  });

  it("puts the same buttons under an answer to /brief ask as under a mention", async () => {
    const t = await testBot();
    const answer = await t.run("ask what did Stoltenberg say about Ukraine?");
    expect(answer.actions?.map((a) => a.label)).toEqual([
      "Show briefing",
      "Pin here",
      "Helpful",
      "Not helpful",
    ]);
    const card = await t.bot.action(press(buttonValue(answer, "Show briefing")));
    expect(card.title).toBe("NATO-Russia Council talks on Ukraine and security guarantees");
  });

  it("puts no buttons under a declined question", async () => {
    const t = await testBot();
    const declined = await t.ask("what is the weather in Brussels?");
    expect(declined.kind).toBe("declined");
    expect(declined.actions).toBeUndefined();
  });
});

describe("Show more", () => {
  it("pages hold every item of the briefing once, each page within 3,000 characters of text", () => {
    const pages = briefingPages(long);
    expect(pages.length).toBeGreaterThan(2);
    const text = pages
      .map((p) => p.map((s) => `${s.heading ?? ""}${s.text ?? ""}`).join(""))
      .join("");
    for (let i = 1; i <= LONG_OUTCOMES; i++) {
      expect(text.split(`Outcome ${i}:`).length - 1, `outcome ${i}`).toBe(1);
    }
    for (const page of pages) {
      expect(
        page.reduce((n, s) => n + (s.heading?.length ?? 0) + (s.text?.length ?? 0), 0),
      ).toBeLessThanOrEqual(3000);
    }
  });

  it("on the console, is a line saying where the whole briefing is", async () => {
    const t = await testBot({ briefings: await buttonBriefings() });
    const card = await t.run(`show ${LONG}`, console);
    expect(renderReplyText(card).replace(/\s+/g, " ")).toContain(
      `briefbot show ${LONG}, or the file ${LONG}.yaml`,
    );
  });
});
