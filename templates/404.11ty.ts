/** `/404.html`: what a web server shows for an address the archive does not have. */
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { layout } from "./_lib/layout.ts";

export const data = { permalink: "/404.html" };

export function render({ archive }: { archive: SiteData }): string {
  return layout({
    site: archive.site,
    url: "/404.html",
    title: "Page not found",
    description: "There is no page at this address.",
    body: html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<p><a href="${href(archive.site, "/")}">Go to the list of articles</a> or <a href="${href(archive.site, "/tags/")}">browse by tag</a>.</p>`,
  });
}
