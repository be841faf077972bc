// The /brief command definitions, and `briefbot discord register` and `invite`.
import { PassThrough } from "node:stream";
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIO } from "../../adapters/cli/command.ts";
import discordCommand from "../../adapters/cli/commands/discord.ts";
import { main } from "../../adapters/cli/main.ts";
import {
  buildBriefCommand,
  commandDefinitions,
  SUBCOMMANDS,
} from "../../adapters/discord/index.ts";
import { BOT_PERMISSIONS } from "../../adapters/discord/invite.ts";
import { COMMANDS } from "../../src/bot/index.ts";
import { type FakeDiscord, startFakeDiscord } from "../fixtures/discord/fake-discord.ts";
import { APP_ID } from "../fixtures/discord/payloads.ts";

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: new PassThrough(),
    env,
    cwd: process.cwd(),
  };
  return { cli, out, err };
}

describe("/brief command definitions", () => {
  it("define one subcommand per bot command, with typed options", () => {
    const [brief, manage] = commandDefinitions();
    expect(brief?.name).toBe("brief");
    expect(manage?.name).toBe("brief-manage");
    const subs = [...(brief?.options ?? []), ...(manage?.options ?? [])];
    expect(subs.map((s) => s.name).sort()).toEqual([...SUBCOMMANDS].sort());
    // Discord's subcommands are written from the bot's registry, in its order.
    expect([...SUBCOMMANDS]).toEqual(COMMANDS.map((c) => c.name));
    const option = (sub: string, name: string) =>
      (subs.find((s) => s.name === sub) as { options?: Record<string, unknown>[] }).options?.find(
        (o) => o.name === name,
      );
    expect(option("ask", "question")).toMatchObject({ required: true, type: 3 });
    expect(option("daily", "date")).toMatchObject({ required: false });
    for (const sub of ["show", "pin", "unpin"]) {
      expect(option(sub, "id")).toMatchObject({ required: true, autocomplete: true });
    }
    expect(option("subscribe", "time")).toMatchObject({ required: true });
    expect(option("subscribe", "timezone")).toMatchObject({ autocomplete: true });
    expect(option("help", "command")?.choices).toHaveLength(SUBCOMMANDS.length);
  });

  it("put the subcommands that change a channel under /brief-manage, which needs Manage Messages unless an admin says otherwise", () => {
    const [brief, manage] = commandDefinitions();
    expect(manage?.options?.map((o) => o.name)).toEqual([
      "pin",
      "unpin",
      "subscribe",
      "unsubscribe",
    ]);
    // The registry says which commands change a channel.
    expect(manage?.options?.map((o) => o.name)).toEqual(
      COMMANDS.filter((c) => c.changesChannel).map((c) => c.name),
    );
    expect(manage?.default_member_permissions).toBe(PermissionFlagsBits.ManageMessages.toString());
    // Everyone may ask, show, list and read the pins and subscriptions.
    expect(brief?.default_member_permissions).toBeNull();
    expect(brief?.options?.map((o) => o.name)).not.toContain("pin");
  });

  it("are usable in servers and in DMs with the bot, for a server install", () => {
    for (const command of commandDefinitions()) {
      expect(command.contexts).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
      ]);
      expect(command.integration_types).toEqual([ApplicationIntegrationType.GuildInstall]);
    }
  });

  it("stay within Discord's limits for names and descriptions", () => {
    // toJSON() runs the builders' validation, which throws on any limit exceeded.
    expect(() => buildBriefCommand().toJSON()).not.toThrow();
    for (const command of commandDefinitions()) {
      expect(command.name).toMatch(/^[-_a-z]{1,32}$/);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const sub of command.options ?? []) {
        expect(sub.description.length).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe("briefbot discord register", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake.close();
  });
  const env = () => ({ DISCORD_TOKEN: "reg-token-123456", DISCORD_API_URL: fake.apiUrl });

  it("registers the commands to a guild with a bulk overwrite, and running it again sends the same", async () => {
    const first = io({ ...env(), DISCORD_APPLICATION_ID: APP_ID });
    expect(await discordCommand.run(["register", "--guild", "123456789012345678"], first.cli)).toBe(
      0,
    );
    expect(await discordCommand.run(["register", "--guild", "123456789012345678"], first.cli)).toBe(
      0,
    );
    const puts = fake.calls.filter(
      (c) =>
        c.method === "PUT" &&
        c.path === `/applications/${APP_ID}/guilds/123456789012345678/commands`,
    );
    expect(puts).toHaveLength(2);
    // A guild's commands carry no contexts or install types (those are for global commands).
    expect(puts[0]?.body).toEqual(
      commandDefinitions().map(({ contexts: _c, integration_types: _i, ...rest }) => rest),
    );
    expect(puts[1]?.body).toEqual(puts[0]?.body);
    expect(puts[0]?.authorization).toBe("Bot reg-token-123456");
    expect(first.out.join("")).toContain(
      "Registered /brief, /brief-manage to guild 123456789012345678",
    );
  });

  it("registers to DISCORD_GUILD_ID by default, and globally with --global", async () => {
    const run = io({
      ...env(),
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: "223456789012345678",
    });
    expect(await discordCommand.run(["register"], run.cli)).toBe(0);
    expect(await discordCommand.run(["register", "--global"], run.cli)).toBe(0);
    const paths = fake.calls.filter((c) => c.method === "PUT").map((c) => c.path);
    expect(paths).toContain(`/applications/${APP_ID}/guilds/223456789012345678/commands`);
    expect(paths.at(-1)).toBe(`/applications/${APP_ID}/commands`);
    expect(fake.calls.filter((c) => c.method === "PUT").at(-1)?.body).toEqual(commandDefinitions());
  });

  it("looks up the application id when DISCORD_APPLICATION_ID is not set", async () => {
    const run = io(env());
    expect(await discordCommand.run(["register", "--global"], run.cli)).toBe(0);
    expect(fake.calls.some((c) => c.method === "GET" && c.path === "/applications/@me")).toBe(true);
  });

  it("fails with a clear message without a token, and on a bad usage", async () => {
    const missing = io({ DISCORD_API_URL: fake.apiUrl });
    expect(await discordCommand.run(["register"], missing.cli)).toBe(1);
    expect(missing.err.join("")).toContain("DISCORD_TOKEN is not set");
    const bad = io(env());
    expect(await discordCommand.run(["register", "--guild"], bad.cli)).toBe(2);
    expect(await discordCommand.run(["deregister"], bad.cli)).toBe(2);
  });

  it("reports Discord's refusal with the scope it tried", async () => {
    fake.failNext((c) => c.method === "PUT", 403, 50001, "Missing Access");
    const run = io({ ...env(), DISCORD_APPLICATION_ID: APP_ID });
    expect(await discordCommand.run(["register", "--guild", "323456789012345678"], run.cli)).toBe(
      1,
    );
    expect(run.err.join("")).toContain("guild 323456789012345678");
    expect(run.err.join("")).toContain("Missing Access");
  });
});

describe("briefbot discord invite", () => {
  it("prints an invite URL with the bot and applications.commands scopes and the bot's permissions", async () => {
    const run = io({ DISCORD_APPLICATION_ID: APP_ID });
    expect(await discordCommand.run(["invite", "--guild", "123456789012345678"], run.cli)).toBe(0);
    const url = new URL(run.out.join("").trim());
    expect(url.origin + url.pathname).toBe("https://discord.com/oauth2/authorize");
    expect(url.searchParams.get("client_id")).toBe(APP_ID);
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    expect(url.searchParams.get("permissions")).toBe(BOT_PERMISSIONS.toString());
    expect(url.searchParams.get("guild_id")).toBe("123456789012345678");
    // A server install, the only one the commands are registered for.
    expect(url.searchParams.get("integration_type")).toBe("0");
    // Pin Messages is in, Manage Messages and Administrator are not.
    expect(BOT_PERMISSIONS & PermissionFlagsBits.PinMessages).toBe(PermissionFlagsBits.PinMessages);
    expect(BOT_PERMISSIONS & PermissionFlagsBits.ManageMessages).toBe(0n);
    expect(BOT_PERMISSIONS & PermissionFlagsBits.Administrator).toBe(0n);
  });

  it("reads --guild=ID like --guild ID, and refuses a server id that is not a number either way", async () => {
    const joined = io({ DISCORD_APPLICATION_ID: APP_ID });
    expect(await discordCommand.run(["invite", "--guild=123456789012345678"], joined.cli)).toBe(0);
    expect(new URL(joined.out.join("").trim()).searchParams.get("guild_id")).toBe(
      "123456789012345678",
    );
    for (const args of [
      ["invite", "--guild=abc"],
      ["invite", "--guild", "abc"],
    ]) {
      const bad = io({ DISCORD_APPLICATION_ID: APP_ID });
      expect(await discordCommand.run(args, bad.cli)).toBe(2);
      expect(bad.out).toEqual([]);
      expect(bad.err.join("")).toContain("--guild needs a server id (a number)");
    }
  });

  it("refuses an unknown flag, a stray argument and --global, which an invite has no use for", async () => {
    for (const args of [
      ["invite", "--guidl", "123456789012345678"],
      ["invite", "extra"],
      ["invite", "--global"],
    ]) {
      const bad = io({ DISCORD_APPLICATION_ID: APP_ID });
      expect(await discordCommand.run(args, bad.cli)).toBe(2);
      expect(bad.out).toEqual([]);
      expect(bad.err.join("")).toMatch(/^briefbot discord: .+\nusage: briefbot discord register/);
    }
  });

  it("says so when DISCORD_GUILD_ID is not a server id, rather than printing a broken link", async () => {
    const run = io({ DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: "my-server" });
    expect(await discordCommand.run(["invite"], run.cli)).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err.join("")).toContain('DISCORD_GUILD_ID="my-server" is not a server id');
  });
});

describe("briefbot discord, through the CLI entry", () => {
  it("is listed in briefbot --help and runs as `briefbot discord invite`", async () => {
    const help = io({});
    await main(["--help"], help.cli);
    expect(help.out.join("")).toMatch(/discord\s+Discord set-up/);
    const run = io({ DISCORD_APPLICATION_ID: APP_ID });
    expect(await main(["discord", "invite"], run.cli)).toBe(0);
    expect(run.out.join("")).toContain(`client_id=${APP_ID}`);
  });
});
