/**
 * `/sitemap.xml` and `/robots.txt`. A sitemap needs absolute addresses, so
 * without `ARCHIVE_SITE_URL` it lists none and robots.txt does not point to it.
 */
import { escapeHtml } from "./html.ts";
import { absoluteUrl } from "./links.ts";
import { archiveUrl, type SiteData } from "./site-data.ts";

export const sitemapUrl = "/sitemap.xml";

/** Every HTML page a reader can land on from a search engine. */
export function pageUrls(data: SiteData): string[] {
  return [
    ...data.indexPages.map((listing) => listing.url),
    ...data.articlePages.map((page) => page.article.url),
    "/tags/",
    ...data.tagPages.map((listing) => listing.url),
    archiveUrl,
    ...data.archiveOverview.years.map((year) => year.url),
    "/search/",
  ];
}

export function renderSitemap(data: SiteData): string {
  const lastModified = new Map(data.articlePages.map(({ article }) => [article.url, article.updated ?? article.date]));
  const entries = pageUrls(data).flatMap((url) => {
    const location = absoluteUrl(data.site, url);
    if (location === null) return [];
    const modified = lastModified.get(url);
    return [`  <url><loc>${escapeHtml(location)}</loc>${modified ? `<lastmod>${modified}</lastmod>` : ""}</url>`];
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join("\n")}${entries.length > 0 ? "\n" : ""}</urlset>
`;
}

export function renderRobots(data: SiteData): string {
  const sitemap = absoluteUrl(data.site, sitemapUrl);
  return `User-agent: *\nAllow: /\n${sitemap ? `Sitemap: ${sitemap}\n` : ""}`;
}
