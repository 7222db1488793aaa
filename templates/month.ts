/** `/archive/<yyyy>/<mm>/`: one month's articles, with the months before and after it. */
import { route } from "../src/model/route.ts";
import { calendarOf } from "../src/site/calendar.ts";
import { countLabel } from "../src/site/format.ts";
import { html } from "../src/site/html.ts";
import { definePageKind, type ShownArticle } from "../src/site/page-kind.ts";
import { articleList, breadcrumbTrail, neighbourLinks, type NeighbourLink } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

const monthRoute = route("/archive/:year/:month/");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    month: typeof monthRoute;
  }
}

export interface MonthPage {
  year: string;
  /** "May 2024". */
  label: string;
  url: string;
  /** In archive order. */
  articles: ShownArticle[];
  /** The next month with articles, newer and older, across years. */
  newer: NeighbourLink | null;
  older: NeighbourLink | null;
}

export const monthPages = definePageKind({
  name: "month",
  route: monthRoute,
  entries({ archive }): MonthPage[] {
    const months = calendarOf(archive.articles)
      .flatMap((year) => year.months)
      .map(({ month, label, articles }) => ({ year: month.slice(0, 4), label, url: monthRoute.url({ year: month.slice(0, 4), month: month.slice(5, 7) }), articles }));
    const link = (month: (typeof months)[number] | undefined): NeighbourLink | null => (month ? { label: month.label, url: month.url } : null);
    return months.map((month, index) => ({ ...month, newer: link(months[index - 1]), older: link(months[index + 1]) }));
  },
  url: (monthPage) => monthPage.url,
  render(monthPage, site) {
    return layout({
      site,
      url: monthPage.url,
      title: `Articles from ${monthPage.label}`,
      description: `${countLabel(monthPage.articles.length, "article")} from ${monthPage.label}.`,
      body: html`${breadcrumbTrail(site, [
        { label: "Home", url: site.routes.home.url() },
        { label: "Archive", url: site.routes.archive.url() },
        { label: monthPage.year, url: site.routes.year.url({ year: monthPage.year }) },
        { label: monthPage.label, url: null },
      ])}
<h1>Articles from ${monthPage.label}</h1>
<p class="count">${countLabel(monthPage.articles.length, "article")}</p>
${articleList(site, monthPage.articles)}
${neighbourLinks(site, "Other months", monthPage.newer, monthPage.older)}`,
    });
  },
  digest: (monthPage, article) => ({ ...monthPage, articles: monthPage.articles.map(article) }),
  sitemap: true,
  section: "archive",
});
