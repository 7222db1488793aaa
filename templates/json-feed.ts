/** `/feed.json`: the JSON Feed of the newest articles, made by `renderJsonFeed` in `src/site/feeds.ts`. */
import { route } from "../src/model/route.ts";
import { feedEntries, renderJsonFeed } from "../src/site/feeds.ts";
import { definePageKind } from "../src/site/page-kind.ts";

const jsonFeedRoute = route("/feed.json");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    jsonFeed: typeof jsonFeedRoute;
  }
}

export const jsonFeedPages = definePageKind({
  name: "jsonFeed",
  route: jsonFeedRoute,
  entries: feedEntries,
  url: () => jsonFeedRoute.url(),
  render: ({ articles }, site) => renderJsonFeed(site, articles),
  digest: null,
  sitemap: false,
});
