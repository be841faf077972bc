// Installing the app: OAuth multi-workspace installs kept in the store, token mode, Socket Mode.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  createSlackAdapter,
  SLACK_BOT_SCOPES,
  slashCommandNames,
  slashCommandUsageHint,
} from "../../adapters/slack/index.ts";
import { createStoreInstallationStore } from "../../adapters/slack/installation-store.ts";
import { slackAdapterConfig } from "../../adapters/start.ts";
import { loadConfig } from "../../src/config.ts";
import { ChannelGoneError, ConfigError } from "../../src/errors.ts";
import { silentLogger } from "../../src/log.ts";
import type { Store } from "../../src/store/types.ts";
import { FAKE_INSTALLED_TOKEN } from "./fake-slack.ts";
import { type Harness, startHarness } from "./harness.ts";
import { createMemoryStore } from "./memory-store.ts";
import { eventEnvelope, send } from "./payloads.ts";
import { createStubBot } from "./stub-bot.ts";

const oauthEnv = {
  SLACK_BOT_TOKEN: undefined,
  SLACK_CLIENT_ID: "1111.2222",
  SLACK_CLIENT_SECRET: "client-secret-for-tests",
  SLACK_STATE_SECRET: "state-secret-for-tests",
};

describe("createStoreInstallationStore", () => {
  it("round-trips a workspace installation through the Store", async () => {
    const store = createMemoryStore();
    const installations = createStoreInstallationStore(store);
    const installation = {
      team: { id: "T0009", name: "Nine" },
      enterprise: undefined,
      user: { id: "U1", token: undefined, scopes: undefined },
      bot: { id: "B9", userId: "U9", token: "xoxb-nine", scopes: ["chat:write"] },
      isEnterpriseInstall: false,
    };
    await installations.storeInstallation(installation);
    expect((await store.installation("slack", "T0009"))?.data).toEqual(installation);
    const query = { teamId: "T0009", enterpriseId: undefined, isEnterpriseInstall: false };
    expect(await installations.fetchInstallation(query)).toEqual(installation);
    await installations.deleteInstallation?.(query);
    expect(await store.installation("slack", "T0009")).toBeUndefined();
    await expect(installations.fetchInstallation(query)).rejects.toThrow(/T0009/);
  });

  it("keys an org-wide install by its enterprise id", async () => {
    const store = createMemoryStore();
    await createStoreInstallationStore(store).storeInstallation({
      team: undefined,
      enterprise: { id: "E0001", name: "Org" },
      user: { id: "U1", token: undefined, scopes: undefined },
      bot: { id: "B1", userId: "U1", token: "xoxb-org", scopes: [] },
      isEnterpriseInstall: true,
    });
    expect(await store.installation("slack", "E0001")).toBeDefined();
  });
});

describe("OAuth multi-workspace installs", () => {
  let h: Harness;
  let store: Store;
  const bot = createStubBot();

  beforeAll(async () => {
    store = createMemoryStore();
    h = await startHarness(bot, store, oauthEnv);
  });
  afterAll(async () => {
    await h.close();
  });

  it("mounts /slack/install, which sends the admin to Slack's consent page with the bot scopes", async () => {
    expect(h.adapter.oauth).toBe(true);
    const res = await fetch(`${h.baseUrl}/slack/install`, { redirect: "manual" });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location") ?? "");
    expect(location.hostname).toBe("slack.com");
    expect(location.searchParams.get("client_id")).toBe("1111.2222");
    expect(location.searchParams.get("scope")).toContain("app_mentions:read");
    expect(location.searchParams.get("scope")).toContain("pins:write");
  });

  it("completes the OAuth redirect and keeps the installation in the store", async () => {
    const install = await fetch(`${h.baseUrl}/slack/install`, { redirect: "manual" });
    const state = new URL(install.headers.get("location") ?? "").searchParams.get("state") ?? "";
    const cookie = (install.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const res = await fetch(`${h.baseUrl}/slack/oauth_redirect?code=fake-code&state=${state}`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(res.status).toBeLessThan(400);
    expect(h.fake.ok("oauth.v2.access")).toHaveLength(1);
    const saved = await store.installation("slack", "T0002");
    const data = (saved?.data ?? {}) as { bot?: { token?: string } };
    expect(data.bot?.token).toBe(FAKE_INSTALLED_TOKEN);
  });

  it("answers events from an installed workspace with that workspace's token", async () => {
    const authorizations = [
      { team_id: "T0002", user_id: "U0LAN0Z89", is_bot: true, is_enterprise_install: false },
    ];
    const event = eventEnvelope(
      "message-im.json",
      { team: "T0002" },
      { team_id: "T0002", authorizations },
    );
    await send(h.baseUrl, event);
    await h.fake.waitFor(() => h.fake.ok("chat.postMessage").length === 1);
    expect(h.fake.ok("chat.postMessage")[0]?.token).toBe(FAKE_INSTALLED_TOKEN);
  });

  it("delivers with the stored token, and reports a workspace without an install as gone", async () => {
    const reply = {
      sections: [{ text: "digest" }],
      visibility: "public" as const,
      kind: "daily" as const,
    };
    await h.adapter.deliver({ platform: "slack", workspace: "T0002", channel: "C1" }, reply);
    const last = h.fake.ok("chat.postMessage").at(-1);
    expect(last?.token).toBe(FAKE_INSTALLED_TOKEN);
    await expect(
      h.adapter.deliver({ platform: "slack", workspace: "T9999", channel: "C1" }, reply),
    ).rejects.toBeInstanceOf(ChannelGoneError);
  });

  it("passes a store failure on to the scheduler to retry, instead of calling the channel gone", async () => {
    const reply = {
      sections: [{ text: "digest" }],
      visibility: "public" as const,
      kind: "daily" as const,
    };
    const original = store.installation;
    store.installation = async () => {
      throw new Error("database is locked");
    };
    try {
      const delivery = h.adapter.deliver(
        { platform: "slack", workspace: "T0002", channel: "C1" },
        reply,
      );
      await expect(delivery).rejects.toThrow(/database is locked/);
      await expect(delivery).rejects.not.toBeInstanceOf(ChannelGoneError);
    } finally {
      store.installation = original;
    }
  });
});

describe("createSlackAdapter configuration", () => {
  const deps = (env: Record<string, string>) => ({
    config: slackAdapterConfig(loadConfig(env)),
    bot: createStubBot(),
    store: createMemoryStore(),
    logger: silentLogger,
  });

  it("uses Socket Mode when SLACK_APP_TOKEN is set, with no HTTP address of its own", () => {
    const adapter = createSlackAdapter(
      deps({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-test" }),
    );
    expect(adapter.mode).toBe("socket");
    expect(adapter.address()).toBeUndefined();
  });

  it("uses the HTTP receiver otherwise, and stopping one never started is harmless", async () => {
    const adapter = createSlackAdapter(
      deps({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }),
    );
    expect(adapter.mode).toBe("http");
    expect(adapter.oauth).toBe(false);
    await expect(adapter.stop()).resolves.toBeUndefined();
  });

  it("names the missing variable when neither a token nor an OAuth client is configured", () => {
    expect(() => createSlackAdapter(deps({ SLACK_SIGNING_SECRET: "s" }))).toThrow(ConfigError);
    expect(() => createSlackAdapter(deps({ SLACK_SIGNING_SECRET: "s" }))).toThrow(
      /SLACK_BOT_TOKEN/,
    );
  });

  it("names SLACK_SIGNING_SECRET when the HTTP receiver has no way to verify requests", () => {
    expect(() => createSlackAdapter(deps({ SLACK_BOT_TOKEN: "xoxb-1" }))).toThrow(
      /SLACK_SIGNING_SECRET/,
    );
  });

  it("names SLACK_STATE_SECRET when OAuth is configured without it", () => {
    expect(() =>
      createSlackAdapter(
        deps({ SLACK_SIGNING_SECRET: "s", SLACK_CLIENT_ID: "1.2", SLACK_CLIENT_SECRET: "c" }),
      ),
    ).toThrow(/SLACK_STATE_SECRET/);
  });
});

describe("manifest.yaml", () => {
  it("asks for exactly the bot scopes the OAuth installer requests, with events and /brief", () => {
    const manifest = parse(
      readFileSync(new URL("../../adapters/slack/manifest.yaml", import.meta.url), "utf8"),
    );
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["app_mention", "message.im", "message.channels", "message.groups"]),
    );
    expect(manifest.features.slash_commands[0].command).toBe("/brief");
    expect(typeof manifest.settings.socket_mode_enabled).toBe("boolean");
  });

  it("shows under /brief every command of the bot's registry with its arguments, in its order", () => {
    const manifest = parse(
      readFileSync(new URL("../../adapters/slack/manifest.yaml", import.meta.url), "utf8"),
    );
    // A command added to the registry fails here until the manifest (pasted into Slack) shows it.
    expect(manifest.features.slash_commands[0].usage_hint).toBe(slashCommandUsageHint());
    expect(manifest.display_information.long_description).toContain(
      `use /brief: ${slashCommandNames()}.`,
    );
    expect(slashCommandUsageHint()).toContain("subscribe HH:MM [TIMEZONE]");
  });
});
