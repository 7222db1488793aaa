/**
 * Markdown seeds, rendered with markdown-it. Raw HTML is off, so markup in a
 * seed is shown as text; markdown-it's link validation already refuses
 * `javascript:`, `vbscript:` and `data:` (except images) addresses.
 * Character references (`&#x202E;`, `&#x1B;`) bring back what the decoder
 * removes from a file's bytes, so both outputs go through its filter.
 */
import MarkdownIt from "markdown-it";
import { removeUnshowable } from "../seeds/characters.ts";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(source: string): string {
  return removeUnshowable(markdown.render(source)).text.trim();
}

/** The reader-visible text of one block of Markdown, without its syntax. */
export function markdownToPlainText(block: string): string {
  const tokens = markdown.parse(block, {});
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type !== "inline") continue;
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "code_inline") parts.push(child.content);
      else if (child.type === "softbreak" || child.type === "hardbreak") parts.push(" ");
    }
    parts.push(" ");
  }
  return removeUnshowable(parts.join("")).text.replace(/\s+/g, " ").trim();
}
