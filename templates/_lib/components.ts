/** Pieces several pages show: an article's byline, a list of articles, breadcrumbs, page navigation. */
import type { Listing } from "../../src/archive/paginate.ts";
import type { SiteSettings } from "../../src/config.ts";
import { pageUrl } from "../../src/model/route.ts";
import { dateLabel, readingTimeLabel } from "../../src/site/format.ts";
import { html, type TrustedHtml } from "../../src/site/html.ts";
import { href } from "../../src/site/links.ts";
import { pageNumbersToShow } from "../../src/site/page-numbers.ts";
import type { ShownArticle } from "../../src/site/page-kind.ts";

export interface Breadcrumb {
  label: string;
  /** Null for the page itself. */
  url: string | null;
}

export function byline(article: ShownArticle): TrustedHtml {
  const date = article.date ? html`<time datetime="${article.date}">${dateLabel(article)}</time>` : html`<span>${dateLabel(article)}</span>`;
  return html`<p class="byline">${date}${article.source ? html` · <span>${article.source}</span>` : ""}${
    article.author ? html` · <span>By ${article.author}</span>` : ""
  } · <span>${readingTimeLabel(article.readingMinutes)}</span></p>`;
}

export function articleList(site: SiteSettings, articles: readonly ShownArticle[], headingLevel: 2 | 3 = 2): TrustedHtml {
  const heading = (article: ShownArticle) => html`<a href="${href(site, article.url)}">${article.title}</a>`;
  return html`<ol class="article-list">
${articles.map(
  (article) => html`<li>
<article>
${headingLevel === 2 ? html`<h2>${heading(article)}</h2>` : html`<h3>${heading(article)}</h3>`}
${byline(article)}
<p>${article.summary}</p>
</article>
</li>
`,
)}</ol>`;
}

export function breadcrumbTrail(site: SiteSettings, crumbs: readonly Breadcrumb[]): TrustedHtml {
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb">
<ol>
${crumbs.map((crumb) => (crumb.url === null ? html`<li><span aria-current="page">${crumb.label}</span></li>` : html`<li><a href="${href(site, crumb.url)}">${crumb.label}</a></li>`))}
</ol>
</nav>`;
}

export interface NeighbourLink {
  label: string;
  url: string;
}

/** Links to the newer and older neighbours of a year or a month, when there are any. */
export function neighbourLinks(site: SiteSettings, ariaLabel: string, newer: NeighbourLink | null, older: NeighbourLink | null): TrustedHtml | "" {
  if (!newer && !older) return "";
  return html`<nav class="neighbours" aria-label="${ariaLabel}">
<ul>
${newer ? html`<li><a href="${href(site, newer.url)}" rel="prev">${newer.label}</a></li>` : ""}
${older ? html`<li><a href="${href(site, older.url)}" rel="next">${older.label}</a></li>` : ""}
</ul>
</nav>`;
}

/** "Page 2 of 5", the newer and older pages, and links to the first, last and nearby pages. */
export function pageNavigation(site: SiteSettings, listing: Listing<unknown>, label: string, baseUrl: string): TrustedHtml | "" {
  if (listing.pageCount === 1) return "";
  return html`<nav class="pagination" aria-label="${label}">
<p>Page ${listing.pageNumber} of ${listing.pageCount}</p>
<ul>
${listing.previousUrl ? html`<li><a href="${href(site, listing.previousUrl)}" rel="prev">Newer articles</a></li>` : ""}
${pageNumbersToShow(listing.pageNumber, listing.pageCount).map((number) =>
  number === null
    ? html`<li aria-hidden="true">…</li>`
    : number === listing.pageNumber
    ? html`<li><span aria-current="page">${number}</span></li>`
    : html`<li><a href="${href(site, pageUrl(baseUrl, number))}" aria-label="Page ${number}">${number}</a></li>`,
)}
${listing.nextUrl ? html`<li><a href="${href(site, listing.nextUrl)}" rel="next">Older articles</a></li>` : ""}
</ul>
</nav>`;
}
