// Which briefings form a series: the same `series` (or, without one, the same `format`) and
// parties in common; rounds ordered by date. See docs/briefing-format.md, "Series".
import type { Briefing } from "../briefing/types.ts";

/** A series of talks: its rounds, oldest first. */
export interface Series {
  /** Stable handle: the series name as a slug, plus the parties when one name covers several series. */
  key: string;
  /** As the briefings spell it (`Strategic Stability Dialogue`), with the parties when split. */
  name: string;
  /** The rounds, oldest first (same day: by id). */
  rounds: Briefing[];
}

/** The series name a briefing declares: `series`, else `format`; undefined for neither. */
export function declaredSeries(b: Briefing): string | undefined {
  return b.series ?? b.format;
}

/** Lower case, punctuation and dashes as one space: "NATO–Russia Council" = "nato-russia council". */
export function normalName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Every name a party goes by in a briefing (name and aliases), normalised. */
function partyNames(b: Briefing): Set<string> {
  const names = new Set<string>();
  for (const p of b.parties ?? []) {
    names.add(normalName(p.name));
    for (const a of p.aliases ?? []) names.add(normalName(a));
  }
  for (const p of b.participants ?? []) if (p.side) names.add(normalName(p.side));
  names.delete("");
  return names;
}

function slug(text: string): string {
  return normalName(text).replace(/ /g, "-");
}

function byDate(a: Briefing, b: Briefing): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

/**
 * The series among the briefings. Briefings with the same declared name belong together when
 * they share a party (by name or alias, or a participant's side): one format name used for
 * unrelated talks ("bilateral consultations") makes separate series. A briefing that names no
 * party cannot tell, and joins the largest group. An explicit `series` field is trusted as is.
 * A lone briefing is a series of one round. Sorted by name.
 */
export function findAllSeries(briefings: readonly Briefing[]): Series[] {
  const byName = new Map<string, { name: string; explicit: boolean; members: Briefing[] }>();
  for (const b of briefings) {
    const name = declaredSeries(b);
    if (!name) continue;
    const explicit = b.series !== undefined;
    const key = `${explicit ? "s" : "f"}:${normalName(name)}`;
    const group = byName.get(key);
    if (group) group.members.push(b);
    else byName.set(key, { name, explicit, members: [b] });
  }
  const out: Series[] = [];
  for (const group of byName.values()) {
    const parts = group.explicit ? [group.members] : splitByParties(group.members);
    for (const members of parts) {
      const rounds = [...members].sort(byDate);
      if (parts.length === 1) {
        out.push({ key: slug(group.name), name: group.name, rounds });
        continue;
      }
      const shared = sharedParties(rounds);
      out.push({
        key: `${slug(group.name)}--${slug(shared.slice(0, 2).join(" "))}`,
        name: `${group.name} (${shared.slice(0, 2).join(", ")})`,
        rounds,
      });
    }
  }
  // One key per series even if two groups' parties read the same: a later one gets a number.
  const seen = new Map<string, number>();
  for (const s of out) {
    const n = (seen.get(s.key) ?? 0) + 1;
    seen.set(s.key, n);
    if (n > 1) s.key = `${s.key}-${n}`;
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}

/** Connected groups of briefings sharing a party; briefings naming none join the largest group. */
function splitByParties(members: readonly Briefing[]): Briefing[][] {
  const names = members.map(partyNames);
  const parent = members.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    parent[i] = r;
    return r;
  };
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = names[i] as Set<string>;
      const b = names[j] as Set<string>;
      if ([...a].some((n) => b.has(n))) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, Briefing[]>();
  const unknown: Briefing[] = [];
  members.forEach((b, i) => {
    if ((names[i] as Set<string>).size === 0) {
      unknown.push(b);
      return;
    }
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(b);
    else groups.set(r, [b]);
  });
  const parts = [...groups.values()].sort((a, b) => b.length - a.length);
  if (parts.length === 0) return [unknown];
  parts[0]?.push(...unknown);
  return parts;
}

/** The parties every round of a group names (display names of the first round), else its first round's. */
function sharedParties(rounds: readonly Briefing[]): string[] {
  const first = rounds[0];
  if (!first) return [];
  const all = rounds.map(partyNames);
  const common = (first.parties ?? [])
    .map((p) => p.name)
    .filter((n) => all.every((s) => s.has(normalName(n))));
  return common.length > 0 ? common : (first.parties ?? []).map((p) => p.name);
}

/** The series a briefing belongs to, if it declares one. */
export function seriesOf(all: readonly Series[], briefingId: string): Series | undefined {
  return all.find((s) => s.rounds.some((r) => r.id === briefingId));
}
