/**
 * `/tags/`: every tag with its article count, grouped by kind, most used
 * first. The links at the top filter by kind without JavaScript: each points
 * at its group's section, and the stylesheet shows only the `:target` group.
 */
import { countLabel } from "../src/site/format.ts";
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { layout } from "./_lib/layout.ts";

interface Data {
  archive: SiteData;
}

export const data = { permalink: "/tags/" };

export function render({ archive }: Data): string {
  const { site } = archive;
  return layout({
    site,
    url: "/tags/",
    title: "Tags",
    description: "The people, places, organisations and topics in the archive.",
    body: html`<h1>Tags</h1>
<nav class="tag-filter" aria-label="Show one kind of tag">
<ul>
<li><a href="#all-tags">All</a></li>
${archive.tagGroups.map((group) => html`<li><a href="#kind-${group.kind}">${group.label} <span class="count">(${group.tags.length})</span></a></li>`)}
</ul>
</nav>
<div class="tag-groups" id="all-tags">
${archive.tagGroups.map(
  (group) => html`<section id="kind-${group.kind}" aria-labelledby="kind-${group.kind}-heading">
<h2 id="kind-${group.kind}-heading">${group.label}</h2>
<ul class="tag-index">${group.tags.map(
    (summary) => html`<li><a href="${href(site, summary.url)}">${summary.tag.name}</a> <span class="count">${countLabel(summary.count, "article")}</span></li>`,
  )}</ul>
</section>
`,
)}</div>`,
  });
}
