// What every `briefbot` subcommand module exports, and the I/O it is given (injected for tests).
import { basename, resolve } from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: Readable;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The terminal's width when stdout is a terminal; text for a pipe or a file is not wrapped. */
  columns?: number;
}

export interface CliCommand {
  /** The module's file name in commands/ (see {@link commandName}). */
  name: string;
  /** One line for `briefbot --help`. */
  summary: string;
  /** The usage line(s), shown by `--help` and on usage errors. */
  usage: string;
  /** Returns the exit code: 0 ok, 1 failure, 2 usage error. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** A command's name is its module's file name: `commands/list.ts` is `briefbot list`. */
export function commandName(moduleUrl: string): string {
  // .ts when run from the sources, .js when run from the build (dist/)
  return basename(fileURLToPath(moduleUrl)).replace(/\.[jt]s$/, "");
}

/** A usage error: print the message and the command's usage to stderr, exit 2. */
export function usageError(command: CliCommand, io: CliIO, message: string): number {
  io.stderr(`briefbot ${command.name}: ${message}\nusage: ${command.usage}\n`);
  return 2;
}

/**
 * The folder `briefbot start` keeps its loader cache and engine snapshot in, under the working
 * folder (adapters/start.ts). One-shot commands read them when they are there and never write
 * them: the cache describes the folder the bot serves, not whichever `--dir` a command was given.
 */
export const CACHE_FOLDER = ".cache/briefbot";

/** The engine snapshot's file inside {@link CACHE_FOLDER} (as `briefbot start` writes it). */
export const SNAPSHOT_FILE = "engine-snapshot.bin";

/** The loader options of a one-shot command run in `cwd`: the cache of `briefbot start`, read only. */
export function startCache(cwd: string): { cacheDir: string; readOnlyCache: true } {
  return { cacheDir: resolve(cwd, CACHE_FOLDER), readOnlyCache: true };
}

/** The options every briefing command takes, and its positionals. */
export interface DirArgs {
  /**
   * Absolute briefings folder: `--dir` resolved against io.cwd; by default BRIEFBOT_BRIEFINGS_DIR,
   * else `./briefings` (as `ask`, `daily` and `start` read it).
   */
  dir: string;
  /** The largest briefing file read: `--max-briefing-bytes`, else BRIEFBOT_MAX_BRIEFING_BYTES, else 1 MiB. */
  maxBytes: number;
  positionals: string[];
}

/**
 * Parses `[--dir DIR] [POSITIONAL…]` with node:util parseArgs. Returns a usage-error exit code (2),
 * having printed the message and usage, when the arguments are wrong.
 */
export async function parseDirArgs(
  command: CliCommand,
  args: string[],
  io: CliIO,
  positionals: { min: number; max: number },
): Promise<DirArgs | number> {
  let parsed: {
    values: { dir?: string | undefined; "max-briefing-bytes"?: string | undefined };
    positionals: string[];
  };
  try {
    parsed = parseArgs({
      args,
      options: { dir: { type: "string", short: "d" }, "max-briefing-bytes": { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(command, io, (error as Error).message);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) return usageError(command, io, "missing argument");
  if (count > positionals.max) {
    return usageError(command, io, `unexpected argument "${parsed.positionals[positionals.max]}"`);
  }
  if (parsed.values.dir === "") return usageError(command, io, "--dir needs a folder");
  // Loaded here, not at the top: zod is not needed to print `briefbot --help`.
  const { loadConfig } = await import("../../src/config.ts");
  // Only the folder's variables: a bad unrelated setting must not stop `validate` or `list`.
  const config = loadConfig({
    BRIEFBOT_BRIEFINGS_DIR: parsed.values.dir ?? io.env.BRIEFBOT_BRIEFINGS_DIR,
    BRIEFBOT_MAX_BRIEFING_BYTES:
      parsed.values["max-briefing-bytes"] ?? io.env.BRIEFBOT_MAX_BRIEFING_BYTES,
  });
  return {
    dir: resolve(io.cwd, config.BRIEFBOT_BRIEFINGS_DIR),
    maxBytes: config.BRIEFBOT_MAX_BRIEFING_BYTES,
    positionals: parsed.positionals,
  };
}
