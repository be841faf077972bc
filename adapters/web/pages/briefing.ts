// `/briefings/ID`: the whole briefing, each part under its own anchor, printable as a handout.
import type { Briefing } from "../../../src/briefing/index.ts";
import { type Anchor, formatSlug, PAGE_SECTIONS } from "../anchors.ts";
import { type Html, html, nothing, page, safeHref } from "../html.ts";

/** The briefing's page. */
export function briefingPage(b: Briefing): string {
  const parts = new Map<Anchor, Html>();
  parts.set("details", details(b));
  parts.set("summary", html`<p>${b.summary}</p>`);
  if (b.participants?.length) {
    parts.set(
      "participants",
      html`<ul>${b.participants.map(
        (p) =>
          html`<li><strong>${p.name}</strong>${p.role ? html`, ${p.role}` : nothing}${
            p.side ? html` <span class="side">(${p.side})</span>` : nothing
          }</li>`,
      )}</ul>`,
    );
  }
  if (b.parties?.length) {
    parts.set(
      "positions",
      html`${b.parties.map(
        (party) =>
          html`<h3>${party.name}</h3>${
            party.positions?.length
              ? list(party.positions)
              : html`<p class="muted">No position recorded.</p>`
          }`,
      )}`,
    );
  }
  if (b.quotes?.length) {
    parts.set(
      "quotes",
      html`${b.quotes.map(
        (q) =>
          html`<figure class="quote"><blockquote>${paragraphs(q.text)}</blockquote><figcaption>— <span class="speaker">${q.speaker}</span>${
            q.context ? html`, ${q.context}` : nothing
          }</figcaption></figure>`,
      )}`,
    );
  }
  if (b.points?.length) parts.set("points", list(b.points));
  if (b.outcomes?.length) parts.set("outcomes", list(b.outcomes));
  if (b.next_steps?.length) {
    parts.set(
      "next-steps",
      html`<ul>${b.next_steps.map(
        (s) =>
          html`<li>${
            s.date
              ? s.end_date && s.end_date !== s.date
                ? html`<time datetime="${s.date}">${s.date}</time> to <time datetime="${s.end_date}">${s.end_date}</time>: `
                : html`<time datetime="${s.date}">${s.date}</time>: `
              : nothing
          }${s.text}</li>`,
      )}</ul>`,
    );
  }
  if (b.background?.length) parts.set("background", list(b.background));
  parts.set("sources", sources(b));

  const shown = PAGE_SECTIONS.filter((s) => parts.has(s.anchor));
  const body = html`<article class="briefing">
<h1>${b.title}</h1>
<nav class="contents" aria-label="On this page"><ul>${shown.map(
    (s) => html`<li><a href="#${s.anchor}">${s.heading}</a></li>`,
  )}</ul></nav>
${shown.map(
  (s) =>
    html`<section id="${s.anchor}"><h2><a class="anchor" href="#${s.anchor}">${s.heading}</a></h2>${parts.get(s.anchor)}</section>
`,
)}
</article>`;
  return page({ title: b.title, body });
}

function details(b: Briefing): Html {
  const when = b.end_date
    ? html`<time datetime="${b.date}">${b.date}</time> to <time datetime="${b.end_date}">${b.end_date}</time>`
    : html`<time datetime="${b.date}">${b.date}</time>`;
  const slug = b.format ? formatSlug(b.format) : "";
  return html`<dl class="facts">
<dt>Date</dt><dd>${when}</dd>
${b.location ? html`<dt>Place</dt><dd>${b.location}</dd>` : nothing}
${
  b.format
    ? html`<dt>Format</dt><dd>${slug ? html`<a href="/series/${slug}">${b.format}</a>` : b.format}</dd>`
    : nothing
}
${b.tags?.length ? html`<dt>Tags</dt><dd>${b.tags.join(", ")}</dd>` : nothing}
<dt>Id</dt><dd><code>${b.id}</code></dd>
</dl>`;
}

function sources(b: Briefing): Html {
  return html`<ol class="sources">${b.sources.map((s) => {
    const href = safeHref(s.url);
    const title = href
      ? html`<a href="${href}" rel="noopener noreferrer">${s.title}</a>`
      : html`${s.title}`;
    const about = [s.publisher, s.published].filter(Boolean).join(", ");
    return html`<li>${title}${about ? html` <span class="muted">(${about})</span>` : nothing}</li>`;
  })}</ol>`;
}

function list(items: readonly string[]): Html {
  return html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** Text with its line breaks kept as paragraphs. */
function paragraphs(text: string): Html {
  return html`${text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => html`<p>${p}</p>`)}`;
}
