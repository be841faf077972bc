// An engine snapshot on disk: what tokenising the briefings produced (term table, term pool,
// posting lists, typo words), so that a restart over unchanged briefings skips the index build.
// Keyed by a hash of every briefing's content and of the engine's own source, so a changed
// briefing or a changed engine never restores stale terms: it builds afresh instead.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { briefingSource } from "../briefing/source.ts";
import type { Briefing } from "../briefing/types.ts";
import type { Logger } from "../log.ts";
import { BriefingEngine, type Engine, type EngineState, type EntryLists } from "./engine.ts";
import type { EntityName, Resolved } from "./facts.ts";
import { buildEngine } from "./parallel-build.ts";

/** Bump when the file layout changes (source changes are caught by the code hash). */
const FORMAT = 3;
const MAGIC = 0x42425331; // "BBS1"

/** Options for {@link openEngine}. */
export interface OpenEngineOptions {
  /** The snapshot file (e.g. `.cache/briefbot/engine-snapshot.bin`); none: always build. */
  snapshotPath?: string;
  logger?: Pick<Logger, "debug" | "info">;
  /** Write a snapshot after a build (default true); false only reads one (one-shot commands). */
  saveSnapshot?: boolean;
  /** Threads for a build (see `buildEngine`); default from the cores Node may use. */
  threads?: number;
  /**
   * A restored engine makes each briefing's facts when a question first needs them; with this,
   * it also makes the rest after it is returned, a few hundred briefings per turn of the event
   * loop, so that a server's first question over every briefing does not wait for them. Off for
   * one-shot commands: they ask at once and exit.
   */
  completeInBackground?: boolean;
}

/** What {@link openEngine} produced. */
export interface OpenedEngine {
  engine: Engine;
  /** True when the engine came from the snapshot, false when it was built. */
  restored: boolean;
  /** Settles when a snapshot written after a build is on disk (at once when none is written). */
  saved: Promise<void>;
}

/**
 * An engine over the briefings: restored from the snapshot when it was taken over exactly these
 * briefings by this engine's code, else built, with a new snapshot written in the background.
 * A missing, stale or unreadable snapshot is never an error: it only means a full build.
 */
export async function openEngine(
  briefings: readonly Briefing[],
  options: OpenEngineOptions = {},
): Promise<OpenedEngine> {
  const { snapshotPath, logger } = options;
  const build = () =>
    buildEngine(briefings, options.threads === undefined ? {} : { threads: options.threads });
  if (!snapshotPath) return { engine: await build(), restored: false, saved: done };
  const key = snapshotKey(briefings);
  const restored = await restoreEngine(snapshotPath, briefings, key, logger);
  if (restored) {
    if (options.completeInBackground) completeRestore(restored);
    return { engine: restored, restored: true, saved: done };
  }
  const engine = await build();
  if (options.saveSnapshot === false) return { engine, restored: false, saved: done };
  // after the caller has started answering; the state is taken before any update arrives
  const saved = new Promise<void>((settle) => {
    setImmediate(() => {
      writeSnapshot(snapshotPath, engine, key)
        .then((written) => {
          if (written) logger?.debug(`engine: snapshot written to ${snapshotPath}`);
        })
        .catch((error) => logger?.info(`engine: could not write ${snapshotPath}`, { error }))
        .finally(settle);
    });
  });
  return { engine, restored: false, saved };
}

const done = Promise.resolve();

/** Briefings whose facts are made between two turns of the event loop (a few milliseconds). */
const BRIEFINGS_PER_TURN = 200;

/** Makes a restored engine's remaining facts in the background; never keeps the process up. */
function completeRestore(engine: BriefingEngine): void {
  const step = () => {
    if (engine.makeRestoredFacts(BRIEFINGS_PER_TURN)) setImmediate(step).unref();
  };
  setImmediate(step).unref();
}

/** Lets questions and events waiting in the event loop run between the steps of a long write. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Entries encoded between two turns of the event loop (a few milliseconds' work). */
const ENTRIES_PER_TURN = 500;

/**
 * Writes the engine's state (only of an engine not yet updated); false when there is none. The
 * state is copied at once; encoding it yields to the event loop every few milliseconds, so that
 * a bot answering meanwhile is not held up for the whole write.
 */
export async function writeSnapshot(path: string, engine: Engine, key: string): Promise<boolean> {
  if (!(engine instanceof BriefingEngine)) return false;
  const state = engine.exportState();
  if (!state) return false;
  await turn();
  const table = new Map<string, number>();
  const str = (s: string) => {
    let id = table.get(s);
    if (id === undefined) {
      id = table.size;
      table.set(s, id);
    }
    return id;
  };
  const pairs = (list: Iterable<[string, number]>) => {
    const out: number[] = [];
    for (const [w, n] of list) out.push(str(w), n);
    return Int32Array.from(out);
  };
  const entities: number[] = [];
  for (const row of state.entities) {
    entities.push(KINDS.indexOf(row.kind), str(row.key), row.count, row.terms.length);
    for (const t of row.terms) entities.push(str(t));
  }
  const owners: number[] = [];
  for (const [entityKey, positions] of state.entityBriefings) {
    owners.push(str(entityKey), positions.length, ...positions);
  }
  await turn();
  const entryStarts = new Int32Array(state.count + 1);
  const entryData: number[] = [];
  for (let k = 0; k < state.count; k++) {
    if (k % ENTRIES_PER_TURN === ENTRIES_PER_TURN - 1) await turn();
    entryStarts[k] = entryData.length;
    const e = state.entry(k);
    entryData.push(e.facts, e.resolved.length);
    for (const r of e.resolved) {
      entryData.push(r === undefined ? 0 : typeof r === "number" ? 2 * r + 1 : 2 * str(r) + 2);
    }
    entryData.push(e.names.length);
    for (const n of e.names) {
      entryData.push(KINDS.indexOf(n.kind), str(n.key), n.terms.length);
      for (const t of n.terms) entryData.push(str(t));
    }
    for (const list of [e.words, e.nameWords]) {
      entryData.push(list.length);
      for (const w of list) entryData.push(str(w));
    }
  }
  entryStarts[state.count] = entryData.length;
  const { index } = state;
  const arrays = [
    index.termCounts,
    index.pool,
    index.postingStarts,
    index.postingIds,
    index.postingTfs,
    pairs(state.words),
    pairs(state.names),
    Int32Array.from(entities),
    Int32Array.from(owners),
    entryStarts,
    Int32Array.from(entryData),
  ];
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      key,
      lengths: arrays.map((a) => a.length),
      terms: index.terms,
      strings: [...table.keys()],
    }),
  );
  await turn();
  const padded = (header.length + 3) & ~3;
  const prefix = Buffer.alloc(12 + padded, 0x20);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(header.length, 4);
  const body = arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  prefix.writeUInt32LE(checksum(body), 8);
  header.copy(prefix, 12);
  // atomically: a reader sees the old file or the whole new one
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, Buffer.concat([prefix, ...body]));
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  return true;
}

const KINDS = ["person", "party", "place", "format"] as const;
const SECTIONS = 11;

/** The engine from the snapshot, or undefined (logged) when it is missing, stale or broken. */
async function restoreEngine(
  path: string,
  briefings: readonly Briefing[],
  key: string,
  logger: OpenEngineOptions["logger"],
): Promise<BriefingEngine | undefined> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch {
    logger?.debug(`engine: no snapshot at ${path}, building the index`);
    return undefined;
  }
  try {
    const state = parseSnapshot(file, key);
    if (!state) {
      logger?.info(`engine: snapshot ${path} is from other briefings or code, rebuilding`);
      return undefined;
    }
    const engine = new BriefingEngine(briefings, state);
    logger?.debug(`engine: restored from ${path}`);
    return engine;
  } catch (error) {
    logger?.info(`engine: snapshot ${path} is unreadable (${String(error)}), rebuilding`);
    return undefined;
  }
}

/** The state in a snapshot file; undefined when its key differs; throws when it is broken. */
function parseSnapshot(file: Buffer, key: string): EngineState | undefined {
  if (file.length < 12 || file.readUInt32LE(0) !== MAGIC) throw new Error("not a snapshot");
  const headerLength = file.readUInt32LE(4);
  const start = 12 + ((headerLength + 3) & ~3);
  if (start > file.length) throw new Error("truncated header");
  const header = JSON.parse(file.toString("utf8", 12, 12 + headerLength)) as {
    format: number;
    key: string;
    lengths: number[];
    terms: string[];
    strings: string[];
  };
  if (header.format !== FORMAT || header.key !== key) return undefined;
  const bytes = header.lengths.reduce((s, n) => s + n * 4, 0);
  if (header.lengths.length !== SECTIONS || start + bytes !== file.length)
    throw new Error("truncated");
  // typed arrays need 4-byte alignment: view the file's memory when it has it, else copy
  const aligned = (file.byteOffset + start) % 4 === 0;
  const data = aligned ? file : Buffer.from(file);
  let at = data.byteOffset + start;
  const arrays = header.lengths.map((n) => {
    const a = new Int32Array(data.buffer, at, n);
    at += n * 4;
    return a;
  });
  const sum = checksum(arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
  if (sum !== file.readUInt32LE(8)) throw new Error("checksum differs");
  const [
    termCounts,
    pool,
    postingStarts,
    postingIds,
    postingTfs,
    words,
    names,
    entities,
    owners,
    entryStarts,
    entryData,
  ] = arrays as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const { strings } = header;
  const str = (i: number | undefined) => {
    const s = i === undefined ? undefined : strings[i];
    if (s === undefined) throw new Error("string out of range");
    return s;
  };
  const kind = (i: number | undefined) => {
    const k = i === undefined ? undefined : KINDS[i];
    if (k === undefined) throw new Error("kind out of range");
    return k;
  };
  /** A reader over one section that throws past its end. */
  const reader = (a: Int32Array, from = 0) => {
    let i = from;
    return {
      more: () => i < a.length,
      next: () => {
        if (i >= a.length) throw new Error("section ends early");
        return a[i++] as number;
      },
    };
  };
  const pairs = function* (a: Int32Array): Generator<[string, number]> {
    for (let i = 0; i + 1 < a.length; i += 2) yield [str(a[i]), a[i + 1] as number];
  };
  const terms = header.terms.length;
  // an indexed loop: iterating 8 million entries of a typed array with for…of costs 4× as much
  for (let i = 0; i < pool.length; i++) {
    const t = pool[i] as number;
    if (t < 0 || t >= terms) throw new Error("term out of range");
  }
  const count = entryStarts.length - 1;
  return {
    index: { terms: header.terms, termCounts, pool, postingStarts, postingIds, postingTfs },
    count,
    entry: () => {
      throw new Error("a restored state is not exported again");
    },
    restoredEntry: (k) => {
      const r = reader(entryData, entryStarts[k]);
      const facts = r.next();
      if (facts < 0) throw new Error("negative fact count");
      const read = (): EntryLists & { resolved: Resolved[] } => {
        const n = r.next();
        const resolved: Resolved[] = [];
        for (let i = 0; i < n; i++) {
          const code = r.next();
          resolved.push(
            code === 0 ? undefined : code % 2 === 1 ? (code - 1) / 2 : str(code / 2 - 1),
          );
        }
        const namesOf: EntityName[] = [];
        const nNames = r.next();
        for (let i = 0; i < nNames; i++) {
          const nameKind = kind(r.next());
          const nameKey = str(r.next());
          const nTerms = r.next();
          const nameTerms: string[] = [];
          for (let t = 0; t < nTerms; t++) nameTerms.push(str(r.next()));
          namesOf.push({ key: nameKey, kind: nameKind, terms: nameTerms });
        }
        const list = () => {
          const out: string[] = [];
          const m = r.next();
          for (let i = 0; i < m; i++) out.push(str(r.next()));
          return out;
        };
        const wordsOf = list();
        return { resolved, names: namesOf, words: wordsOf, nameWords: list() };
      };
      return { facts, read };
    },
    words: pairs(words),
    names: pairs(names),
    entities: (function* () {
      const r = reader(entities);
      while (r.more()) {
        const rowKind = kind(r.next());
        const rowKey = str(r.next());
        const rowCount = r.next();
        const nTerms = r.next();
        const rowTerms: string[] = [];
        for (let t = 0; t < nTerms; t++) rowTerms.push(str(r.next()));
        yield { kind: rowKind, key: rowKey, count: rowCount, terms: rowTerms };
      }
    })(),
    entityBriefings: (function* (): Generator<[string, number[]]> {
      const r = reader(owners);
      while (r.more()) {
        const ownerKey = str(r.next());
        const n = r.next();
        const positions: number[] = [];
        for (let i = 0; i < n; i++) positions.push(r.next());
        yield [ownerKey, positions];
      }
    })(),
  };
}

/** A fast 32-bit checksum over the arrays' bytes (catches a torn or altered file). */
function checksum(parts: readonly Buffer[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const words = new Int32Array(part.buffer, part.byteOffset, part.byteLength >> 2);
    for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (words[i] as number), 0x01000193);
  }
  return h >>> 0;
}

/**
 * The snapshot's key: the format, a hash of the engine's and text pipeline's source files, and
 * a hash of every briefing in order: of its file and source (validation code and a digest of
 * the file's bytes) when the loader recorded them, so a restart does not hash every field of
 * 10,000 briefings again; else of its full content.
 */
export function snapshotKey(briefings: readonly Briefing[]): string {
  const h = new Hasher();
  h.str(String(briefings.length));
  for (const b of briefings) {
    const source = briefingSource(b);
    if (source === undefined) h.value(b);
    else {
      h.str("\0source");
      h.str(b.file);
      h.str(source);
    }
  }
  return `${FORMAT}-${codeHash()}-${briefings.length}-${h.digest()}`;
}

/** Two 32-bit multiplicative hashes over every string, key and number of a value, in order. */
class Hasher {
  private h1 = 0x811c9dc5;
  private h2 = 0x9747b28c;

  str(s: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    // a separator, so that ["ab", "c"] and ["a", "bc"] differ
    this.h1 = Math.imul(h1 ^ 0x10000, 0x01000193);
    this.h2 = Math.imul(h2 ^ 0x10001, 0x5bd1e995);
  }

  private mark(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 0x01000193);
    this.h2 = Math.imul(this.h2 ^ code, 0x5bd1e995);
  }

  value(v: unknown): void {
    if (typeof v === "string") this.str(v);
    else if (Array.isArray(v)) {
      this.mark(0x20000 + v.length);
      for (const x of v) this.value(x);
    } else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      for (const k in o) {
        const x = o[k];
        if (x === undefined) continue;
        this.str(k);
        this.value(x);
      }
      this.mark(0x30000);
    } else this.str(`${typeof v}:${String(v)}`);
  }

  digest(): string {
    return (
      (this.h1 >>> 0).toString(16).padStart(8, "0") + (this.h2 >>> 0).toString(16).padStart(8, "0")
    );
  }
}

let code: string | undefined;

/** A hash of the source that turns briefings into terms: a change to it outdates snapshots. */
function codeHash(): string {
  if (code !== undefined) return code;
  const hash = createHash("sha1");
  for (const folder of ["./", "../text/"]) {
    const url = new URL(folder, import.meta.url);
    for (const name of readdirSync(url).sort()) {
      if (!name.endsWith(".ts") && !name.endsWith(".js")) continue;
      hash.update(name);
      hash.update(readFileSync(new URL(name, url)));
    }
  }
  code = hash.digest("hex").slice(0, 16);
  return code;
}
