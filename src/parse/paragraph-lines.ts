/**
 * Blocks to the lines the classifier judges. A block of several lines is
 * either one paragraph wrapped to a width (its lines run to about the same
 * length and break mid-sentence) or several paragraphs, one a line: a share
 * bar and its buttons, a comment form, a headline's block followed by the
 * story one paragraph a line. Only a wrapped paragraph stays one block, so
 * one line's pattern is never hidden by its neighbours.
 */
import { normaliseSpaces, type Block } from "./blocks.ts";
import { endsWithStop } from "./line-features.ts";

/** Text wrapped to a width: its lines other than the last come within this share of the longest. */
const wrappedLineShare = 0.7;
/** Wrapped text is wrapped to at most this many characters a line (80 is usual; some tools use 100 or 120). */
const maxWrapWidth = 130;

/**
 * Wrapped text: the lines but the last run to about the same width, and most
 * of them break inside a sentence. Paragraphs one a line each end with a stop.
 */
function isWrapped(lines: readonly string[]): boolean {
  const longest = Math.max(...lines.map((line) => line.length));
  if (longest > maxWrapWidth || longest < 30) return false;
  const inner = lines.slice(0, -1);
  const breaksMidSentence = inner.filter((line) => !endsWithStop(line)).length;
  return inner.every((line) => line.length >= wrappedLineShare * longest) && 2 * breaksMidSentence >= inner.length;
}

/** A break inside a sentence: the line does not end one and the next goes on in lower case. */
function continues(line: string, next: string): boolean {
  return !endsWithStop(line) && !/[:;]$/.test(line.trim()) && /^[\p{Ll}(,]/u.test(next.trim());
}

function lineBlock(parts: readonly string[], line: number): Block {
  return { text: normaliseSpaces(parts.join(" ")), source: parts.join("\n"), line, lineCount: parts.length };
}

/** Consecutive lines of the file (no blank line between), of text rather than a saved page's elements, the second going on with the first's sentence. */
function goesOn(previous: Block | undefined, block: Block): previous is Block {
  if (!previous || previous.markup || block.markup || previous.line + previous.lineCount !== block.line) return false;
  return continues(previous.source.split("\n").pop() ?? "", block.source.split("\n")[0] ?? "");
}

export function splitParagraphLines(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  const push = (block: Block) => {
    const previous = out[out.length - 1];
    if (goesOn(previous, block)) out[out.length - 1] = lineBlock([previous.source, block.source], previous.line);
    else out.push(block);
  };
  for (const block of blocks) {
    const lines = block.source.split("\n");
    if (lines.length === 1 || isWrapped(lines)) {
      push(block);
      continue;
    }
    let parts: string[] = [];
    let start = block.line;
    lines.forEach((line, offset) => {
      if (parts.length > 0 && !continues(parts[parts.length - 1] ?? "", line)) {
        push(lineBlock(parts, start));
        parts = [];
      }
      if (parts.length === 0) start = block.line + offset;
      parts.push(line);
    });
    if (parts.length > 0) push(lineBlock(parts, start));
  }
  return out;
}
