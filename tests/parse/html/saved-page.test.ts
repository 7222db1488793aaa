/**
 * Saved web pages to records: metadata with its source, the title a reader
 * saw, the publication date and nothing invented, captions as credits, and a
 * body built only from escaped text and a short list of elements.
 */
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../../src/record/parse-seed.ts";
import { parseArticle, seedFile } from "../../helpers.ts";
import { pages, savedPage } from "../../seeds/web-archive.ts";

const story = [
  "Talks between the two delegations resumed in Geneva on Thursday after a pause of three weeks, officials said.",
  "The negotiators met for six hours and agreed to meet again on Monday, according to a statement from the host government.",
  "Neither side gave details of the proposals on the table, but both described the atmosphere as constructive and businesslike.",
];

function page({ head = "", body }: { head?: string; body: string }): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const article = (inner: string) => `<header><a href="/">The Courier</a><nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<article><h1>Talks resume in Geneva</h1>${inner}</article><footer><p>Copyright The Courier. All rights reserved.</p></footer>`;

const paragraphs = story.map((text) => `<p>${text}</p>`).join("");

describe("metadata of a saved page", () => {
  const head = `<title>Talks resume in Geneva | The Courier</title>
<meta property="og:site_name" content="The Courier"><meta property="og:title" content="Talks resume in Geneva">
<link rel="canonical" href="https://courier.example/world/talks-resume">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Courier"},
{"@type":"NewsArticle","headline":"Talks resume in Geneva","datePublished":"2024-05-16T22:30:00-07:00","dateModified":"2024-05-17T08:00:00Z",
"author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Ali Khan"}]}]}</script>`;
  const record = parseArticle("talks.html", page({ head, body: article(paragraphs) }));

  it("takes each field from the page's markup and records where it came from", () => {
    expect(record).toMatchObject({
      title: "Talks resume in Geneva",
      titleSource: "metadata",
      date: "2024-05-16",
      dateSource: "metadata",
      updated: "2024-05-17",
      author: "Jane Doe, Ali Khan",
      source: "The Courier",
      originalUrl: "https://courier.example/world/talks-resume",
      lang: "en-GB",
      capturedAt: null,
      metadataSources: { title: "heading", date: "json-ld", updated: "json-ld", author: "json-ld", source: "open-graph", originalUrl: "canonical-link", lang: "html-lang" },
    });
  });

  it("keeps the article's paragraphs and leaves out the headline, the navigation and the footer", () => {
    expect(record.paragraphs).toEqual(story);
  });

  it("gives a page without a date in its markup no date, as for text", () => {
    const undated = parseArticle("undated.html", page({ head: "<title>Talks resume in Geneva</title>", body: article(paragraphs) }));
    expect([undated.date, undated.dateSource, undated.metadataSources.date]).toEqual([null, null, undefined]);
  });

  it("takes the date from article:published_time or a <time> element when there is no JSON-LD, as the day written", () => {
    const og = parseArticle("og.html", page({ head: '<meta property="article:published_time" content="2023-12-31T23:59:00+09:00">', body: article(paragraphs) }));
    expect([og.date, og.metadataSources.date]).toEqual(["2023-12-31", "open-graph"]);
    const time = parseArticle("time.html", page({ body: article(`<p>By Jane Doe, <time datetime="2022-02-03">3 February</time></p>${paragraphs}`) }));
    expect([time.date, time.metadataSources.date]).toEqual(["2022-02-03", "time-element"]);
  });

  it("never takes a date that is not a calendar date", () => {
    const bad = parseArticle("bad.html", page({ head: '<meta property="article:published_time" content="2023-02-30">', body: article(paragraphs) }));
    expect(bad.date).toBeNull();
  });
});

describe("the title of a saved page", () => {
  it("is the visible headline that agrees with the metadata, not the site's banner", () => {
    const head = "<title>Talks resume in Geneva after three weeks - The Courier</title>";
    const body = `<h1>The Courier Daily News</h1><article><h2>Talks resume in Geneva after three weeks</h2>${paragraphs}</article>`;
    const record = parseArticle("banner.html", page({ head, body }));
    expect([record.title, record.metadataSources.title]).toEqual(["Talks resume in Geneva after three weeks", "heading"]);
  });

  it("is the metadata title without the site's name when no headline agrees", () => {
    const head = '<meta property="og:site_name" content="The Courier"><title>The Courier | Talks resume in Geneva after three weeks</title>';
    const record = parseArticle("no-heading.html", page({ head, body: `<article>${paragraphs}</article>` }));
    expect([record.title, record.metadataSources.title]).toEqual(["Talks resume in Geneva after three weeks", "title-element"]);
  });

  it("is made from the lead sentence when the page names none", () => {
    const record = parseArticle("bare.html", page({ body: `<article>${paragraphs}</article>` }));
    expect(record.titleSource).toBe("lead-sentence");
    expect(record.title.startsWith("Talks between the two delegations resumed in Geneva")).toBe(true);
  });
});

/** Every tag the body may hold: the allow-list, with links only to http and https. */
function unexpectedMarkup(html: string): string[] {
  return [...html.matchAll(/<[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/^<\/?(p|h2|h3|h4|blockquote|pre|ul|ol|li)>$|^<br>$|^<\/a>$|^<a href="https?:\/\/[^"<>]*">$/.test(tag));
}

describe("the body of a saved page", () => {
  const hostile = article(`${paragraphs}
<script>alert("script")</script><style>p { color: red }</style><iframe src="https://ads.example/"></iframe>
<form action="/subscribe"><p>Sign up to our newsletter for the latest news every morning in your inbox from us</p><input name="email"><button>Subscribe</button></form>
<p onclick="alert(1)">The talks are expected to last <a href="javascript:alert(2)">until the end of June</a>, a spokesman for the mediators told reporters outside the venue on Thursday evening.</p>
<p>The full statement is <a href="/statements/geneva" onmouseover="alert(3)">on the government's site</a> and in <a href="data:text/html,<script>alert(4)</script>">the archive</a>, alongside <img src="x" onerror="alert(5)">the earlier ones.</p>
<figure><img src="/delegates.jpg"><figcaption>The delegations at the start of the talks. Photo: Jane Doe / The Courier</figcaption></figure>
<ul><li>First point of the agreement between the parties on trade</li><li>Second point of the agreement on the border crossings</li></ul>`);
  const record = parseArticle("hostile.html", page({ head: '<link rel="canonical" href="https://courier.example/world/talks">', body: hostile }));

  it("holds only escaped text, the allowed elements and links to http and https addresses", () => {
    expect(unexpectedMarkup(record.html)).toEqual([]);
    expect(record.html).not.toMatch(/alert|javascript|onclick|onerror|<script|<style|<iframe|<form|<input|<button|<img/i);
  });

  it("keeps safe links, resolved against the page's address, and shows the others as text", () => {
    expect(record.html).toContain('<a href="https://courier.example/statements/geneva">on the government&#39;s site</a>');
    expect(record.html).toContain("expected to last until the end of June, a spokesman");
    expect(record.html).toContain("and in the archive, alongside the earlier ones.");
  });

  it("shows lists as lists, and image captions as credits rather than body", () => {
    expect(record.html).toContain("<ul>\n<li>First point of the agreement between the parties on trade</li>\n<li>Second point of the agreement on the border crossings</li>\n</ul>");
    expect(record.credits).toContain("The delegations at the start of the talks. Photo: Jane Doe / The Courier");
    expect(record.paragraphs.join(" ")).not.toContain("The delegations at the start");
  });

  it("escapes markup written as text in the page", () => {
    const escaped = parseArticle("escaped.html", page({ body: article(`${paragraphs}<p>The mediators wrote &lt;script&gt;alert(1)&lt;/script&gt; on the board as a joke about the security of the venue and its systems.</p>`) }));
    expect(escaped.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(unexpectedMarkup(escaped.html)).toEqual([]);
  });
});

describe("real saved pages (tests/fixtures/html, from the ScrapingHub benchmark)", () => {
  it.each([
    [pages.spaceNews.file, "NASA adds five companies to commercial lunar lander program", "2019-11-19", "SpaceNews.com"],
    [pages.panArmenian.file, "Amnesty. More than 100 protesters killed in Iran unrest", null, "PanARMENIAN.Net"],
    [pages.paradigm.file, "Saraki, Melaye, Ben Bruce Drag IGP Idris to Court, Demand N500m", "2018-10-09", "The Paradigm"],
  ])("%s: title, date and site as the page gives them", (file, title, date, source) => {
    const outcome = parseSeed({ path: `${file}.html`, bytes: savedPage(file) });
    expect(outcome.kind).toBe("article");
    if (outcome.kind !== "article") return;
    expect([outcome.article.id, outcome.article.title, outcome.article.date, outcome.article.source]).toEqual([file.slice(4), title, date, source]);
    expect(unexpectedMarkup(outcome.article.html)).toEqual([]);
  });
});

describe("a saved page that cannot be read as an article", () => {
  it("is rejected with the reason when it has no text", () => {
    const outcome = parseSeed(seedFile("empty.html", page({ body: "<nav><a href='/'>Home</a></nav>" })));
    expect(outcome).toMatchObject({ kind: "rejected", problem: { file: "empty.html", message: "no article text was found on the page" } });
  });

  it("is rejected unread when its elements nest deeper than any real page's, before the parser slows down on it", () => {
    const deep = page({ body: `${"<div>".repeat(200_000)}<p>${story[0]}</p>${"</div>".repeat(200_000)}` });
    expect(parseSeed(seedFile("deep.html", deep))).toMatchObject({ kind: "rejected", problem: { message: "the page's elements nest more than 256 deep, which no saved news page does; it is not read" } });
  });

  it("keeps text that follows a stray </body>, as a browser does", () => {
    const record = parseArticle("late.html", `<html><body><p>${story[0]}</p></body><p>${story[1]}</p><p>${story[2]}</p></html>`);
    expect(record.paragraphs).toEqual(story);
  });
});
