/**
 * The one Eleventy template: paginated over the pages of a run
 * (`src/site/render-pages.ts`), each page at its address, rendered by its
 * kind's template with the site.
 */
import type { PlannedPage, Site } from "../src/site/page-kind.ts";

interface Data {
  site: Site;
  planned: PlannedPage;
}

export const data = {
  pagination: { data: "pages", size: 1, alias: "planned" },
  permalink: ({ planned }: Data) => planned.url,
};

export function render({ planned, site }: Data): string {
  return planned.render(site);
}
