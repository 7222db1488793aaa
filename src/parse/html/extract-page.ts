/**
 * A saved web page to what the record needs: its metadata (each field with
 * its source), its title, and the article region as blocks for the
 * boilerplate classifier, with image captions set apart as credits. Pure:
 * the same text and address always give the same result.
 */
import type { Removal } from "../../model/article.ts";
import { SeedRejection } from "../../seeds/problem.ts";
import { collapseSpaces, markupDepth, measureTree, parseDocument } from "./dom.ts";
import { articleRegion } from "./article-region.ts";
import { readPageMetadata, type PageMetadata } from "./metadata.ts";
import { pageBlocks, webLink, type PageBlock } from "./page-blocks.ts";
import { notAnArticle } from "./page-kind.ts";
import { choosePageTitle, comparableTitle, type PageTitle } from "./page-title.ts";

export interface ExtractedPage {
  metadata: PageMetadata;
  title: PageTitle | null;
  /** The article region's blocks, without the title and the captions. */
  blocks: PageBlock[];
  /** Captions and credits of the region's images, then the lead image's from metadata. */
  captions: string[];
  /** Blocks that repeat the headline again after its first appearance (which, as a text seed's headline line, is simply the title). */
  removed: Removal[];
  /** Why the page is not an article (an index, a search page), or null. */
  notArticle: string | null;
  warnings: string[];
}

/**
 * Readability's time grows much faster than the page: about 0.1 s at 128
 * nested elements, 0.5 s at 256, 3 s at 512 and 9 s at 1,000 (measured on
 * the 2-core build machine). The 40 pages of the real-web set nest at most 31
 * deep and hold at most 1,452 elements, so these limits leave real pages a
 * wide margin and keep a hostile one from stalling the build.
 */
const treeLimits = { depth: 256, elements: 60_000 };

/** Why a block that repeats the page's headline once more is not body. */
const repeatedHeadline = { rule: "page-headline", reason: "the page's headline, repeated in the article region; it is the title" } as const;

export function extractPage(html: string, pageUrl: string | null): ExtractedPage {
  const tooDeep = `the page's elements nest more than ${treeLimits.depth} deep, which no saved news page does; it is not read`;
  if (markupDepth(html, treeLimits.depth) > treeLimits.depth) throw new SeedRejection(null, tooDeep);
  const document = parseDocument(html);
  const size = measureTree(document.documentElement, treeLimits);
  if (size.depth > treeLimits.depth) throw new SeedRejection(null, tooDeep);
  if (size.elements > treeLimits.elements) throw new SeedRejection(null, `the page holds more than ${treeLimits.elements.toLocaleString("en")} elements, which no saved news page does; it is not read`);
  const metadata = readPageMetadata(document);
  const title = choosePageTitle(document, metadata.titles, metadata.siteName?.value ?? null);
  const declaredBase = webLink(document.querySelector("base[href]")?.getAttribute("href") ?? null, pageUrl ?? metadata.canonicalUrl?.value ?? null);
  const base = declaredBase ?? pageUrl ?? metadata.canonicalUrl?.value ?? null;
  const { region, warning } = articleRegion(document, () => parseDocument(html));
  const all = region ? pageBlocks(region, base) : [];

  const titleText = title ? comparableTitle(title.title) : null;
  const captions: string[] = [];
  const blocks: PageBlock[] = [];
  const removed: Removal[] = [];
  let headlineSeen = false;
  for (const page of all) {
    if (comparableTitle(page.block.text) === titleText) {
      if (headlineSeen) removed.push({ text: page.block.text, ...repeatedHeadline, line: page.block.line });
      headlineSeen = true;
    } else if (page.block.markup.element === "figcaption") captions.push(page.block.text);
    else blocks.push(page);
  }
  for (const credit of metadata.imageCredits) {
    if (!captions.some((caption) => collapseSpaces(caption).includes(credit))) captions.push(credit);
  }
  return { metadata, title, blocks, captions, removed, notArticle: notAnArticle(pageUrl, metadata, blocks), warnings: warning ? [warning] : [] };
}
