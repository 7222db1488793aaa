/** `/404.html`: what a web server shows for an address the archive does not have. */
import { route } from "../src/model/route.ts";
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import { definePageKind } from "../src/site/page-kind.ts";
import { layout } from "./_lib/layout.ts";

const notFoundRoute = route("/404.html");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    notFound: typeof notFoundRoute;
  }
}

export const notFoundPages = definePageKind({
  name: "notFound",
  route: notFoundRoute,
  entries: () => [{}],
  url: () => notFoundRoute.url(),
  render(_entry, site) {
    return layout({
      site,
      url: notFoundRoute.url(),
      title: "Page not found",
      description: "There is no page at this address.",
      body: html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<p><a href="${href(site, site.routes.home.url())}">Go to the list of articles</a> or <a href="${href(site, site.routes.tags.url())}">browse by tag</a>.</p>`,
    });
  },
  digest: null,
  sitemap: false,
});
