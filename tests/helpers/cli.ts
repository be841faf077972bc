// Runs the `briefbot` CLI in-process with captured output, for tests of its subcommands.
import { Readable } from "node:stream";
import type { CliIO } from "../../adapters/cli/command.ts";
import { main } from "../../adapters/cli/main.ts";

/** What one `briefbot` run printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** What the run is given besides its arguments and folder. */
export interface CliInput {
  /** Standard input, empty by default. */
  stdin?: string;
  /** The environment, empty by default (the machine's is never used). */
  env?: Record<string, string | undefined>;
  /** The terminal's width, as if stdout were a terminal; by default a pipe. */
  columns?: number;
}

/** Runs `briefbot ARGS` in `cwd` with the given standard input and environment. */
export async function runCli(
  args: string[],
  cwd: string,
  { stdin = "", env = {}, columns }: CliInput = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: Readable.from([stdin]),
    env,
    cwd,
    ...(columns !== undefined && { columns }),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
