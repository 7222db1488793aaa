/** Pieces several pages show: an article's byline, a list of articles, page navigation. */
import type { Listing } from "../../src/archive/paginate.ts";
import type { Article } from "../../src/record/article.ts";
import { dateLabel, readingTimeLabel } from "../../src/site/format.ts";
import { html, type TrustedHtml } from "../../src/site/html.ts";
import { href } from "../../src/site/links.ts";
import type { SiteSettings } from "../../src/site/site-data.ts";

export function byline(article: Article): TrustedHtml {
  const date = article.date ? html`<time datetime="${article.date}">${dateLabel(article)}</time>` : html`<span>${dateLabel(article)}</span>`;
  return html`<p class="byline">${date}${article.source ? html` · <span>${article.source}</span>` : ""}${
    article.author ? html` · <span>By ${article.author}</span>` : ""
  } · <span>${readingTimeLabel(article.readingMinutes)}</span></p>`;
}

export function articleList(site: SiteSettings, articles: readonly Article[]): TrustedHtml {
  return html`<ol class="article-list">
${articles.map(
  (article) => html`<li>
<article>
<h2><a href="${href(site, article.url)}">${article.title}</a></h2>
${byline(article)}
<p>${article.summary}</p>
</article>
</li>
`,
)}</ol>`;
}

export function pageNavigation(site: SiteSettings, listing: Listing<unknown>, label: string): TrustedHtml | "" {
  if (listing.pageCount === 1) return "";
  return html`<nav class="pagination" aria-label="${label}">
<p>Page ${listing.pageNumber} of ${listing.pageCount}</p>
<ul>
${listing.previousUrl ? html`<li><a href="${href(site, listing.previousUrl)}" rel="prev">Newer articles</a></li>` : ""}
${listing.nextUrl ? html`<li><a href="${href(site, listing.nextUrl)}" rel="next">Older articles</a></li>` : ""}
</ul>
</nav>`;
}
