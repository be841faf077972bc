// Attacks through links written in briefing text: Discord masked links, Slack <url|text> links and
// Slack specials must reach a chat as text, never as clickable links, unless they point at one of
// the briefing's own sources. Through the real bot (show, daily, ask) and the real Slack and
// Discord renderers, in every part of a message (titles, descriptions, fields, quotes, footers).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReplyText } from "../../adapters/console/index.ts";
import { renderReply as renderDiscord } from "../../adapters/discord/render.ts";
import { renderReply as renderSlack } from "../../adapters/slack/render.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import type { Reply } from "../../src/chat/index.ts";
import { type TestBot, testBot } from "../bot/helpers.ts";

const ID = "2022-01-12-links-test";
const SOURCE = "https://example.org/report";
const EVIL = "https://evil.example/login";

/** Every link form, in every text a reply can carry. */
const hostile: Briefing = {
  id: ID,
  file: "/virtual/links.yaml",
  title: "Talks on links [click me](https://evil.example/login) <https://evil.example/login|NATO>",
  date: "2022-01-12",
  location: "Geneva [map](https://evil.example/login)",
  format: "Council <https://evil.example/login|official page>",
  summary: [
    "Read [the official statement](https://evil.example/login) now.",
    'Or [this one](<https://evil.example/login>) or [that](https://evil.example/login "NATO").',
    "Nested [[NATO]](https://evil.example/login) and <https://evil.example/login|the report>.",
    "Slack specials: <!channel> <!here|here> <!everyone> <@U0LAN0Z89> <#C024BE7LR> <!subteam^S1>.",
    `The source itself may stay a link: [the report](${SOURCE}).`,
  ].join(" "),
  participants: [
    {
      name: "Jens [Stoltenberg](https://evil.example/login)",
      role: "Secretary <https://evil.example/login|General>",
    },
  ],
  tags: ["[tag](https://evil.example/login)"],
  outcomes: ["Agreed to meet; see [details](https://evil.example/login)."],
  quotes: [
    {
      speaker: "Envoy [X](https://evil.example/login)",
      text: "We said it plainly: [click for the full speech](https://evil.example/login) today.",
    },
  ],
  next_steps: [{ text: "Next round, [register](https://evil.example/login).", date: "2022-02-01" }],
  sources: [{ title: "Report [mirror](https://evil.example/login)", url: SOURCE }],
};

type SlackText = { type: string; text?: string };
type SlackBlock = {
  type: string;
  text?: SlackText;
  fields?: SlackText[];
  /** Context texts, or buttons (whose label is a plain text object). */
  elements?: (SlackText & { text?: string | SlackText })[];
};

/** Every string Slack would read as mrkdwn or plain text in the rendered messages. */
function slackTexts(reply: Reply): { mrkdwn: string[]; plain: string[] } {
  const mrkdwn: string[] = [];
  const plain: string[] = [];
  for (const message of renderSlack(reply)) {
    mrkdwn.push(message.text);
    for (const block of message.blocks as SlackBlock[]) {
      const elements = (block.elements ?? []).map((e) =>
        typeof e.text === "object" ? e.text : (e as SlackText),
      );
      for (const t of [block.text, ...(block.fields ?? []), ...elements]) {
        if (!t?.text) continue;
        (t.type === "plain_text" ? plain : mrkdwn).push(t.text);
      }
    }
  }
  return { mrkdwn, plain };
}

/** Every string of the Discord embeds, by where it sits. */
function discordTexts(reply: Reply): { markdown: string[]; plain: string[] } {
  const markdown: string[] = [];
  const plain: string[] = [];
  for (const message of renderDiscord(reply, { maxMessages: 10 })) {
    for (const embed of message.embeds) {
      if (embed.title) markdown.push(embed.title);
      if (embed.description) markdown.push(embed.description);
      for (const field of embed.fields ?? []) markdown.push(field.name, field.value);
      if (embed.footer?.text) plain.push(embed.footer.text);
    }
  }
  return { markdown, plain };
}

/**
 * The addresses of the links Slack would make clickable in mrkdwn: every `<…>` that is not an
 * escaped entity. Specials (`<!channel>`, `<@U…>`) count too.
 */
function slackLinkTargets(mrkdwn: string): string[] {
  return [...mrkdwn.matchAll(/<([^<>|]*)(?:\|[^<>]*)?>/g)].map((m) => m[1] ?? "");
}

/**
 * The addresses of the masked links Discord would make clickable: `[text](url)` whose opening
 * bracket is not escaped (text may hold escaped brackets).
 */
function discordLinkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\[(?:[^[\]\\]|\\.)*\]\(\s*<?([^)\s>]+)/g)].map(
    (m) => m[1] ?? "",
  );
}

let t: TestBot;
let replies: [string, Reply][];

beforeAll(async () => {
  t = await testBot({ briefings: [hostile] });
  replies = [
    ["show", await t.run(`show ${ID}`)],
    ["daily", await t.run("daily 2022-01-12")],
    ["ask", await t.ask("what did the envoy say?")],
    ["list", await t.run("list")],
    ["pin", await t.run(`pin ${ID}`)],
  ];
});
afterAll(() => t.store.close());

describe("Slack: links from briefing text are shown as text unless they are the sources", () => {
  it("renders every reply with no clickable link but the briefing's own source", () => {
    for (const [command, reply] of replies) {
      const { mrkdwn } = slackTexts(reply);
      const targets = mrkdwn.flatMap(slackLinkTargets);
      for (const target of targets) expect(target, `${command}: <${target}>`).toBe(SOURCE);
    }
  });

  it("shows a neutralised link's text and its address in code", () => {
    const show = replies.find(([c]) => c === "show")?.[1] as Reply;
    const all = slackTexts(show).mrkdwn.join("\n");
    expect(all).toContain(`the official statement (\`${EVIL}\`)`);
    expect(all).toContain(`the report (\`${EVIL}\`)`);
    expect(all).toContain(`\`${EVIL}\``);
    expect(all).toContain(`<${SOURCE}|the report>`);
  });

  it("never lets a special such as <!channel> or <@U…> through, in mrkdwn or in headers", () => {
    for (const [command, reply] of replies) {
      const { mrkdwn, plain } = slackTexts(reply);
      for (const text of mrkdwn) expect(text, command).not.toMatch(/<[!@#]/);
      for (const text of plain) expect(text, command).not.toMatch(/<[!@#]/);
    }
    const show = replies.find(([c]) => c === "show")?.[1] as Reply;
    expect(slackTexts(show).mrkdwn.join("\n")).toContain("&lt;!channel&gt; &lt;!here|here&gt;");
  });

  it("shows links in a header as plain words", () => {
    const show = replies.find(([c]) => c === "show")?.[1] as Reply;
    const header = slackTexts(show).plain[0];
    expect(header).toBe(`Talks on links click me (${EVIL}) NATO (${EVIL})`);
  });
});

describe("Discord: masked links from briefing text are shown as text unless they are the sources", () => {
  it("renders every reply with no masked link but the briefing's own source", () => {
    for (const [command, reply] of replies) {
      const { markdown } = discordTexts(reply);
      const targets = markdown.flatMap(discordLinkTargets);
      for (const target of targets) expect(target, `${command}: ${target}`).toBe(SOURCE);
    }
  });

  it("neutralises links in descriptions, fields and quotes, showing the address in code", () => {
    const show = replies.find(([c]) => c === "show")?.[1] as Reply;
    const { markdown } = discordTexts(show);
    const all = markdown.join("\n");
    expect(all).toContain(`the official statement (\`${EVIL}\`)`);
    expect(all).toContain(`click for the full speech (\`${EVIL}\`)`);
    expect(all).toContain(`[the report](${SOURCE})`);
    // Fields: participants, location, format, tags.
    const [embed] = renderDiscord(show)[0]?.embeds ?? [];
    const fields = embed?.fields ?? [];
    const participants = fields.find((f) => f.name === "Participants")?.value ?? "";
    expect(participants).toContain(`Stoltenberg (\`${EVIL}\`)`);
    expect(discordLinkTargets(fields.map((f) => f.value).join("\n"))).toEqual([]);
  });

  it("leaves no markup for a link in titles and footers, where Discord shows none", () => {
    const show = replies.find(([c]) => c === "show")?.[1] as Reply;
    const [embed] = renderDiscord(show)[0]?.embeds ?? [];
    expect(embed?.title).toBe(`Talks on links click me (${EVIL}) NATO (${EVIL})`);
    expect(discordLinkTargets(embed?.footer?.text ?? "")).toEqual([]);
  });

  it("keeps ordinary brackets readable", () => {
    const reply: Reply = {
      kind: "answer",
      visibility: "public",
      sections: [{ text: "Article [5] of the treaty (as amended)." }],
    };
    const [embed] = renderDiscord(reply)[0]?.embeds ?? [];
    expect(embed?.description).toBe("Article \\[5\\] of the treaty (as amended).");
  });
});

describe("console: terminal escapes from briefing text are shown, not obeyed", () => {
  it("prints control characters as symbols, so no OSC 8 hyperlink or colour reaches the terminal", () => {
    const reply: Reply = {
      kind: "answer",
      visibility: "public",
      sections: [
        {
          text: `See \u001b]8;;${EVIL}\u0007the report\u001b]8;;\u0007 and \u001b[31mred\u001b[0m.\u009b2J`,
        },
      ],
    };
    const out = renderReplyText(reply);
    expect(out).not.toMatch(/\p{Cc}(?<![\n\t])/u);
    expect(out).toContain(`See ␛]8;;${EVIL}␇the report␛]8;;␇ and ␛[31mred␛[0m.`);
  });
});
