/**
 * `/tags/`: every tag with its article count, grouped by kind, most used
 * first. The links at the top filter by kind without JavaScript: each points
 * at its group's section, and the stylesheet shows only the `:target` group.
 */
import type { Tag } from "../src/model/article.ts";
import { route } from "../src/model/route.ts";
import { countLabel } from "../src/site/format.ts";
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import { definePageKind } from "../src/site/page-kind.ts";
import { countTags, groupByKind, type TagGroup } from "../src/site/tag-groups.ts";
import { layout } from "./_lib/layout.ts";

const tagsRoute = route("/tags/");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    tags: typeof tagsRoute;
  }
}

export interface TagSummary {
  tag: Tag;
  url: string;
  count: number;
}

export interface TagIndex {
  groups: TagGroup<TagSummary>[];
}

export const tagIndexPages = definePageKind({
  name: "tags",
  route: tagsRoute,
  entries: ({ archive, routes }): TagIndex[] => [
    {
      groups: groupByKind(
        countTags(archive.tags).map(({ tag, count }) => ({ tag, url: routes.tag.url({ slug: tag.slug }), count })),
        (summary) => summary.tag.kind,
      ),
    },
  ],
  url: () => tagsRoute.url(),
  render({ groups }, site) {
    return layout({
      site,
      url: tagsRoute.url(),
      title: "Tags",
      description: "The people, places, organisations and topics in the archive.",
      body: html`<h1>Tags</h1>
<nav class="tag-filter" aria-label="Show one kind of tag">
<ul>
<li><a href="#all-tags">All</a></li>
${groups.map((group) => html`<li><a href="#kind-${group.kind}">${group.label} <span class="count">(${group.tags.length})</span></a></li>`)}
</ul>
</nav>
<div class="tag-groups" id="all-tags">
${groups.map(
  (group) => html`<section id="kind-${group.kind}" aria-labelledby="kind-${group.kind}-heading">
<h2 id="kind-${group.kind}-heading">${group.label}</h2>
<ul class="tag-index">${group.tags.map(
    (summary) => html`<li><a href="${href(site, summary.url)}">${summary.tag.name}</a> <span class="count">${countLabel(summary.count, "article")}</span></li>`,
  )}</ul>
</section>
`,
)}</div>`,
    });
  },
  digest: null,
  sitemap: true,
  nav: { label: "Tags", position: 3 },
});
