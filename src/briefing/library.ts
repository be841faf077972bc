// The live collection the running bot serves: loads a folder, watches it, and re-reads only changed files.
import { type FSWatcher, watch } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { type Logger, silentLogger } from "../log.ts";
import { type Metrics, noMetrics } from "../metrics.ts";
import { type FileEntry, readCache, writeCache } from "./cache.ts";
import { formatProblem } from "./format.ts";
import { assemble, scanFolder } from "./load.ts";
import { printable } from "./printable.ts";
import type { Briefing, BriefingProblem } from "./types.ts";

/** Options for {@link BriefingLibrary.open}. */
export interface LibraryOptions {
  /** Watch the folder and apply added, changed and removed files (default false). */
  watch?: boolean;
  /** A folder for the start-up cache (see `loadBriefings`). */
  cacheDir?: string;
  /** Where problems and reloads are reported; silent by default. */
  logger?: Logger;
  /** Counts reloads that failed and files found invalid; none by default. */
  metrics?: Metrics;
  /** How long the folder must be quiet before it is re-read, in ms (default 150). */
  debounceMs?: number;
  /**
   * How often, with `watch`, the folder itself is checked (ms, default 1000): a folder that was
   * removed and recreated, replaced by another, or could not be watched is watched afresh.
   */
  folderCheckMs?: number;
  /** The largest briefing file read, in bytes; larger files are refused (default 1 MiB). */
  maxBytes?: number;
  /**
   * Do not write the cache on the way to `open` returning: the start-up's parse is saved by
   * {@link BriefingLibrary.saveCache} (or by `close`), once the caller is ready to serve.
   */
  deferCacheWrite?: boolean;
}

/** What one reload changed: briefings added or replaced, and ids no longer served. */
export interface LibraryChange {
  upserted: Briefing[];
  removed: string[];
}

type Listener = (change: LibraryChange) => void;

/** How long after a reload the cache is saved (edits in between share one write). */
const CACHE_WRITE_DELAY_MS = 2000;

/**
 * The briefings currently in service. A file that was valid and turns invalid keeps its last
 * valid version in service while its problems are reported; fixing it clears them; removing the
 * file removes the briefing.
 */
export class BriefingLibrary {
  readonly dir: string;
  private readonly options: LibraryOptions;
  private readonly logger: Logger;
  private readonly metrics: Metrics;
  private entries = new Map<string, FileEntry>();
  private readonly lastValid = new Map<string, Briefing>();
  private served: Briefing[] = [];
  private byId = new Map<string, Briefing>();
  private currentProblems: BriefingProblem[] = [];
  private readonly listeners = new Set<Listener>();
  private watcher: FSWatcher | undefined;
  /** `dev:ino:birthtime` of the folder the watcher follows; undefined while missing or unwatched. */
  private watchedFolder: string | undefined;
  private folderCheck: NodeJS.Timeout | undefined;
  private folderMissing = false;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private cacheTimer: NodeJS.Timeout | undefined;
  private cacheWrite: Promise<void> | undefined;
  private readAt: Date | undefined;
  /** The start-up parsed files and the cache was not written yet (`deferCacheWrite`). */
  private startupCacheDue = false;

  private constructor(dir: string, options: LibraryOptions) {
    this.dir = dir;
    this.options = options;
    this.logger = options.logger ?? silentLogger;
    this.metrics = options.metrics ?? noMetrics;
  }

  /** Loads `dir` (through the cache when given) and, with `watch`, keeps following it. */
  static async open(dir: string, options: LibraryOptions = {}): Promise<BriefingLibrary> {
    const library = new BriefingLibrary(resolve(dir), options);
    if (options.cacheDir) library.entries = await readCache(options.cacheDir, library.dir);
    await library.reload();
    if (library.cacheTimer) {
      // A start-up that had to parse saves its work at once, in case the process ends soon
      // (or, deferred, as soon as the caller says it is ready).
      clearTimeout(library.cacheTimer);
      library.cacheTimer = undefined;
      if (options.deferCacheWrite) library.startupCacheDue = true;
      else await library.writeCacheNow();
    }
    if (options.watch) library.startWatching();
    return library;
  }

  /** All briefings in service, newest first by date, then by id. */
  briefings(): Briefing[] {
    return [...this.served];
  }

  /** The briefing with this id, if one is in service. */
  get(id: string): Briefing | undefined {
    return this.byId.get(id);
  }

  /** Every current problem, by file name, then line. */
  problems(): BriefingProblem[] {
    return [...this.currentProblems];
  }

  /** When the folder was last read in full (start-up or a reload), for the editors' status page. */
  lastReload(): Date | undefined {
    return this.readAt;
  }

  /** Calls `listener` after each reload that changed the briefings in service; returns an unsubscribe. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the folder now (only files whose size or mtime changed are parsed again). */
  reload(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.rescan();
        } while (this.again && !this.closed);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /**
   * Writes the cache the start-up's parse left unsaved (with `deferCacheWrite`); at once when
   * there is none. A failure is logged, never thrown.
   */
  saveCache(): Promise<void> {
    if (!this.startupCacheDue) return this.cacheWrite ?? Promise.resolve();
    this.startupCacheDue = false;
    const write = this.writeCacheNow().finally(() => {
      if (this.cacheWrite === write) this.cacheWrite = undefined;
    });
    this.cacheWrite = write;
    return write;
  }

  /** Stops watching and drops listeners; waits for a reload in progress. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.folderCheck);
    this.unwatch();
    this.listeners.clear();
    await this.running;
    await this.cacheWrite;
    if (this.startupCacheDue) await this.saveCache();
    if (this.cacheTimer) {
      // Save what the last edits produced, so the next start-up need not parse them again.
      clearTimeout(this.cacheTimer);
      this.cacheTimer = undefined;
      await this.writeCacheNow();
    }
  }

  /**
   * Writes the cache a little later, once for a burst of edits: serialising thousands of
   * briefings takes a while, and a change should reach the chats before the cache is saved.
   */
  private scheduleCacheWrite(): void {
    if (!this.options.cacheDir || this.cacheTimer) return;
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = undefined;
      this.cacheWrite = this.writeCacheNow().finally(() => {
        this.cacheWrite = undefined;
      });
    }, CACHE_WRITE_DELAY_MS);
    this.cacheTimer.unref();
  }

  private async writeCacheNow(): Promise<void> {
    if (!this.options.cacheDir) return;
    this.startupCacheDue = false;
    await writeCache(this.options.cacheDir, this.dir, this.entries).catch((error) =>
      this.logger.warn("briefings: cannot write the cache", { error }),
    );
  }

  /**
   * Watches the folder, and checks the folder itself every `folderCheckMs`: a watcher follows one
   * folder (inode), so a folder removed and recreated, or replaced by a rename, would otherwise
   * never be heard from again. While the folder cannot be watched, the check re-reads it instead.
   */
  private startWatching(): void {
    void this.checkFolder();
    this.folderCheck = setInterval(
      () => void this.checkFolder(),
      this.options.folderCheckMs ?? 1000,
    );
    this.folderCheck.unref();
  }

  /** Re-watches and re-reads the folder when it is not the one being watched (gone, back, replaced). */
  private async checkFolder(): Promise<void> {
    const now = await stat(this.dir).then(
      // The birth time too: a folder recreated at once often gets the inode number just freed.
      (info) => (info.isDirectory() ? `${info.dev}:${info.ino}:${info.birthtimeMs}` : undefined),
      () => undefined,
    );
    if (this.closed || (now !== undefined && now === this.watchedFolder)) return;
    const wasWatched = this.watchedFolder !== undefined;
    this.unwatch();
    if (now !== undefined) this.watch(now);
    if (wasWatched || now !== undefined) this.schedule();
  }

  private watch(folder: string): void {
    const shown = printable(this.dir);
    try {
      const watcher = watch(this.dir, () => this.schedule());
      watcher.on("error", (error) => {
        // Some systems report a removed folder this way; the next check watches it afresh.
        this.logger.warn(`briefings: stopped watching ${shown}`, { error });
        if (this.watcher === watcher) this.unwatch();
      });
      this.watcher = watcher;
      this.watchedFolder = folder;
    } catch (error) {
      if (!this.folderMissing) {
        const every = this.options.folderCheckMs ?? 1000;
        this.logger.warn(`briefings: cannot watch ${shown}; re-reading it every ${every} ms`, {
          error,
        });
      }
    }
  }

  private unwatch(): void {
    this.watcher?.close();
    this.watcher = undefined;
    this.watchedFolder = undefined;
  }

  private schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.reload().catch((error) => {
        this.metrics.reloadError();
        this.logger.error("briefings: reload failed", { error });
      });
    }, this.options.debounceMs ?? 150);
  }

  private async rescan(): Promise<void> {
    const previous = this.entries;
    const scan = await scanFolder(this.dir, previous, this.options.maxBytes);
    if (this.closed) return;
    if (scan.folderProblem) {
      // A folder that is gone (or unreadable) for a moment, as during a deploy that replaces it,
      // must not empty the bot: keep serving what was loaded, and say so once. The watcher
      // followed the folder that is gone; the next check watches whatever folder comes back.
      if (this.folderCheck) this.unwatch();
      this.currentProblems = [scan.folderProblem];
      if (!this.folderMissing) {
        this.folderMissing = true;
        this.metrics.reloadError();
        const kept = this.served.length;
        this.logger.warn(
          `briefings: ${formatProblem(scan.folderProblem)}; ${kept > 0 ? `still serving the ${kept} briefing(s) loaded before` : "no briefings to serve"} until it can be read again`,
        );
      }
      return;
    }
    if (this.folderMissing) {
      this.folderMissing = false;
      this.logger.info(`briefings: ${printable(this.dir)} can be read again`);
    }
    this.entries = scan.entries;
    for (const file of this.lastValid.keys()) {
      if (!scan.entries.has(file)) this.lastValid.delete(file);
    }
    for (const file of scan.parsedFiles) this.report(file, previous.get(file));

    const outcomes = [...scan.entries].map(([file, entry]) => {
      if (entry.result.briefing) this.lastValid.set(file, entry.result.briefing);
      return { file, ...entry.result, briefing: entry.result.briefing ?? this.lastValid.get(file) };
    });
    const { briefings, problems } = assemble(outcomes);
    const change = diff(this.byId, briefings);
    this.served = briefings;
    this.byId = new Map(briefings.map((b) => [b.id, b]));
    this.currentProblems = problems;
    this.readAt = new Date();

    const removedFiles = [...previous.keys()].some((f) => !scan.entries.has(f));
    if (scan.parsedFiles.length > 0 || removedFiles) this.scheduleCacheWrite();
    if (change.upserted.length > 0 || change.removed.length > 0) {
      this.logger.info("briefings: reloaded", {
        upserted: change.upserted.map((b) => b.id),
        removed: change.removed,
        total: briefings.length,
      });
      for (const listener of [...this.listeners]) {
        try {
          listener(change);
        } catch (error) {
          this.logger.error("briefings: a change listener failed", { error });
        }
      }
    }
  }

  /** Logs what re-reading one file found: its problems, or that it is fixed. */
  private report(file: string, before: FileEntry | undefined): void {
    const entry = this.entries.get(file);
    if (!entry) return;
    if (entry.result.problems.length > 0) this.metrics.reloadError();
    for (const problem of entry.result.problems) {
      this.logger.warn(`briefings: ${formatProblem(problem, { relativeTo: this.dir })}`);
    }
    const kept = this.lastValid.get(file);
    if (!entry.result.briefing && kept) {
      this.logger.warn(
        `briefings: ${printable(basename(file))} is invalid; still serving its last valid version of "${kept.id}"`,
      );
    } else if (entry.result.briefing && before && before.result.problems.length > 0) {
      this.logger.info(`briefings: ${printable(basename(file))} is valid again`);
    }
  }
}

function diff(before: ReadonlyMap<string, Briefing>, after: readonly Briefing[]): LibraryChange {
  // Identity first (unchanged files keep their object); content for re-parsed files, so a
  // file that was only touched or saved unchanged is no change.
  const upserted = after.filter((b) => {
    const old = before.get(b.id);
    return old !== b && (!old || JSON.stringify(old) !== JSON.stringify(b));
  });
  const ids = new Set(after.map((b) => b.id));
  const removed = [...before.keys()].filter((id) => !ids.has(id));
  return { upserted, removed };
}
