/** `/feed.xml`: made by `renderAtomFeed` in `src/site/feeds.ts`. */
import { renderAtomFeed, atomFeedUrl } from "../src/site/feeds.ts";
import type { SiteData } from "../src/site/site-data.ts";

export const data = { permalink: atomFeedUrl, eleventyExcludeFromCollections: true };

export function render({ archive }: { archive: SiteData }): string {
  return renderAtomFeed(archive);
}
