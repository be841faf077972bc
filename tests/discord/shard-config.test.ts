// DISCORD_SHARDS and DISCORD_SHARD_COUNT: checked together at start, each mistake named.
import { describe, expect, it } from "vitest";
import { shardOptions } from "../../adapters/discord/gateway.ts";
import { loadConfig } from "../../src/config.ts";

const shardsOf = (env: Record<string, string>) => {
  const config = loadConfig(env);
  return shardOptions(config.DISCORD_SHARDS, config.DISCORD_SHARD_COUNT);
};

describe("DISCORD_SHARDS and DISCORD_SHARD_COUNT", () => {
  it("run one shard by default, as discord.js does", () => {
    expect(shardsOf({})).toEqual({});
  });

  it("leave the count to Discord with auto", () => {
    expect(shardsOf({ DISCORD_SHARDS: "AUTO" })).toEqual({ shards: "auto" });
  });

  it("run only the listed shards of the total, so instances can split them", () => {
    expect(shardsOf({ DISCORD_SHARDS: " 3, 1 ", DISCORD_SHARD_COUNT: "4" })).toEqual({
      shards: [1, 3],
      shardCount: 4,
    });
  });

  it("run every shard of a count given alone", () => {
    expect(shardsOf({ DISCORD_SHARD_COUNT: "3" })).toEqual({ shards: [0, 1, 2], shardCount: 3 });
  });

  it.each([
    [
      { DISCORD_SHARDS: "0,1" },
      /^DISCORD_SHARDS="0,1": a list of shard ids needs DISCORD_SHARD_COUNT/,
    ],
    [
      { DISCORD_SHARDS: "0,2", DISCORD_SHARD_COUNT: "2" },
      /DISCORD_SHARDS="0,2": shard 2 does not exist with DISCORD_SHARD_COUNT=2: shard ids go from 0 to 1/,
    ],
    [
      { DISCORD_SHARDS: "auto", DISCORD_SHARD_COUNT: "2" },
      /^DISCORD_SHARD_COUNT="2": DISCORD_SHARDS=auto asks Discord for the count/,
    ],
    [{ DISCORD_SHARDS: "0,one" }, /DISCORD_SHARDS="0,one": "one" is not a shard id/],
    [{ DISCORD_SHARDS: "-1", DISCORD_SHARD_COUNT: "2" }, /"-1" is not a shard id/],
    [{ DISCORD_SHARDS: "0,,1", DISCORD_SHARD_COUNT: "2" }, /an empty entry/],
    [{ DISCORD_SHARDS: "1,1", DISCORD_SHARD_COUNT: "2" }, /shard 1 is listed twice/],
    [
      { DISCORD_SHARD_COUNT: "0" },
      /DISCORD_SHARD_COUNT="0": expected a whole number of shards from 1 to 65536/,
    ],
    [{ DISCORD_SHARD_COUNT: "1e9" }, /DISCORD_SHARD_COUNT="1e9": expected a whole number/],
    [{ DISCORD_SHARDS: " " }, /DISCORD_SHARDS=" ": is blank/],
  ])("refuse %j, naming the variable and what would be valid", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("read DISCORD_MESSAGE_CONTENT as a switch, off by default", () => {
    expect(loadConfig({}).DISCORD_MESSAGE_CONTENT).toBe(false);
    expect(loadConfig({ DISCORD_MESSAGE_CONTENT: "Yes" }).DISCORD_MESSAGE_CONTENT).toBe(true);
    expect(() => loadConfig({ DISCORD_MESSAGE_CONTENT: "sure" })).toThrow(
      /DISCORD_MESSAGE_CONTENT="sure": expected true or false/,
    );
  });
});
