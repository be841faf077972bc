// One briefing file's bytes to what parsing them produced: in the loader's thread or a parse
// worker's (parse-worker.ts).
import { decodeBriefing } from "./encoding.ts";
import { type FileParseResult, parseBriefingFile } from "./parse.ts";

/** Decodes and parses one file's bytes; an encoding problem or an unexpected failure is a problem, never a throw. */
export function parseBytes(bytes: Uint8Array, file: string): FileParseResult {
  const decoded = decodeBriefing(bytes);
  if ("problem" in decoded) return { problems: [{ file, path: "", ...decoded.problem }] };
  try {
    return parseBriefingFile(decoded.text, file);
  } catch (error) {
    // Not the author's fault and not theirs to read: the name of the error only.
    const name = error instanceof Error ? error.name : typeof error;
    return {
      problems: [
        {
          file,
          path: "",
          message: `could not be checked: the validator failed (${name}); please report this file to the maintainers`,
        },
      ],
    };
  }
}
