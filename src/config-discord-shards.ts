// DISCORD_SHARDS and DISCORD_SHARD_COUNT: which gateway shards this process runs, checked together.
import { z } from "zod";

/** Discord's largest bots run tens of thousands of shards; a count beyond this is a typo. */
export const MAX_SHARD_COUNT = 65_536;

/** `auto` (ask Discord how many, run them all) or the shard ids this instance runs. */
export type ShardSelection = "auto" | number[];

const SHARDS_EXPECTED =
  'expected "auto" or a comma-separated list of shard ids such as 0,1 (with DISCORD_SHARD_COUNT)';

/** `auto`, or shard ids `0,2,4`: whole numbers, each once. The count is checked with the other variable. */
export const discordShards = z
  .string()
  .trim()
  .transform((v, ctx): ShardSelection => {
    if (v.toLowerCase() === "auto") return "auto";
    const parts = v.split(",").map((s) => s.trim());
    const bad = parts.find((p) => !/^\d{1,6}$/.test(p));
    if (bad !== undefined) {
      ctx.issues.push({
        code: "custom",
        input: v,
        message: `${bad === "" ? "an empty entry" : `${JSON.stringify(bad.slice(0, 20))} is not a shard id`}; ${SHARDS_EXPECTED}`,
      });
      return z.NEVER;
    }
    const ids = parts.map(Number);
    const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
    if (repeated !== undefined) {
      ctx.issues.push({
        code: "custom",
        input: v,
        message: `shard ${repeated} is listed twice; list each shard once`,
      });
      return z.NEVER;
    }
    return ids.sort((a, b) => a - b);
  });

/** The total number of shards across every instance of the bot. */
export const discordShardCount = z
  .string()
  .trim()
  .refine((v) => /^\d{1,6}$/.test(v), {
    message: `expected a whole number of shards from 1 to ${MAX_SHARD_COUNT}`,
    abort: true,
  })
  .transform(Number)
  .refine((n) => n >= 1 && n <= MAX_SHARD_COUNT, {
    message: `expected a whole number of shards from 1 to ${MAX_SHARD_COUNT}`,
  });

/** The problem with a combination of the two variables, naming the variable to change; none when they fit. */
export function shardProblem(
  shards: ShardSelection | undefined,
  count: number | undefined,
): { variable: "DISCORD_SHARDS" | "DISCORD_SHARD_COUNT"; message: string } | undefined {
  if (shards === "auto" && count !== undefined) {
    return {
      variable: "DISCORD_SHARD_COUNT",
      message:
        "DISCORD_SHARDS=auto asks Discord for the count; unset DISCORD_SHARD_COUNT, or list this instance's shard ids in DISCORD_SHARDS",
    };
  }
  if (Array.isArray(shards) && count === undefined) {
    return {
      variable: "DISCORD_SHARDS",
      message:
        "a list of shard ids needs DISCORD_SHARD_COUNT, the total number of shards across all instances (such as 2 for 0 on one instance and 1 on another)",
    };
  }
  if (Array.isArray(shards) && count !== undefined) {
    const outside = shards.find((id) => id >= count);
    if (outside !== undefined) {
      return {
        variable: "DISCORD_SHARDS",
        message: `shard ${outside} does not exist with DISCORD_SHARD_COUNT=${count}: shard ids go from 0 to ${count - 1}`,
      };
    }
  }
  return undefined;
}
