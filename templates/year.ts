/** `/archive/<yyyy>/`: one year's articles by month, only for years that have articles. */
import { route } from "../src/model/route.ts";
import { calendarOf, undatedAnchor, type MonthGroup } from "../src/site/calendar.ts";
import { countLabel } from "../src/site/format.ts";
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import { definePageKind } from "../src/site/page-kind.ts";
import { articleList, breadcrumbTrail, neighbourLinks, type NeighbourLink } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

const yearRoute = route("/archive/:year/");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    year: typeof yearRoute;
  }
}


export interface YearPage {
  year: string;
  url: string;
  articleCount: number;
  /** Newest first. */
  months: MonthGroup[];
  newer: NeighbourLink | null;
  older: NeighbourLink | null;
}

function yearLink(year: string | undefined): NeighbourLink | null {
  return year ? { label: year, url: yearRoute.url({ year }) } : null;
}

export const yearPages = definePageKind({
  name: "year",
  route: yearRoute,
  entries({ archive }): YearPage[] {
    const years = calendarOf(archive.articles);
    return years.map(({ year, articleCount, months }, index) => ({
      year,
      url: yearRoute.url({ year }),
      articleCount,
      months,
      newer: yearLink(years[index - 1]?.year),
      older: yearLink(years[index + 1]?.year),
    }));
  },
  url: (yearPage) => yearPage.url,
  render(yearPage, site) {
    const archiveUrl = site.routes.archive.url();
    return layout({
      site,
      url: yearPage.url,
      title: `Articles from ${yearPage.year}`,
      description: `${countLabel(yearPage.articleCount, "article")} from ${yearPage.year}, by month.`,
      body: html`${breadcrumbTrail(site, [{ label: "Home", url: site.routes.home.url() }, { label: "Archive", url: archiveUrl }, { label: yearPage.year, url: null }])}
<h1>Articles from ${yearPage.year}</h1>
<p class="count">${countLabel(yearPage.articleCount, "article")}</p>
${yearPage.months.map(
  (month) => html`<section id="${month.anchor}" aria-labelledby="${month.anchor}-heading">
<h2 id="${month.anchor}-heading">${month.label}</h2>
${articleList(site, month.articles, 3)}
</section>
`,
)}
<p>Articles without a date are listed <a href="${href(site, `${archiveUrl}#${undatedAnchor}`)}">in their own section of the archive</a>.</p>
${neighbourLinks(site, "Other years", yearPage.newer, yearPage.older)}`,
    });
  },
  digest: null,
  sitemap: true,
  section: "archive",
});
