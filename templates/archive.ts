/** `/archive/`: every year and month with its articles counted, and the undated articles in a section of their own. */
import { route } from "../src/model/route.ts";
import { calendarOf, undatedAnchor, type YearGroup } from "../src/site/calendar.ts";
import { countLabel } from "../src/site/format.ts";
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import { definePageKind, type ShownArticle } from "../src/site/page-kind.ts";
import { articleList } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

const archiveRoute = route("/archive/");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    archive: typeof archiveRoute;
  }
}

export interface ArchiveOverview {
  years: (YearGroup & { url: string })[];
  /** Articles without a publication date, in archive order. */
  undated: ShownArticle[];
}

export const archivePages = definePageKind({
  name: "archive",
  route: archiveRoute,
  entries: ({ archive, routes }): ArchiveOverview[] => [
    {
      years: calendarOf(archive.articles).map((year) => ({ ...year, url: routes.year.url({ year: year.year }) })),
      undated: archive.articles.filter((article) => !article.date),
    },
  ],
  url: () => archiveRoute.url(),
  render({ years, undated }, site) {
    return layout({
      site,
      url: archiveRoute.url(),
      title: "Archive",
      description: "Every article in the archive by year and month.",
      body: html`<h1>Archive</h1>
${years.length > 0
  ? html`<section aria-labelledby="years-heading">
<h2 id="years-heading">By year</h2>
<ul class="year-list">
${years.map(
  (year) => html`<li><a href="${href(site, year.url)}">${year.year}</a> <span class="count">${countLabel(year.articleCount, "article")}</span>
<ul class="month-list">${year.months.map((month) => html`<li><a href="${href(site, site.routes.month.url({ year: year.year, month: month.month.slice(5, 7) }))}">${month.label}</a> <span class="count">${countLabel(month.articles.length, "article")}</span></li>`)}</ul>
</li>
`,
)}</ul>
</section>`
  : html`<p>No article in the archive has a publication date yet.</p>`}
${undated.length > 0
  ? html`<section id="${undatedAnchor}" aria-labelledby="undated-heading">
<h2 id="undated-heading">Undated articles <span class="count">${countLabel(undated.length, "article")}</span></h2>
<p class="explainer">These articles came without a publication date: none in their front matter and none in their file name. The archive never guesses a date. Where the text mentions dates, the latest one is shown as a lower bound ("Date unknown (after …)") and orders the list.</p>
${articleList(site, undated, 3)}
</section>`
  : ""}`,
    });
  },
  digest: null,
  sitemap: true,
  nav: { label: "Archive", position: 2 },
});
