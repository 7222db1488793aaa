/**
 * Decoded text to blocks (paragraph candidates). Scraped text uses either
 * blank lines between paragraphs, with long paragraphs sometimes wrapped over
 * several lines, or no blank lines at all and one paragraph per line; which
 * convention a file uses is read from the file itself.
 */

/** What a block was in a saved web page; text and Markdown seeds have none. */
export interface BlockMarkup {
  /** The element the block came from, lower case: "p", "h2", "li", "figcaption", "blockquote", "td"... */
  element: string;
  /** Share of the block's characters that sit inside links, 0 to 1. */
  linkShare: number;
}

export interface Block {
  /** The block's text on one line, runs of spaces collapsed. */
  text: string;
  /** The block's lines as written (Markdown needs them). */
  source: string;
  /** 1-based line in the seed file where the block starts. */
  line: number;
  /** How many source lines the block spans. */
  lineCount: number;
  markup?: BlockMarkup;
}

export function normaliseSpaces(text: string): string {
  return text.replace(/[ \t]+/g, " ").trim();
}

export function splitBlocks(body: string, firstLine = 1): Block[] {
  const lines = body.split("\n");
  const blank = (line: string) => line.trim() === "";
  const firstText = lines.findIndex((line) => !blank(line));
  const lastText = lines.length - 1 - [...lines].reverse().findIndex((line) => !blank(line));
  const hasBlankLineBetweenText = firstText >= 0 && lines.slice(firstText, lastText + 1).some(blank);

  const blocks: Block[] = [];
  let current: { parts: string[]; line: number } | null = null;
  const flush = () => {
    if (current) {
      blocks.push({
        text: normaliseSpaces(current.parts.join(" ")),
        source: current.parts.join("\n"),
        line: current.line,
        lineCount: current.parts.length,
      });
    }
    current = null;
  };
  lines.forEach((line, index) => {
    if (blank(line)) return flush();
    if (!hasBlankLineBetweenText) flush();
    current ??= { parts: [], line: firstLine + index };
    current.parts.push(line.trimEnd());
  });
  flush();
  return blocks;
}
