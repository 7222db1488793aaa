/**
 * The article region as blocks: one per paragraph-level element (a
 * paragraph, heading, list item, quotation, caption, table cell), each with
 * the element it came from, the share of its text inside links, and its
 * inline content (text, links, line breaks) for rendering the body. Text
 * sitting loose in a container between blocks is a block of its own.
 */
import type { Block } from "../blocks.ts";
import { collapseSpaces, isElement, tagOf, textNode, type DomElement, type DomNode } from "./dom.ts";

export type InlineRun = { kind: "text"; text: string } | { kind: "link"; text: string; href: string } | { kind: "break" };

export interface PageBlock {
  block: Block & { markup: NonNullable<Block["markup"]> };
  runs: InlineRun[];
  /** For a list item: the order of its list among the region's lists, so items of one list render together. */
  list: { id: number; ordered: boolean } | null;
}

/** Elements that hold a paragraph of text and no other block. */
const paragraphTags = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "figcaption", "blockquote", "pre", "td", "th", "caption", "address"]);
const blockTags = new Set([
  ...paragraphTags,
  "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr",
  "details", "summary", "hr", "center", "form", "fieldset", "picture",
]);
const blockSelector = [...blockTags].join(",");
/** Never text of the article: controls, and what Readability may leave of embeds. */
const skippedTags = new Set(["script", "style", "noscript", "template", "svg", "button", "input", "select", "textarea", "option", "label", "iframe", "object", "embed", "nav", "form"]);

function isHidden(element: DomElement): boolean {
  return element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true";
}


/** The address of a link, resolved against the page's address; only http and https addresses stay links. */
export function webLink(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

interface Walk {
  base: string | null;
  blocks: PageBlock[];
  lists: number;
  /** The region's elements that hold a block element somewhere inside. */
  holdsBlocks: ReadonlySet<DomNode>;
}

/** Every element that holds a block element, found in one pass up from each block (rather than a search down from every element). */
function elementsHoldingBlocks(region: DomElement): Set<DomNode> {
  const holders = new Set<DomNode>();
  for (const block of Array.from(region.querySelectorAll(blockSelector))) {
    for (let parent = block.parentNode; parent !== null && !holders.has(parent); parent = parent.parentNode) {
      holders.add(parent);
      if (parent === region) break;
    }
  }
  return holders;
}

function inlineRuns(node: DomNode, walk: Walk, runs: InlineRun[], href: string | null = null): void {
  if (node.nodeType === textNode) {
    const text = node.textContent ?? "";
    if (text === "") return;
    const last = runs[runs.length - 1];
    if (href !== null && last?.kind === "link" && last.href === href) last.text += text;
    else if (href !== null) runs.push({ kind: "link", text, href });
    else if (last?.kind === "text") last.text += text;
    else runs.push({ kind: "text", text });
    return;
  }
  if (!isElement(node) || isHidden(node)) return;
  const tag = tagOf(node);
  if (skippedTags.has(tag)) return;
  if (tag === "br") {
    runs.push({ kind: "break" });
    return;
  }
  const linked = tag === "a" && href === null ? webLink(node.getAttribute("href"), walk.base) : href;
  for (const child of Array.from(node.childNodes)) inlineRuns(child, walk, runs, linked);
}

function emit(runs: InlineRun[], element: string, walk: Walk, list: PageBlock["list"]): void {
  let all = "";
  let linked = 0;
  for (const run of runs) {
    if (run.kind === "break") {
      all += " ";
      continue;
    }
    all += run.text;
    if (run.kind === "link") linked += collapseSpaces(run.text).length;
  }
  const text = collapseSpaces(all);
  if (text === "") return;
  const line = walk.blocks.length + 1;
  walk.blocks.push({
    block: { text, source: text, line, lineCount: 1, markup: { element, linkShare: Math.min(1, linked / text.length) } },
    runs,
    list,
  });
}

function walkContainer(element: DomElement, walk: Walk, list: PageBlock["list"]): void {
  const tag = tagOf(element);
  if (skippedTags.has(tag) || isHidden(element)) return;
  const ownList = tag === "ul" || tag === "ol" ? { id: ++walk.lists, ordered: tag === "ol" } : list;
  if (!walk.holdsBlocks.has(element) && (paragraphTags.has(tag) || element.childNodes.length > 0)) {
    const runs: InlineRun[] = [];
    for (const child of Array.from(element.childNodes)) inlineRuns(child, walk, runs);
    emit(runs, blockTags.has(tag) ? tag : "div", walk, tag === "li" ? ownList : null);
    return;
  }
  let loose: InlineRun[] = [];
  const flush = () => {
    emit(loose, tag, walk, null);
    loose = [];
  };
  for (const child of Array.from(element.childNodes)) {
    if (isElement(child) && (blockTags.has(tagOf(child)) || walk.holdsBlocks.has(child))) {
      flush();
      walkContainer(child, walk, ownList);
    } else inlineRuns(child, walk, loose);
  }
  flush();
}

/** The region's blocks in document order; `line` is each block's position (the DOM keeps no source lines). */
export function pageBlocks(region: DomElement, base: string | null): PageBlock[] {
  const walk: Walk = { base, blocks: [], lists: 0, holdsBlocks: elementsHoldingBlocks(region) };
  walkContainer(region, walk, null);
  return walk.blocks;
}
