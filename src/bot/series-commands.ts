// The replies of `compare`, `timeline` and `gaps`: the series module and the gaps records as chat replies.
import type { Briefing } from "../briefing/types.ts";
import type { Reply } from "../chat/reply.ts";
import type { ChannelRef } from "../chat/types.ts";
import { gapLine, groupGaps } from "../gaps/group.ts";
import { RETENTION_DAYS } from "../gaps/record.ts";
import {
  backwardBlocks,
  compare,
  comparisonBlocks,
  findAllSeries,
  lookupSeries,
  pickRounds,
  roundLabel,
  timeline,
} from "../series/index.ts";
import type { Store } from "../store/types.ts";
import { preview } from "./args.ts";
import { compareButtons } from "./buttons/make.ts";
import { citationFor } from "./cards.ts";

/** A refusal a person can act on, only for them. */
function problem(title: string, text?: string): Reply {
  return {
    title,
    sections: text ? [{ text }] : [],
    visibility: "ephemeral",
    kind: "usage",
  };
}

/**
 * `compare [A] [B]`: the rounds already resolved from ids; `pinned` picks the series in scope.
 * `reversed` reads the changes from the later round back to the earlier one (the Swap button).
 * Under it: "Swap", and "Earlier round" when the series has a round before the earlier one.
 */
export function compareReply(
  briefings: readonly Briefing[],
  given: readonly Briefing[],
  pinned: readonly Briefing[],
  options: { reversed?: boolean } = {},
): Reply {
  const pair = pickRounds(briefings, given, pinned);
  if (!pair.ok) return problem("Nothing to compare", pair.problem);
  const reversed = options.reversed ?? false;
  const c = compare(pair.earlier, pair.later, pair.series.rounds);
  const blocks = reversed ? backwardBlocks(c) : comparisonBlocks(c);
  const at = pair.series.rounds.findIndex((r) => r.id === pair.earlier.id);
  const previous = at > 0 ? pair.series.rounds[at - 1] : undefined;
  const [from, to] = reversed ? [c.later, c.earlier] : [c.earlier, c.later];
  return {
    title: `${pair.series.name}: what changed`,
    sections: [
      { text: `${roundLabel(from)}\n→ ${roundLabel(to)}${reversed ? " (read backwards)" : ""}` },
      ...(blocks.length
        ? blocks.map((b) => ({ heading: b.heading, text: b.lines.join("\n") }))
        : [{ text: "No changes between these rounds." }]),
    ],
    citations: [citationFor(pair.earlier), citationFor(pair.later)],
    footer: `compare ${c.earlier.id} ${c.later.id}`,
    visibility: "public",
    kind: "compare",
    actions: compareButtons({
      earlier: c.earlier.id,
      later: c.later.id,
      reversed,
      ...(previous && { previous: previous.id }),
    }),
  };
}

/** `timeline SERIES`: the series' rounds, one line each; an unknown name suggests close ones. */
export function timelineReply(briefings: readonly Briefing[], query: string): Reply {
  const all = findAllSeries(briefings);
  const names = all.map((s) => s.name);
  if (!query.trim()) {
    return problem(
      "Which series?",
      names.length
        ? `Series in the briefings: ${names.join(", ")}`
        : "No briefing names a series yet.",
    );
  }
  const found = lookupSeries(all, query);
  if (!found.found) {
    const hint = found.suggestions.length
      ? `Did you mean: ${found.suggestions.join(", ")}?`
      : names.length
        ? `Series in the briefings: ${names.slice(0, 15).join(", ")}${names.length > 15 ? ", …" : ""}`
        : "No briefing names a series yet.";
    return problem(
      found.ambiguous
        ? `"${preview(query)}" could be several series.`
        : `No series called "${preview(query)}".`,
      hint,
    );
  }
  const s = found.found;
  return {
    title: `${s.name}: ${s.rounds.length} round${s.rounds.length === 1 ? "" : "s"}`,
    sections: [
      {
        text: timeline(s)
          .map((t) => t.line)
          .join("\n"),
      },
    ],
    citations: s.rounds.map((r) => citationFor(r)),
    visibility: "public",
    kind: "timeline",
  };
}

const DAY_MS = 86_400_000;

/** `gaps [DAYS]`: this workspace's declined questions, grouped by what was missing. */
export async function gapsReply(
  store: Store,
  channel: ChannelRef,
  now: Date,
  days: number,
  recording: boolean,
): Promise<Reply> {
  const since = new Date(now.getTime() - days * DAY_MS).toISOString();
  const records = await store.unansweredSince(since, {
    platform: channel.platform,
    workspace: channel.workspace,
  });
  const gaps = groupGaps(records, 15);
  const off = recording
    ? []
    : [{ text: "Recording is off (BRIEFBOT_RECORD_QUESTIONS=false): nothing new is added." }];
  return {
    title: `What the briefings could not answer, last ${days} day${days === 1 ? "" : "s"}`,
    sections: [
      ...off,
      {
        text: gaps.length
          ? gaps.map(gapLine).join("\n")
          : "No declined questions or not-helpful votes recorded in that time.",
      },
    ],
    footer: `${records.length} record${records.length === 1 ? "" : "s"}; kept ${RETENTION_DAYS} days, without user names.`,
    visibility: "ephemeral",
    kind: "gaps",
  };
}

/** DAYS of `gaps`: a whole number from 1 to the retention; undefined when it is not. */
export function parseDays(text: string | undefined): number | undefined {
  if (text === undefined) return 30;
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= RETENTION_DAYS ? n : undefined;
}
