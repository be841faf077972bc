// The names of people, parties, places and formats across the briefings, for spotting them in
// a question ("what did Moscow say" → the party Russia). Reference-counted per briefing.
import type { EntityName } from "./facts.ts";

/** A synonym concept ("~say"), not a word of a name. */
function isConceptTerm(term: string): boolean {
  return term.startsWith("~");
}

/** An entity spotted in a question: which terms it covers and which entities it may be. */
export interface Mention {
  kind: EntityName["kind"];
  keys: string[];
  /** Index range [from, to) in the question's term list. */
  from: number;
  to: number;
}

/** One name variant of one entity, with how many briefings' names gave it (for a snapshot). */
export interface EntityRow {
  kind: EntityName["kind"];
  terms: string[];
  key: string;
  count: number;
}

interface Variant {
  kind: EntityName["kind"];
  terms: string[];
  keys: Map<string, number>;
}

// terms() returns one shared array per short text, so making a variant's id once per array and
// kind is enough (and one shared string per id keeps the map look-ups cheap)
const ids = new WeakMap<readonly string[], Partial<Record<EntityName["kind"], string>>>();
function variantId(kind: EntityName["kind"], terms: readonly string[]): string {
  let byKind = ids.get(terms);
  if (byKind === undefined) {
    byKind = {};
    ids.set(terms, byKind);
  }
  let id = byKind[kind];
  if (id === undefined) {
    id = `${kind}|${terms.join(" ")}`;
    byKind[kind] = id;
  }
  return id;
}

export class EntityRegistry {
  /** first term → variant (joined terms) → variant */
  private readonly byFirst = new Map<string, Map<string, Variant>>();

  add(names: readonly EntityName[]): void {
    for (const n of names) {
      const first = n.terms[0] as string;
      let map = this.byFirst.get(first);
      if (!map) {
        map = new Map();
        this.byFirst.set(first, map);
      }
      const id = variantId(n.kind, n.terms);
      let v = map.get(id);
      if (!v) {
        v = { kind: n.kind, terms: n.terms, keys: new Map() };
        map.set(id, v);
      }
      v.keys.set(n.key, (v.keys.get(n.key) ?? 0) + 1);
    }
  }

  /** Every name variant with its entity keys and counts, in the registry's own order. */
  exportRows(): EntityRow[] {
    const rows: EntityRow[] = [];
    for (const map of this.byFirst.values()) {
      for (const v of map.values()) {
        for (const [key, count] of v.keys) rows.push({ kind: v.kind, terms: v.terms, key, count });
      }
    }
    return rows;
  }

  /** Adds rows as {@link exportRows} gave them (into an empty registry: same order, same answers). */
  restoreRows(rows: Iterable<EntityRow>): void {
    for (const row of rows) {
      const first = row.terms[0] as string;
      let map = this.byFirst.get(first);
      if (!map) {
        map = new Map();
        this.byFirst.set(first, map);
      }
      const id = variantId(row.kind, row.terms);
      let v = map.get(id);
      if (!v) {
        v = { kind: row.kind, terms: row.terms, keys: new Map() };
        map.set(id, v);
      }
      v.keys.set(row.key, (v.keys.get(row.key) ?? 0) + row.count);
    }
  }

  remove(names: readonly EntityName[]): void {
    for (const n of names) {
      const map = this.byFirst.get(n.terms[0] as string);
      const id = variantId(n.kind, n.terms);
      const v = map?.get(id);
      if (!map || !v) continue;
      const c = (v.keys.get(n.key) ?? 0) - 1;
      if (c > 0) v.keys.set(n.key, c);
      else v.keys.delete(n.key);
      if (v.keys.size === 0) map.delete(id);
      if (map.size === 0) this.byFirst.delete(n.terms[0] as string);
    }
  }

  /**
   * Longest-first, non-overlapping entity mentions in a question's terms. At `subjectAt` (the
   * term in the subject position of "what did X say", "who is X") a person's name that reads as
   * words of talks is that person: "what did Begin say" names Menachem Begin.
   */
  spot(questionTerms: readonly string[], subjectAt?: number): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < questionTerms.length; ) {
      const map = this.byFirst.get(questionTerms[i] as string);
      let best: { length: number; found: Variant[] } | undefined;
      if (map) {
        for (const v of map.values()) {
          // a name that reads as nothing but words of talks ("de la Calle" → "call" → say) is
          // no name in a question: "what did Blair say" does not name Humberto de la Calle
          const subject = i === subjectAt && v.kind === "person";
          if (!subject && v.terms.every(isConceptTerm)) continue;
          if (!v.terms.every((t, k) => questionTerms[i + k] === t)) continue;
          if (!best || v.terms.length > best.length) best = { length: v.terms.length, found: [v] };
          else if (v.terms.length === best.length) best.found.push(v);
        }
      }
      if (!best) {
        i++;
        continue;
      }
      // prefer people over parties over places over formats when one name is several things
      const order = ["person", "party", "place", "format"] as const;
      const kind = order.find((k) => best.found.some((v) => v.kind === k)) ?? "party";
      const keys = best.found.filter((v) => v.kind === kind).flatMap((v) => [...v.keys.keys()]);
      out.push({ kind, keys: [...new Set(keys)], from: i, to: i + best.length });
      i += best.length;
    }
    return out;
  }
}
