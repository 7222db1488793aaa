/**
 * A saved page's kept blocks as the article's body HTML, built from escaped
 * text and a short list of elements: paragraphs, headings, quotations,
 * preformatted text, lists, line breaks and links to http and https
 * addresses. Nothing of the page's own markup (attributes, scripts, styles,
 * forms, frames) is copied, so nothing of it can reach a reader.
 */
import { escapeHtml } from "../escape-html.ts";
import type { InlineRun, PageBlock } from "./page-blocks.ts";

/** The element a block is shown as. The page's own `<h1>` is the article's title, so its headings start at `<h2>`. */
function elementFor(source: string): "p" | "h2" | "h3" | "h4" | "blockquote" | "pre" | "li" {
  switch (source) {
    case "h1":
    case "h2":
      return "h2";
    case "h3":
      return "h3";
    case "h4":
    case "h5":
    case "h6":
      return "h4";
    case "blockquote":
    case "pre":
    case "li":
      return source;
    default:
      return "p";
  }
}

function inlineHtml(runs: readonly InlineRun[], preformatted: boolean): string {
  const space = (text: string) => (preformatted ? text : text.replace(/[\s\u00a0]+/g, " "));
  const html = runs
    .map((run) => {
      if (run.kind === "break") return "<br>";
      if (run.kind === "link") return `<a href="${escapeHtml(run.href)}">${escapeHtml(space(run.text))}</a>`;
      return escapeHtml(space(run.text));
    })
    .join("");
  return preformatted ? html : html.replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, "");
}

/**
 * `text` is the block's text after classification: where a rule cut a prefix
 * from it (a pasted headline, say), the block is shown as that plain text,
 * since its links may have been in the part that went.
 */
export function pageBodyHtml(kept: readonly { page: PageBlock; text: string }[]): string {
  const parts: string[] = [];
  let openList: { id: number; tag: "ul" | "ol" } | null = null;
  for (const { page, text } of kept) {
    const element = elementFor(page.block.markup.element);
    const list = element === "li" ? page.list : null;
    if (openList && openList.id !== list?.id) {
      parts.push(`</${openList.tag}>`);
      openList = null;
    }
    if (list && !openList) {
      openList = { id: list.id, tag: list.ordered ? "ol" : "ul" };
      parts.push(`<${openList.tag}>`);
    }
    const shownAs = element === "li" && !list ? "p" : element;
    const content = text === page.block.text ? inlineHtml(page.runs, shownAs === "pre") : escapeHtml(text);
    parts.push(`<${shownAs}>${content}</${shownAs}>`);
  }
  if (openList) parts.push(`</${openList.tag}>`);
  return parts.join("\n");
}
