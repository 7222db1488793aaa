/**
 * The Atom feed and JSON Feed 1.1 of the newest articles. Both name the same
 * entries in the same order. Addresses are absolute when `ARCHIVE_SITE_URL`
 * is set and root-relative (with the path prefix) otherwise. Ids are stable
 * `urn:` names built from the article id, so moving the site to another
 * address does not make readers see every entry again. The summary is sent
 * as HTML that shows the text, escaped twice, because some feed readers
 * render a plain-text summary as markup.
 */
import type { SiteSettings } from "../config.ts";
import { escapeHtml } from "./html.ts";
import { absoluteUrl, href } from "./links.ts";
import type { ShownArticle, Site, SiteContent } from "./page-kind.ts";

/** How many of the newest articles the feeds carry. */
export const feedSize = 50;

/** The one entry of each feed: the newest articles, in archive order. */
export function feedEntries({ archive }: SiteContent): { articles: ShownArticle[] }[] {
  return [{ articles: archive.articles.slice(0, feedSize) }];
}

/**
 * Atom requires a time on every entry, and a date is never invented: an
 * undated article carries the lower bound the text gives (`notBefore`), and
 * without one the Unix epoch, which no reader mistakes for a real date.
 */
const unknownTime = "1970-01-01T00:00:00Z";

function publicUrl(site: SiteSettings, url: string): string {
  return absoluteUrl(site, url) ?? href(site, url);
}

function entryId(article: ShownArticle): string {
  return `urn:news-archive:article:${article.id}`;
}

function dayTime(day: string): string {
  return `${day.length === 7 ? `${day}-01` : day}T00:00:00Z`;
}

export function entryUpdated(article: Pick<ShownArticle, "updated" | "date" | "notBefore">): string {
  const day = article.updated ?? article.date ?? article.notBefore;
  return day ? dayTime(day) : unknownTime;
}

function newest(times: string[]): string {
  return times.reduce((latest, time) => (time > latest ? time : latest), unknownTime);
}

export function renderAtomFeed(site: Site, feedArticles: readonly ShownArticle[]): string {
  const entries = feedArticles.map((article) => {
    const published = article.date ? `\n    <published>${dayTime(article.date)}</published>` : "";
    const author = article.author ?? article.source ?? site.title;
    const categories = article.tags.map((tag) => `\n    <category term="${escapeHtml(tag.slug)}" label="${escapeHtml(tag.name)}"/>`).join("");
    return `  <entry>
    <title>${escapeHtml(article.title)}</title>
    <id>${escapeHtml(entryId(article))}</id>
    <link rel="alternate" type="text/html" href="${escapeHtml(publicUrl(site, article.url))}"/>
    <updated>${entryUpdated(article)}</updated>${published}
    <author><name>${escapeHtml(author)}</name></author>${categories}
    <summary type="html">${escapeHtml(escapeHtml(article.summary))}</summary>
    <content type="html">${escapeHtml(article.html)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeHtml(site.title)}</title>
  <id>${escapeHtml(site.siteUrl ? publicUrl(site, site.routes.home.url()) : "urn:news-archive:feed")}</id>
  <link rel="self" type="application/atom+xml" href="${escapeHtml(publicUrl(site, site.routes.atomFeed.url()))}"/>
  <link rel="alternate" type="text/html" href="${escapeHtml(publicUrl(site, site.routes.home.url()))}"/>
  <updated>${newest(feedArticles.map(entryUpdated))}</updated>
${entries.join("\n")}
</feed>
`;
}

export function renderJsonFeed(site: Site, feedArticles: readonly ShownArticle[]): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    home_page_url: publicUrl(site, site.routes.home.url()),
    feed_url: publicUrl(site, site.routes.jsonFeed.url()),
    items: feedArticles.map((article) => ({
      id: entryId(article),
      url: publicUrl(site, article.url),
      ...(article.originalUrl ? { external_url: article.originalUrl } : {}),
      title: article.title,
      summary: article.summary,
      content_html: article.html,
      ...(article.date ? { date_published: dayTime(article.date) } : {}),
      ...(article.updated ? { date_modified: dayTime(article.updated) } : {}),
      ...(article.author ? { authors: [{ name: article.author }] } : {}),
      tags: article.tags.map((tag) => tag.name),
      ...(article.lang ? { language: article.lang } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
