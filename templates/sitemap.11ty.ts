/** `/sitemap.xml`: made by `renderSitemap` in `src/site/sitemap.ts`. */
import { renderSitemap, sitemapUrl } from "../src/site/sitemap.ts";
import type { SiteData } from "../src/site/site-data.ts";

export const data = { permalink: sitemapUrl, eleventyExcludeFromCollections: true };

export function render({ archive }: { archive: SiteData }): string {
  return renderSitemap(archive);
}
