// Block Kit rendering: escaping, broadcast safety, and Slack's size limits.
import { describe, expect, it } from "vitest";
import {
  defuseBroadcasts,
  escapeMrkdwn,
  slackTextToPlain,
  splitText,
  truncate,
} from "../../adapters/slack/mrkdwn.ts";
import { renderReply, SLACK_LIMITS, type SlackMessage } from "../../adapters/slack/render.ts";
import type { Reply } from "../../src/chat/index.ts";

/** Every text string anywhere in the messages (block texts, fields, context, fallback). */
function texts(messages: SlackMessage[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "text" && typeof x === "string") out.push(x);
        else walk(x);
      }
    }
  };
  walk(messages);
  return out;
}

/** Asserts every message is within Slack's block and text limits. */
function expectWithinLimits(messages: SlackMessage[]): void {
  for (const m of messages) {
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    for (const b of m.blocks) {
      if (b.type === "header")
        expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
      if (b.type === "section") {
        if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        expect((b.fields ?? []).length).toBeLessThanOrEqual(SLACK_LIMITS.fieldsPerSection);
        for (const f of b.fields ?? [])
          expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
      }
      if (b.type === "context")
        expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
    }
  }
}

const hostile =
  "Ping <!channel> and <!here|here> @here @channel @everyone: A & B <script>alert(1)</script> <@U123>";

describe("renderReply", () => {
  it("renders title as a header, sections as mrkdwn, citations and footer as context lines", () => {
    const reply: Reply = {
      title: "NATO-Russia Council",
      sections: [
        { heading: "Summary", text: "Talks ended without agreement." },
        {
          fields: [
            { name: "Date", value: "2022-01-12", inline: true },
            { name: "Place", value: "Brussels", inline: true },
          ],
        },
        { quotes: [{ speaker: "Jens Stoltenberg", text: "There are significant differences." }] },
      ],
      citations: [
        {
          briefing: "2022-01-12-nato-russia-council",
          label: "NATO-Russia Council (2022-01-12)",
          section: "quotes",
          sources: [
            {
              title: "NATO press conference",
              url: "https://www.nato.int/cps/en/natohq/opinions_190666.htm",
            },
          ],
        },
      ],
      footer: "Answered from pinned briefings",
      visibility: "public",
      kind: "answer",
    };
    const [message, ...more] = renderReply(reply);
    expect(more).toHaveLength(0);
    expect(message?.text).toBe("NATO-Russia Council");
    expect(message?.blocks.map((b) => b.type)).toEqual([
      "header",
      "section",
      "section",
      "section",
      "context",
      "context",
    ]);
    const all = texts([message as SlackMessage]).join("\n");
    expect(all).toContain("*Summary*\nTalks ended without agreement.");
    expect(all).toContain(">There are significant differences.\n>— _Jens Stoltenberg_");
    expect(all).toContain(
      "<https://www.nato.int/cps/en/natohq/opinions_190666.htm|NATO press conference>",
    );
  });

  it("escapes &, < and > and defuses every broadcast in user text, in every text field", () => {
    const reply: Reply = {
      title: hostile,
      sections: [
        {
          heading: hostile,
          text: hostile,
          fields: [
            { name: hostile, value: hostile, inline: true },
            { name: "x", value: hostile },
          ],
        },
        { quotes: [{ speaker: hostile, text: hostile }] },
      ],
      citations: [
        {
          briefing: "b",
          label: hostile,
          sources: [{ title: hostile, url: "https://e.org/?a=1&b=<2>" }],
        },
      ],
      footer: hostile,
      visibility: "public",
      kind: "answer",
    };
    const messages = renderReply(reply);
    const all = texts(messages);
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const t of all) {
      expect(t).not.toMatch(/<!(channel|here|everyone)/);
      // Defused broadcasts carry a word joiner after the @, so this plain pattern must not match.
      expect(t).not.toMatch(/@(here|channel|everyone)/i);
    }
    // mrkdwn and the fallback text are escaped; a plain_text header shows text as typed.
    const first = messages[0]?.blocks[0];
    const header = first?.type === "header" ? first.text.text : "";
    for (const t of all.filter((x) => x !== header)) {
      expect(t).not.toContain("<script>");
      expect(t).not.toContain("<@U123>");
    }
    expect(header).toContain("<script>");
    expect(header).not.toMatch(/<[!@#]/);
    const body = all.find((t) => t.startsWith("*Ping"));
    expect(body).toContain("&lt;!channel&gt;");
    expect(body).toContain("A &amp; B &lt;script&gt;");
    expect(all.join()).toContain("<https://e.org/?a=1&amp;b=&lt;2&gt;|");
  });

  it("never links a non-http URL from a briefing source", () => {
    const reply: Reply = {
      sections: [],
      citations: [
        { briefing: "b", label: "B", sources: [{ title: "click", url: "javascript:alert(1)" }] },
      ],
      visibility: "public",
      kind: "answer",
    };
    expect(texts(renderReply(reply)).join()).not.toContain("javascript:");
  });

  it("splits a long briefing into sections and messages that all stay within Slack's limits", () => {
    const paragraph =
      "The delegations discussed arms control, transparency and risk reduction at length. ".repeat(
        60,
      );
    const reply: Reply = {
      title: "A very long title ".repeat(20),
      sections: Array.from({ length: 40 }, (_, i) => ({
        heading: `Point ${i + 1}`,
        text: paragraph,
        fields: Array.from({ length: 12 }, (_, j) => ({
          name: `F${j}`,
          value: "v".repeat(2500),
          inline: true,
        })),
      })),
      visibility: "public",
      kind: "card",
      effects: [{ type: "pin", briefing: "2022-01-12-nato-russia-council" }],
    };
    const messages = renderReply(reply);
    expect(messages.length).toBeGreaterThan(1);
    expectWithinLimits(messages);
  });

  it("cuts what does not fit in the message budget and points to /brief show ID", () => {
    const reply: Reply = {
      sections: Array.from({ length: 400 }, (_, i) => ({ text: `point ${i}` })),
      citations: [{ briefing: "2022-01-12-nato-russia-council", label: "NATO", sources: [] }],
      visibility: "public",
      kind: "card",
    };
    const messages = renderReply(reply, { maxMessages: 2 });
    expect(messages).toHaveLength(2);
    expectWithinLimits(messages);
    const last = messages[1]?.blocks.at(-1);
    expect(JSON.stringify(last)).toContain("/brief show 2022-01-12-nato-russia-council");
  });

  it("keeps the header within 150 characters", () => {
    const [m] = renderReply({
      title: "T".repeat(400),
      sections: [],
      visibility: "public",
      kind: "card",
    });
    const header = m?.blocks[0];
    expect(header?.type).toBe("header");
    if (header?.type === "header") expect(header.text.text.length).toBe(150);
  });
});

describe("mrkdwn helpers", () => {
  it("escapes the three control characters", () => {
    expect(escapeMrkdwn("a & <b> c")).toBe("a &amp; &lt;b&gt; c");
  });

  it("breaks @here, @channel and @everyone so they are not broadcasts", () => {
    const out = defuseBroadcasts("@here @Channel @everyone @hereby me@example.org");
    expect(out).not.toMatch(/@(here|channel|everyone)\b/i);
    expect(out).toContain("@hereby");
  });

  it("splits at paragraph and word boundaries and never inside an entity", () => {
    const text = escapeMrkdwn("word & ".repeat(1000));
    const chunks = splitText(text, 100);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(100);
      expect(c).not.toMatch(/&[a-z]*$/);
    }
    const hard = splitText("&amp;".repeat(50), 12);
    for (const c of hard) expect(c).toMatch(/^(&amp;)+$/);
  });

  it("truncates with an ellipsis within the limit", () => {
    const t = truncate("x".repeat(10), 5);
    expect(t).toBe("xxxx…");
  });

  it("reads Slack's incoming markup as plain text for the bot", () => {
    expect(
      slackTextToPlain(
        "ask <@U123|lena> in <#C1|talks>: US &amp; Russia &lt;3 <https://nato.int|NATO> <!here>",
      ),
    ).toBe("ask @lena in #talks: US & Russia <3 NATO @here");
  });
});
