// The start-up cache: what parsing each file produced, keyed by path + size + mtime, in one file.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { FileParseResult } from "./parse.ts";
import { recordSource } from "./source.ts";

/** One file's cache entry: its `size:mtimeMs` key and what parsing it produced. */
export interface FileEntry {
  key: string;
  result: FileParseResult;
  /** A digest of the bytes parsed (see `./source.ts`); absent when the file was not read. */
  digest?: string;
}

/** The cache file's name inside the cache folder. */
export const CACHE_FILE_NAME = "briefings-cache.bin";
/** The JSON cache of earlier versions: removed when the new one is written. */
const OLD_CACHE_FILE_NAME = "briefings-cache.json";

/** "BBC1": the first bytes of a cache file. */
const MAGIC = 0x31434242;

let fingerprintMemo: string | undefined;

/**
 * Identifies the validation code: a hash of this folder's modules (sources, or their build). A change to the schema or the
 * messages makes every old cache entry stale, so nobody is served results of older rules.
 */
export function fingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const here = dirname(fileURLToPath(import.meta.url));
  // V8's version too: its serialisation format may change with it
  const hash = createHash("sha256").update("cache-format-2").update(process.versions.v8);
  for (const name of readdirSync(here).sort()) {
    // .ts when run from the sources, .js when run from the build (dist/)
    if (/\.[jt]s$/.test(name)) hash.update(name).update(readFileSync(join(here, name)));
  }
  fingerprintMemo = hash.digest("hex").slice(0, 16);
  return fingerprintMemo;
}

/*
 * The file: the magic number, then blocks, each a 4-byte length and a value in V8's
 * serialisation (node:v8, the structured clone format): first the head `{ fingerprint, dir }`,
 * then arrays of `[path, entry]` pairs, a few hundred at a time. Reading V8's format is about a
 * quarter cheaper than parsing the same entries from JSON text (no UTF-8 decoding of 90 MB,
 * no JSON grammar), and blocks let a writer yield to the event loop between them.
 */

/** Reads the cache for `dir`; an absent, unreadable or stale cache reads as empty. */
export async function readCache(cacheDir: string, dir: string): Promise<Map<string, FileEntry>> {
  try {
    const file = await readFile(join(cacheDir, CACHE_FILE_NAME));
    if (file.length < 4 || file.readUInt32LE(0) !== MAGIC) return new Map();
    const blocks = blocksOf(file);
    const head = blocks.next().value as { fingerprint?: unknown; dir?: unknown } | undefined;
    if (head?.fingerprint !== fingerprint() || head.dir !== dir) return new Map();
    const entries = new Map<string, FileEntry>();
    for (const block of blocks) {
      for (const [path, entry] of block as [string, FileEntry][]) {
        entries.set(path, entry);
        readFromFile.add(entry);
        noteSource(entry);
      }
    }
    return entries;
  } catch {
    return new Map();
  }
}

/** Notes what an entry's briefing was made from (see `./source.ts`). */
export function noteSource(entry: FileEntry): void {
  const { briefing } = entry.result;
  if (briefing && entry.digest) recordSource(briefing, fingerprint(), entry.digest);
}

/** The values of a cache file's blocks, in order; throws at a torn block. */
function* blocksOf(file: Buffer): Generator<unknown> {
  let at = 4;
  while (at < file.length) {
    if (at + 4 > file.length) throw new Error("truncated");
    const length = file.readUInt32LE(at);
    at += 4;
    if (at + length > file.length) throw new Error("truncated");
    yield deserialize(file.subarray(at, at + length));
    at += length;
  }
}

/** Entries serialised between two turns of the event loop (a few milliseconds' work). */
const ENTRIES_PER_WRITE = 500;

/** Entries read from a cache file: already in the form {@link stored} gives. */
const readFromFile = new WeakSet<FileEntry>();

/**
 * An entry as the cache stores it: through JSON, so that the cache holds what JSON can say (as
 * it always did) and strings come out in V8's one-byte form where they can. Strings a parser
 * cut from a file with one non-Latin-1 character are two-byte, and V8 would write (and a
 * restart would read and keep in memory) every one of them at twice the size.
 */
function stored(entry: FileEntry): FileEntry {
  return readFromFile.has(entry) ? entry : (JSON.parse(JSON.stringify(entry)) as FileEntry);
}

/** One block: its length, then the value. */
function block(value: unknown): Buffer[] {
  const bytes = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  return [length, bytes];
}

/**
 * Writes the cache atomically (temp file, then rename), so a crash never leaves half a file. The
 * entries are serialised a few hundred at a time, each block written before the next is made,
 * so a bot answering meanwhile is never held up for the whole cache (10,000 briefings: ~90 MB).
 */
export async function writeCache(
  cacheDir: string,
  dir: string,
  entries: ReadonlyMap<string, FileEntry>,
): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const target = join(cacheDir, CACHE_FILE_NAME);
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  const snapshot = [...entries];
  try {
    const file = await open(temp, "w");
    try {
      const magic = Buffer.alloc(4);
      magic.writeUInt32LE(MAGIC);
      await file.writev([magic, ...block({ fingerprint: fingerprint(), dir })]);
      for (let i = 0; i < snapshot.length; i += ENTRIES_PER_WRITE) {
        const part = snapshot.slice(i, i + ENTRIES_PER_WRITE);
        await file.writev(block(part.map(([path, entry]) => [path, stored(entry)])));
      }
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await unlink(join(cacheDir, OLD_CACHE_FILE_NAME)).catch(() => {});
}
