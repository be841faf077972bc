// One problem as one line: `file:line:column: path: message`, the form editors and CI logs link to.
import { relative } from "node:path";
import { printable } from "./printable.ts";
import type { BriefingProblem } from "./types.ts";

/**
 * Formats a problem as `briefings/x.yaml:12:5: quotes[2].speaker: message`. The line and column
 * are left out when the problem concerns the whole file, the path when it has none. With
 * `relativeTo`, an absolute file path is shown relative to that folder. The result is always one
 * printable line: a file name or message with a line break or terminal escape codes is shown
 * escaped (`\n`, `\x1b`), never raw.
 */
export function formatProblem(p: BriefingProblem, options: { relativeTo?: string } = {}): string {
  const file = options.relativeTo ? relative(options.relativeTo, p.file) || p.file : p.file;
  const place = p.line === undefined ? file : `${file}:${p.line}:${p.column ?? 1}`;
  return printable(p.path ? `${place}: ${p.path}: ${p.message}` : `${place}: ${p.message}`);
}
