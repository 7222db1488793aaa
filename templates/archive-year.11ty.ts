/** `/archive/<yyyy>/`: one year's articles by month, only for years that have articles. */
import { countLabel } from "../src/site/format.ts";
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import { archiveUrl, undatedAnchor, type SiteData, type YearPage } from "../src/site/site-data.ts";
import { articleList, breadcrumbTrail } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

interface Data {
  archive: SiteData;
  yearPage: YearPage;
}

export const data = {
  pagination: { data: "archive.archiveOverview.years", size: 1, alias: "yearPage" },
  permalink: ({ yearPage }: Data) => yearPage.url,
};

export function render({ archive, yearPage }: Data): string {
  const { site } = archive;
  return layout({
    site,
    url: yearPage.url,
    title: `Articles from ${yearPage.year}`,
    description: `${countLabel(yearPage.articleCount, "article")} from ${yearPage.year}, by month.`,
    body: html`${breadcrumbTrail(site, [{ label: "Home", url: "/" }, { label: "Archive", url: archiveUrl }, { label: yearPage.year, url: null }])}
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
${yearPage.newer || yearPage.older ? html`<nav class="neighbours" aria-label="Other years">
<ul>
${yearPage.newer ? html`<li><a href="${href(site, yearPage.newer.url)}" rel="prev">${yearPage.newer.year}</a></li>` : ""}
${yearPage.older ? html`<li><a href="${href(site, yearPage.older.url)}" rel="next">${yearPage.older.year}</a></li>` : ""}
</ul>
</nav>` : ""}`,
  });
}
