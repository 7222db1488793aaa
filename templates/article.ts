/** `/articles/<slug>/`: one article with its byline, tags, body, credits, related articles and neighbours. */
import { textDirection, type TextDirection } from "../src/site/text-direction.ts";
import type { Tag } from "../src/model/article.ts";
import { articleRoute } from "../src/model/route.ts";
import { undatedAnchor } from "../src/site/calendar.ts";
import { html, trustedHtml } from "../src/site/html.ts";
import { newsArticleJsonLd } from "../src/site/json-ld.ts";
import { href } from "../src/site/links.ts";
import { definePageKind, type ShownArticle } from "../src/site/page-kind.ts";
import { groupTagsByKind, type TagGroup } from "../src/site/tag-groups.ts";
import { breadcrumbTrail, byline, type Breadcrumb } from "./_lib/components.ts";
import { layout } from "./_lib/layout.ts";

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    article: typeof articleRoute;
  }
}

export interface ArticleLink {
  title: string;
  url: string;
}

export interface ArticlePage {
  article: ShownArticle;
  breadcrumbs: Breadcrumb[];
  /** The neighbours in archive order. */
  newer: ArticleLink | null;
  older: ArticleLink | null;
  related: ArticleLink[];
  /** Other versions of the same story (near-copies), in archive order. */
  versions: ArticleLink[];
  tagsByKind: TagGroup<Tag>[];
  /** The writing direction of the article's language. */
  direction: TextDirection;
}

function link(article: ShownArticle | undefined): ArticleLink | null {
  return article ? { title: article.title, url: article.url } : null;
}

export const articlePages = definePageKind({
  name: "article",
  route: articleRoute,
  entries({ archive, routes }): ArticlePage[] {
    const byId = new Map(archive.articles.map((article) => [article.id, article]));
    const stories = new Map<string, ShownArticle[]>();
    for (const article of archive.articles) {
      const story = article.versionOf ?? article.id;
      stories.set(story, [...(stories.get(story) ?? []), article]);
    }
    return archive.articles.map((article, index) => {
      const year = article.date?.slice(0, 4);
      return {
        article,
        breadcrumbs: [
          { label: "Home", url: routes.home.url() },
          { label: "Archive", url: routes.archive.url() },
          year ? { label: year, url: routes.year.url({ year }) } : { label: "Undated", url: `${routes.archive.url()}#${undatedAnchor}` },
          { label: article.title, url: null },
        ],
        newer: link(archive.articles[index - 1]),
        older: link(archive.articles[index + 1]),
        related: article.related.flatMap((id) => link(byId.get(id)) ?? []),
        versions: (stories.get(article.versionOf ?? article.id) ?? []).flatMap((version) => (version === article ? [] : (link(version) ?? []))),
        tagsByKind: groupTagsByKind(article.tags),
        direction: textDirection(article.lang),
      };
    });
  },
  url: (entry) => entry.article.url,
  render(entry, site) {
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
<ul class="tag-list">${group.tags.map((tag) => html`<li><a href="${href(site, site.routes.tag.url({ slug: tag.slug }))}">${tag.name}</a></li>`)}</ul>
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
  },
  digest: (entry, article) => ({ ...entry, article: article(entry.article) }),
  sitemap: true,
  lastModified: (entry) => entry.article.updated ?? entry.article.date,
  section: "home",
});
