/**
 * Markdown seeds, rendered with markdown-it. Raw HTML is off, so markup in a
 * seed is shown as text; markdown-it's link validation already refuses
 * `javascript:`, `vbscript:` and `data:` (except images) addresses.
 */
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(source: string): string {
  return markdown.render(source).trim();
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
  return parts.join("").replace(/\s+/g, " ").trim();
}
