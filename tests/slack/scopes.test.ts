// The Slack app asks only for the scopes its code uses: the Web API methods called in
// adapters/slack, the events it subscribes to and the /brief command, each mapped to its scope.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SLACK_BOT_SCOPES } from "../../adapters/slack/index.ts";

const ADAPTER = join(import.meta.dirname, "../../adapters/slack");

/**
 * The bot scope each Web API method needs (api.slack.com/methods). conversations.replies needs
 * the history scope of the conversation's type: briefbot reads threads in all four types.
 */
const METHOD_SCOPES: Record<string, string[]> = {
  "chat.postMessage": ["chat:write"],
  "chat.postEphemeral": ["chat:write"],
  "pins.add": ["pins:write"],
  "pins.remove": ["pins:write"],
  "conversations.replies": ["channels:history", "groups:history", "im:history", "mpim:history"],
};

/** The scope each subscribed bot event needs. */
const EVENT_SCOPES: Record<string, string> = {
  app_mention: "app_mentions:read",
  "message.channels": "channels:history",
  "message.groups": "groups:history",
  "message.im": "im:history",
  "message.mpim": "mpim:history",
};

interface Manifest {
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] } };
  features: { slash_commands?: unknown[] };
}

const manifest = parse(readFileSync(join(ADAPTER, "manifest.yaml"), "utf8")) as Manifest;

/** Every Web API method called in the adapter's code: `client.chat.postMessage(`, `apiCall("…")`. */
function methodsCalled(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(ADAPTER, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts")) continue;
    const source = readFileSync(join(ADAPTER, file), "utf8");
    for (const m of source.matchAll(/\bclient\s*\.\s*([a-z]+)\s*\.\s*([a-zA-Z]+)\s*\(/g)) {
      found.set(`${m[1]}.${m[2]}`, file);
    }
    for (const m of source.matchAll(/\bapiCall\(\s*["'`]([\w.]+)["'`]/g)) {
      found.set(m[1] ?? "", file);
    }
  }
  return found;
}

function scopesNeeded(): Set<string> {
  const needed = new Set<string>();
  for (const method of methodsCalled().keys())
    for (const s of METHOD_SCOPES[method] ?? []) needed.add(s);
  for (const event of manifest.settings.event_subscriptions.bot_events) {
    const scope = EVENT_SCOPES[event];
    if (scope) needed.add(scope);
  }
  if (manifest.features.slash_commands?.length) needed.add("commands");
  return needed;
}

describe("Slack scopes", () => {
  it("finds the Web API calls it knows the scopes of, and no call it does not", () => {
    const called = methodsCalled();
    // The scan itself works: the calls every reply and pin goes through are seen.
    expect([...called.keys()]).toEqual(
      expect.arrayContaining(["chat.postMessage", "pins.add", "conversations.replies"]),
    );
    const unknown = [...called].filter(([method]) => !METHOD_SCOPES[method]);
    expect(unknown, "add these methods and their scopes to METHOD_SCOPES").toEqual([]);
  });

  it("knows the scope of every event the manifest subscribes to", () => {
    const unknown = manifest.settings.event_subscriptions.bot_events.filter(
      (e) => !EVENT_SCOPES[e],
    );
    expect(unknown, "add these events and their scopes to EVENT_SCOPES").toEqual([]);
  });

  it("lists in the manifest no scope that no code path uses, and every scope one needs", () => {
    const listed = new Set(manifest.oauth_config.scopes.bot);
    const needed = scopesNeeded();
    expect(
      [...listed].filter((s) => !needed.has(s)),
      "scopes asked for but unused",
    ).toEqual([]);
    expect(
      [...needed].filter((s) => !listed.has(s)),
      "scopes used but not asked for",
    ).toEqual([]);
  });

  it("asks for the same scopes when installed through OAuth as the manifest lists", () => {
    expect([...SLACK_BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });

  it("names the same scopes in docs/slack.md's setup steps", () => {
    const docs = readFileSync(join(import.meta.dirname, "../../docs/slack.md"), "utf8");
    const sentence = /the bot scopes ([^.]+)\./.exec(docs.replace(/\s+/g, " "))?.[1] ?? "";
    const named = [...sentence.matchAll(/`([a-z_]+:[a-z_]+|commands)`/g)].map((m) => m[1]);
    expect(named.sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });
});
