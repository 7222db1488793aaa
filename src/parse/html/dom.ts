/**
 * The part of the DOM the page extractor uses, typed here because the
 * project is compiled without the browser's `dom` library (its globals,
 * `document` and `window`, do not exist in Node and must not type-check).
 * Pages are parsed with linkedom: among the libraries that give Readability a
 * DOM it is the fastest and lightest (docs/html-seeds.md has the figures).
 */
import { createRequire } from "node:module";
import type { parseHTML as ParseHtml } from "linkedom";

export const elementNode = 1;
export const textNode = 3;

export interface DomNode {
  readonly nodeType: number;
  /** Upper case for elements, `#text` for text. */
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === elementNode;
}

let linkedom: typeof ParseHtml | null = null;

/**
 * linkedom is loaded on the first saved page, from its CommonJS build: an
 * archive of text never pays for it, and through tsx's loader the CommonJS
 * build loads in about half the time of its ES modules (0.2 to 0.35 s against
 * 0.45 to 0.75 s on the 2-core build machine under load).
 */
function parse(html: string): DomDocument {
  linkedom ??= (createRequire(import.meta.url)("linkedom") as { parseHTML: typeof ParseHtml }).parseHTML;
  // linkedom's types name the browser's `Document`, which this project does not load; the shape above is what it implements.
  return linkedom(html).document as unknown as DomDocument;
}

/**
 * linkedom builds the tree the markup spells out and, unlike a browser, adds
 * no `<html>` or `<body>` that the markup leaves out (a saved fragment, a
 * page whose `<body>` tag was lost), and ends the body at a stray `</body>`.
 * So end tags of the body and the document are dropped (a browser ignores
 * them too: what follows still goes in the body), and a page without a body
 * is read again inside one, since Readability looks for the article there.
 */
export function parseDocument(html: string): DomDocument {
  const markup = html.replace(/<\/(?:body|html)\s*>/gi, "");
  const parsed = parse(markup);
  const root = parsed.documentElement as DomElement | null;
  if (root?.tagName === "HTML" && Array.from(root.children).some((child) => child.tagName === "BODY")) return parsed;
  return parse(`<!doctype html><html><head></head><body>${root?.tagName === "HTML" ? root.innerHTML : markup}</body></html>`);
}

/** An element's lower-case tag name. */
export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}

/** Text with runs of white space (including non-breaking spaces) as one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Elements whose end tag may be left out (and so often is) and elements that have none: they say nothing of nesting. */
const optionalOrNoEndTag = new Set([
  "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rt", "rp",
  "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
]);

/**
 * How deep the markup's elements nest, read from the tags alone before any
 * parsing (linkedom's parser slows down with the square of the depth, so a
 * page of 200,000 nested `<div>`s would hold a build up for a minute):
 * script and style bodies are skipped, and elements whose end tag may be
 * left out are not counted, so a page of unclosed `<p>`s is not deep.
 */
export function markupDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  const tags = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;
  for (const match of html.matchAll(tags)) {
    const name = match[3]?.toLowerCase();
    if (name === undefined || optionalOrNoEndTag.has(name) || match[4] === "/") continue;
    depth = match[2] === "/" ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
  }
  return deepest;
}

export interface TreeSize {
  elements: number;
  depth: number;
}

/** How many elements a tree holds and how deep they nest, counted without recursion (stopping once past either limit). */
export function measureTree(root: DomElement, limits: TreeSize): TreeSize {
  let elements = 0;
  let depth = 0;
  const stack: { element: DomElement; depth: number }[] = [{ element: root, depth: 1 }];
  while (stack.length > 0 && elements <= limits.elements && depth <= limits.depth) {
    const next = stack.pop() as { element: DomElement; depth: number };
    elements++;
    depth = Math.max(depth, next.depth);
    for (const child of Array.from(next.element.children)) stack.push({ element: child, depth: next.depth + 1 });
  }
  return { elements, depth };
}
