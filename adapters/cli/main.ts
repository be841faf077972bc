// The command line: `briefbot COMMAND …`. Each command is a module in ./commands/ named after it,
// imported only when it runs (or `--help` lists it). A command module imports only its own
// description at load time and the code it runs inside `run()`, so `briefbot --help` loads none
// of the engine, the store, Bolt or discord.js.
import { UsageError } from "../../src/errors.ts";
import type { CliCommand, CliIO } from "./command.ts";

type Loader = () => Promise<{ default: CliCommand }>;

/** Every command, by name. Literal paths, so the build rewrites them to the compiled files. */
const COMMANDS: Record<string, Loader> = {
  ask: () => import("./commands/ask.ts"),
  daily: () => import("./commands/daily.ts"),
  discord: () => import("./commands/discord.ts"),
  draft: () => import("./commands/draft.ts"),
  list: () => import("./commands/list.ts"),
  show: () => import("./commands/show.ts"),
  start: () => import("./commands/start.ts"),
  validate: () => import("./commands/validate.ts"),
};

export function commandNames(): string[] {
  return Object.keys(COMMANDS).sort();
}

export async function loadCommand(name: string): Promise<CliCommand | undefined> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return load ? (await load()).default : undefined;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await overview());
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`briefbot: unknown command "${name}"\n${await overview()}`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`usage: ${command.usage}\n\n${command.summary}\n`);
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

async function overview(): Promise<string> {
  const lines = ["usage: briefbot COMMAND [ARGS] [--help]", "", "commands:"];
  for (const name of commandNames()) {
    const command = await loadCommand(name);
    if (command) lines.push(`  ${name.padEnd(10)} ${command.summary}`);
  }
  return `${lines.join("\n")}\n`;
}
