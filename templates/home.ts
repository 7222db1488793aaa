/** `/` and `/page/N/`: every article, newest first. */
import type { Listing } from "../src/archive/paginate.ts";
import { route } from "../src/model/route.ts";
import { html } from "../src/site/html.ts";
import { articleListings } from "../src/site/listings.ts";
import { definePageKind, type ShownArticle } from "../src/site/page-kind.ts";
import { articleList, pageNavigation } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

const homeRoute = route("/", { paginated: true });

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    home: typeof homeRoute;
  }
}

interface HomeListing extends Listing<ShownArticle> {
  /** Articles in the whole archive. */
  articleCount: number;
}

export const homePages = definePageKind({
  name: "home",
  route: homeRoute,
  entries: ({ archive }): HomeListing[] =>
    articleListings(archive.articles, homeRoute.url()).map((listing) => ({ ...listing, articleCount: archive.articles.length })),
  url: (listing) => listing.url,
  render(listing, site) {
    const heading = listing.pageNumber === 1 ? "Articles" : `Articles, page ${listing.pageNumber}`;
    return layout({
      site,
      url: listing.url,
      title: heading,
      description: `${listing.articleCount} articles in the archive, newest first.`,
      body: html`<h1>${heading}</h1>
${articleList(site, listing.items)}
${pageNavigation(site, listing, "Article pages", homeRoute.url())}`,
    });
  },
  digest: null,
  sitemap: true,
  nav: { label: "Articles", position: 1 },
});
