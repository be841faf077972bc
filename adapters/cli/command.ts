// What every `briefbot` subcommand module exports, and the I/O it is given (injected for tests).
import type { Readable } from "node:stream";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: Readable;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line for `briefbot --help`. */
  summary: string;
  /** The usage line(s), shown by `--help` and on usage errors. */
  usage: string;
  /** Returns the exit code: 0 ok, 1 failure, 2 usage error. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** A usage error: print the message and the command's usage to stderr, exit 2. */
export function usageError(command: CliCommand, io: CliIO, message: string): number {
  io.stderr(`briefbot ${command.name}: ${message}\nusage: ${command.usage}\n`);
  return 2;
}
