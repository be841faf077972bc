// The real headless Chromium the browser tests drive (Debian's `chromium` package), or one clear
// line saying how to install it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const INSTALL_HINT =
  "Chromium not found: the browser tests need it; apt-get install -y chromium";

/** The chromium executable on PATH (or /usr/bin/chromium), or undefined. */
export function findChromium(): string | undefined {
  try {
    const found = execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
    if (found) return found;
  } catch {
    // not on PATH
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/** Launches headless Chromium; throws the install hint when there is none. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  // Chromium refuses its sandbox as root (CI containers); the pages it opens are ours.
  const args = process.getuid?.() === 0 ? ["--no-sandbox"] : [];
  return chromium.launch({ executablePath, args, headless: true });
}
