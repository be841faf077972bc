// Server-rendered HTML: Hono's `html` template escapes every interpolated value (briefing text is
// untrusted), and one layout gives every page its head, navigation and stylesheet.
import { html as honoHtml, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export type Html = HtmlEscapedString;

/**
 * An HTML fragment; strings and numbers in it are escaped, fragments and lists of fragments are
 * kept. Synchronous: no value passed here is a promise.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return honoHtml(strings, ...values) as Html;
}

export const nothing: Html = raw("");

/** A link target that is an http(s) address, or undefined (shown as text, never as a link). */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : undefined;
}

/** `/path?a=1&b=2`, leaving out empty values. */
export function withQuery(
  path: string,
  query: Record<string, string | number | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export interface PageOptions {
  title: string;
  body: Html;
  /** Which navigation link is the current page. */
  current?: "index" | "status";
}

/** A whole page: no inline script or style, one stylesheet, readable on a phone. */
export function page(options: PageOptions): string {
  const here = (name: PageOptions["current"]) =>
    options.current === name ? raw(' aria-current="page"') : nothing;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} · briefbot</title>
<link rel="stylesheet" href="/web.css">
</head>
<body>
<header class="site"><nav aria-label="Site"><a href="/"${here("index")}>Briefings</a> <a href="/status"${here("status")}>Status</a></nav></header>
<main>
${options.body}
</main>
</body>
</html>
`.toString();
}
