/**
 * The built pages, read as files: what each kind of page shows, the meta a
 * sharer or search engine reads, the security policy, and that the only
 * script is search.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleSchema, type Article } from "../../src/model/article.ts";
import { prefixedSite, rootSite, siteFiles, type BuiltSite } from "./built-sites.ts";
import { pagedTag } from "./dated-seeds.ts";

async function page(site: BuiltSite, file: string): Promise<string> {
  return readFile(path.join(site.folder, file), "utf8");
}

async function records(site: BuiltSite): Promise<Article[]> {
  return (JSON.parse(await page(site, "articles.json")) as unknown[]).map((record) => articleSchema.parse(record));
}

function jsonLd(html: string): unknown {
  return JSON.parse(html.split('<script type="application/ld+json">')[1]?.split("</script>")[0] ?? "null");
}

describe("every HTML page", () => {
  it("allows nothing beyond the site itself, and runs no script but search", async () => {
    const pages = (await siteFiles(rootSite())).filter((file) => file.endsWith(".html"));
    for (const file of pages) {
      const html = await page(rootSite(), file);
      const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1]?.replace(/&#39;/g, "'");
      expect(policy, file).toMatch(/^default-src 'self'; script-src 'self'( 'wasm-unsafe-eval')?; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'$/);
      const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]);
      if (file === "search/index.html") {
        expect(scripts).toEqual([' src="/assets/search.js" defer']);
        expect(policy).toContain("'wasm-unsafe-eval'");
      } else {
        expect(scripts.every((attributes) => attributes === ' type="application/ld+json"'), file).toBe(true);
        expect(policy).not.toContain("wasm");
      }
    }
  });
});

describe("an article page", () => {
  it("shows the byline, tags by kind, previous and next, breadcrumbs, and sharing meta", async () => {
    const articles = await records(prefixedSite());
    const index = articles.findIndex((article) => article.date !== null);
    const article = articles[index + 1];
    if (!article?.date) throw new Error("the test site needs two dated articles in a row");
    const html = await page(prefixedSite(), `${article.url.slice(1)}index.html`);
    const absolute = `https://news.example.org/archive${article.url}`;
    expect(html).toContain(`<link rel="canonical" href="${absolute}">`);
    expect(html).toContain(`<meta property="og:url" content="${absolute}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<meta property="article:published_time" content="${article.date}">`);
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toMatch(/<p class="byline"><time datetime="\d{4}-\d\d-\d\d">\d+ \w+ \d{4}<\/time> · <span>The Coastal Courier<\/span> · <span>By Mara Quinn<\/span> · <span>1 min read<\/span><\/p>/);
    expect(html).toContain(`<li><a href="/archive/archive/${article.date.slice(0, 4)}/">${article.date.slice(0, 4)}</a></li>`);
    expect(html).toContain(`<h3>Topics</h3>\n<ul class="tag-list"><li><a href="/archive/tags/${pagedTag.slug}/">${pagedTag.name}</a></li></ul>`);
    expect(html).toContain(`rel="prev">${articles[index]?.title}</a>`);
    expect(html).toContain(`rel="next">${articles[index + 2]?.title}</a>`);
    expect(jsonLd(html)).toMatchObject({ "@context": "https://schema.org", "@type": "NewsArticle", headline: article.title, url: absolute, datePublished: article.date, author: { name: "Mara Quinn" }, publisher: { name: "The Coastal Courier" } });
  });

  it("says when the date is unknown", async () => {
    const articles = await records(rootSite());
    const undated = articles.find((article) => article.date === null);
    const html = await page(rootSite(), `${undated?.url.slice(1)}index.html`);
    expect(html).toContain('<span>Date unknown');
    expect(html).toContain('<li><a href="/archive/#undated">Undated</a></li>');
  });
});

describe("the archive", () => {
  it("has year and month pages only for years and months with articles", async () => {
    const files = await siteFiles(rootSite());
    expect(files.filter((file) => file.startsWith("archive/"))).toEqual([
      "archive/2023/03/index.html",
      "archive/2023/08/index.html",
      "archive/2023/12/index.html",
      "archive/2023/index.html",
      "archive/2024/01/index.html",
      "archive/2024/05/index.html",
      "archive/2024/11/index.html",
      "archive/2024/index.html",
      "archive/index.html",
    ]);
    const year = await page(rootSite(), "archive/2024/index.html");
    expect(year).toContain("<h1>Articles from 2024</h1>");
    expect([...year.matchAll(/<h2 id="month-[\d-]+-heading">([^<]+)<\/h2>/g)].map((match) => match[1])).toEqual(["November 2024", "May 2024", "January 2024"]);
    expect(year).toContain('<a href="/archive/2023/" rel="next">2023</a>');
  });

  it("shows a month's articles on its page, with its year in the breadcrumbs and the months around it", async () => {
    const month = await page(prefixedSite(), "archive/2024/05/index.html");
    expect(month).toContain("<title>Articles from May 2024 · News Archive</title>");
    expect(month).toContain('<link rel="canonical" href="https://news.example.org/archive/archive/2024/05/">');
    expect(month).toContain('<li><a href="/archive/archive/2024/">2024</a></li><li><span aria-current="page">May 2024</span></li>');
    expect(month).toContain('<a href="/archive/archive/" aria-current="true">Archive</a>');
    const articles = (await records(prefixedSite())).filter((article) => article.date?.startsWith("2024-05"));
    expect(articles.length).toBeGreaterThan(1);
    expect(month).toContain(`<p class="count">${articles.length} articles</p>`);
    expect([...month.matchAll(/<h2><a href="([^"]+)">/g)].map((match) => match[1])).toEqual(articles.map((article) => `/archive${article.url}`));
    expect(month).toContain('<a href="/archive/archive/2024/11/" rel="prev">November 2024</a>');
    expect(month).toContain('<a href="/archive/archive/2024/01/" rel="next">January 2024</a>');
    const oldest = await page(prefixedSite(), "archive/2023/03/index.html");
    expect(oldest).toContain('<a href="/archive/archive/2023/08/" rel="prev">August 2023</a>');
    expect(oldest).not.toContain('rel="next"');
  });

  it("links each month on the archive page to its month page", async () => {
    const archive = await page(rootSite(), "archive/index.html");
    expect(archive).toContain('<li><a href="/archive/2024/05/">May 2024</a> <span class="count">');
    expect(archive).not.toContain("#month-");
  });

  it("lists undated articles in their own section that says why", async () => {
    const archive = await page(rootSite(), "archive/index.html");
    expect(archive).toContain('<section id="undated" aria-labelledby="undated-heading">');
    expect(archive).toContain("These articles came without a publication date");
    const undatedSection = archive.slice(archive.indexOf('id="undated"'));
    expect(undatedSection.match(/<article>/g)).toHaveLength(5);
  });
});

describe("tags", () => {
  it("groups the tags index by kind with counts and kind filters that need no script", async () => {
    const tags = await page(rootSite(), "tags/index.html");
    expect([...tags.matchAll(/<h2 id="kind-(\w+)-heading">/g)].map((match) => match[1])).toEqual(["person", "place", "organization", "topic"]);
    expect(tags).toContain('<li><a href="#kind-place">Places <span class="count">');
    expect(tags).toContain(`<a href="/tags/${pagedTag.slug}/">${pagedTag.name}</a> <span class="count">24 articles</span>`);
  });

  it("paginates a tag's articles with controls that say where the reader is", async () => {
    const second = await page(rootSite(), `tags/${pagedTag.slug}/page/2/index.html`);
    expect(second).toContain(`<h1>${pagedTag.name}, page 2</h1>`);
    expect(second).toContain("<p>Page 2 of 2</p>");
    expect(second).toContain('<li><span aria-current="page">2</span></li>');
    expect(second).toContain(`<li><a href="/tags/${pagedTag.slug}/" rel="prev">Newer articles</a></li>`);
    expect(second.match(/<article>/g)).toHaveLength(4);
  });
});
