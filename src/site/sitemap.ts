/**
 * `/sitemap.xml` and `/robots.txt`. A sitemap needs absolute addresses, so
 * without `ARCHIVE_SITE_URL` it lists none and robots.txt does not point to it.
 * Which pages it lists, and in what order, the page kinds say
 * (`sitemap` in `templates/page-kinds.ts`).
 */
import { escapeHtml } from "./html.ts";
import { absoluteUrl } from "./links.ts";
import type { Site, SitemapPage } from "./page-kind.ts";

export function renderSitemap(site: Site, pages: readonly SitemapPage[]): string {
  const entries = pages.flatMap(({ url, lastModified }) => {
    const location = absoluteUrl(site, url);
    if (location === null) return [];
    return [`  <url><loc>${escapeHtml(location)}</loc>${lastModified ? `<lastmod>${lastModified}</lastmod>` : ""}</url>`];
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join("\n")}${entries.length > 0 ? "\n" : ""}</urlset>
`;
}

export function renderRobots(site: Site): string {
  const sitemap = absoluteUrl(site, site.routes.sitemap.url());
  return `User-agent: *\nAllow: /\n${sitemap ? `Sitemap: ${sitemap}\n` : ""}`;
}
