/** `/articles/<slug>/`: one article with its byline, tags, body, credits, related articles and neighbours. */
import { html, trustedHtml } from "../src/site/html.ts";
import { newsArticleJsonLd } from "../src/site/json-ld.ts";
import { href } from "../src/site/links.ts";
import { tagUrl, type ArticlePage, type SiteData } from "../src/site/site-data.ts";
import { breadcrumbTrail, byline } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

interface Data {
  archive: SiteData;
  entry: ArticlePage;
}

export const data = {
  pagination: { data: "render.articlePages", size: 1, alias: "entry" },
  permalink: ({ entry }: Data) => entry.article.url,
};

export function render({ archive, entry }: Data): string {
  const { site } = archive;
  const { article } = entry;
  return layout({
    site,
    url: article.url,
    title: article.title,
    description: article.summary,
    lang: article.lang,
    dir: entry.direction,
    kind: "article",
    head: html`${article.date ? html`<meta property="article:published_time" content="${article.date}">` : ""}
${article.tags.map((tag) => html`<meta property="article:tag" content="${tag.name}">`)}
<script type="application/ld+json">${trustedHtml(newsArticleJsonLd(site, article))}</script>`,
    body: html`${breadcrumbTrail(site, entry.breadcrumbs)}
<article class="article">
<header>
<h1>${article.title}</h1>
${byline(article)}
</header>
<div class="article-body">
${trustedHtml(article.html)}
</div>
${article.credits.length > 0 ? html`<section class="credits" aria-labelledby="credits-heading">
<h2 id="credits-heading">Credits</h2>
<ul>${article.credits.map((credit) => html`<li>${credit}</li>`)}</ul>
</section>` : ""}
${entry.tagsByKind.length > 0 ? html`<section class="tags" aria-labelledby="tags-heading">
<h2 id="tags-heading">Tags</h2>
${entry.tagsByKind.map((group) => html`<h3>${group.label}</h3>
<ul class="tag-list">${group.tags.map((tag) => html`<li><a href="${href(site, tagUrl(tag))}">${tag.name}</a></li>`)}</ul>
`)}</section>` : ""}
${entry.versions.length > 0 ? html`<section class="versions" aria-labelledby="versions-heading">
<h2 id="versions-heading">Other versions of this story</h2>
<ul>${entry.versions.map((version) => html`<li><a href="${href(site, version.url)}">${version.title}</a></li>`)}</ul>
</section>` : ""}
${entry.related.length > 0 ? html`<section class="related" aria-labelledby="related-heading">
<h2 id="related-heading">Related articles</h2>
<ul>${entry.related.map((related) => html`<li><a href="${href(site, related.url)}">${related.title}</a></li>`)}</ul>
</section>` : ""}
</article>
${entry.newer || entry.older ? html`<nav class="neighbours" aria-label="Previous and next articles">
<ul>
${entry.newer ? html`<li class="newer"><span class="label">Previous (newer)</span> <a href="${href(site, entry.newer.url)}" rel="prev">${entry.newer.title}</a></li>` : ""}
${entry.older ? html`<li class="older"><span class="label">Next (older)</span> <a href="${href(site, entry.older.url)}" rel="next">${entry.older.title}</a></li>` : ""}
</ul>
</nav>` : ""}`,
  });
}
