// Loads every briefing file in a folder: bad files become problems, never stop the others.
import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { type FileEntry, readCache, writeCache } from "./cache.ts";
import { parseBriefingFile } from "./parse.ts";
import type { Briefing, BriefingProblem } from "./types.ts";

/** What loading a folder produced. */
export interface LoadResult {
  /** Valid briefings, newest first by date, then by id. */
  briefings: Briefing[];
  /** Every problem in every file, by file name, then line. */
  problems: BriefingProblem[];
  /** Files that were read and parsed (the others came from the cache). */
  parsedFiles: string[];
}

/** Options for {@link loadBriefings}. */
export interface LoadOptions {
  /** A folder for the start-up cache; files whose size and mtime are unchanged are not re-parsed. */
  cacheDir?: string;
}

/**
 * Loads all `.yaml`/`.yml` files in `dir` (not sub-folders, not dot-files). Duplicate ids across
 * files are a problem on the later file by name; the first is kept.
 */
export async function loadBriefings(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const folder = resolve(dir);
  const previous = options.cacheDir ? await readCache(options.cacheDir, folder) : new Map();
  const scan = await scanFolder(folder, previous);
  if (options.cacheDir && (scan.parsedFiles.length > 0 || scan.entries.size !== previous.size)) {
    await writeCache(options.cacheDir, folder, scan.entries);
  }
  const files = [...scan.entries].map(([file, entry]) => ({ file, ...entry.result }));
  const { briefings, problems } = assemble(files);
  return {
    briefings,
    problems: scan.folderProblem ? [scan.folderProblem, ...problems] : problems,
    parsedFiles: scan.parsedFiles,
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

/** Lists the folder and re-parses only the files whose `size:mtimeMs` key differs from `previous`. */
export async function scanFolder(
  folder: string,
  previous: ReadonlyMap<string, FileEntry>,
): Promise<FolderScan> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(folder, { withFileTypes: true });
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
  const parsedFiles: string[] = [];
  const results = await Promise.all(
    names.map(async (name): Promise<[string, FileEntry] | undefined> => {
      const file = join(folder, name);
      let key: string;
      try {
        const info = await stat(file);
        if (!info.isFile()) return undefined;
        key = `${info.size}:${info.mtimeMs}`;
      } catch {
        return undefined; // removed since the listing, or a dangling link (editor lock files)
      }
      const known = previous.get(file);
      if (known && known.key === key) return [file, known];
      parsedFiles.push(file);
      try {
        return [file, { key, result: parseBriefingFile(await readFile(file, "utf8"), file) }];
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        if (code === "ENOENT") return undefined;
        return [
          file,
          {
            key,
            result: { problems: [{ file, path: "", message: `cannot read the file (${code})` }] },
          },
        ];
      }
    }),
  );
  const entries = new Map(results.filter((r) => r !== undefined));
  return { entries, parsedFiles: parsedFiles.sort() };
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
