/** `/archive/`: every year and month with its articles counted, and the undated articles in a section of their own. */
import { countLabel } from "../src/site/format.ts";
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import { archiveUrl, undatedAnchor, type SiteData } from "../src/site/site-data.ts";
import { articleList } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

export const data = { permalink: archiveUrl };

export function render({ archive }: { archive: SiteData }): string {
  const { site, archiveOverview } = archive;
  return layout({
    site,
    url: archiveUrl,
    title: "Archive",
    description: "Every article in the archive by year and month.",
    body: html`<h1>Archive</h1>
${archiveOverview.years.length > 0
  ? html`<section aria-labelledby="years-heading">
<h2 id="years-heading">By year</h2>
<ul class="year-list">
${archiveOverview.years.map(
  (year) => html`<li><a href="${href(site, year.url)}">${year.year}</a> <span class="count">${countLabel(year.articleCount, "article")}</span>
<ul class="month-list">${year.months.map((month) => html`<li><a href="${href(site, `${year.url}#${month.anchor}`)}">${month.label}</a> <span class="count">${countLabel(month.articles.length, "article")}</span></li>`)}</ul>
</li>
`,
)}</ul>
</section>`
  : html`<p>No article in the archive has a publication date yet.</p>`}
${archiveOverview.undated.length > 0
  ? html`<section id="${undatedAnchor}" aria-labelledby="undated-heading">
<h2 id="undated-heading">Undated articles <span class="count">${countLabel(archiveOverview.undated.length, "article")}</span></h2>
<p class="explainer">These articles came without a publication date: none in their front matter and none in their file name. The archive never guesses a date. Where the text mentions dates, the latest one is shown as a lower bound ("Date unknown (after …)") and orders the list.</p>
${articleList(site, archiveOverview.undated, 3)}
</section>`
  : ""}`,
  });
}
