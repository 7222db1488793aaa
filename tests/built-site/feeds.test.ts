/**
 * The feeds, sitemap and robots.txt of the built sites: the newest articles
 * in archive order, the fields each format requires, and absolute addresses
 * where the site's address is known.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleSchema, type Article } from "../../src/model/article.ts";
import { entryUpdated } from "../../src/site/feeds.ts";
import { prefixedSite, rootSite, type BuiltSite } from "./built-sites.ts";

async function read(site: BuiltSite, file: string): Promise<string> {
  return readFile(path.join(site.folder, file), "utf8");
}

async function records(site: BuiltSite): Promise<Article[]> {
  return (JSON.parse(await read(site, "articles.json")) as unknown[]).map((record) => articleSchema.parse(record));
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: { id: string; url: string; title: string; content_html: string; date_published?: string; tags: string[] }[];
}

describe("the Atom feed", () => {
  it("lists the articles in archive order, dated newest first, with the elements Atom requires", async () => {
    const atom = await read(rootSite(), "feed.xml");
    const articles = await records(rootSite());
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    const entries = atom.split("<entry>").slice(1);
    expect(entries).toHaveLength(articles.length);
    entries.forEach((entry, index) => {
      const article = articles[index];
      expect(entry).toContain(`<id>urn:news-archive:article:${article?.id}</id>`);
      const day = article?.date ?? article?.notBefore ?? "1970-01-01";
      expect(entry).toContain(`<updated>${day.length === 7 ? `${day}-01` : day}T00:00:00Z</updated>`);
      expect(entry).toContain(`<link rel="alternate" type="text/html" href="/articles/${article?.slug}/"/>`);
      expect(entry).toMatch(/<author><name>[^<]+<\/name><\/author>/);
    });
    expect(atom).not.toMatch(/<(?!\/?(?:feed|title|id|link|updated|published|entry|author|name|category|summary|content)\b|\?xml)/);
  });

  it("never invents a date: an undated article carries its lower bound or the epoch", () => {
    const undated = { date: null, updated: null, notBefore: null } as Article;
    expect(entryUpdated(undated)).toBe("1970-01-01T00:00:00Z");
    expect(entryUpdated({ ...undated, notBefore: "2022-02" })).toBe("2022-02-01T00:00:00Z");
    expect(entryUpdated({ ...undated, date: "2024-05-16" })).toBe("2024-05-16T00:00:00Z");
    expect(entryUpdated({ ...undated, date: "2024-05-16", updated: "2024-06-01" })).toBe("2024-06-01T00:00:00Z");
  });

  it("uses absolute addresses under the path prefix when the site address is known", async () => {
    const atom = await read(prefixedSite(), "feed.xml");
    expect(atom).toContain('<link rel="self" type="application/atom+xml" href="https://news.example.org/archive/feed.xml"/>');
    expect(atom).toMatch(/href="https:\/\/news\.example\.org\/archive\/articles\/[a-z0-9-]+\/"/);
  });
});

describe("the JSON Feed", () => {
  it("is JSON Feed 1.1 with the same entries as the Atom feed", async () => {
    const feed = JSON.parse(await read(prefixedSite(), "feed.json")) as JsonFeed;
    const articles = await records(prefixedSite());
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe("https://news.example.org/archive/feed.json");
    expect(feed.items.map((item) => item.id)).toEqual(articles.map((article) => `urn:news-archive:article:${article.id}`));
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https:\/\/news\.example\.org\/archive\/articles\/[a-z0-9-]+\/$/);
      expect(item.content_html.length).toBeGreaterThan(100);
    }
    expect(feed.items.map((item) => item.date_published ?? null)).toEqual(articles.map((article) => (article.date ? `${article.date}T00:00:00Z` : null)));
  });
});

describe("the sitemap and robots.txt", () => {
  it("list every page by absolute address when the site address is known", async () => {
    const sitemap = await read(prefixedSite(), "sitemap.xml");
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const articles = await records(prefixedSite());
    for (const article of articles) expect(locations).toContain(`https://news.example.org/archive${article.url}`);
    expect(locations).toContain("https://news.example.org/archive/tags/");
    expect(locations).toContain("https://news.example.org/archive/archive/2024/05/");
    expect(locations).toContain("https://news.example.org/archive/search/");
    expect(await read(prefixedSite(), "robots.txt")).toBe("User-agent: *\nAllow: /\nSitemap: https://news.example.org/archive/sitemap.xml\n");
  });

  it("lists nothing without a site address, as a sitemap needs absolute addresses", async () => {
    expect(await read(rootSite(), "sitemap.xml")).not.toContain("<url>");
    expect(await read(rootSite(), "robots.txt")).toBe("User-agent: *\nAllow: /\n");
  });
});
