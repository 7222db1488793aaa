/**
 * The article region of a page: Mozilla's Readability (the extractor behind
 * Firefox's Reader View) scores the page's containers and returns the one
 * holding the story, with its siblings that belong to it. It changes the
 * document, so metadata is read before it runs.
 */
import { Readability } from "@mozilla/readability";
import type { DomDocument, DomElement } from "./dom.ts";

/**
 * Elements that never reach a page and carry no article text, removed first
 * so Readability has fewer nodes to score (script bodies, inline styles and
 * SVG drawings are a large share of a modern page).
 */
const neverArticle = "script, style, noscript, template, svg, canvas, iframe, object, embed, link, meta";

export interface ArticleRegion {
  region: DomElement | null;
  /** Set when Readability failed on the page's markup and the whole body was read instead. */
  warning: string | null;
}

function removeNeverArticle(document: DomDocument): DomDocument {
  for (const element of Array.from(document.querySelectorAll(neverArticle))) element.remove();
  return document;
}

/** `reread` parses the page afresh: Readability changes the document as it goes, so after a failure only a new copy is whole. */
export function articleRegion(document: DomDocument, reread: () => DomDocument): ArticleRegion {
  removeNeverArticle(document);
  try {
    // Readability is typed against the browser's `Document`, which this project does not load (see dom.ts); the serializer hands back its own element.
    const reader = new Readability<DomElement>(document as never, { serializer: (node) => node as DomElement });
    return { region: reader.parse()?.content ?? null, warning: null };
  } catch (error) {
    // Markup broken in ways browsers repair but linkedom does not can trip Readability up; the body's text is still the page's text.
    const reason = error instanceof Error ? error.message : String(error);
    return { region: removeNeverArticle(reread()).body, warning: `the article extractor failed on this page's markup (${reason}); the text of the whole page was read and cleaned` };
  }
}
