// `/series/FORMAT`: the rounds of one format on a timeline, newest last, with what changed between
// rounds when a comparison is provided (src/series builds it).
import type { Briefing } from "../../../src/briefing/index.ts";
import type { Series } from "../catalog.ts";
import { type Html, html, nothing, page } from "../html.ts";
import { briefingPath } from "../links.ts";

/** One group of differences between a round and the one before it (src/series' `TextBlock`). */
export interface RoundChange {
  /** What changed, such as "Positions" or "New participants". */
  heading: string;
  lines: readonly string[];
}

/**
 * Compares a round with the one before it, given every round of the series (src/series:
 * `(a, b, rounds) => comparisonBlocks(compare(a, b, rounds))`); the page shows what it returns.
 */
export type CompareRounds = (
  previous: Briefing,
  current: Briefing,
  rounds: readonly Briefing[],
) => readonly RoundChange[];

export function seriesPage(series: Series, compare?: CompareRounds): string {
  const rounds = series.rounds;
  const span =
    rounds.length > 1
      ? `${rounds.length} rounds, ${rounds[0]?.date} to ${rounds.at(-1)?.date}`
      : `1 round, ${rounds[0]?.date}`;
  const body = html`<h1>${series.name}</h1>
<p class="muted">${span}</p>
<ol class="timeline">${rounds.map((round, i) => {
    const previous = i > 0 ? rounds[i - 1] : undefined;
    const changes = previous && compare ? compare(previous, round, rounds) : [];
    return html`<li id="round-${i + 1}"><p class="when"><time datetime="${round.date}">${round.date}</time>${
      round.location ? html` · ${round.location}` : nothing
    }</p>
<h2><a href="${briefingPath(round.id)}">${round.title}</a></h2>
<p>${round.summary}</p>
${changes.length ? changesSection(changes, previous) : nothing}</li>`;
  })}</ol>`;
  return page({ title: series.name, body });
}

function changesSection(changes: readonly RoundChange[], previous?: Briefing): Html {
  return html`<section class="changes"><h3>What changed since ${previous?.date ?? "the round before"}</h3>${changes.map(
    (c) => html`<h4>${c.heading}</h4><ul>${c.lines.map((item) => html`<li>${item}</li>`)}</ul>`,
  )}</section>`;
}
