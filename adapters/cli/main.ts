// The command line: `briefbot COMMAND …`. Each command is a module in ./commands/ named after it,
// imported only when it runs (or `--help` lists it). A command module imports only its own
// description at load time and the code it runs inside `run()`, so `briefbot --help` loads none
// of the engine, the store, Bolt or discord.js.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { UsageError } from "../../src/errors.ts";
import type { CliCommand, CliIO } from "./command.ts";

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), "commands");
/** The commands' file extension: .ts from the sources, .js from the build in dist/. */
const extension = import.meta.url.endsWith(".ts") ? ".ts" : ".js";

export function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter(
      (f) => f.endsWith(extension) && !f.endsWith(`.test${extension}`) && !f.endsWith(".d.ts"),
    )
    .map((f) => f.slice(0, -extension.length))
    .sort();
}

export async function loadCommand(name: string): Promise<CliCommand | undefined> {
  if (!commandNames().includes(name)) return undefined;
  const file = pathToFileURL(join(commandsDir, `${name}${extension}`)).href;
  const module = (await import(file)) as { default: CliCommand };
  return module.default;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    ...(process.stdout.isTTY && { columns: process.stdout.columns }),
  };
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h") {
    io.stdout(await overview());
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`briefbot: unknown command "${name}"\n${await overview()}`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // A user sees one line, never a stack trace; usage errors keep their exit code.
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      io.stderr(`briefbot ${name}: ${message}\nusage: ${command.usage}\n`);
      return 2;
    }
    io.stderr(`briefbot ${name}: ${message}\n`);
    return 1;
  }
}

/** What `briefbot COMMAND --help` prints. */
export function commandHelp(command: CliCommand): string {
  return `usage: ${command.usage}\n\n${command.summary}\n`;
}

/** What `briefbot --help` prints: every command with its one-line summary. */
export async function overview(): Promise<string> {
  const lines = ["usage: briefbot COMMAND [ARGS] [--help]", "", "commands:"];
  for (const name of commandNames()) {
    const command = await loadCommand(name);
    if (command) lines.push(`  ${name.padEnd(10)} ${command.summary}`);
  }
  return `${lines.join("\n")}\n`;
}
