// The most frequent things the briefings could not answer: records grouped by the word or name
// that was missing, or, when none was named, by the question's words.
import { normalName } from "../series/identify.ts";
import type { UnansweredQuestion } from "../store/types.ts";
import { terms } from "../text/index.ts";

export interface Gap {
  /** The missing words or names (as first typed); empty when the decline named none. */
  missing: string[];
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

function groupKey(r: UnansweredQuestion): string {
  if (r.missing.length > 0) {
    return `m:${[...new Set(r.missing.map(normalName))].sort().join("|")}`;
  }
  // "what did Putin say on fisheries?" and "What has Putin said about fisheries" read the same
  return `q:${[...new Set(terms(r.question))].sort().join(" ") || normalName(r.question)}`;
}

/** Groups records, most frequent first (then the most recent); at most `limit` groups. */
export function groupGaps(records: readonly UnansweredQuestion[], limit = 20): Gap[] {
  const groups = new Map<string, UnansweredQuestion[]>();
  for (const r of records) {
    const k = groupKey(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const gaps: Gap[] = [];
  for (const list of groups.values()) {
    const newest = [...list].sort((a, b) => b.at.localeCompare(a.at));
    const examples: string[] = [];
    for (const r of newest) {
      if (examples.length < 3 && !examples.some((e) => normalName(e) === normalName(r.question))) {
        examples.push(r.question);
      }
    }
    gaps.push({
      missing: [...(list[0] as UnansweredQuestion).missing],
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
    ? `missing ${g.missing.map((m) => `“${m}”`).join(", ")}`
    : "nothing named missing";
  const votes = g.notHelpful
    ? `, ${g.notHelpful} not-helpful vote${g.notHelpful === 1 ? "" : "s"}`
    : "";
  const examples = g.examples.map((e) => `"${e}"`).join("; ");
  return `${g.count}×  ${what}  e.g. ${examples}  (${g.people} ${g.people === 1 ? "person" : "people"}, ${g.channels} channel${g.channels === 1 ? "" : "s"}${votes}; last ${g.lastAt.slice(0, 10)})`;
}
