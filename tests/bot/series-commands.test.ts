// The chat commands compare and timeline, and questions across rounds, through the bot.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import { console as consoleChannel, general, realBriefings, testBot, textOf } from "./helpers.ts";

let briefings: Briefing[];
const R2 = "2021-09-30-strategic-stability-dialogue-geneva";
const R3 = "2022-01-10-strategic-stability-dialogue-geneva";

beforeAll(async () => {
  const ssd = await loadBriefings(join(import.meta.dirname, "..", "fixtures", "series-ssd"));
  const others = (await realBriefings()).filter((b) => !ssd.briefings.some((s) => s.id === b.id));
  briefings = [...ssd.briefings, ...others];
});

describe("compare", () => {
  it("compares the last two rounds of the pinned series when no round is named", async () => {
    const t = await testBot({ briefings });
    await t.run(`pin ${R2}`);
    const reply = await t.run("compare");
    expect(reply.kind).toBe("compare");
    expect(reply.title).toBe("Strategic Stability Dialogue: what changed");
    const text = textOf(reply);
    expect(text).toContain("+ joined: Alexander Fomin");
    expect(text).toContain("- left: Mallory Stewart");
    expect(text).toContain("✓ met: Third round of the dialogue, date to be agreed.");
    expect(text).toContain("… still open: The expert working groups to hold their first meetings.");
    expect(reply.citations?.map((c) => c.briefing)).toEqual([R2, R3]);
  });

  it("compares one round with the round before it", async () => {
    const t = await testBot({ briefings });
    const reply = await t.run(`compare ${R2}`);
    expect(reply.citations?.map((c) => c.briefing)).toEqual([
      "2021-07-28-strategic-stability-dialogue-geneva",
      R2,
    ]);
    expect(textOf(reply)).toContain("+ joined: Mallory Stewart");
  });

  it("refuses two briefings of different series with a message that says so", async () => {
    const t = await testBot({ briefings });
    const reply = await t.run(`compare ${R3} 2022-01-12-nato-russia-council`);
    expect(reply.kind).toBe("usage");
    expect(reply.visibility).toBe("ephemeral");
    const text = textOf(reply);
    expect(text).toContain(`${R3} and 2022-01-12-nato-russia-council are of different series`);
    expect(text).toContain("the Strategic Stability Dialogue series");
    expect(text).toContain("the NATO-Russia Council series");
  });

  it("suggests close ids for an unknown round", async () => {
    const t = await testBot({ briefings });
    const reply = await t.run("compare 2021-09-30-strategic-stabilty-dialogue");
    expect(reply.kind).toBe("usage");
    expect(textOf(reply)).toContain(`Did you mean: ${R2}`);
  });
});

describe("timeline", () => {
  it("lists a series' rounds for a misspelt format name", async () => {
    const t = await testBot({ briefings });
    const reply = await t.run("timeline strategic stabilty dialog", consoleChannel);
    expect(reply.kind).toBe("timeline");
    expect(reply.title).toBe("Strategic Stability Dialogue: 3 rounds");
    expect(reply.sections[0]?.text?.split("\n").map((l) => l.slice(0, 10))).toEqual([
      "2021-07-28",
      "2021-09-30",
      "2022-01-10",
    ]);
  });

  it("names the series there are when the name fits none", async () => {
    const t = await testBot({ briefings });
    const reply = await t.run("timeline Minsk Contact Group");
    expect(reply.kind).toBe("usage");
    expect(reply.title).toBe('No series called "Minsk Contact Group".');
    expect(textOf(reply)).toContain("Strategic Stability Dialogue");
  });
});

describe("questions across rounds", () => {
  it("answers what changed since the last round in a channel pinned to the series", async () => {
    const t = await testBot({ briefings });
    await t.run(`pin ${R3}`, general);
    const reply = await t.ask("what changed since the last round?", general);
    expect(reply.kind).toBe("answer");
    expect(textOf(reply)).toContain("Strategic Stability Dialogue: from Geneva, 30 September 2021");
    expect(reply.citations?.map((c) => c.briefing)).toEqual([R2, R3]);
  });

  it("answers how Russia's position on NATO enlargement changed between Geneva and Brussels", async () => {
    const t = await testBot({ briefings });
    const reply = await t.ask(
      "how did Russia's position on NATO enlargement change between Geneva and Brussels?",
    );
    const text = textOf(reply);
    expect(text).toContain("Demands legally binding guarantees that NATO will not expand");
    expect(text).toContain("The Kremlin wants to prevent an eastward expansion");
    expect(reply.citations?.map((c) => c.briefing)).toEqual([R3, "2022-01-12-nato-russia-council"]);
  });

  it("declines when the Minsk Contact Group last met instead of citing a next step", async () => {
    const t = await testBot({ briefings });
    const reply = await t.ask("when did the Minsk Contact Group last meet?");
    expect(reply.kind).toBe("declined");
    expect(textOf(reply)).toContain("No briefing is of a round of the Minsk Contact Group");
  });
});
