/**
 * The part of the DOM the page extractor uses, typed here because the
 * project is compiled without the browser's `dom` library (its globals,
 * `document` and `window`, do not exist in Node and must not type-check).
 * Pages are parsed with linkedom: among the libraries that give Readability a
 * DOM it is the fastest and lightest (docs/html-seeds.md has the figures).
 */
import { parseHTML } from "linkedom";

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

export function parseDocument(html: string): DomDocument {
  // linkedom's types name the browser's `Document`, which this project does not load; the shape above is what it implements.
  return parseHTML(html).document as unknown as DomDocument;
}

/** An element's lower-case tag name. */
export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}

/** Text with runs of white space (including non-breaking spaces) as one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}
