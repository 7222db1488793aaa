/** `/` and `/page/N/`: every article, newest first. */
import type { Listing } from "../src/archive/paginate.ts";
import type { Article } from "../src/model/article.ts";
import { html } from "../src/site/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { articleList, pageNavigation } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

interface Data {
  archive: SiteData;
  listing: Listing<Article>;
}

export const data = {
  pagination: { data: "archive.indexPages", size: 1, alias: "listing" },
  permalink: ({ listing }: Data) => listing.url,
};

export function render({ archive, listing }: Data): string {
  const heading = listing.pageNumber === 1 ? "Articles" : `Articles, page ${listing.pageNumber}`;
  return layout({
    site: archive.site,
    url: listing.url,
    title: heading,
    description: `${archive.records.length} articles in the archive, newest first.`,
    body: html`<h1>${heading}</h1>
${articleList(archive.site, listing.items)}
${pageNavigation(archive.site, listing, "Article pages", "/")}`,
  });
}
