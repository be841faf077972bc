// The console chat's line history, kept in a file under the user's data folder across sessions.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

/** How many lines the history keeps (the arrow keys recall them, newest first). */
export const HISTORY_SIZE = 500;

/**
 * Where the history is kept: `BRIEFBOT_HISTORY_FILE` when set, else `briefbot/history` under
 * `XDG_DATA_HOME`, else under `~/.local/share` (the XDG default).
 */
export function consoleHistoryFile(env: Record<string, string | undefined>): string {
  const chosen = env.BRIEFBOT_HISTORY_FILE?.trim();
  if (chosen) return chosen;
  const data = env.XDG_DATA_HOME?.trim() || join(homedir(), ".local", "share");
  return join(data, "briefbot", "history");
}

/** The saved lines, newest first as readline wants them; none when the file is missing. */
export function readHistory(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text
    .split("\n")
    .filter((line) => line.trim())
    .slice(-HISTORY_SIZE)
    .reverse();
}

/** Saves `history` (newest first), oldest line first in the file, at most {@link HISTORY_SIZE} lines. */
export function writeHistory(file: string, history: readonly string[]): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const lines = history.slice(0, HISTORY_SIZE).reverse();
  // Only the person's own questions are in it; still, nobody else needs to read them.
  writeFileSync(file, lines.length ? `${lines.join("\n")}\n` : "", { mode: 0o600 });
}
