/** `/sitemap.xml`: every page of the kinds in the sitemap, made by `renderSitemap` in `src/site/sitemap.ts`. */
import { route } from "../src/model/route.ts";
import { definePageKind, type SitemapPage } from "../src/site/page-kind.ts";
import { renderSitemap } from "../src/site/sitemap.ts";

const sitemapRoute = route("/sitemap.xml");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    sitemap: typeof sitemapRoute;
  }
}

export const sitemapPages = definePageKind({
  name: "sitemap",
  route: sitemapRoute,
  entries: (content): { pages: readonly SitemapPage[] }[] => [{ pages: content.sitemapPages() }],
  url: () => sitemapRoute.url(),
  render: ({ pages }, site) => renderSitemap(site, pages),
  digest: null,
  sitemap: false,
});
