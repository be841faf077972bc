// What the benchmarks share besides their corpus: reading `--name value` / `--name=value`
// options, and a garbage collection between timed runs so that one run's garbage is not the next
// one's cost.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const args = process.argv.slice(2);

/** The value of `--name value` or `--name=value` on the command line, if given. */
export function option(name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return (
    args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ??
    (at >= 0 ? args[at + 1] : undefined)
  );
}

setFlagsFromString("--expose-gc");
/** A full collection, run on demand. */
export const gc = runInNewContext("gc") as () => void;
