/**
 * Text as HTML: every character shown as text. The parser renders plain-text
 * bodies with it and the site's `html` template tag escapes every value with
 * it, so there is one escaping function for both.
 */

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/** Plain text paragraphs as HTML: every character shown as text. */
export function textToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");
}
