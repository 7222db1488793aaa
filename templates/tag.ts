/** `/tags/<slug>/` and `/tags/<slug>/page/N/`: the articles with one tag. */
import type { Listing } from "../src/archive/paginate.ts";
import type { Tag } from "../src/model/article.ts";
import { route } from "../src/model/route.ts";
import { countLabel } from "../src/site/format.ts";
import { html } from "../src/site/html.ts";
import { articleListings } from "../src/site/listings.ts";
import { definePageKind, type ShownArticle } from "../src/site/page-kind.ts";
import { articleList, breadcrumbTrail, pageNavigation } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

const tagRoute = route("/tags/:slug/", { paginated: true });

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    tag: typeof tagRoute;
  }
}

export interface TagListing extends Listing<ShownArticle> {
  tag: Tag;
  articleCount: number;
}

const kindNames = { person: "Person", place: "Place", organization: "Organisation", topic: "Topic" } as const;

export const tagPages = definePageKind({
  name: "tag",
  route: tagRoute,
  entries: ({ archive }): TagListing[] =>
    archive.tags.flatMap((entry) =>
      articleListings(entry.articles, tagRoute.url({ slug: entry.tag.slug })).map((listing) => ({ ...listing, tag: entry.tag, articleCount: entry.articles.length })),
    ),
  url: (listing) => listing.url,
  render(listing, site) {
    const { tag } = listing;
    const heading = listing.pageNumber === 1 ? tag.name : `${tag.name}, page ${listing.pageNumber}`;
    return layout({
      site,
      url: listing.url,
      title: heading,
      description: `${countLabel(listing.articleCount, "article")} tagged ${tag.name}.`,
      body: html`${breadcrumbTrail(site, [{ label: "Home", url: site.routes.home.url() }, { label: "Tags", url: site.routes.tags.url() }, { label: tag.name, url: null }])}
<h1>${heading}</h1>
<p class="tag-kind">${kindNames[tag.kind]} · ${countLabel(listing.articleCount, "article")}</p>
${articleList(site, listing.items)}
${pageNavigation(site, listing, `Pages of ${tag.name}`, tagRoute.url({ slug: tag.slug }))}`,
    });
  },
  digest: (listing, article) => ({ ...listing, items: listing.items.map(article) }),
  sitemap: true,
  section: "tags",
});
