// The command line: dispatches `briefbot COMMAND …` to its handler.
// Placeholder until the foundation issue fills in the commands.
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`briefbot: not implemented yet: ${argv.join(" ")}\n`);
  return 2;
}
