// The most frequent things the briefings could not answer: records grouped by the word or name
// that was missing, or, when none was named, by the question's words.
import { normalName } from "../series/identify.ts";
import type { UnansweredQuestion } from "../store/types.ts";
import { terms } from "../text/index.ts";

export interface Gap {
  /** The missing word or name the group is about (as first typed); empty when declines named none. */
  missing: string[];
  /** Other words missing in some of the group's questions ("Belarus" beside "Lukashenko"). */
  alsoMissing: string[];
  /** How many records: declined questions and not-helpful votes. */
  count: number;
  declined: number;
  notHelpful: number;
  /** How many different askers (by hash) and channels. */
  people: number;
  channels: number;
  /** Up to three different questions, most recent first. */
  examples: string[];
  /** The latest record's time. */
  lastAt: string;
}

/**
 * A record's group: the one of its missing words that most records lack ("what did Lukashenko
 * say about Belarus" joins the "Lukashenko" group when more questions lack Lukashenko), else
 * its question's words ("what did Putin say on fisheries?" and "What has Putin said about
 * fisheries" read the same).
 */
function groupKey(r: UnansweredQuestion, frequency: ReadonlyMap<string, number>): string {
  let best: string | undefined;
  for (const word of r.missing.map(normalName)) {
    if (best === undefined || (frequency.get(word) ?? 0) > (frequency.get(best) ?? 0)) best = word;
  }
  if (best) return `m:${best}`;
  return `q:${[...new Set(terms(r.question))].sort().join(" ") || normalName(r.question)}`;
}

/** Groups records, most frequent first (then the most recent); at most `limit` groups. */
export function groupGaps(records: readonly UnansweredQuestion[], limit = 20): Gap[] {
  const frequency = new Map<string, number>();
  for (const r of records) {
    for (const word of new Set(r.missing.map(normalName))) {
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const groups = new Map<string, UnansweredQuestion[]>();
  for (const r of records) {
    const k = groupKey(r, frequency);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const gaps: Gap[] = [];
  for (const [k, list] of groups) {
    const newest = [...list].sort((a, b) => b.at.localeCompare(a.at));
    const examples: string[] = [];
    for (const r of newest) {
      if (examples.length < 3 && !examples.some((e) => normalName(e) === normalName(r.question))) {
        examples.push(r.question);
      }
    }
    const key = k.startsWith("m:") ? k.slice(2) : undefined;
    const typed = (word: string) =>
      list.flatMap((r) => r.missing).find((m) => normalName(m) === word) ?? word;
    const also = new Set<string>();
    for (const r of list) {
      for (const m of r.missing) if (normalName(m) !== key) also.add(typed(normalName(m)));
    }
    gaps.push({
      missing: key ? [typed(key)] : [],
      alsoMissing: [...also],
      count: list.length,
      declined: list.filter((r) => r.kind === "declined").length,
      notHelpful: list.filter((r) => r.kind === "not_helpful").length,
      people: new Set(list.map((r) => r.userHash ?? `?${r.at}`)).size,
      channels: new Set(
        list.map((r) => `${r.channel.platform}:${r.channel.workspace}:${r.channel.channel}`),
      ).size,
      examples,
      lastAt: (newest[0] as UnansweredQuestion).at,
    });
  }
  return gaps.sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt)).slice(0, limit);
}

/** One line per gap: `3×  missing “Lukashenko”  e.g. "what did Lukashenko say?"  (2 people, 2 channels)`. */
export function gapLine(g: Gap): string {
  const what = g.missing.length
    ? `missing ${g.missing.map((m) => `“${m}”`).join(", ")}${
        g.alsoMissing.length ? ` (also ${g.alsoMissing.map((m) => `“${m}”`).join(", ")})` : ""
      }`
    : "nothing named missing";
  const votes = g.notHelpful
    ? `, ${g.notHelpful} not-helpful vote${g.notHelpful === 1 ? "" : "s"}`
    : "";
  const examples = g.examples.map((e) => `"${e}"`).join("; ");
  return `${g.count}×  ${what}  e.g. ${examples}  (${g.people} ${g.people === 1 ? "person" : "people"}, ${g.channels} channel${g.channels === 1 ? "" : "s"}${votes}; last ${g.lastAt.slice(0, 10)})`;
}
