// Small text helpers of the bot: splitting command lines and defusing mass mentions.
import { describe, expect, it } from "vitest";
import { neutraliseMentions, splitArgs } from "../../src/bot/index.ts";

describe("splitArgs", () => {
  it("splits on spaces and keeps quoted phrases together", () => {
    expect(splitArgs('daily "12 January 2022"')).toEqual(["daily", "12 January 2022"]);
    expect(splitArgs("list  geneva   talks")).toEqual(["list", "geneva", "talks"]);
    expect(splitArgs("ask “who chaired” it")).toEqual(["ask", "who chaired", "it"]);
    expect(splitArgs("ask what's new")).toEqual(["ask", "what's", "new"]);
    expect(splitArgs('show "unclosed id')).toEqual(["show", "unclosed id"]);
  });
});

describe("neutraliseMentions", () => {
  it("defuses @everyone, @here and @channel so they cannot ping", () => {
    const out = neutraliseMentions("Hey @everyone and @here, @Channel: <!everyone> <!here|here>");
    expect(out).not.toMatch(/@(everyone|here|channel)/i);
    expect(out).not.toMatch(/<!(everyone|here)/);
    expect(out.replaceAll("\u200B", "")).toBe(
      "Hey @everyone and @here, @Channel: <!everyone> <!here|here>",
    );
  });

  it("leaves e-mail addresses and ordinary text alone", () => {
    expect(neutraliseMentions("mail press@nato.int about the hereafter")).toBe(
      "mail press@nato.int about the hereafter",
    );
  });
});
