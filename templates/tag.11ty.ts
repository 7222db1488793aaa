/** `/tags/<slug>/` and `/tags/<slug>/page/N/`: the articles with one tag. */
import { countLabel } from "../src/site/format.ts";
import { html } from "../src/site/html.ts";
import { tagUrl, type SiteData, type TagListing } from "../src/site/site-data.ts";
import { articleList, breadcrumbTrail, pageNavigation } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

interface Data {
  archive: SiteData;
  listing: TagListing;
}

const kindNames = { person: "Person", place: "Place", organization: "Organisation", topic: "Topic" } as const;

export const data = {
  pagination: { data: "render.tagPages", size: 1, alias: "listing" },
  permalink: ({ listing }: Data) => listing.url,
};

export function render({ archive, listing }: Data): string {
  const { tag } = listing;
  const heading = listing.pageNumber === 1 ? tag.name : `${tag.name}, page ${listing.pageNumber}`;
  return layout({
    site: archive.site,
    url: listing.url,
    title: heading,
    description: `${countLabel(listing.articleCount, "article")} tagged ${tag.name}.`,
    body: html`${breadcrumbTrail(archive.site, [{ label: "Home", url: "/" }, { label: "Tags", url: "/tags/" }, { label: tag.name, url: null }])}
<h1>${heading}</h1>
<p class="tag-kind">${kindNames[tag.kind]} · ${countLabel(listing.articleCount, "article")}</p>
${articleList(archive.site, listing.items)}
${pageNavigation(archive.site, listing, `Pages of ${tag.name}`, tagUrl(tag))}`,
  });
}
