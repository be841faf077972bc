// `/status`: for editors: what is loaded, which files failed validation and where, when the folder
// was last read, and the questions the bot could not answer (where they are recorded).
import type { BriefingProblem } from "../../../src/briefing/index.ts";
import { type Html, html, nothing, page } from "../html.ts";

/** What people asked that the briefings could not answer (a question, or src/gaps' line for a group), and how often. */
export interface UnansweredQuestion {
  text: string;
  count: number;
}

export interface StatusView {
  briefings: number;
  /** Every current problem; the page shows the first {@link MAX_PROBLEMS_SHOWN}. */
  problems: readonly BriefingProblem[];
  /** Shows a problem's file as the editors know it (relative to the briefings folder). */
  fileName: (file: string) => string;
  lastReload?: Date | undefined;
  /** Undefined when nothing records them. */
  unanswered?: readonly UnansweredQuestion[] | undefined;
}

export const MAX_PROBLEMS_SHOWN = 500;

export function statusPage(view: StatusView): string {
  const shown = view.problems.slice(0, MAX_PROBLEMS_SHOWN);
  const files = new Set(view.problems.map((p) => p.file)).size;
  const body = html`<h1>Status</h1>
<dl class="facts">
<dt>Briefings loaded</dt><dd id="loaded">${view.briefings}</dd>
<dt>Last reload</dt><dd>${
    view.lastReload
      ? html`<time datetime="${view.lastReload.toISOString()}">${view.lastReload.toISOString().replace("T", " ").slice(0, 19)} UTC</time>`
      : "not yet"
  }</dd>
<dt>Files with problems</dt><dd>${files}</dd>
</dl>
<section id="problems" aria-labelledby="problems-heading"><h2 id="problems-heading">Files that failed validation</h2>
${
  shown.length
    ? html`<table class="problems"><thead><tr><th scope="col">Where</th><th scope="col">Field</th><th scope="col">Problem</th></tr></thead><tbody>${shown.map(
        (p) => problemRow(p, view.fileName),
      )}</tbody></table>${
        view.problems.length > shown.length
          ? html`<p class="muted">Showing ${shown.length} of ${view.problems.length} problems; run <code>briefbot validate</code> for all.</p>`
          : nothing
      }`
    : html`<p>Every file is valid.</p>`
}
</section>
${
  view.unanswered
    ? html`<section id="unanswered" aria-labelledby="unanswered-heading"><h2 id="unanswered-heading">Most frequent unanswered questions</h2>${
        view.unanswered.length
          ? html`<ol class="unanswered">${view.unanswered.map(
              (u) => html`<li>${u.text} <span class="muted">(${u.count}×)</span></li>`,
            )}</ol>`
          : html`<p>None recorded.</p>`
      }</section>`
    : nothing
}`;
  return page({ title: "Status", body, current: "status" });
}

function problemRow(p: BriefingProblem, fileName: (file: string) => string): Html {
  const place =
    p.line === undefined ? fileName(p.file) : `${fileName(p.file)}:${p.line}:${p.column ?? 1}`;
  return html`<tr><td><code class="place">${place}</code></td><td>${p.path ? html`<code>${p.path}</code>` : nothing}</td><td>${p.message}</td></tr>`;
}
