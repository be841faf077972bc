// What a build worker sends back for a run of briefings: their tokenised form as numbers in one
// transferable Int32Array plus the run's distinct strings, so that the main thread neither
// copies nor re-creates millions of small strings and arrays (a structured clone would).
import type { Briefing } from "../briefing/types.ts";
import type { EntityName, Fact, Resolved } from "./facts.ts";
import { extractFacts } from "./facts.ts";
import type { Tokenised } from "./tokenise.ts";

/** A run of tokenised briefings, encoded. */
export interface EncodedRun {
  strings: string[];
  data: Int32Array<ArrayBuffer>;
}

const KINDS = ["person", "party", "place", "format"] as const;

/**
 * Encodes tokenised briefings. Layout per briefing: resolved names (0 none, 2n+1 a participant's
 * index n, 2s+2 the string s), then per fact its terms, then names (kind, key, term list), then
 * words and name words; every list is preceded by its length. A name's term list is written once
 * per run (`terms()` shares one array per name) and referred to by its number after that.
 */
export function encodeRun(run: readonly Tokenised[]): EncodedRun {
  const table = new Map<string, number>();
  const strings: string[] = [];
  const str = (s: string) => {
    let id = table.get(s);
    if (id === undefined) {
      id = strings.length;
      table.set(s, id);
      strings.push(s);
    }
    return id;
  };
  const lists = new Map<readonly string[], number>();
  let out = new Int32Array(1 << 16);
  let n = 0;
  const push = (v: number) => {
    if (n === out.length) {
      const bigger = new Int32Array(out.length * 2);
      bigger.set(out);
      out = bigger;
    }
    out[n++] = v;
  };
  const pushStrings = (list: readonly string[]) => {
    push(list.length);
    for (const s of list) push(str(s));
  };
  for (const t of run) {
    push(t.resolved.length);
    for (const r of t.resolved) push(resolvedCode(r, str));
    push(t.facts.length);
    for (const f of t.facts) pushStrings(f.terms);
    push(t.names.length);
    for (const name of t.names) {
      push(KINDS.indexOf(name.kind));
      push(str(name.key));
      const known = lists.get(name.terms);
      if (known !== undefined) push(-1 - known);
      else {
        lists.set(name.terms, lists.size);
        pushStrings(name.terms);
      }
    }
    pushStrings(t.words);
    pushStrings(t.nameWords);
  }
  return { strings, data: out.slice(0, n) };
}

function resolvedCode(r: Resolved, str: (s: string) => number): number {
  if (r === undefined) return 0;
  return typeof r === "number" ? 2 * r + 1 : 2 * str(r) + 2;
}

/** One shared copy of each string and of each name's term list, across the runs of a build. */
export class BuildInterner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();

  string(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** A name's terms: one array per name, as `terms()` gives a build in one thread. */
  list(terms: string[]): string[] {
    const key = terms.join(" ");
    const known = this.lists.get(key);
    if (known !== undefined) return known;
    this.lists.set(key, terms);
    return terms;
  }
}

/**
 * Decodes a run for its briefings (in the order encoded). Each briefing's facts are made by
 * replaying its resolved names (no tokenising), with ids from `nextId` when the engine asks; their
 * terms become the index's term numbers (`termId`), written over the run's own data.
 */
export class RunDecoder {
  private at = 0;
  private readonly strings: string[];
  private readonly data: Int32Array;
  private readonly lists: string[][] = [];
  /** Per string of the run, its index term number (-1 until first needed). */
  private readonly termIds: Int32Array;

  constructor(
    run: EncodedRun,
    private readonly intern: BuildInterner,
  ) {
    this.strings = run.strings.map((s) => intern.string(s));
    this.data = run.data;
    this.termIds = new Int32Array(run.strings.length).fill(-1);
  }

  /** The next briefing's tokenised form, its facts numbered by `nextId`. */
  next(b: Briefing, nextId: () => number, termId: (term: string) => number): Tokenised {
    const resolved: Resolved[] = [];
    const nResolved = this.int();
    for (let i = 0; i < nResolved; i++) {
      const code = this.int();
      resolved.push(
        code === 0 ? undefined : code % 2 === 1 ? (code - 1) / 2 : this.str(code / 2 - 1),
      );
    }
    const { facts } = extractFacts(b, nextId, resolved);
    const nFacts = this.int();
    if (nFacts !== facts.length) throw new Error(`build: ${b.file}: fact count differs`);
    const data = this.data;
    for (let i = 0; i < nFacts; i++) {
      const n = this.int();
      const from = this.at;
      if (from + n > data.length) throw new Error("build: a worker's run ends early");
      // local string numbers → the index's term numbers, in place, in the order a build adds them
      for (let k = from; k < from + n; k++) {
        const local = data[k] as number;
        let id = this.termIds[local];
        if (id === undefined) throw new Error("build: string out of range");
        if (id < 0) {
          id = termId(this.str(local));
          this.termIds[local] = id;
        }
        data[k] = id;
      }
      const fact = facts[i] as Fact;
      fact.termStart = from;
      fact.termCount = n;
      this.at = from + n;
    }
    const names: EntityName[] = [];
    const nNames = this.int();
    for (let i = 0; i < nNames; i++) {
      const kind = KINDS[this.int()];
      if (kind === undefined) throw new Error(`build: ${b.file}: bad name kind`);
      const key = this.str(this.int());
      const ref = this.int();
      let terms: string[];
      if (ref < 0) {
        const known = this.lists[-1 - ref];
        if (known === undefined) throw new Error(`build: ${b.file}: bad name list`);
        terms = known;
      } else {
        this.at--;
        terms = this.intern.list(this.strs());
        this.lists.push(terms);
      }
      names.push({ key, kind, terms });
    }
    const words = this.strs();
    const nameWords = this.strs();
    return { facts, names, words, nameWords, resolved, termIds: data };
  }
  /** True once every briefing of the run was read. */
  done(): boolean {
    return this.at === this.data.length;
  }

  private int(): number {
    if (this.at >= this.data.length) throw new Error("build: a worker's run ends early");
    return this.data[this.at++] as number;
  }

  private str(i: number): string {
    const s = this.strings[i];
    if (s === undefined) throw new Error("build: string out of range");
    return s;
  }

  private strs(): string[] {
    const n = this.int();
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = this.str(this.int());
    return out;
  }
}
