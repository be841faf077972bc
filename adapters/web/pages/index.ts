// `/`: the briefings newest first, a search box answered by the engine (the bot's own answer and
// citations), and filters by date, place and format.

import type { Briefing } from "../../../src/briefing/index.ts";
import type { Reply } from "../../../src/chat/index.ts";
import { PAGE_SECTIONS, sectionAnchor } from "../anchors.ts";
import type { Filters, Series } from "../catalog.ts";
import { type Html, html, nothing, page, safeHref, withQuery } from "../html.ts";
import { briefingPath } from "../links.ts";

/** Briefings per page of the index. */
export const PAGE_SIZE = 50;

export interface IndexView {
  query: string;
  /** The bot's reply to the query, when one was asked. */
  answer?: Reply;
  filters: Filters;
  /** Filters that could not be read, said next to the form. */
  problems: string[];
  matches: readonly Briefing[];
  total: number;
  page: number;
  formats: readonly Series[];
}

export function indexPage(view: IndexView): string {
  const pages = Math.max(1, Math.ceil(view.matches.length / PAGE_SIZE));
  const at = Math.min(Math.max(1, view.page), pages);
  const shown = view.matches.slice((at - 1) * PAGE_SIZE, at * PAGE_SIZE);
  const query = { q: view.query, ...view.filters };
  const filtered = Object.values(view.filters).some(Boolean);
  const body = html`<h1>Briefings</h1>
${searchForm(view)}
${view.answer ? answer(view.answer) : nothing}
<section class="list" aria-labelledby="list-heading">
<h2 id="list-heading">${
    filtered
      ? `${view.matches.length} of ${view.total} briefings match the filters`
      : `${view.total} briefing${view.total === 1 ? "" : "s"}, newest first`
  }</h2>
${
  shown.length
    ? html`<ol class="briefings">${shown.map(row)}</ol>`
    : html`<p>${view.total ? "No briefing matches these filters." : "There are no briefings yet."}</p>`
}
${
  pages > 1
    ? html`<nav class="pager" aria-label="Pages">${
        at > 1
          ? html`<a rel="prev" href="${withQuery("/", { ...query, page: at - 1 })}">Newer</a>`
          : nothing
      } <span>Page ${at} of ${pages}</span> ${
        at < pages
          ? html`<a rel="next" href="${withQuery("/", { ...query, page: at + 1 })}">Older</a>`
          : nothing
      }</nav>`
    : nothing
}
</section>`;
  return page({
    title: view.query ? `${view.query} · Briefings` : "Briefings",
    body,
    current: "index",
  });
}

function searchForm(view: IndexView): Html {
  const f = view.filters;
  return html`<form class="search" method="get" action="/" role="search">
<p class="ask"><label for="q" class="ask-label">Ask the briefings</label>
<input id="q" name="q" type="search" value="${view.query}" maxlength="500" placeholder="What did Lavrov say about NATO?">
<button type="submit">Ask</button></p>
<fieldset class="filters"><legend>Filter the list</legend>
<label>From <input name="from" type="date" value="${f.from ?? ""}"></label>
<label>To <input name="to" type="date" value="${f.to ?? ""}"></label>
<label>Place <input name="place" type="text" value="${f.place ?? ""}" maxlength="100"></label>
<label>Format <input name="format" type="text" list="formats" value="${f.format ?? ""}" maxlength="100"></label>
<datalist id="formats">${view.formats.slice(0, 100).map((s) => html`<option value="${s.name}">`)}</datalist>
</fieldset>
${view.problems.length ? html`<p class="problem" role="alert">${view.problems.join(" ")}</p>` : nothing}
</form>`;
}

/** The bot's reply to a question: its text, its suggestions when declined, and its citations. */
function answer(reply: Reply): Html {
  return html`<section class="answer${reply.kind === "declined" ? " declined" : ""}" aria-labelledby="answer-heading">
<h2 id="answer-heading">${reply.kind === "declined" ? "No answer" : "Answer"}</h2>
${reply.sections.map(
  (s) =>
    html`${s.heading ? html`<h3>${s.heading}</h3>` : nothing}${
      s.text ? html`<p class="answer-text">${s.text}</p>` : nothing
    }${s.quotes?.length ? s.quotes.map((q) => html`<blockquote>${q.text} — <span class="speaker">${q.speaker}</span></blockquote>`) : nothing}`,
)}
${
  reply.citations?.length
    ? html`<ul class="citations">${reply.citations.map((c) => {
        const anchor = sectionAnchor(c.section);
        const href = `${briefingPath(c.briefing)}${anchor ? `#${anchor}` : ""}`;
        const heading = PAGE_SECTIONS.find((s) => s.anchor === anchor)?.heading;
        return html`<li>Source: <a class="citation" href="${href}">${c.label}</a>${
          heading ? html` · ${heading}` : nothing
        }${c.sources.map((s) => {
          const url = safeHref(s.url);
          return url
            ? html` · <a href="${url}" rel="noopener noreferrer">${s.title}</a>`
            : html` · ${s.title}`;
        })}</li>`;
      })}</ul>`
    : nothing
}
${reply.footer ? html`<p class="muted">${reply.footer}</p>` : nothing}
</section>`;
}

function row(b: Briefing): Html {
  return html`<li><time datetime="${b.date}">${b.date}</time> <a href="${briefingPath(b.id)}">${b.title}</a>${
    b.location ? html` <span class="muted">${b.location}</span>` : nothing
  }${b.format ? html` <span class="format">${b.format}</span>` : nothing}</li>`;
}
