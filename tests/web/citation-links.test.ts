// Citations in chat answers link to the briefing's section on the web view, in every adapter.
import { describe, expect, it } from "vitest";
import { renderReplyText } from "../../adapters/console/render.ts";
import { renderReply as renderDiscord } from "../../adapters/discord/render.ts";
import { renderReply as renderSlack } from "../../adapters/slack/render.ts";
import { createCitationLinker } from "../../adapters/web/index.ts";
import type { Reply } from "../../src/chat/index.ts";
import { testBot } from "../bot/helpers.ts";
import { NATO, TOKEN } from "./helpers.ts";

const linker = createCitationLinker({ publicUrl: "https://briefbot.example.org", token: TOKEN });
const linkPattern = new RegExp(
  `^https://briefbot\\.example\\.org/briefings/${NATO}\\?sig=[\\w-]{32}#quotes$`,
);

async function answer(withLinks: boolean): Promise<Reply> {
  const { bot } = await testBot(withLinks ? { citationLink: linker } : {});
  return bot.question({
    channel: { platform: "slack", workspace: "T1", channel: "C1" },
    user: { id: "U1" },
    text: "what did Stoltenberg say?",
  });
}

describe("citation links", () => {
  it("give each citation of an answer the signed address of the cited section", async () => {
    const reply = await answer(true);
    expect(reply.kind).toBe("answer");
    expect(reply.citations?.[0]?.link).toMatch(linkPattern);
  });

  it("are left out when the web view gives no linker", async () => {
    const reply = await answer(false);
    expect(reply.citations?.[0]).toBeDefined();
    expect(reply.citations?.[0]?.link).toBeUndefined();
  });

  it("render as a Slack link on the citation's label", async () => {
    const reply = await answer(true);
    const link = reply.citations?.[0]?.link ?? "";
    const context = JSON.stringify(renderSlack(reply));
    expect(context).toContain(`<${link}|NATO-Russia Council talks`);
  });

  it("render as a Discord markdown link on the citation's label", async () => {
    const reply = await answer(true);
    const link = reply.citations?.[0]?.link ?? "";
    const text = JSON.stringify(renderDiscord(reply));
    expect(text).toContain(`](${link})`);
    expect(text).toContain("[NATO-Russia Council talks");
  });

  it("render as the plain address in the console", async () => {
    const reply = await answer(true);
    const link = reply.citations?.[0]?.link ?? "";
    expect(renderReplyText(reply)).toContain(`  Read: ${link}\n`);
  });
});
