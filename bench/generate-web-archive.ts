/**
 * A web archive (`.warc.gz`) of N news pages for the benchmark: the same
 * Brown Corpus articles as the text archive, each in a page laid out as news
 * sites lay theirs out (metadata in JSON-LD and Open Graph, a site header
 * and navigation, inline styles and scripts, a figure with its caption, a
 * share bar, a newsletter form, related headlines, comments, a footer), each
 * about 100 KB as real pages are (the 40 real-web pages average 219 KB). The
 * crawl holds what a crawler writes beside its pages too: a request record
 * per page, an image every tenth page, a redirect every twenty-fifth.
 */
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { WARCRecord, WARCSerializer } from "warcio";
import { generateSeed, randomFrom } from "./generate-archive.ts";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function words(random: () => number, count: number): string {
  const vocabulary = ["market", "council", "vote", "river", "season", "report", "school", "road", "budget", "court", "storm", "team", "plan", "city"];
  return Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(" ");
}

/** Inline styles and scripts take up much of a real page's bytes; these stand in for them. */
function filler(random: () => number, kilobytes: number): { style: string; script: string } {
  const rules = Array.from({ length: kilobytes * 14 }, (_, index) => `.c${index}{margin:${Math.floor(random() * 20)}px;color:#${Math.floor(random() * 0xffffff).toString(16).padStart(6, "0")}}`);
  const state = JSON.stringify({ items: Array.from({ length: kilobytes * 11 }, (_, index) => ({ id: index, title: words(random, 6), score: Math.floor(random() * 1000) })) });
  return { style: rules.join("\n"), script: `window.__STATE__ = ${state};` };
}

function link(href: string, text: string): string {
  return `<a href="${href}">${escape(text)}</a>`;
}

export interface GeneratedPage {
  url: string;
  html: string;
}

/** The `index`-th page: the `index`-th text seed of the same archive, laid out as a news page. */
export function generatePage(texts: readonly string[][], seedNumber: number, index: number): GeneratedPage {
  const seed = generateSeed(texts, seedNumber, index);
  const random = randomFrom(seedNumber * 7_000_003 + index);
  const blocks = seed.text.trim().split("\n\n");
  const hasHeadline = (blocks[0] ?? "").length < 80 && !/[.!?]$/.test(blocks[0] ?? "");
  const headline = hasHeadline ? (blocks.shift() as string) : words(random, 7);
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(seed.fileName)?.[1] ?? null;
  const slug = seed.fileName.replace(/\.txt$/, "");
  const url = `https://press.example/${date ? date.replace(/-/g, "/") : "news"}/${slug}/`;
  const { style, script } = filler(random, 70);
  const nav = Array.from({ length: 60 }, (_, item) => link(`/section/${item}/`, words(random, 2))).join(" ");
  const related = Array.from({ length: 8 }, (_, item) => `<li>${link(`/news/related-${index}-${item}/`, words(random, 9))}</li>`).join("");
  const footer = Array.from({ length: 40 }, (_, item) => link(`/about/${item}/`, words(random, 2))).join(" | ");
  const comments = Array.from({ length: 3 }, () => `<li><p class="author">${escape(words(random, 2))} says:</p><p>${escape(words(random, 25))}.</p></li>`).join("");
  const jsonLd = JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline, ...(date ? { datePublished: `${date}T09:00:00-05:00` } : {}), author: { "@type": "Person", name: "Staff Reporter" }, publisher: { "@type": "Organization", name: "The Press" } });
  const html = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${escape(headline)} | The Press</title>
<meta property="og:title" content="${escape(headline)}"><meta property="og:site_name" content="The Press"><meta property="og:type" content="article">
<link rel="canonical" href="${url}"><script type="application/ld+json">${jsonLd.replace(/</g, "\\u003c")}</script>
<style>${style}</style><script>${script}</script></head><body>
<header class="site-header"><a class="logo" href="/">The Press</a><nav class="menu">${nav}</nav><form class="search" action="/search"><input name="q"><button>Search</button></form></header>
<main><article class="story"><h1>${escape(headline)}</h1><p class="byline">By Staff Reporter${date ? ` | <time datetime="${date}">${date}</time>` : ""}</p>
<div class="share">${link("https://facebook.com/sharer", "Share on Facebook")} ${link("https://twitter.com/intent/tweet", "Tweet")} ${link("mailto:?subject=story", "Email")}</div>
<figure><img src="/images/${slug}.jpg" alt=""><figcaption>${escape(words(random, 10))}. Photo: Staff Photographer / The Press</figcaption></figure>
<div class="story-body">${blocks.map((block) => `<p>${escape(block)}</p>`).join("\n")}</div>
<aside class="newsletter"><h2>Get the morning briefing</h2><p>Sign up for our daily newsletter to get the top stories in your inbox.</p><form action="/subscribe"><input name="email"><button>Sign up</button></form></aside>
</article><section class="related"><h2>Related stories</h2><ul>${related}</ul></section>
<section class="comments"><h2>3 comments</h2><ol>${comments}</ol><h3>Leave a Reply</h3><form action="/comment"><textarea name="c"></textarea><button>Post comment</button></form></section></main>
<footer>${footer}<p>Copyright The Press. All rights reserved.</p></footer><script>${script.slice(0, 2000)}</script></body></html>`;
  return { url, html };
}

async function* bytesOf(body: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof body === "string" ? new TextEncoder().encode(body) : body;
}

function record(url: string, date: string, type: "request" | "response", statusline: string, headers: Record<string, string>, body: string | Uint8Array): WARCRecord {
  return WARCRecord.create({ url, date, type, statusline, httpHeaders: headers }, bytesOf(body));
}

/** Replaces `file` with a crawl of `count` pages, written record by record. */
export async function writeWebArchive(texts: readonly string[][], file: string, count: number, seedNumber: number): Promise<void> {
  await rm(file, { force: true });
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const write = async (warcRecord: WARCRecord) => {
    if (!out.write(await WARCSerializer.serialize(warcRecord, { gzip: true }))) await once(out, "drain");
  };
  for (let index = 0; index < count; index++) {
    const page = generatePage(texts, seedNumber, index);
    const date = new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString().replace(/\.000Z$/, "Z");
    await write(record(page.url, date, "request", `GET ${new URL(page.url).pathname} HTTP/1.1`, { Host: "press.example" }, ""));
    await write(record(page.url, date, "response", "HTTP/1.1 200 OK", { "Content-Type": "text/html; charset=utf-8" }, page.html));
    if (index % 10 === 0) await write(record(`https://press.example/images/${index}.jpg`, date, "response", "HTTP/1.1 200 OK", { "Content-Type": "image/jpeg" }, new Uint8Array(20_000)));
    if (index % 25 === 0) await write(record(`https://press.example/old/${index}/`, date, "response", "HTTP/1.1 301 Moved Permanently", { "Content-Type": "text/html", Location: page.url }, ""));
  }
  out.end();
  await once(out, "finish");
}
