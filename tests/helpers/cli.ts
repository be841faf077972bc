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

/** Runs `briefbot ARGS` with an empty environment in `cwd`, feeding `stdin` (empty by default). */
export async function runCli(args: string[], cwd: string, stdin = ""): Promise<CliRun> {
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
    env: {},
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
