/** `/robots.txt`: everything may be crawled; it names the sitemap when the site address is known. */
import { route } from "../src/model/route.ts";
import { definePageKind } from "../src/site/page-kind.ts";
import { renderRobots } from "../src/site/sitemap.ts";

const robotsRoute = route("/robots.txt");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    robots: typeof robotsRoute;
  }
}

export const robotsPages = definePageKind({
  name: "robots",
  route: robotsRoute,
  entries: () => [{}],
  url: () => robotsRoute.url(),
  render: (_entry, site) => renderRobots(site),
  digest: null,
  sitemap: false,
});
