// `node --import ./tests/helpers/record-imports.mjs …`: prints every module the process loads
// ("IMPORT url" on stderr), for tests of what a command loads.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context);
      process.stderr.write("IMPORT " + resolved.url + "\\n");
      return resolved;
    }`)}`,
);
