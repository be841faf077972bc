// Loads every briefing file in a folder: bad files become problems, never stop the others.
import type { Dirent } from "node:fs";
import { lstat, readdir, realpath } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { type FileEntry, noteSource, readCache, writeCache } from "./cache.ts";
import type { FileParseResult } from "./parse.ts";
import { defaultParseThreads, type FileParser, fileParser } from "./parse-pool.ts";
import { printable } from "./printable.ts";
import { DEFAULT_MAX_BRIEFING_BYTES, type FileLook, lookAt, readWithin } from "./read.ts";
import { digestOf } from "./source.ts";
import type { Briefing, BriefingProblem } from "./types.ts";

/** What loading a folder produced. */
export interface LoadResult {
  /** Valid briefings, newest first by date, then by id. */
  briefings: Briefing[];
  /** Every problem in every file, by file name, then line. */
  problems: BriefingProblem[];
  /** Files that were read and parsed (the others came from the cache). */
  parsedFiles: string[];
  /**
   * With `deferCacheWrite`, when the cache is out of date: writes it (atomically; a failure
   * rejects). Call it once the caller is ready, so that serialising the cache is not on its way.
   */
  saveCache?: () => Promise<void>;
}

/** Options for {@link loadBriefings}. */
export interface LoadOptions {
  /** A folder for the start-up cache; files whose size and mtime are unchanged are not re-parsed. */
  cacheDir?: string;
  /** Read the cache but never write it (one-shot commands reading the cache of `briefbot start`). */
  readOnlyCache?: boolean;
  /** The largest briefing file read, in bytes; larger files are refused (default 1 MiB). */
  maxBytes?: number;
  /** Do not write the cache before returning; the result's `saveCache` writes it. */
  deferCacheWrite?: boolean;
  /** Threads parsing files (1: this one); default from the cores and the files to parse. */
  parseThreads?: number;
}

/**
 * Loads all `.yaml`/`.yml` files in `dir` (not sub-folders, not dot-files). Duplicate ids across
 * files are a problem on the later file by name; the first is kept.
 */
export async function loadBriefings(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const folder = resolve(dir);
  const previous = options.cacheDir ? await readCache(options.cacheDir, folder) : new Map();
  const scan = await scanFolder(folder, previous, options.maxBytes, options.parseThreads);
  const changed = scan.parsedFiles.length > 0 || scan.entries.size !== previous.size;
  const { cacheDir } = options;
  const saveCache =
    cacheDir && !options.readOnlyCache && changed
      ? () => writeCache(cacheDir, folder, scan.entries)
      : undefined;
  if (saveCache && !options.deferCacheWrite) await saveCache();
  const files = [...scan.entries].map(([file, entry]) => ({ file, ...entry.result }));
  const { briefings, problems } = assemble(files);
  return {
    briefings,
    problems: scan.folderProblem ? [scan.folderProblem, ...problems] : problems,
    parsedFiles: scan.parsedFiles,
    ...(saveCache && options.deferCacheWrite ? { saveCache } : {}),
  };
}

/** The result of looking at a folder once. */
export interface FolderScan {
  /** Every briefing file now in the folder, by absolute path, in file name order. */
  entries: Map<string, FileEntry>;
  /** Files read and parsed because they are new or their size or mtime changed. */
  parsedFiles: string[];
  /** Set when the folder itself cannot be read. */
  folderProblem?: BriefingProblem;
}

/**
 * Lists the folder and re-parses only the files whose key (size, mtime, link target, size limit)
 * differs from `previous`. Links that leave the folder and files over `maxBytes` are refused
 * unread; a file is decoded as UTF-8 before it is parsed. Many files to parse are parsed on
 * `parseThreads` worker threads (default from the cores; see parse-pool.ts).
 */
export async function scanFolder(
  folder: string,
  previous: ReadonlyMap<string, FileEntry>,
  maxBytes = DEFAULT_MAX_BRIEFING_BYTES,
  parseThreads?: number,
): Promise<FolderScan> {
  let dirents: Dirent[];
  let realFolder: string;
  try {
    dirents = await readdir(folder, { withFileTypes: true });
    realFolder = await realpath(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const reason =
      code === "ENOENT" ? "the folder does not exist" : `cannot read the folder (${code})`;
    return {
      entries: new Map(),
      parsedFiles: [],
      folderProblem: { file: folder, path: "", message: reason },
    };
  }
  const names = dirents
    .filter((d) => (d.isFile() || d.isSymbolicLink()) && isBriefingFileName(d.name))
    .map((d) => d.name)
    .sort();
  // files without a cache entry will be parsed (files whose entry is stale are not counted)
  const unknown = names.filter((name) => !previous.has(join(folder, name))).length;
  const parser = fileParser(parseThreads ?? defaultParseThreads(unknown));
  try {
    return await scanNames(folder, realFolder, names, previous, maxBytes, parser);
  } finally {
    await parser.close();
  }
}

async function scanNames(
  folder: string,
  realFolder: string,
  names: readonly string[],
  previous: ReadonlyMap<string, FileEntry>,
  maxBytes: number,
  parser: FileParser,
): Promise<FolderScan> {
  const parsedFiles: string[] = [];
  // every file is looked at first, a few hundred between two turns of the event loop
  const looks: (FileLook | { kind: "error"; error: unknown })[] = [];
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && i % LOOKS_PER_TURN === 0) await turn();
    try {
      looks.push(lookAt(join(folder, names[i] as string), realFolder, maxBytes));
    } catch (error) {
      looks.push({ kind: "error", error });
    }
  }
  const results = await Promise.all(
    names.map(async (name, i): Promise<[string, FileEntry] | undefined> => {
      const file = join(folder, name);
      const whole = (message: string): FileParseResult => ({
        problems: [{ file, path: "", message }],
      });
      const look = looks[i] as (typeof looks)[number];
      if (look.kind === "error") {
        return [file, { key: "unreadable", result: whole(cannotRead(look.error)) }];
      }
      if (look.kind === "skip") {
        // A name that is not valid UTF-8 is listed with U+FFFD for its bad bytes, and no file has
        // that name: say so rather than drop the file without a word.
        if (name.includes("\uFFFD") && (await missing(file))) {
          return [file, { key: "name", result: whole(NOT_UTF8_NAME) }];
        }
        // removed since the listing, a dangling link (editor lock files), a folder or a FIFO
        return undefined;
      }
      const known = previous.get(file);
      if (known && known.key === look.key) return [file, known];
      parsedFiles.push(file);
      if (look.kind === "refused") return [file, { key: look.key, result: whole(look.message) }];
      let read: Awaited<ReturnType<typeof readWithin>>;
      try {
        read = await readWithin(look.path, maxBytes);
      } catch (error) {
        return [file, { key: look.key, result: whole(cannotRead(error)) }];
      }
      if (!read) return undefined;
      if ("message" in read) return [file, { key: look.key, result: whole(read.message) }];
      const digest = digestOf(read.bytes);
      const entry: FileEntry = {
        key: look.key,
        result: await parser.parse(read.bytes, file),
        digest,
      };
      noteSource(entry);
      return [file, entry];
    }),
  );
  const entries = new Map(results.filter((r) => r !== undefined));
  return { entries, parsedFiles: parsedFiles.sort() };
}

/** Files looked at between two turns of the event loop (a few milliseconds). */
const LOOKS_PER_TURN = 500;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const NOT_UTF8_NAME =
  "the file name is not valid UTF-8 (the bad bytes are shown as \uFFFD), so the file cannot be opened by its name; rename it";

/** True when nothing, not even a dangling link, has this name. */
async function missing(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return false;
  } catch {
    return true;
  }
}

/** "cannot read the file (EACCES)", naming the system's error code, never a stack. */
function cannotRead(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return `cannot read the file (${code ? printable(code) : "unknown error"})`;
}

/** True for `x.yaml` / `x.yml`, but not dot-files (editor swap and lock files). */
export function isBriefingFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !name.startsWith(".");
}

/** One file's contribution to the collection: its briefing (if any) and its own problems. */
export interface FileOutcome {
  file: string;
  briefing?: Briefing | undefined;
  problems: BriefingProblem[];
  idAt?: { line: number; column: number } | undefined;
}

/**
 * Combines per-file outcomes (in file name order) into the collection: drops later duplicates of
 * an id with a problem naming both files, and sorts briefings newest first.
 */
export function assemble(files: readonly FileOutcome[]): {
  briefings: Briefing[];
  problems: BriefingProblem[];
} {
  const ordered = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byId = new Map<string, Briefing>();
  const problems: BriefingProblem[] = [];
  for (const outcome of ordered) {
    problems.push(...outcome.problems);
    const briefing = outcome.briefing;
    if (!briefing) continue;
    const first = byId.get(briefing.id);
    if (!first) {
      byId.set(briefing.id, briefing);
      continue;
    }
    const message = `duplicate id "${briefing.id}", already used by ${basename(first.file)}; ids must be unique across files`;
    problems.push(
      outcome.idAt
        ? {
            file: outcome.file,
            line: outcome.idAt.line,
            column: outcome.idAt.column,
            path: "id",
            message,
          }
        : { file: outcome.file, path: "id", message },
    );
  }
  return { briefings: sortBriefings([...byId.values()]), problems };
}

/** Newest first by date, then by id. */
export function sortBriefings(briefings: Briefing[]): Briefing[] {
  return briefings.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
