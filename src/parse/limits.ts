/**
 * Limits on what one seed can put on its pages, so a single file cannot make
 * thousands of pages or a title that fills a screen, a tab and every feed
 * entry. Each cut is reported as a warning on the record.
 */
/** Twice a long newspaper headline; a title from the text is cut at about 100 (`title.ts`). */
export const maxTitleCharacters = 200;

/** Far more than any article is tagged with, few enough that one seed cannot flood the tag pages. */
export const maxFrontMatterTags = 50;

/** `text` cut to at most `max` characters at a space where there is one, ending in "…"; never inside a surrogate pair. */
function cutAtSpace(text: string, max: number): string {
  const characters = [...text];
  const head = characters.slice(0, max - 1).join("");
  const lastSpace = head.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? head.slice(0, lastSpace) : head).trimEnd()}…`;
}

export function capTitle(title: string): { title: string; warning: string | null } {
  const length = [...title].length;
  if (length <= maxTitleCharacters) return { title, warning: null };
  const cut = cutAtSpace(title, maxTitleCharacters);
  return { title: cut, warning: `the title is ${length.toLocaleString("en")} characters long; pages and feeds show its first ${[...cut].length - 1}, ending "…"` };
}

export function capFrontMatterTags(tags: readonly string[]): { tags: string[]; warning: string | null } {
  if (tags.length <= maxFrontMatterTags) return { tags: [...tags], warning: null };
  return {
    tags: tags.slice(0, maxFrontMatterTags),
    warning: `front matter: ${tags.length.toLocaleString("en")} tags given; the first ${maxFrontMatterTags} are kept and ${(tags.length - maxFrontMatterTags).toLocaleString("en")} are left out (at most ${maxFrontMatterTags} tags a seed)`,
  };
}
