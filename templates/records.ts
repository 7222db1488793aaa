/** `/articles.json`: every `Article` record, the archive's machine-readable export. */
import type { Article } from "../src/model/article.ts";
import { route } from "../src/model/route.ts";
import { definePageKind } from "../src/site/page-kind.ts";

const recordsRoute = route("/articles.json");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    records: typeof recordsRoute;
  }
}

export const recordsPages = definePageKind({
  name: "records",
  route: recordsRoute,
  // Whole records, links between articles included: this is the export, not a page that shows them.
  entries: ({ archive }): { records: Article[] }[] => [{ records: archive.articles }],
  url: () => recordsRoute.url(),
  render: ({ records }) => `${JSON.stringify(records, null, 2)}\n`,
  digest: null,
  sitemap: false,
});
