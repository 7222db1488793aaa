/** `/articles/<slug>/`: one article with its byline, tags, body, credits and neighbours. */
import { html, trustedHtml } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import { tagUrl, type ArticlePage, type SiteData } from "../src/site/site-data.ts";
import { byline } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

interface Data {
  archive: SiteData;
  entry: ArticlePage;
}

export const data = {
  pagination: { data: "archive.articlePages", size: 1, alias: "entry" },
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
    body: html`<article class="article">
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
${entry.related.length > 0 ? html`<section class="related" aria-labelledby="related-heading">
<h2 id="related-heading">Related articles</h2>
<ul>${entry.related.map((related) => html`<li><a href="${href(site, related.url)}">${related.title}</a></li>`)}</ul>
</section>` : ""}
</article>
${entry.newer || entry.older ? html`<nav class="neighbours" aria-label="Newer and older articles">
<ul>
${entry.newer ? html`<li>Newer: <a href="${href(site, entry.newer.url)}" rel="prev">${entry.newer.title}</a></li>` : ""}
${entry.older ? html`<li>Older: <a href="${href(site, entry.older.url)}" rel="next">${entry.older.title}</a></li>` : ""}
</ul>
</nav>` : ""}`,
  });
}
