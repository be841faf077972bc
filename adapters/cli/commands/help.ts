// `briefbot help [COMMAND]`: every command with what it does, or how to use one.
import { type CliCommand, commandName, usageError } from "../command.ts";
import { commandHelp, loadCommand, overview } from "../main.ts";

const help: CliCommand = {
  name: commandName(import.meta.url),
  summary: "List the commands, or show how to use one",
  usage: "briefbot help [COMMAND]",
  async run(args, io) {
    if (args.length > 1) return usageError(help, io, `unexpected argument "${args[1]}"`);
    const [name] = args;
    if (!name) {
      io.stdout(await overview());
      return 0;
    }
    const command = await loadCommand(name);
    if (!command) return usageError(help, io, `unknown command "${name}"`);
    io.stdout(commandHelp(command));
    return 0;
  },
};

export default help;
