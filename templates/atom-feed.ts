/** `/feed.xml`: the Atom feed of the newest articles, made by `renderAtomFeed` in `src/site/feeds.ts`. */
import { route } from "../src/model/route.ts";
import { feedEntries, renderAtomFeed } from "../src/site/feeds.ts";
import { definePageKind } from "../src/site/page-kind.ts";

const atomFeedRoute = route("/feed.xml");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    atomFeed: typeof atomFeedRoute;
  }
}

export const atomFeedPages = definePageKind({
  name: "atomFeed",
  route: atomFeedRoute,
  entries: feedEntries,
  url: () => atomFeedRoute.url(),
  render: ({ articles }, site) => renderAtomFeed(site, articles),
  digest: null,
  sitemap: false,
});
