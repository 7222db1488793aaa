/** `/feed.json`: made by `renderJsonFeed` in `src/site/feeds.ts`. */
import { renderJsonFeed, jsonFeedUrl } from "../src/site/feeds.ts";
import type { SiteData } from "../src/site/site-data.ts";

export const data = { permalink: jsonFeedUrl, eleventyExcludeFromCollections: true };

export function render({ archive }: { archive: SiteData }): string {
  return renderJsonFeed(archive);
}
