/** `/robots.txt`: everything may be crawled; it names the sitemap when the site address is known. */
import { renderRobots } from "../src/site/sitemap.ts";
import type { SiteData } from "../src/site/site-data.ts";

export const data = { permalink: "/robots.txt" };

export function render({ archive }: { archive: SiteData }): string {
  return renderRobots(archive);
}
