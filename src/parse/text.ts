/** Small text measures shared by the parser and the archive. */

/** Lowercase ASCII words joined by hyphens; accents folded, everything else dropped. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

export function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) count += paragraph.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return count;
}

/** Minutes at an adult's average silent reading speed for news text, never less than one. */
export function readingMinutes(wordCount: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}
