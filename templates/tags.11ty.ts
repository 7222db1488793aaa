/** `/tags/`: every tag with its article count, grouped by kind. */
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
${archive.tagGroups.map(
  (group) => html`<section aria-labelledby="kind-${group.kind}">
<h2 id="kind-${group.kind}">${group.label}</h2>
<ul class="tag-index">${group.tags.map(
    (summary) => html`<li><a href="${href(site, summary.url)}">${summary.tag.name}</a> <span class="count">(${countLabel(summary.count, "article")})</span></li>`,
  )}</ul>
</section>
`,
)}`,
  });
}
