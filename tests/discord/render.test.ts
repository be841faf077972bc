// Rendering a Reply as Discord embeds: limits, escaping and splitting over messages.
import { type APIEmbed, escapeMarkdown } from "discord.js";
import { describe, expect, it } from "vitest";
import {
  EMBED_LIMITS,
  escapeText,
  messageSize,
  type RenderedMessage,
  renderReply,
} from "../../adapters/discord/render.ts";
import type { Reply } from "../../src/chat/index.ts";
import { longBriefingCard } from "../fixtures/discord/long-briefing.ts";

function expectWithinLimits(messages: RenderedMessage[]) {
  for (const message of messages) {
    expect(message.embeds.length).toBeGreaterThan(0);
    expect(message.embeds.length).toBeLessThanOrEqual(EMBED_LIMITS.embedsPerMessage);
    expect(messageSize(message)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    for (const embed of message.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.footer);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeGreaterThan(0);
        expect(field.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
      }
    }
  }
}

const allEmbeds = (messages: RenderedMessage[]): APIEmbed[] => messages.flatMap((m) => m.embeds);
const allText = (messages: RenderedMessage[]) =>
  allEmbeds(messages)
    .map((e) =>
      [
        e.title,
        e.description,
        ...(e.fields ?? []).map((f) => `${f.name} ${f.value}`),
        e.footer?.text,
      ]
        .filter(Boolean)
        .join("\n"),
    )
    .join("\n");

describe("renderReply", () => {
  it("renders a short answer as one embed with title, text, sources and footer", () => {
    const reply: Reply = {
      kind: "answer",
      visibility: "public",
      title: "What did Grushko say?",
      sections: [
        {
          text: "He said NATO should stop expanding.",
          quotes: [{ speaker: "Alexander Grushko", text: "We need guarantees." }],
        },
      ],
      citations: [
        {
          briefing: "2022-01-12-nato-russia-council",
          label: "NATO-Russia Council (2022-01-12)",
          section: "quotes",
          sources: [{ title: "ARD report", url: "https://example.org/ard" }],
        },
      ],
      footer: "confidence 0.9",
    };
    const messages = renderReply(reply);
    expect(messages).toHaveLength(1);
    const [embed] = messages[0]?.embeds ?? [];
    expect(embed?.title).toBe("What did Grushko say?");
    expect(embed?.description).toContain("> We need guarantees.\n> — *Alexander Grushko*");
    expect(embed?.description).toContain("[ARD report](https://example.org/ard)");
    expect(embed?.footer?.text).toBe("confidence 0.9");
  });

  it("keeps source links with brackets or spaces working", () => {
    const reply: Reply = {
      kind: "answer",
      visibility: "public",
      sections: [],
      citations: [
        {
          briefing: "b",
          label: "B",
          sources: [
            { title: "Wiki", url: "https://en.wikipedia.org/wiki/NATO_(disambiguation) x" },
          ],
        },
      ],
    };
    expect(renderReply(reply)[0]?.embeds[0]?.description).toContain(
      "[Wiki](https://en.wikipedia.org/wiki/NATO_%28disambiguation%29%20x)",
    );
  });

  it("escapes markdown a briefing or user wrote, so it shows as written", () => {
    const reply: Reply = {
      kind: "answer",
      visibility: "public",
      sections: [{ text: "*not italic* and __not underlined__ and `not code`" }],
    };
    const description = renderReply(reply)[0]?.embeds[0]?.description ?? "";
    expect(description).toBe("\\*not italic\\* and \\_\\_not underlined\\_\\_ and \\`not code\\`");
  });

  it("escapes a very long paragraph exactly as discord.js escapeMarkdown does", () => {
    const prose =
      "Talks on *arms control* and __risk reduction__ went on; the chair's `notes` said ~~no~~ ||deal||. ";
    const text = `${prose.repeat(120)}\n# not a heading\n- not a list\n${prose.repeat(3)}`;
    expect(escapeText(text)).toBe(escapeMarkdown(text));
  });

  it("keeps a very long briefing within every Discord limit, across several messages", () => {
    const card = longBriefingCard();
    const messages = renderReply(card, { maxMessages: 10 });
    expectWithinLimits(messages);
    expect(messages.length).toBeGreaterThan(1);
    // Nothing is lost when there are enough messages: every point and delegation appears.
    const text = allText(messages);
    for (let i = 1; i <= 30; i++) expect(text).toContain(`**Point ${i}**`);
    for (let i = 1; i <= 40; i++) expect(text).toContain(`Delegation ${i}`);
    // The over-long field value became text rather than being rejected.
    expect(text).toContain("x".repeat(1000));
  });

  it("cuts a briefing too long for the allowed messages, and the footer says so", () => {
    const card: Reply = { ...longBriefingCard(), kind: "answer" };
    const messages = renderReply(card, { maxMessages: 1 });
    expect(messages).toHaveLength(1);
    expectWithinLimits(messages);
    const embeds = allEmbeds(messages);
    const footer = embeds[embeds.length - 1]?.footer?.text ?? "";
    expect(footer).toContain("/brief show 2022-01-12-nato-russia-council");
    expect(footer).toContain("Brussels");
  });

  it("truncates an over-long title to 256 characters", () => {
    const embed = renderReply(longBriefingCard())[0]?.embeds[0];
    expect(embed?.title?.length).toBe(EMBED_LIMITS.title);
    expect(embed?.title?.endsWith("…")).toBe(true);
  });

  it("splits more than 25 fields over several embeds", () => {
    const reply: Reply = {
      kind: "list",
      visibility: "public",
      sections: [
        {
          fields: Array.from({ length: 60 }, (_, i) => ({ name: `B${i}`, value: `title ${i}` })),
        },
      ],
    };
    const messages = renderReply(reply);
    expectWithinLimits(messages);
    const fields = allEmbeds(messages).flatMap((e) => e.fields ?? []);
    expect(fields.map((f) => f.name)).toEqual(Array.from({ length: 60 }, (_, i) => `B${i}`));
  });

  it("never produces an empty message, even for an empty reply", () => {
    const messages = renderReply({ kind: "ok", visibility: "public", sections: [] });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.embeds[0]?.description).toBeTruthy();
  });
});
