// The start-up cache: what parsing each file produced, keyed by path + size + mtime, in one JSON file.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileParseResult } from "./parse.ts";

/** One file's cache entry: its `size:mtimeMs` key and what parsing it produced. */
export interface FileEntry {
  key: string;
  result: FileParseResult;
}

interface CacheFile {
  fingerprint: string;
  dir: string;
  entries: Record<string, FileEntry>;
}

/** The cache file's name inside the cache folder. */
export const CACHE_FILE_NAME = "briefings-cache.json";

let fingerprintMemo: string | undefined;

/**
 * Identifies the validation code: a hash of this folder's modules (sources, or their build). A change to the schema or the
 * messages makes every old cache entry stale, so nobody is served results of older rules.
 */
function fingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256").update("cache-format-1");
  for (const name of readdirSync(here).sort()) {
    // .ts when run from the sources, .js when run from the build (dist/)
    if (/\.[jt]s$/.test(name)) hash.update(name).update(readFileSync(join(here, name)));
  }
  fingerprintMemo = hash.digest("hex").slice(0, 16);
  return fingerprintMemo;
}

/** Reads the cache for `dir`; an absent, unreadable or stale cache reads as empty. */
export async function readCache(cacheDir: string, dir: string): Promise<Map<string, FileEntry>> {
  try {
    const text = await readFile(join(cacheDir, CACHE_FILE_NAME), "utf8");
    const cache = JSON.parse(text) as CacheFile;
    if (cache.fingerprint !== fingerprint() || cache.dir !== dir) return new Map();
    return new Map(Object.entries(cache.entries));
  } catch {
    return new Map();
  }
}

/** Entries serialised between two turns of the event loop (a few milliseconds' work). */
const ENTRIES_PER_WRITE = 500;

/**
 * Writes the cache atomically (temp file, then rename), so a crash never leaves half a file. The
 * JSON is written a few hundred entries at a time, each written before the next is serialised,
 * so a bot answering meanwhile is never held up for the whole cache (10,000 briefings: ~100 MB).
 */
export async function writeCache(
  cacheDir: string,
  dir: string,
  entries: ReadonlyMap<string, FileEntry>,
): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const target = join(cacheDir, CACHE_FILE_NAME);
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  // the same text as JSON.stringify of a CacheFile, in pieces
  const head: Omit<CacheFile, "entries"> = { fingerprint: fingerprint(), dir };
  const snapshot = [...entries];
  try {
    const file = await open(temp, "w");
    try {
      await file.write(`${JSON.stringify(head).slice(0, -1)},"entries":{`);
      for (let i = 0; i < snapshot.length; i += ENTRIES_PER_WRITE) {
        const part = snapshot
          .slice(i, i + ENTRIES_PER_WRITE)
          .map(([path, entry]) => `${JSON.stringify(path)}:${JSON.stringify(entry)}`)
          .join(",");
        await file.write(i === 0 ? part : `,${part}`);
      }
      await file.write("}}");
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}
